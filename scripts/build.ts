/**
 * `npm run build`: validate all content, build the site into a temporary folder, check that it holds
 * every plan, then swap it into place. Any failure, at any stage (a kill included), leaves the previous
 * `dist/` exactly as it was; the next build removes what a killed one left behind.
 *
 * Environment (checked by src/config/env.ts before anything is touched): CONTENT_ROOT (folder holding
 * content/, default: the repository), DIST_DIR (default: dist/), BASE_PATH, SITE_URL.
 * `--deploy` marks a build that will be published (the CI pipelines' deploy jobs): it is refused without
 * SITE_URL, which every other build only warns about, since the default address (localhost) would be in
 * every citation, embed snippet and feed.
 *
 * By partition (DESIGN.md, "How it is built"; src/lib/model/partitions.ts): `--partition <id>` (a province's
 * two-digit code; PARTITION) builds that province's plans only, into dist-partitions/<id>/ (DIST_DIR wins),
 * under the base path <BASE_PATH>p/<id>/ (or the partition's own address in PARTITION_URLS), and writes
 * summary.json and its part of the national search index (search-part/) beside its pages for the national front. `--all [--workers N]` builds every partition and
 * assembles the front; `--assemble` assembles it from partitions already built (scripts/build-national.ts).
 * `--debug` prints the stack of an unexpected error. For tests of the atomic publish only:
 * BUILD_FAULT=<stage> makes a stage fail on purpose; BUILD_PAUSE=<stage> stops there (to be killed).
 */
// Nothing the build runs may send a request off the machine: Astro's telemetry stays off.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { searchRecords } from '../src/lib/publish/search-records.ts';
import { indexPlan, indexRecord, mergeIndexParts, writeIndexPart } from '../src/lib/publish/gram-index.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { handOver } from '../src/lib/content/handoff.ts';
import { messageLang, problemFormatter } from '../src/lib/content/problems.ts';
import { urls } from '../src/lib/site/urls.ts';
import { describeFsError } from '../src/lib/content/files.ts';
import { resolveContentRoot } from '../src/lib/content/root.ts';
import { renderImages } from '../src/lib/publish/image-pool.ts';
import { imageJobs } from '../src/lib/site/images.ts';
import { availableParallelism } from 'node:os';
import { environment } from './env.ts';
import { sentence, type Message } from '../src/lib/messages/catalogue.ts';
import { buildMessages as B } from '../src/lib/messages/build.ts';
import { partitionOf, partitionPlans, plansOfPartition } from '../src/lib/model/partitions.ts';
import { onlyPlansOf, planRegions } from '../src/lib/content/read-regions.ts';
import { partitionSummary } from '../src/lib/publish/partition-summary.ts';
import { partitionUrls } from '../src/lib/publish/national-front.ts';

const repo = resolve(import.meta.dirname, '..');
const debug = process.argv.includes('--debug');
const deploy = process.argv.includes('--deploy');
const lang = messageLang(process.argv.slice(2), process.env).lang;
const national = process.argv.includes('--all') || process.argv.includes('--assemble');
const partitionArg = process.argv.indexOf('--partition');
if (partitionArg > 0) process.env.PARTITION = process.argv[partitionArg + 1] ?? '';
// Every variable is checked before anything is touched: a wrong one stops the build with its message.
const env = partitionEnvironment(environment(lang, `\n${sentence(B.failed, undefined, lang)}`));
const contentRoot = resolveContentRoot(repo, env.contentRoot);
const dist = env.distDir ?? join(repo, 'dist');
const parent = dirname(dist);
const tmp = join(parent, `.dist-tmp-${process.pid}`);
const old = join(parent, `.dist-old-${process.pid}`);

/**
 * A partition's build publishes under its own base: <BASE_PATH>p/<id>/ on one host, or the address
 * PARTITION_URLS gives it; into dist-partitions/<id>/ unless DIST_DIR says otherwise.
 */
function partitionEnvironment(config: ReturnType<typeof environment>): ReturnType<typeof environment> {
  const id = config.partition;
  if (id === undefined || national) return config;
  const own = config.partitionUrls[id];
  if (own) {
    const u = new URL(own);
    process.env.SITE_URL = u.origin;
    process.env.BASE_PATH = u.pathname;
  } else {
    process.env.BASE_PATH = new URL(partitionUrls(config.basePath)(id), 'http://x').pathname;
  }
  process.env.DIST_DIR = config.distDir ?? join(repo, 'dist-partitions', id);
  return environment(lang, `\n${sentence(B.failed, undefined, lang)}`);
}

/** A mistake the person running the build can fix: a catalogue message, printed in the build's language, never with a stack. */
class BuildRefused extends Error {
  readonly zh: string;
  constructor(...[entry, params]: { [K in keyof typeof B]: [K, Parameters<(typeof B)[K]['en']>[0]] }[keyof typeof B]) {
    const m = B[entry] as Message<unknown>;
    super(sentence(m, params, 'en'));
    this.zh = sentence(m, params, 'zh');
  }
}

function fault(stage: string): void {
  if (env.buildFault === stage) throw new Error(`BUILD_FAULT=${stage}: failing on purpose (test of atomic publish)`);
}

/** Stops at `stage` until killed, so that a test can SIGKILL the build at exactly that moment. */
async function pause(stage: string): Promise<void> {
  if (env.buildPause !== stage) return;
  console.error(`BUILD_PAUSE=${stage}: paused`);
  await new Promise(() => setInterval(() => {}, 60_000));
}

const inside = (child: string, ancestor: string) => child === ancestor || child.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep);

/**
 * The output folder must be a place the build may replace: not the repository, the content tree or a
 * folder around them, and not a folder of other files (the swap would delete them).
 */
function checkDist(): void {
  for (const [what, path] of [
    ['repository', repo],
    ['content', contentRoot],
  ] as const) {
    if (inside(path, dist)) throw new BuildRefused('distHoldsTree', { dist, what, path, example: join(repo, 'dist') });
  }
  if (inside(dist, join(contentRoot, 'content'))) throw new BuildRefused('distInsideContent', { dist, example: join(repo, 'dist') });
  let st;
  try {
    st = lstatSync(dist);
  } catch {
    return; // not there yet: the first build
  }
  if (!st.isDirectory()) throw new BuildRefused('distNotFolder', { dist, link: st.isSymbolicLink() });
  const names = readdirSync(dist);
  if (names.length > 0 && !names.includes('index.html')) {
    throw new BuildRefused('distHoldsOtherFiles', { dist });
  }
}

/** True while a process with this id runs (a concurrent build keeps its temporary folder). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary folders of builds that were killed, and puts back the previous site if a build
 * was killed in the instant between moving it aside and moving the new one in.
 */
function cleanUpAfterKilledBuilds(): void {
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const stamp = basename(dist);
  for (const name of names.sort()) {
    const m = /^\.dist-(tmp|old)-(\d+)$/.exec(name);
    if (!m || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    const path = join(parent, name);
    if (m[1] === 'old' && !existsSync(dist)) {
      renameSync(path, dist);
      console.log(`restored the previous site ${stamp}/ from ${name} (a build was killed while swapping)`);
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    console.log(`removed ${name}, left by a build that was killed`);
  }
}

/**
 * Astro's build, from a working folder of this build's own. Astro keeps prerendered chunks in
 * <cwd>/.astro/.prerender/ whenever the output lies outside the working folder, so two builds of one checkout
 * into other folders (tests, benchmarks) deleted each other's chunks; the chunks must stay inside the checkout
 * to find its node_modules. Each build works in .astro/build-<pid>/, removed afterwards (or by the next build
 * if this one is killed).
 *
 * Astro moves its chunks from there into the output by renaming, which no file system allows across
 * devices (EXDEV). When the output lies on another file system than the checkout (a DIST_DIR on a mounted
 * disk), Astro builds inside the working folder and the site is then copied into the output folder, which
 * is beside DIST_DIR, so that the final swap is still a rename on one file system.
 */
async function astroBuild(outDir: string, cacheDir: string | undefined): Promise<void> {
  const builds = join(repo, '.astro');
  for (const name of existsSync(builds) ? readdirSync(builds) : []) {
    const m = /^build-(\d+)$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(builds, name), { recursive: true, force: true });
  }
  const scratch = join(builds, `build-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  // Astro's incremental build rewrites its kept copies of pages before it writes its manifest: after a build
  // that was stopped half-way, the manifest may name copies that were since overwritten, so it is dropped
  // (that build renders every page). A marker file says a build is under way in this cache.
  const cache = cacheDir ?? join(repo, 'node_modules', '.astro');
  mkdirSync(cache, { recursive: true });
  for (const name of readdirSync(cache)) {
    const m = /^building-(\d+)$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
      rmSync(join(cache, 'incremental-build.json'), { force: true });
      rmSync(join(cache, name), { force: true });
    }
  }
  const marker = join(cache, `building-${process.pid}`);
  writeFileSync(marker, '');
  const acrossDevices = statSync(scratch).dev !== statSync(outDir).dev;
  const astroOut = acrossDevices ? join(scratch, 'site') : outDir;
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    // Astro loads only once the environment and content are known good: a refusal takes a moment.
    const { build } = await import('astro');
    await build({ root: repo, outDir: astroOut, cacheDir, logLevel: env.buildQuiet ? 'error' : 'info' });
    rmSync(marker, { force: true });
    if (acrossDevices) cpSync(astroOut, outDir, { recursive: true });
  } finally {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The built site must hold the home page and every plan's page before it replaces the previous one. */
function checkBuiltSite(planIds: readonly string[]): void {
  const missing = ['index.html', ...planIds.map((id) => `plans/${id}/index.html`)].filter((p) => !existsSync(join(tmp, p)));
  const built = existsSync(join(tmp, 'plans')) ? readdirSync(join(tmp, 'plans')).filter((n) => existsSync(join(tmp, 'plans', n, 'index.html'))) : [];
  if (missing.length || built.length !== planIds.length) {
    throw new BuildRefused('planMissingFromSite', { built: built.length, declared: planIds.length, missing: missing.slice(0, 5), contentRoot });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!env.siteUrlGiven) {
    if (deploy) throw new BuildRefused('siteUrlRequired', { origin: env.siteOrigin });
    console.warn(sentence(B.siteUrlDefault, { origin: env.siteOrigin }, lang));
  }
  console.log(`content: ${join(contentRoot, 'content')}${env.contentRoot ? ' (CONTENT_ROOT)' : ''}`);
  checkDist();
  try {
    cleanUpAfterKilledBuilds();
  } catch (err) {
    throw new BuildRefused('cannotCleanUp', { dist, reason: describeFsError(err, parent) });
  }
  // A partition reads its own plans only (the pipelines' validate job reads the whole tree).
  const regions = env.partition !== undefined ? planRegions(contentRoot) : [];
  const include = env.partition !== undefined ? onlyPlansOf(regions, (p) => partitionOf(p, env.partitionByCity) === env.partition) : undefined;
  const { model, problems } = loadContent(contentRoot, { include });
  if (problems.length > 0) {
    for (const p of problems) console.error(problemFormatter(lang)(p)); // Chinese unless --lang en or CONTENT_LANG=en
    throw new BuildRefused('contentProblems', { count: problems.length, content: join(contentRoot, 'content') });
  }
  if (model.plans.length === 0) throw new BuildRefused('noPlans', { content: join(contentRoot, 'content') });
  // Every plan, before a partition narrows them: the pages narrow them as they always do.
  handOver(contentRoot, model);
  if (env.partition !== undefined) {
    const known = [...partitionPlans(regions.flatMap((r) => (r.plan ? [{ id: r.id, plan: r.plan }] : [])), env.partitionByCity).keys()];
    model.plans = plansOfPartition(model.plans, env.partition, env.partitionByCity);
    if (model.plans.length === 0) throw new BuildRefused('noPlansInPartition', { partition: env.partition, content: join(contentRoot, 'content'), known });
  }
  fault('validate');
  await pause('validate');
  console.log(`content OK: ${model.plans.length} plans. Building…`);
  process.env.CONTENT_ROOT = contentRoot;
  try {
    mkdirSync(parent, { recursive: true });
    mkdirSync(tmp);
  } catch (err) {
    throw new BuildRefused('cannotWrite', { dist, reason: describeFsError(err, parent) });
  }
  // Content from elsewhere (tests, benchmarks) gets its own cache, so that builds never share stale entries.
  // Partitions built at once (--all) each keep their own, for the same reason.
  // The repository's own content gets the checkout's cache, not Astro's default in node_modules/.astro, which
  // other checkouts sharing node_modules would write at the same time (the incremental build keeps pages there).
  const own = env.partition !== undefined ? `cache-p${env.partition}` : 'cache';
  const cacheDir = contentRoot === repo ? join(repo, '.astro', own) : join(contentRoot, '.astro-cache', env.partition !== undefined ? own : '');
  // The PNG images first, on every core, into the image cache where the pages' endpoints find them.
  const threads = availableParallelism();
  const images = await renderImages(imageJobs(model.plans), threads);
  if (images > 0) console.log(`images: ${images} PNG ready (rendered on ${threads} threads or found in the cache)`);
  await astroBuild(tmp, cacheDir);
  fault('astro');
  await pause('astro');
  await indexForSearch(model.plans, tmp, model.concepts);
  fault('search');
  await pause('search');
  checkBuiltSite(model.plans.map((p) => p.id));
  // What the national front shows of this partition, so that it is assembled without reading a plan again.
  if (env.partition !== undefined) writeFileSync(join(tmp, 'summary.json'), `${JSON.stringify(partitionSummary(env.partition, model.plans), null, 1)}\n`);
  fault('swap');
  if (existsSync(dist)) renameSync(dist, old);
  await pause('swap');
  renameSync(tmp, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`Built ${relative(process.cwd(), dist) || dist} in ${((Date.now() - started) / 1000).toFixed(1)} s. Preview it with: npm run preview`);
}

/**
 * The search index (docs/search-index.md) into <site>/search-index/: the plans' records streamed, one plan at
 * a time, into a part (sorted runs on disk, memory bounded), then merged. A partition keeps its part in
 * <site>/search-part/ for the national front to merge with the others' (scripts/build-national.ts); the
 * front does not publish it.
 */
async function indexForSearch(plans: Parameters<typeof searchRecords>[0], site: string, concepts: Parameters<typeof searchRecords>[2]): Promise<void> {
  const part = join(site, SEARCH_PART);
  await writeIndexPart(
    (function* () {
      for (const p of plans) yield { plan: indexPlan(p), records: searchRecords([p], plans, concepts).map(indexRecord) };
    })(),
    part,
  );
  await mergeIndexParts([part], join(site, 'search-index'));
  if (env.partition === undefined) rmSync(part, { recursive: true, force: true });
  console.log(`search index: ${plans.length} plans into search-index/`);
}

/** Where a partition leaves its part of the national search index (never published). */
const SEARCH_PART = 'search-part';

// --all and --assemble: every partition, then the national front (scripts/build-national.ts).
(national ? import('./build-national.ts').then((m) => m.buildNational(env, lang)) : main()).catch((err: unknown) => {
  try {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dist)) renameSync(old, dist);
  } catch {
    /* the message below matters more; the next build cleans up */
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const path = (err as NodeJS.ErrnoException | null)?.path;
  const said =
    err instanceof BuildRefused
      ? lang === 'en'
        ? err.message
        : err.zh
      : code && path
        ? describeFsError(err, path)[lang]
        : sentence(B.unexpected, { what: err instanceof Error ? err.message : String(err), debug }, lang);
  console.error(`\n${sentence(B.failed, undefined, lang)}\n${said}`);
  if (debug && err instanceof Error && !(err instanceof BuildRefused)) console.error(err.stack);
  process.exit(1);
});
