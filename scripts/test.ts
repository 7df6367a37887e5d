/**
 * `npm test`: the typecheck, then every test (unit and browser), and how long the whole run took, so that a
 * slow suite is noticed where it is run (the target is under 8 minutes on two cores).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const started = performance.now();
// Node's compile cache for every process of the run (typecheck, Vitest's workers, the scripts and builds the
// tests start): they load the same modules hundreds of times, and compiling them again each time was about a
// sixth of a test file's processor time. Node checks each entry against the file's own bytes, so a changed
// file is compiled afresh; node_modules/.cache goes with node_modules, like the image cache.
process.env.NODE_COMPILE_CACHE ??= join(import.meta.dirname, '..', 'node_modules', '.cache', 'node-compile-cache');
const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;
let code = run('npm', ['run', '-s', 'typecheck']);
// A test's timeout catches a hang, not a slow machine: on two cores loaded eighteen-fold (CI does other work
// too), a test that runs one import script and waits for it took over three minutes and failed at the
// configured two. Ten minutes, as for the hooks that build a site.
if (code === 0) code = run('npx', ['vitest', 'run', '--testTimeout=600000', ...process.argv.slice(2)], { TZ: 'UTC' });
const s = Math.round((performance.now() - started) / 1000);
console.log(`\nnpm test: ${code === 0 ? 'passed' : 'FAILED'} in ${Math.floor(s / 60)} min ${s % 60} s（用时 ${Math.floor(s / 60)} 分 ${s % 60} 秒）`);
process.exit(code);
