/**
 * `npm run build`: validate all content, build the site into a temporary folder, then swap it into
 * place. Any failure, at any stage, leaves the previous `dist/` exactly as it was.
 *
 * Environment: CONTENT_ROOT (folder holding content/, default: the repository), DIST_DIR (default: dist/).
 * BUILD_FAULT=<stage> makes a stage fail on purpose, so that tests can prove the publish is atomic.
 */
// Nothing the build runs may send a request off the machine: Astro's telemetry stays off.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, searchRecords } from '../src/lib/publish/search-records.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { messageLang, problemFormatter } from '../src/lib/content/problems.ts';
import { urls } from '../src/lib/model/urls.ts';

const repo = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.env.CONTENT_ROOT ?? repo);
const dist = resolve(process.env.DIST_DIR ?? join(repo, 'dist'));
const tmp = join(dirname(dist), `.dist-tmp-${process.pid}`);
const old = join(dirname(dist), `.dist-old-${process.pid}`);

function fault(stage: string): void {
  if (process.env.BUILD_FAULT === stage) throw new Error(`BUILD_FAULT=${stage}: failing on purpose (test of atomic publish)`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const { model, problems } = loadContent(contentRoot);
  if (problems.length > 0) {
    for (const p of problems) console.error(problemFormatter(messageLang([]).lang)(p)); // Chinese unless CONTENT_LANG=en
    throw new Error(`${problems.length} problem(s) in content/; the site was not built.`);
  }
  fault('validate');
  console.log(`content OK: ${model.plans.length} plans. Building…`);
  process.env.CONTENT_ROOT = contentRoot;
  // Content from elsewhere (tests, benchmarks) gets its own cache, so that builds never share stale entries.
  const cacheDir = contentRoot === repo ? undefined : join(contentRoot, '.astro-cache');
  await build({ root: repo, outDir: tmp, cacheDir, logLevel: process.env.BUILD_QUIET ? 'error' : 'info' });
  fault('astro');
  await indexForSearch(model.plans, tmp, model.concepts);
  fault('pagefind');
  fault('swap');
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(tmp, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`Built ${dist} in ${((Date.now() - started) / 1000).toFixed(1)} s. Preview it with: npm run preview`);
}

/**
 * Pagefind (its extended build, which segments Chinese) over clause-level records, into <site>/pagefind/.
 * Its Chinese segmenter holds about 100 KB of memory per record until the index is written, so a large site
 * is indexed in shards of at most SEARCH_SHARD_RECORDS records (whole plans, one fresh Pagefind process
 * each), written to /pagefind/, /pagefind-1/ …; the search page merges them (listed in /pagefind/shards.json).
 */
async function indexForSearch(plans: Parameters<typeof searchRecords>[0], site: string, concepts: Parameters<typeof searchRecords>[2]): Promise<void> {
  const limit = Number(process.env.SEARCH_SHARD_RECORDS ?? 5_000);
  // Smaller index chunks: a query fetches one chunk per character, and the default chunk (about 40 KB)
  // carries mostly other characters. Pagefind reads this (unstable) setting from the environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';
  const shards: Array<ReturnType<typeof searchRecords>> = [[]];
  for (const plan of plans) {
    const records = searchRecords([plan], plans, concepts);
    if (shards.at(-1)!.length > 0 && shards.at(-1)!.length + records.length > limit) shards.push([]);
    shards.at(-1)!.push(...records);
  }
  const dirs = shards.map((_, k) => (k === 0 ? 'pagefind' : `pagefind-${k}`));
  for (const [k, records] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const record of records) {
      // A clause with a heading goes in as a small HTML page, so that its heading outranks its body.
      const { headingLength, ...plain } = record;
      const r = headingLength ? await index.addHTMLFile({ url: record.url, content: recordHtml(record) }) : await index.addCustomRecord(plain);
      if (r.errors.length) throw new Error(`Pagefind refused the record ${record.url}: ${r.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, dirs[k]!) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await pagefind.close();
  }
  writeFileSync(join(site, 'pagefind', 'shards.json'), `${JSON.stringify(dirs.slice(1).map((d) => urls.searchIndex(d)))}\n`);
  console.log(`search index: ${shards.reduce((n, s) => n + s.length, 0)} records in ${shards.length} shard(s)`);
}

main().catch((err: unknown) => {
  rmSync(tmp, { recursive: true, force: true });
  if (existsSync(old) && !existsSync(dist)) renameSync(old, dist);
  console.error(`\nBuild failed; the previous site (if any) is unchanged.\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
