/** Runs the project's own npm scripts as a clerk would, capturing output and exit code. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** The project's own Node (the `node` devDependency), which the scripts need; else whatever runs us. */
export const NODE = existsSync(join(REPO, 'node_modules/.bin/node')) ? join(REPO, 'node_modules/.bin/node') : process.execPath;

export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(NODE, [join(REPO, 'scripts', script), ...args], {
    cwd: REPO,
    // INIT_CWD (where npm was typed) would make relative arguments mean another folder: a test says its own.
    env: { ...process.env, INIT_CWD: undefined, BUILD_QUIET: '1', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A digest of every file's path and bytes under `dir`: equal digests mean byte-identical trees. */
export function treeDigest(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p.slice(dir.length)).update('\0').update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}
