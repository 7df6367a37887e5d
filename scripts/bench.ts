/**
 * `npm run bench [-- --sizes 5,100,1000]`: builds the real site (5 plans) and synthetic sites of 100 and
 * 1,000 plans, and prints for each: full build time, peak memory (RSS of the build and its children),
 * pages built per second, the search index size, and page weight per page type (HTML, CSS, JS,
 * gzipped). At every size it measures search in headless Chromium: every byte and request of a fresh
 * browser's first query (median over the judged queries) and the time to results; on the real site also
 * hit@1, hit@3 and MRR on the judged query set (scripts/search-quality.ts). Figures only; nothing here
 * fails a test. `--keep` keeps the built sites; `--out <dir>` writes every query's cost, by kind of request, as JSON;
 * `--site <dist> --sizes <n>` measures the search of a site already built (kept) for n plans, without building.
 * `--incremental [--plans N]`: a full build of N synthetic plans, its files and bytes by kind, and the rebuild
 * after one changed value (scripts/bench-incremental.ts), alone.
 *
 * On a synthetic site it also measures queries that name a place (the judged set's place queries, with the
 * place of a synthetic copy of the same plan): those can be answered from the shard of one plan.
 *
 * `--national [--plans N] [--workers N] [--split-above N]`: a synthetic country built by partition (scripts/bench-national.ts),
 * a province of more than N plans (default 400) city by city.
 *
 * Last, the importer on generated documents (scripts/bench-import.ts): recovery per family of layouts
 * (Word, PDF, portal page, text) over `--docs` seeds each. `--import` runs that section alone; with
 * `--family F --seed N [--save DIR]` it explains one document; `--seed-from N` starts at seed N (unseen seeds); `--recovery FILE` writes the misses as Markdown.
 */
import { execSync, spawn } from 'node:child_process';
import { importSection } from './bench-import.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './serve-static.ts';
import { treeRss } from './process-tree.ts';
import { firstQueryCost, judge, loadJudged, median, REQUEST_KINDS, score, type JudgedQuery, type QueryCost, type Scores } from './search-quality.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { synthesize } from './synthesize.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { placeShortName } from '../src/lib/publish/search-terms.ts';

const REPO = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,100,1000' },
    keep: { type: 'boolean', default: false },
    'search-queries': { type: 'string' },
    out: { type: 'string' },
    site: { type: 'string' },
    // The import of generated documents (scripts/bench-import.ts): alone with --import, else after the sites.
    import: { type: 'boolean', default: false },
    // The national search index through the search page (scripts/bench-search-index.ts) alone, at --sizes
    // (default 5,1000,10000), --search-queries per kind of query (default 6).
    index: { type: 'boolean', default: false },
    // With --index: every query of these kinds (comma-separated, e.g. phrase,typo), whatever --search-queries says.
    'every-query-of': { type: 'string' },
    // With --index: keep each size's index in <dir>/index-<n> and read it from there next time instead of
    // writing it again (the 10,000-plan index takes minutes; its write time and memory are then not measured).
    'index-dir': { type: 'string' },
    // A full build and the rebuild after one changed value (scripts/bench-incremental.ts) alone, at --plans (default 1000).
    incremental: { type: 'boolean', default: false },
    // With --incremental: build the changed content from scratch too and compare the two sites file by file.
    verify: { type: 'boolean', default: false },
    plans: { type: 'string', default: '1000' },
    // The synthetic country built partition by partition (scripts/bench-national.ts), alone, at --plans.
    national: { type: 'boolean', default: false },
    workers: { type: 'string' },
    // Provinces of more than this many plans are built city by city (PARTITION_BY_CITY), with --national.
    'split-above': { type: 'string', default: '400' },
    docs: { type: 'string', default: '16' },
    // First seed of the run: `--seed-from 17` measures on seeds the ratchets and fixes were never tuned on.
    'seed-from': { type: 'string', default: '1' },
    family: { type: 'string' },
    seed: { type: 'string' },
    save: { type: 'string' },
    recovery: { type: 'string' },
  },
});
const importOptions = () => ({
  repo: REPO,
  docs: Number(values.docs),
  seedFrom: Number(values['seed-from']),
  ...(values.family ? { family: values.family } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  ...(values.save ? { save: values.save } : {}),
  ...(values.recovery ? { recovery: values.recovery } : {}),
  commit: (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: REPO }).toString().trim();
    } catch {
      return 'HEAD';
    }
  })(),
});
if (values.national) {
  const { nationalSection } = await import('./bench-national.ts');
  await nationalSection();
  process.exit(0);
}
if (values.index) {
  const { searchIndexSection } = await import('./bench-search-index.ts');
  await searchIndexSection((process.argv.includes('--sizes') ? values.sizes! : '5,1000,10000').split(',').map(Number), {
    perKind: values['search-queries'] ? Number(values['search-queries']) : 6,
    everyQueryOf: values['every-query-of']?.split(',').map((k) => k.trim()) ?? [],
    ...(values['index-dir'] ? { indexDir: values['index-dir'] } : {}),
  });
  process.exit(0);
}
if (values.incremental) {
  const { incrementalSection } = await import('./bench-incremental.ts');
  await incrementalSection(Number(values.plans), values.keep!, values.verify!);
  process.exit(0);
}
if (values.import) {
  await importSection(importOptions());
  process.exit(0);
}
const sizes = values.sizes!.split(',').map(Number);

async function timedBuild(contentRoot: string, dist: string): Promise<{ seconds: number; peakRss: number; peakNode: number; ok: boolean; log: string }> {
  const started = performance.now();
  const child = spawn(join(REPO, 'node_modules/.bin/node'), [join(REPO, 'scripts/build.ts')], {
    cwd: REPO,
    env: { ...process.env, CONTENT_ROOT: contentRoot, DIST_DIR: dist, BUILD_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peakRss = 0;
  let peakNode = 0;
  const timer = setInterval(() => {
    const r = treeRss(child.pid!);
    peakRss = Math.max(peakRss, r.total);
    peakNode = Math.max(peakNode, r.own);
  }, 200);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakRss, peakNode, ok: code === 0, log };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** HTML, CSS and JS of one page, gzipped; JS split into what the page needs to be read (none) and what it ships. */
function pageWeight(dist: string, path: string) {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const assets = (re: RegExp) => [...text.matchAll(re)].map((m) => join(dist, m[1]!)).filter(existsSync);
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((n, f) => n + gz(readFileSync(f)), 0);
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + m[1]!.length, 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((n, f) => n + gz(readFileSync(f)), 0);
  return { html: gz(html), css, inlineCss, js };
}

/**
 * Search, in headless Chromium over gzip: the first query of a fresh browser for each of `queries`
 * (every byte the search page fetches: HTML, CSS, scripts, the search index's files), and, on the real site, the quality on the judged query set.
 */
async function searchFigures(dist: string, queries: string[], judged: JudgedQuery[] | null, placeQueries: string[] = []) {
  const { base, close } = await serveStatic(dist, { gzip: true });
  try {
    const costs: QueryCost[] = [];
    for (const q of queries) costs.push(await firstQueryCost(launchBrowser, base, q));
    const placeCosts: QueryCost[] = [];
    for (const q of placeQueries) placeCosts.push(await firstQueryCost(launchBrowser, base, q));
    let quality: Scores | null = null;
    if (judged) {
      const browser = await launchBrowser();
      try {
        quality = score(await judge(browser, base, judged), judged);
      } finally {
        await browser.close();
      }
    }
    return { costs, quality, placeCosts };
  } finally {
    await close();
  }
}

/**
 * The judged queries that name a place (a place and a topic, or a place alone), on a synthetic site of `n`
 * plans: each real place is replaced by a synthetic copy of its plan from the middle of the site
 * (scripts/synthesize.ts: plan i copies the i % 5-th real plan, in 合成i县).
 */
function syntheticPlaceQueries(n: number, judged: JudgedQuery[]): string[] {
  const real = loadContent(REPO).model.plans.map((p) => p.plan.region.name);
  const ids = loadContent(REPO).model.plans.map((p) => p.id);
  const sorted = [...ids].sort();
  const middle = Math.floor(n / 2 / sorted.length) * sorted.length;
  const out: string[] = [];
  for (const j of judged.filter((x) => ['place+topic', 'plan'].includes(x.kind) && !/规划|方案/.test(x.q))) {
    let q = j.q;
    for (const [k, name] of real.entries()) {
      const i = middle + sorted.indexOf(ids[k]!);
      const short = placeShortName(name);
      q = q.split(name).join(`合成${i}县`);
      if (short) q = q.replace(new RegExp(`${short}(?!县)`, 'g'), `合成${i}`);
    }
    out.push(q);
  }
  return out;
}

function printSearch(n: number, s: Awaited<ReturnType<typeof searchFigures>>): string {
  const { quality } = s;
  const lines = [...printCosts('', s.costs)];
  if (s.placeCosts.length > 0) lines.push(...printCosts(`queries naming a place (${s.placeCosts.map((c) => c.q).join('、')}): `, s.placeCosts));
  if (quality) {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    lines.push(
      `search quality on the judged set (${quality.queries} queries + ${quality.nonsense} nonsense): hit@1 ${pct(quality.hit1)} · ` +
        `hit@3 ${pct(quality.hit3)} · MRR ${quality.mrr.toFixed(3)} · top tens with a clause twice: ${quality.withDuplicates} · ` +
        `nonsense queries answered with nothing: ${quality.nonsenseEmpty}/${quality.nonsense}`,
    );
  }
  return lines.map((l) => `${n} plans: ${l}`).join('\n');
}

function printCosts(label: string, costs: QueryCost[]): string[] {
  const worst = costs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const sh = costs.find((c) => c.q === '双师型');
  const lines = [
    `search, ${label}first query of a fresh browser (${costs.length} queries, every byte the search page fetches, gzip): ` +
      `median ${kb(median(costs.map((c) => c.bytes)))} in ${median(costs.map((c) => c.requests))} requests; ` +
      `largest ${kb(worst.bytes)} (${worst.q}); most requests ${Math.max(...costs.map((c) => c.requests))}; ` +
      `results in median ${median(costs.map((c) => c.ms))} ms, slowest ${Math.max(...costs.map((c) => c.ms))} ms` +
      (sh ? `; 双师型 ${kb(sh.bytes)} in ${sh.requests} requests, ${sh.ms} ms` : ''),
  ];
  // Where the bytes go: per kind of request, the median over the queries (medians need not add up to the
  // median total) and the 双师型 query's own figures, which do.
  const kinds = REQUEST_KINDS.filter((k) => costs.some((c) => c.byKind[k]));
  const of = (c: QueryCost | undefined, k: (typeof REQUEST_KINDS)[number]) => c?.byKind[k] ?? { bytes: 0, requests: 0 };
  lines.push(`first query by kind (median over the queries${sh ? ' | 双师型' : ''}): bytes in requests`);
  for (const k of kinds) {
    const m = `${kb(median(costs.map((c) => of(c, k).bytes))).padStart(10)} in ${String(median(costs.map((c) => of(c, k).requests))).padStart(5)}`;
    lines.push(`  ${k.padEnd(13)} ${m}${sh ? ` | ${kb(of(sh, k).bytes).padStart(10)} in ${String(of(sh, k).requests).padStart(4)}` : ''}`);
  }
  return lines;
}

const PAGE_TYPES = (id: string, indicator: string) => ({
  overview: '',
  plan: `plans/${id}`,
  text: `plans/${id}/text`,
  indicator: `plans/${id}/indicators/${indicator}`,
  measures: `plans/${id}/measures`,
  projects: `plans/${id}/projects`,
  department: 'departments/jiao-yu-ti-yu-ju',
  comparison: 'compare/preschool-gross-enrolment',
  search: 'search',
  about: 'about',
  updates: 'updates',
  data: 'data',
});

const results: Array<Record<string, string>> = [];
const searchLines: string[] = [];
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const line of await (await import('./bench-sheets.ts')).sheetFigures(REPO)) console.log(`workbook: ${line}`);
if (values.site) {
  const judged = loadJudged();
  const n = sizes[0]!;
  const queries = n === 5 ? judged.map((j) => j.q) : judged.filter((j) => ['topic', 'indicator'].includes(j.kind)).map((j) => j.q).slice(0, values['search-queries'] ? Number(values['search-queries']) : 12);
  const s = await searchFigures(values.site, queries, n === 5 ? judged : null, n === 5 ? [] : syntheticPlaceQueries(n, judged));
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `search-costs-${n}.json`), `${JSON.stringify({ plans: n, costs: s.costs, placeCosts: s.placeCosts, quality: s.quality }, null, 1)}\n`);
  }
  console.log(printSearch(n, s));
  process.exit(0);
}
for (const n of sizes) {
  const root = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  if (n === 5) cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  else synthesize(n, root);
  const dist = join(root, 'dist');
  console.log(`\n== ${n} plans: building…`);
  const b = await timedBuild(n === 5 ? REPO : root, dist);
  if (!b.ok) {
    console.log(b.log.slice(-2000));
    continue;
  }
  const files = walk(dist);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const searchIndex = files.filter((f) => f.startsWith(`${dist}/search-index/`)).reduce((s, f) => s + statSync(f).size, 0);
  const row: Record<string, string> = {
    plans: String(n),
    build: `${b.seconds.toFixed(1)} s`,
    'peak RSS': mb(b.peakRss),
    'of which Node': mb(b.peakNode),
    pages: String(pages),
    'pages/s': (pages / b.seconds).toFixed(0),
    'files': String(files.length),
    'search index': mb(searchIndex),
  };
  console.log(Object.entries(row).map(([k, v]) => `${k}: ${v}`).join(' · '));
  const plans = readdirSync(join(dist, 'plans'));
  const pingluo = plans.find((p) => p.startsWith('pingluo')) ?? plans[0]!;
  console.log('page weight (gzipped): type — HTML · CSS (+inline) · JS shipped (JS needed to read: 0 except search)');
  for (const [type, path] of Object.entries(PAGE_TYPES(pingluo, 'preschool-gross-enrolment'))) {
    const w = pageWeight(dist, path);
    if (w) console.log(`  ${type.padEnd(11)} ${kb(w.html).padStart(9)} · ${kb(w.css)} (+${kb(w.inlineCss)} inline) · ${kb(w.js)}`);
  }
  if (n === 5) {
    const texts = plans.map((p) => [p, pageWeight(dist, `plans/${p}/text`)!.html] as const).sort((a, b) => b[1] - a[1]);
    console.log(`largest text page: ${texts[0]![0]} ${kb(texts[0]![1])} gzipped`);
    row['largest text page'] = kb(texts[0]![1]);
  }
  // The real site: every judged query, and the quality. A synthetic site (made-up place names): the topic
  // and indicator queries of the judged set, which mean the same there.
  const judged = loadJudged();
  const queries = n === 5 ? judged.map((j) => j.q) : judged.filter((j) => ['topic', 'indicator'].includes(j.kind)).map((j) => j.q).slice(0, values['search-queries'] ? Number(values['search-queries']) : 12);
  const s = await searchFigures(dist, queries, n === 5 ? judged : null, n === 5 ? [] : syntheticPlaceQueries(n, judged));
  // --out <dir>: every query's cost, request by kind, as JSON (raw figures for a note).
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `search-costs-${n}.json`), `${JSON.stringify({ plans: n, build: row, costs: s.costs, placeCosts: s.placeCosts, quality: s.quality }, null, 1)}\n`);
  }
  const text = printSearch(n, s);
  console.log(text);
  searchLines.push(text);
  row['first query (median)'] = `${kb(median(s.costs.map((c) => c.bytes)))}, ${median(s.costs.map((c) => c.requests))} requests, ${median(s.costs.map((c) => c.ms))} ms`;
  results.push(row);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${relative(process.cwd(), root)}`);
}
console.log('\nsummary');
for (const r of results) console.log(Object.entries(r).map(([k, v]) => `${k}: ${v}`).join(' · '));
for (const l of searchLines) console.log(l);
if (results.length >= 2) {
  const t = (n: string) => Number(results.find((r) => r.plans === n)?.build?.replace(' s', ''));
  if (t('100') && t('1000')) console.log(`time(1000)/time(100) = ${(t('1000') / t('100')).toFixed(2)}`);
}
await importSection(importOptions());
