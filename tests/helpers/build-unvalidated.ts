/**
 * Test helper, never used by the site: builds the pages straight from a content tree WITHOUT the
 * validator, so that a test can prove the pages themselves keep hostile content inert (defence in depth).
 * Usage: node tests/helpers/build-unvalidated.ts <content-root> <out-dir>
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [contentRoot, outDir] = process.argv.slice(2);
process.env.CONTENT_ROOT = resolve(contentRoot!);
// The pages read content through the validator's reader; this lets markup through so the pages' own escaping is what is tested.
process.env.CONTENT_UNVALIDATED = '1';
// A working folder of its own inside the checkout, as scripts/build.ts does: Astro keeps prerendered chunks in
// <cwd>/.astro/.prerender/, which concurrent builds would otherwise share.
const repo = resolve(import.meta.dirname, '../..');
const scratch = join(repo, '.astro', `build-${process.pid}`);
mkdirSync(scratch, { recursive: true });
process.chdir(scratch);
try {
  await build({ root: repo, outDir: resolve(outDir!), cacheDir: join(resolve(contentRoot!), '.astro-cache'), logLevel: 'error' });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
