/**
 * The Chromium packaged in @sparticuz/chromium, unpacked once per installed version into a folder of its
 * own under node_modules/.cache, whole or not at all.
 *
 * The package unpacks into the system's temporary folder and takes an existing /tmp/chromium as finished: two
 * test files starting at once on a fresh machine, the second launched the file the first was still writing
 * (`spawn ETXTBSY`), and a file left half-written by a killed run would be taken as finished for good. Here
 * each caller unpacks in a child process into a temporary folder of its own (the package follows TMPDIR) and
 * renames it into place; a caller that finds the place taken uses what is there and removes its own copy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE, REPO } from './run.ts';

const PACKAGE = join(REPO, 'node_modules', '@sparticuz', 'chromium');

/** The folder that holds the unpacked browser for the installed package version. */
export function chromiumFolder(cache = join(REPO, 'node_modules', '.cache')): string {
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  return join(cache, `sparticuz-chromium-${version}`);
}

/** The path of the packaged Chromium, unpacking it first if no caller has yet. */
export function packagedChromium(cache?: string): string {
  const folder = chromiumFolder(cache);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(join(folder, '..'), { recursive: true });
  const own = mkdtempSync(`${folder}.unpacking-`);
  try {
    const unpack = "const { default: c } = await import('@sparticuz/chromium'); process.stdout.write(await c.executablePath());";
    const made = execFileSync(NODE, ['--input-type=module', '-e', unpack], { cwd: REPO, env: { ...process.env, TMPDIR: own }, encoding: 'utf8' });
    if (made !== join(own, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${made}, not into ${own}`);
    try {
      renameSync(own, folder);
    } catch (e) {
      // Another caller finished first: its copy is whole, ours is not needed.
      if (!existsSync(binary)) throw e;
    }
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
  return binary;
}
