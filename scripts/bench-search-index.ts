/**
 * `npm run bench -- --index [--sizes 5,1000]`: the national search index (docs/search-index.md) at each
 * size: build time and peak memory of writing it, then for each kind of query a cold first query (a fresh
 * reader, nothing cached) and every index file it fetches, gzipped as a common host serves it (level 6),
 * with the request count; at 5 plans, hit@1, hit@3 and MRR on the judged set. The query is read as the
 * search page reads it (places narrow to their plans, a unit alone lists its measures). Node-side: the
 * page's own HTML and script are not counted here, and no browser runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/lib/content/load.ts';
import { searchRecords } from '../src/lib/publish/search-records.ts';
import { searchTerms } from '../src/lib/publish/search-terms.ts';
import { indexPlan, indexRecord, writeGramIndex } from '../src/lib/publish/gram-index.ts';
import { GramIndex, type IndexHit } from '../src/client/search/gram-search.ts';
import { queryReader } from '../src/client/search/query.ts';
import { loadJudged, median, resultKey } from './search-quality.ts';
import { synthesize } from './synthesize.ts';

const REPO = join(import.meta.dirname, '..');

interface Cost {
  q: string;
  kind: string;
  bytes: number;
  requests: number;
  results: number;
  approximate: boolean;
}

/** A reader of the index at `dir` that counts what it fetches. */
async function meteredIndex(dir: string) {
  const meter = { bytes: 0, requests: 0 };
  const index = await GramIndex.open(async (path) => {
    const raw = readFileSync(join(dir, path));
    meter.bytes += gzipSync(raw, { level: 6 }).length;
    meter.requests += 1;
    return JSON.parse(raw.toString('utf8')) as unknown;
  });
  return { index, meter };
}

type Reader = ReturnType<typeof queryReader>;

/** The first page of results for `q`, as the search page would ask the index for it. */
async function firstPage(index: GramIndex, reader: Reader, q: string): Promise<{ hits: IndexHit[]; approximate: boolean }> {
  const query = reader.readQuery(q);
  const within = query.plans.length > 0 ? query.plans.map((t) => index.plans.findIndex((p) => p[0] === t)).filter((k) => k >= 0) : undefined;
  const text = query.unit ?? query.words.join(' ');
  if (!text && within) return { hits: await index.records(within.map((k) => index.plans[k]![5])), approximate: false };
  const found = await index.search(reader.toSimplified(text), { limit: 10, ...(within ? { within } : {}) });
  return { hits: found.hits, approximate: found.approximate };
}

async function measure(dir: string, reader: Reader, queries: Array<{ q: string; kind: string }>): Promise<Cost[]> {
  const out: Cost[] = [];
  for (const { q, kind } of queries) {
    const { index, meter } = await meteredIndex(dir);
    const { hits, approximate } = await firstPage(index, reader, q);
    out.push({ q, kind, bytes: meter.bytes, requests: meter.requests, results: hits.length, approximate });
  }
  return out;
}

/** Queries of every kind: the judged set's (topic, place, place+topic, indicator, unit, traditional), phrases, typos. */
function queriesFor(n: number, regions: string[]): Array<{ q: string; kind: string }> {
  const judged = loadJudged().filter((j) => j.relevant.length > 0);
  const topics = judged.filter((j) => j.kind === 'topic').map((j) => j.q);
  const phrases = ['建立控辍保学动态监测机制', '推进县域义务教育优质均衡发展', '加强教师队伍建设', '全面落实立德树人根本任务'];
  const typos = ['双师形', '控缀保学', '县管校骋', '随班就续', '集团化办校'];
  const place = (k: number) => regions[(k * 7919) % regions.length]!;
  const base = n === 5 ? judged.map((j) => ({ q: j.q, kind: j.kind === 'plan' ? 'place' : j.kind === 'unit' ? 'department' : j.kind })) : [
    ...topics.map((q) => ({ q, kind: 'topic' })),
    ...topics.map((q, k) => ({ q: `${place(k)} ${q}`, kind: 'place+topic' })),
    ...topics.slice(0, 6).map((_, k) => ({ q: place(k + 3), kind: 'place' })),
    ...judged.filter((j) => ['indicator', 'unit'].includes(j.kind)).map((j) => ({ q: j.q, kind: j.kind === 'unit' ? 'department' : 'indicator name' })),
  ];
  return [...base.map((b) => (b.kind === 'indicator' ? { ...b, kind: 'indicator name' } : b)), ...phrases.map((q) => ({ q, kind: 'phrase' })), ...typos.map((q) => ({ q, kind: 'typo' }))];
}

function summarise(n: number, costs: Cost[]): string[] {
  const kinds = [...new Set(costs.map((c) => c.kind))];
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const lines = kinds.map((kind) => {
    const cs = costs.filter((c) => c.kind === kind);
    const worst = cs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return `  ${kind.padEnd(15)} ${String(cs.length).padStart(3)} queries: median ${kb(median(cs.map((c) => c.bytes)))} in ${median(cs.map((c) => c.requests))} requests; worst ${kb(worst.bytes)} in ${worst.requests} (${worst.q})`;
  });
  const all = costs.map((c) => c.bytes);
  return [`search index at ${n} plans, first query (index files only, gzip -6): median ${kb(median(all))}, max ${kb(Math.max(...all))}, over 250 KB: ${all.filter((b) => b > 250 * 1024).length}`, ...lines];
}

async function quality(dir: string, reader: Reader): Promise<string> {
  const judged = loadJudged();
  const { index } = await meteredIndex(dir);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let real = 0;
  let nonsenseEmpty = 0;
  const misses: string[] = [];
  for (const j of judged) {
    const { hits } = await firstPage(index, reader, j.q);
    const top = hits.map((h) => resultKey(h.url));
    if (j.relevant.length === 0) {
      if (top.length === 0) nonsenseEmpty += 1;
      continue;
    }
    real += 1;
    const at = top.findIndex((k) => j.relevant.includes(k));
    if (at === 0) hit1 += 1;
    else misses.push(`${j.q}→${at < 0 ? '—' : at + 1}`);
    if (at >= 0 && at < 3) hit3 += 1;
    if (at >= 0) rr += 1 / (at + 1);
  }
  const pct = (x: number) => `${((100 * x) / real).toFixed(0)}%`;
  return `judged set (${real} queries): hit@1 ${pct(hit1)} · hit@3 ${pct(hit3)} · MRR ${(rr / real).toFixed(2)} · nonsense empty ${nonsenseEmpty}/${judged.length - real}; not first: ${misses.join(' ')}`;
}

export async function searchIndexSection(sizes: number[]): Promise<void> {
  for (const n of sizes) {
    const tmp = mkdtempSync(join(tmpdir(), `gram-bench-${n}-`));
    try {
      const root = n === 5 ? REPO : (synthesize(n, tmp), tmp);
      const { plans, concepts } = loadContent(root).model;
      const out = join(tmp, 'search-index');
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const t0 = Date.now();
      await writeGramIndex(
        (function* () {
          for (const p of plans) yield { plan: indexPlan(p), records: searchRecords([p], plans, concepts).map(indexRecord) };
        })(),
        out,
      );
      clearInterval(timer);
      console.log(`search index at ${n} plans: written in ${((Date.now() - t0) / 1000).toFixed(1)} s, peak RSS +${((peak - before) / 2 ** 20).toFixed(0)} MB, manifest ${readFileSync(join(out, 'manifest.json'), 'utf8')}`);
      const reader = queryReader(searchTerms(plans, concepts));
      for (const line of summarise(n, await measure(out, reader, queriesFor(n, plans.map((p) => p.plan.region.name))))) console.log(line);
      if (n === 5) console.log(await quality(out, reader));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}
