/**
 * `npm test`: the typecheck, then every test (unit and browser), and how long the whole run took, so that a
 * slow suite is noticed where it is run (the target is under 8 minutes on two cores).
 */
import { spawnSync } from 'node:child_process';

const started = performance.now();
const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;
let code = run('npm', ['run', '-s', 'typecheck']);
if (code === 0) code = run('npx', ['vitest', 'run', ...process.argv.slice(2)], { TZ: 'UTC' });
const s = Math.round((performance.now() - started) / 1000);
console.log(`\nnpm test: ${code === 0 ? 'passed' : 'FAILED'} in ${Math.floor(s / 60)} min ${s % 60} s（用时 ${Math.floor(s / 60)} 分 ${s % 60} 秒）`);
process.exit(code);
