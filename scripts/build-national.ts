/**
 * `npm run build -- --all [--workers N]`: every partition (a province) built on its own, as child processes
 * of `npm run build -- --partition <id>`, N at a time (default: one per core), then the national front
 * assembled from their summary.json files. `npm run build -- --assemble` assembles from partitions already
 * built (the pipelines' assemble job, after the matrix of partition jobs).
 *
 * The CI pipelines do not use --all: their parallelism is the matrix (one job per partition), and this local
 * pool is only a loop over child processes. Output: dist/ holds the front (/, /provinces/<id>/, /compare/,
 * /search/parts.json, and the national search index /search-index/ merged from every partition's part,
 * docs/search-index.md) and, for each partition served on this host, its site under /p/<id>/; a partition
 * with its own address in PARTITION_URLS is linked there and not copied. dist/ is swapped in at once, as the
 * single-site build does.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../src/config/env.ts';
import { sentence, type Lang } from '../src/lib/messages/catalogue.ts';
import { buildMessages as B } from '../src/lib/messages/build.ts';
import { planRegions } from '../src/lib/content/read-regions.ts';
import { resolveContentRoot } from '../src/lib/content/root.ts';
import { partitionPlans } from '../src/lib/model/partitions.ts';
import { nationalFront, partitionUrls } from '../src/lib/publish/national-front.ts';
import { mergeIndexParts } from '../src/lib/publish/gram-index.ts';
import type { PartitionSummary } from '../src/lib/publish/partition-summary.ts';

const repo = resolve(import.meta.dirname, '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Runs `build.ts --partition id` for each id, `workers` at a time; rejects with the partitions that failed. */
async function buildPartitions(ids: readonly string[], workers: number, outRoot: string, lang: Lang): Promise<void> {
  const queue = [...ids];
  const failed: string[] = [];
  const one = (id: string) =>
    new Promise<void>((done) => {
      const child = spawn(process.execPath, [join(repo, 'scripts', 'build.ts'), '--partition', id, '--lang', lang, ...(process.argv.includes('--deploy') ? ['--deploy'] : [])], {
        env: { ...process.env, DIST_DIR: join(outRoot, id), BUILD_QUIET: process.env.BUILD_QUIET ?? '1' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', (code) => {
        if (code !== 0) failed.push(id);
        done();
      });
    });
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(workers, ids.length)) }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) await one(id);
    }),
  );
  if (failed.length) throw new Error(sentence(B.partitionsFailed, { partitions: failed.sort() }, lang));
}

/** Where each partition leaves its part of the search index, and where the front's merge of them waits to be copied. */
const SEARCH_PART = 'search-part';
const MERGED_INDEX = '.national-search-index';

/**
 * The national search index: the parts the partitions left (in partition order, so record ids follow one
 * another), merged into <outRoot>/.national-search-index/, which assemble() publishes as /search-index/.
 * Streamed: one shard in memory at a time, however many partitions.
 */
export async function mergeSearchParts(outRoot: string, ids?: readonly string[]): Promise<number> {
  const built = (ids ?? (existsSync(outRoot) ? readdirSync(outRoot) : [])).filter((id) => existsSync(join(outRoot, id, SEARCH_PART, 'part.json'))).sort();
  rmSync(join(outRoot, MERGED_INDEX), { recursive: true, force: true });
  if (built.length > 0) await mergeIndexParts(built.map((id) => join(outRoot, id, SEARCH_PART)), join(outRoot, MERGED_INDEX));
  return built.length;
}

/**
 * `from` into `to` by hard links, file by file (a copy where the file system cannot link, e.g. across devices):
 * the front holds every partition on one host, 11.5 GB at 10,000 plans, which copying took minutes to write
 * on every assembly. Safe because a partition's build never changes a file in place: it writes a new tree and
 * swaps it in, so the front keeps the files it linked until it is assembled again.
 */
export function linkTree(from: string, to: string, skip: (path: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [join(from, e.name), join(to, e.name)];
    if (skip(src)) continue;
    if (e.isDirectory()) linkTree(src, dst, skip);
    else {
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
}

/** The front from the summaries, with each partition on this host copied under p/<id>/; swapped into `dist` at once. */
export function assemble(outRoot: string, dist: string, config: Pick<Config, 'basePath' | 'partitionUrls'>, ids?: readonly string[]): number {
  const built = (ids ?? (existsSync(outRoot) ? readdirSync(outRoot) : [])).filter((id) => existsSync(join(outRoot, id, 'summary.json'))).sort();
  const summaries = built.map((id) => JSON.parse(readFileSync(join(outRoot, id, 'summary.json'), 'utf8')) as PartitionSummary);
  const tmp = join(dirname(dist), `.dist-tmp-${process.pid}`);
  const old = join(dirname(dist), `.dist-old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [path, text] of nationalFront(summaries, config.basePath, partitionUrls(config.basePath, config.partitionUrls))) {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  }
  // A partition's part of the search index is for the merge only; the merged index is the front's.
  for (const id of built) if (!config.partitionUrls[id]) linkTree(join(outRoot, id), join(tmp, 'p', id), (src) => src === join(outRoot, id, SEARCH_PART));
  if (existsSync(join(outRoot, MERGED_INDEX))) linkTree(join(outRoot, MERGED_INDEX), join(tmp, 'search-index'));
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(tmp, dist);
  rmSync(old, { recursive: true, force: true });
  return summaries.length;
}

export async function buildNational(env: Config, lang: Lang): Promise<void> {
  const started = Date.now();
  const dist = env.distDir ?? join(repo, 'dist');
  // Beside the site: dist-partitions/ of the repository by default, <DIST_DIR>/../dist-partitions/ otherwise.
  const outRoot = join(dirname(dist), 'dist-partitions');
  // The partitions of the content: --all builds them; --assemble refuses to publish a front without one of them.
  // Placed by their front matter alone (seconds at 10,000 plans); each partition's build reads its own in full.
  const placed = planRegions(resolveContentRoot(repo, env.contentRoot)).flatMap((r) => (r.plan ? [{ id: r.id, plan: r.plan }] : []));
  const ids = [...partitionPlans(placed, env.partitionByCity).keys()];
  if (process.argv.includes('--all')) {
    const workers = Number(option('--workers') ?? availableParallelism());
    console.log(`${ids.length} partition(s), ${workers} at a time: ${ids.join(' ')}`);
    await buildPartitions(ids, workers, outRoot, lang);
  }
  const missing = ids.filter((id) => !existsSync(join(outRoot, id, 'summary.json')));
  if (missing.length) throw new Error(sentence(B.partitionsMissing, { partitions: missing, folder: outRoot }, lang));
  const parts = await mergeSearchParts(outRoot, ids);
  console.log(`national search index: ${parts} partition part(s) merged`);
  const n = assemble(outRoot, dist, env, ids);
  console.log(`national front: ${n} partition(s) into ${dist} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
