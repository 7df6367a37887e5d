/**
 * Test helper, never used by the site: builds the pages straight from a content tree WITHOUT the
 * validator, so that a test can prove the pages themselves keep hostile content inert (defence in depth).
 * Usage: node tests/helpers/build-unvalidated.ts <content-root> <out-dir>
 */
import { join, resolve } from 'node:path';
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [contentRoot, outDir] = process.argv.slice(2);
process.env.CONTENT_ROOT = resolve(contentRoot!);
// The pages read content through the validator's reader; this lets markup through so the pages' own escaping is what is tested.
process.env.CONTENT_UNVALIDATED = '1';
await build({ root: resolve(import.meta.dirname, '../..'), outDir: resolve(outDir!), cacheDir: join(resolve(contentRoot!), '.astro-cache'), logLevel: 'error' });
