/**
 * `npm run bench -- --index [--sizes 5,1000,10000] [--search-queries 6] [--every-query-of phrase,typo]
 * [--index-dir DIR]`: the national search index
 * (docs/search-index.md) through the real search page, at each size. The real five plans are built once
 * (`npm run build`); at 1,000 and 10,000 plans the plans are the real five copied in memory under made-up
 * regions (合成N县, as scripts/synthesize.ts names them), and only the index and the search page's own plan
 * list are made for them (a full site of 10,000 plans is too heavy to build here): the page's HTML is the
 * real page with its plan list (the JSON the page reads and the no-JavaScript list of plan texts) for every
 * plan, the index is written from those plans' search records, streamed.
 *
 * Printed for each size: the time and peak memory added by writing the index (RSS sampled every 50 ms);
 * for each kind of query (topic, phrase, place, place + topic, department, indicator name, typo), a cold
 * first query in a fresh Chromium with its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate): every byte
 * the page fetches on the wire (gzip, as a common host serves it, HTML and script included) and its requests,
 * and the time from submitting the query to its results (the page's own measure, data-search-ms); at 5
 * plans, hit@1, hit@3 and MRR on the judged set through the page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import type { PlanBundle } from '../src/lib/model/plan.ts';
import { searchRecords } from '../src/lib/publish/search-records.ts';
import { searchTerms } from '../src/lib/publish/search-terms.ts';
import { indexPlan, indexRecord, writeGramIndex } from '../src/lib/publish/gram-index.ts';
import { REQUEST_KINDS, firstQueryCost, judge, loadJudged, median, score, type QueryCost } from './search-quality.ts';
import { serveStatic } from './serve-static.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';

const REPO = join(import.meta.dirname, '..');
/** The CPU slowdown of a cheap phone. */
const SLOWDOWN = 4;

/**
 * The real plans under `n` made-up regions, in memory: plan i copies the (i mod 5)-th real plan by id, in
 * 合成i县 with no division code, as scripts/synthesize.ts writes them to disk.
 */
export function copiedPlans(real: readonly PlanBundle[], n: number): PlanBundle[] {
  if (n === real.length) return [...real];
  const sorted = [...real].sort((a, b) => (a.id < b.id ? -1 : 1));
  return Array.from({ length: n }, (_, i) => {
    const p = sorted[i % sorted.length]!;
    const id = `${p.id}-syn${i}`;
    const name = `合成${i}县`;
    return { ...p, id, plan: { ...p.plan, id, title: `${name}${p.plan.title}`, region: { ...p.plan.region, name, code: undefined } } } as PlanBundle;
  });
}

/** Queries of every kind, at `n` plans: the judged set's at 5, the same topics with synthetic places beyond. */
function queriesFor(n: number, plans: readonly PlanBundle[], perKind: number, everyQueryOf: readonly string[] = []): Array<{ q: string; kind: string }> {
  const judged = loadJudged().filter((j) => j.relevant.length > 0);
  const topics = judged.filter((j) => j.kind === 'topic').map((j) => j.q);
  const phrases = ['建立控辍保学动态监测机制', '推进县域义务教育优质均衡发展', '加强教师队伍建设', '全面落实立德树人根本任务'];
  const typos = ['双师形', '控缀保学', '县管校骋', '随班就续', '集团化办校'];
  const indicators = judged.filter((j) => j.kind === 'indicator').map((j) => j.q);
  const places = n === 5 ? judged.filter((j) => j.kind === 'plan').map((j) => j.q) : plans.filter((_, k) => k % Math.max(1, Math.floor(n / 7)) === 3).map((p) => p.plan.region.name);
  const placeTopics = n === 5 ? judged.filter((j) => j.kind === 'place+topic').map((j) => j.q) : topics.map((t, k) => `${places[k % places.length]} ${t}`);
  const take = (xs: string[], kind: string) => xs.slice(0, everyQueryOf.includes(kind) ? xs.length : perKind).map((q) => ({ q, kind }));
  return [
    ...take(topics, 'topic'),
    ...take(phrases, 'phrase'),
    ...take(places, 'place'),
    ...take(placeTopics, 'place + topic'),
    ...take(['人社局', '教育局', '财政局'], 'department'),
    ...take(indicators, 'indicator name'),
    ...take(typos, 'typo'),
  ];
}

/**
 * A site to measure at `n` plans: the built site's files (linked), its search page with the plan list of
 * `plans`, and the index at `index`.
 */
function siteFor(dist: string, out: string, index: string, plans: readonly PlanBundle[], concepts: Parameters<typeof searchTerms>[1]): void {
  mkdirSync(join(out, 'search'), { recursive: true });
  for (const name of readdirSync(dist)) if (name !== 'search' && name !== 'search-index') symlinkSync(join(dist, name), join(out, name));
  symlinkSync(index, join(out, 'search-index'));
  // The page ships the terms without a plan list (the index's names table and menus.json hold the plans).
  const terms = JSON.stringify({ ...searchTerms(plans, concepts), plans: [] });
  const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8').replace(/(<script type="application\/json" id="search-terms">)[^<]*/, (_, open: string) => open + terms);
  writeFileSync(join(out, 'search', 'index.html'), html);
}

interface Measured extends QueryCost {
  kind: string;
}

function summarise(n: number, costs: Measured[]): string[] {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const kinds = [...new Set(costs.map((c) => c.kind))];
  const lines = kinds.map((kind) => {
    const cs = costs.filter((c) => c.kind === kind);
    const worst = cs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return `  ${kind.padEnd(15)} ${String(cs.length).padStart(2)} queries: median ${kb(median(cs.map((c) => c.bytes)))} in ${median(cs.map((c) => c.requests))} requests, ${median(cs.map((c) => c.ms))} ms; worst ${kb(worst.bytes)} in ${worst.requests} (${worst.q}); slowest ${Math.max(...cs.map((c) => c.ms))} ms`;
  });
  const all = costs.map((c) => c.bytes);
  const byKind = (k: string) => median(costs.map((c) => c.byKind[k as keyof typeof c.byKind]?.bytes ?? 0));
  const requestsOf = (k: string) => median(costs.map((c) => c.byKind[k as keyof typeof c.byKind]?.requests ?? 0));
  const phrases = costs.filter((c) => c.kind === 'phrase');
  return [
    `${n} plans, first query through the search page (every byte on the wire, gzip; CPU ${SLOWDOWN}× slower): median ${kb(median(all))} in ${median(costs.map((c) => c.requests))} requests, ${median(costs.map((c) => c.ms))} ms; max ${kb(Math.max(...all))}, most requests ${Math.max(...costs.map((c) => c.requests))}, over 250 KB: ${all.filter((b) => b > 250 * 1024).length}, slowest ${Math.max(...costs.map((c) => c.ms))} ms`,
    `  of which (median): page HTML ${kb(byKind('page HTML'))}, page JS ${kb(byKind('page JS'))}, page CSS ${kb(byKind('page CSS'))}, plan table ${kb(byKind('plan table'))}, shards ${kb(byKind('shards'))}, record blocks ${kb(byKind('record blocks'))}`,
    `  requests (median of all queries): ${REQUEST_KINDS.map((k) => `${k} ${requestsOf(k)}`).join(', ')}`,
    ...phrases.map((c) => `  phrase ${c.q}: ${c.requests} requests (${REQUEST_KINDS.filter((k) => c.byKind[k]).map((k) => `${k} ${c.byKind[k]!.requests}`).join(', ')})`),
    // Each phrase and typo: its time, its cost and its first result (a typo should be 近似匹配, holding the phrase meant).
    ...costs.filter((c) => c.kind === 'phrase' || c.kind === 'typo').map((c) => `  ${c.kind} ${c.q}: ${c.ms} ms, ${kb(c.bytes)} in ${c.requests}; first result ${c.first ? `${c.first.near ? '近似匹配' : 'exact'}, marked ${c.first.marked}` : 'none'}`),
    ...lines,
  ];
}

function buildRealSite(out: string): void {
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.ts')], { env: { ...process.env, DIST_DIR: out, BUILD_QUIET: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the site did not build:\n${r.stderr}`);
}

export interface IndexBenchOptions {
  /** Queries per kind of query. */
  perKind: number;
  /** Kinds of which every query is asked (phrase, typo …). */
  everyQueryOf: readonly string[];
  /** Where each size's index is kept (index-<n>) and read from when it is there already. */
  indexDir?: string;
}

/** The index of `plans` at `dir`: written (streamed, its time and peak memory printed), or read as kept. */
async function indexAt(dir: string, plans: readonly PlanBundle[], real: readonly PlanBundle[], concepts: Parameters<typeof searchRecords>[2]): Promise<void> {
  const n = plans.length;
  if (existsSync(join(dir, 'manifest.json'))) return void console.log(`\nsearch index at ${n} plans: read as kept in ${dir} (written earlier: its time and memory are not measured)`);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = Date.now();
  await writeGramIndex(
    (function* () {
      for (const p of plans) yield { plan: indexPlan(p), records: searchRecords([p], real, concepts).map(indexRecord) };
    })(),
    dir,
  );
  clearInterval(timer);
  console.log(`\nsearch index at ${n} plans: written in ${((Date.now() - t0) / 1000).toFixed(1)} s, peak RSS +${((peak - before) / 2 ** 20).toFixed(0)} MB, manifest ${readFileSync(join(dir, 'manifest.json'), 'utf8')}`);
}

export async function searchIndexSection(sizes: number[], o: IndexBenchOptions = { perKind: 6, everyQueryOf: [] }): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'search-bench-'));
  try {
    const dist = join(tmp, 'dist');
    console.log('building the real site (its search page is measured at every size)…');
    buildRealSite(dist);
    const { plans: real, concepts } = loadContent(REPO).model;
    for (const n of sizes) {
      const plans = copiedPlans(real, n);
      const index = join(o.indexDir ?? tmp, `index-${n}`);
      await indexAt(index, plans, real, concepts);
      const site = join(tmp, `site-${n}`);
      siteFor(dist, site, index, plans, concepts);
      const { base, close } = await serveStatic(site, { gzip: true });
      try {
        const costs: Measured[] = [];
        for (const { q, kind } of queriesFor(n, plans, o.perKind, o.everyQueryOf)) costs.push({ ...(await firstQueryCost(launchBrowser, base, q, SLOWDOWN)), kind });
        for (const line of summarise(n, costs)) console.log(line);
        if (n === 5) {
          const judged = loadJudged();
          const browser = await launchBrowser();
          try {
            const s = score(await judge(browser, base, judged), judged);
            const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
            console.log(`judged set through the page (${s.queries} queries + ${s.nonsense} nonsense): hit@1 ${pct(s.hit1)} · hit@3 ${pct(s.hit3)} · MRR ${s.mrr.toFixed(3)} · nonsense empty ${s.nonsenseEmpty}/${s.nonsense}`);
          } finally {
            await browser.close();
          }
        }
      } finally {
        await close();
        if (!o.indexDir) rmSync(index, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
