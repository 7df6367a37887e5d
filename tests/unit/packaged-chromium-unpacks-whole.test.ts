/**
 * Browser test files starting at once on a fresh machine each get a whole Chromium: the package's own
 * unpacking let one file launch the binary another was still writing (`spawn ETXTBSY`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { chromiumFolder } from '../helpers/chromium.ts';
import { NODE, REPO } from '../helpers/run.ts';

/** `packagedChromium(cache)` in a process of its own, as a test file's worker calls it. */
const unpackIn = (cache: string) =>
  new Promise<{ code: number | null; out: string; err: string }>((done) => {
    const code = `import { packagedChromium } from ${JSON.stringify(join(REPO, 'tests/helpers/chromium.ts'))}; process.stdout.write(packagedChromium(process.env.CACHE));`;
    const child = spawn(NODE, ['--input-type=module', '-e', code], { cwd: REPO, env: { ...process.env, CACHE: cache } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (c) => done({ code: c, out, err }));
  });

const cache = mkdtempSync(join(tmpdir(), 'chromium-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

it('three callers at once on a fresh machine all get the same whole binary, and nothing half-made is left', async () => {
  const runs = await Promise.all([unpackIn(cache), unpackIn(cache), unpackIn(cache)]);
  const binary = join(chromiumFolder(cache), 'chromium');
  for (const r of runs) expect(r, r.err).toMatchObject({ code: 0, out: binary });
  expect(readdirSync(cache)).toEqual([chromiumFolder(cache).slice(cache.length + 1)]);
  expect(statSync(binary).mode & 0o100).toBeTruthy();
  // Whole: it starts and renders a page (the rendering libraries it needs sit beside it).
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const browser = await chromium.launch({ executablePath: binary, args: [...sparticuz.args, '--no-sandbox'], headless: true });
  const page = await browser.newPage();
  await page.setContent('<p>整</p>');
  expect(await page.textContent('p')).toBe('整');
  await browser.close();
  // A later caller uses what is there without unpacking again.
  const again = await unpackIn(cache);
  expect(again.out).toBe(binary);
  expect(existsSync(binary)).toBe(true);
}, 300_000);
