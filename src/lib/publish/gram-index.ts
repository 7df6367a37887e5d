/**
 * Writing the national search index (docs/search-index.md): character and pair postings sharded by the
 * gram's hash, record summaries in small blocks, a plan table. Built in two steps so that a partitioned
 * build fits: each partition writes a part (`writeIndexPart`: its records streamed, postings flushed to
 * sorted runs on disk whenever the buffer is full), and the front merges the parts (`mergeIndexParts`: a
 * k-way merge of every run, one shard in memory at a time). Memory is bounded by the flush size and one
 * shard, however many plans.
 */
import { gzipSync } from 'node:zlib';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { PlanBundle } from '../model/plan.ts';
import { urls } from '../model/urls.ts';
import { planShortName, type SearchRecord } from './search-records.ts';
import { placeShortName, regionGroup, regionKey } from './search-terms.ts';
import { GRAM_BUCKETS, GRAM_INDEX_VERSION, chars, encodeIds, facetGram, gramBucket, nameFile, normaliseText, textGrams, titleGram } from '../../client/search/grams.ts';

/** A plan as the index lists it: the plan table row the page counts by before opening any record. */
export interface IndexPlan {
  title: string;
  url: string;
  region: string;
  province: string;
  /** The prefecture-level city, or '' for a plan of a province or a city itself. */
  city: string;
  /** Where the region is (省 · 地级市), grouping the menus; the province when omitted. */
  group?: string;
  /** The region filter's key (its division code); 省 · 名 when omitted. */
  key?: string;
  /** The region's short form (泾源 for 泾源县), '' if none. */
  regionShort?: string;
  /** The plan's short name (泾源县规划). */
  planShort?: string;
}

/** One record: what is shown for it and what is searched. */
export interface IndexRecord {
  title: string;
  url: string;
  kind: string;
  /** The text shown in the result (verbatim). */
  shown: string;
  /** The text searched (normalised before indexing); `shown` when omitted. */
  searched?: string;
  /** Filter values (kind, chapter, unit, attribute), each a posting list of its own (facetGram). */
  facets?: Record<string, readonly string[]>;
  /** What else a result shows or a CSV row holds: status, units, project, issuer, cite (only those it has). */
  extra?: Record<string, string>;
}

/** A plan and its records, as a partition hands them over, one plan at a time. */
export interface IndexPlanRecords {
  plan: IndexPlan;
  records: Iterable<IndexRecord>;
}

/** A plan's row in the plan table: where it is, for counts by province and city. */
export function indexPlan(plan: PlanBundle): IndexPlan {
  const r = plan.plan.region;
  const city = r.level === 'prefecture' ? r.name : r.parent && r.parent !== r.province ? r.parent : '';
  return { title: plan.plan.title, url: urls.plan(plan.id), region: r.name, province: r.province, city, group: regionGroup(r), key: regionKey(r), regionShort: placeShortName(r.name) ?? '', planShort: planShortName(plan) };
}

/**
 * A search record (searchRecords) as the index holds it: its title, the verbatim text shown, and the text
 * searched (with the simplified form of traditional characters, and the units responsible).
 */
export function indexRecord(r: SearchRecord): IndexRecord {
  const shown = r.meta.text ?? r.content;
  // Plan and region are the plan table's: a search within plans intersects id ranges instead.
  const facets = Object.fromEntries(Object.entries(r.filters).filter(([k]) => k !== 'plan' && k !== 'region'));
  // The text shown is searched too where the record's searched text words it otherwise (an indicator's 55%).
  const searched = normaliseText(r.content).includes(normaliseText(shown)) ? r.content : `${r.content} ${shown}`;
  const extra = Object.fromEntries(RESULT_LINES.flatMap((k) => (r.meta[k] ? [[k, r.meta[k]]] : [])));
  return { title: r.meta.title ?? '', url: r.url, kind: r.meta.kind ?? '', shown, searched, facets, ...(Object.keys(extra).length > 0 ? { extra } : {}) };
}

/** The record's fields a result shows under its title, or a CSV row holds, besides its text. */
const RESULT_LINES = ['status', 'units', 'project', 'issuer', 'cite'] as const;

/** Records per summary block (r/<k>.json): small enough that the results shown fetch a few KB. */
export const RECORD_BLOCK = 16;
/** Postings per shard aimed at when choosing the shard count. */
const SHARD_POSTINGS = 3000;
/** A gram with more postings than this gets a file of its own (h/…), fetched only when a query needs it. */
export const HEAVY_POSTINGS = 2000;

interface PartMeta {
  records: number;
  postings: number;
  runs: number;
  plans: PartPlan[];
}

/** A plan as a part lists it: its plan-table row, its records (first, count), and its menu and name fields. */
type PartPlan = [title: string, url: string, region: string, province: string, city: string, first: number, count: number, group: string, key: string, regionShort: string, planShort: string];

type PostingBuffer = Map<string, number[]>;

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const runKey = (gram: string) => `${gramBucket(gram).toString(16).padStart(4, '0')}\t${gram}`;
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The buffer as one sorted run: `bucket<TAB>gram<TAB>id,id,…` (ids local to the part, ascending). */
async function flushRun(buffer: PostingBuffer, dir: string, run: number): Promise<void> {
  const keyed = [...buffer].map(([gram, ids]) => [runKey(gram), ids] as const).sort((a, b) => byKey(a[0], b[0]));
  await writeLines(join(dir, `run-${run}.txt`), (function* () {
    for (const [key, ids] of keyed) yield `${key}\t${ids.join(',')}`;
  })());
  buffer.clear();
}

/**
 * Writes one part of the index into `dir`: its plans' records in order (record ids local to the part),
 * and its postings as sorted runs of at most `flushPostings` postings each.
 */
export async function writeIndexPart(plans: Iterable<IndexPlanRecords>, dir: string, flushPostings = 2_000_000): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const meta: PartMeta = { records: 0, postings: 0, runs: 0, plans: [] };
  const records = createWriteStream(join(dir, 'records.jsonl'));
  const buffer: PostingBuffer = new Map();
  let buffered = 0;
  for (const { plan, records: rs } of plans) {
    const first = meta.records;
    for (const r of rs) {
      const id = meta.records++;
      const searched = normaliseText(r.searched ?? r.shown);
      const row: unknown[] = [r.title, r.url, r.kind, r.shown, searched === normaliseText(r.shown) ? 0 : searched];
      if (r.extra) row.push(r.extra);
      const line = JSON.stringify(row);
      if (!records.write(`${line}\n`)) await once(records, 'drain');
      const grams = textGrams(searched);
      for (const [key, values] of Object.entries(r.facets ?? {})) for (const v of values) grams.add(facetGram(key, v));
      for (const g of textGrams(normaliseText(r.title))) grams.add(titleGram(g));
      for (const g of grams) {
        const ids = buffer.get(g);
        if (ids) ids.push(id);
        else buffer.set(g, [id]);
        buffered += 1;
      }
      if (buffered >= flushPostings) {
        meta.postings += buffered;
        await flushRun(buffer, dir, meta.runs++);
        buffered = 0;
      }
    }
    meta.plans.push([plan.title, plan.url, plan.region, plan.province, plan.city, first, meta.records - first, plan.group ?? plan.province, plan.key ?? `${plan.province} · ${plan.region}`, plan.regionShort ?? '', plan.planShort ?? '']);
  }
  if (buffered > 0) {
    meta.postings += buffered;
    await flushRun(buffer, dir, meta.runs++);
  }
  records.end();
  await once(records, 'finish');
  writeFileSync(join(dir, 'part.json'), JSON.stringify(meta));
}

/** One run being merged: its next line, and the offset that makes its part's ids global. */
interface RunCursor {
  lines: AsyncIterator<string>;
  head: { key: string; ids: string } | null;
  base: number;
}

async function advance(c: RunCursor): Promise<void> {
  const next = await c.lines.next();
  if (next.done) {
    c.head = null;
    return;
  }
  const tab = next.value.lastIndexOf('\t');
  c.head = { key: next.value.slice(0, tab), ids: next.value.slice(tab + 1) };
}

/** The smallest power of two ≥ n, within 1 … GRAM_BUCKETS. */
const shardCount = (postings: number) => Math.min(GRAM_BUCKETS, 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, postings / SHARD_POSTINGS)))));

/**
 * Record blocks and posting lists, nine tenths of the index, are stored gzip-compressed (format 5; read by
 * src/client/search/index-file.ts): at 10,000 plans the national index was 1.5 GB of JSON, over a static
 * host's 1 GB. The same bytes on every build (zlib writes no timestamp).
 */
function gzipped(json: string): Buffer {
  return gzipSync(Buffer.from(json, 'utf8'));
}

/**
 * The record summaries in blocks of RECORD_BLOCK, ids global in part order: `{p, r}`, the titles of the
 * plans of the block's records (each once, in order) and the records' rows, so that a result names its plan
 * without a plan block of its own.
 */
async function writeRecordBlocks(partDirs: readonly string[], metas: readonly PartMeta[], outDir: string): Promise<void> {
  mkdirSync(join(outDir, 'r'), { recursive: true });
  let block: string[] = [];
  let titles: string[] = [];
  let lastPlan = -1;
  let k = 0;
  let plan = -1;
  const flush = () => {
    writeFileSync(join(outDir, 'r', `${k++}.json`), gzipped(`{"p":${JSON.stringify(titles)},"r":[${block.join(',')}]}`));
    block = [];
    titles = [];
    lastPlan = -1;
  };
  for (const [p, dir] of partDirs.entries()) {
    const plans = metas[p]!.plans;
    let at = -1;
    let left = 0;
    const lines = createInterface({ input: createReadStream(join(dir, 'records.jsonl')), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      // The plan of this record: plans hold their records in order (a plan with none is passed over).
      while (left === 0) {
        at += 1;
        plan += 1;
        left = plans[at]![6];
      }
      left -= 1;
      if (plan !== lastPlan) {
        titles.push(plans[at]![0]);
        lastPlan = plan;
      }
      block.push(line);
      if (block.length === RECORD_BLOCK) flush();
    }
    // Plans of this part after its last record hold none.
    plan += plans.length - 1 - at;
  }
  if (block.length > 0) flush();
}

/** One gram's postings in its shard: ids inline, or in a file of its own with their count. */
type ShardEntry = number[] | { n: number; f: string };

/**
 * Merges parts written by writeIndexPart, in the order given (their record ids follow one another), into
 * the index at `outDir`: manifest.json, g/<shard>.json, h/<shard>-<k>.json, r/<block>.json (with their plans' titles), and the plan files (p/, places.json,
 * menus.json, n/: writePlanFiles). A gram in more than `heavyAbove` records gets a file of its own (tests
 * lower it to try the reader's heavy paths on small corpora).
 */
export async function mergeIndexParts(partDirs: readonly string[], outDir: string, heavyAbove = HEAVY_POSTINGS): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'g'), { recursive: true });
  mkdirSync(join(outDir, 'h'), { recursive: true });
  const metas = partDirs.map((d) => JSON.parse(readFileSync(join(d, 'part.json'), 'utf8')) as PartMeta);
  const bases: number[] = [];
  let records = 0;
  for (const m of metas) {
    bases.push(records);
    records += m.records;
  }
  const shards = shardCount(metas.reduce((n, m) => n + m.postings, 0));
  const perShard = GRAM_BUCKETS / shards;
  const cursors: RunCursor[] = [];
  partDirs.forEach((dir, p) => {
    const runs = readdirSync(dir).filter((f) => /^run-\d+\.txt$/.test(f)).sort((a, b) => Number(a.slice(4, -4)) - Number(b.slice(4, -4)));
    for (const f of runs) cursors.push({ lines: createInterface({ input: createReadStream(join(dir, f)), crlfDelay: Infinity })[Symbol.asyncIterator](), head: null, base: bases[p]! });
  });
  for (const c of cursors) await advance(c);
  let shard = 0;
  let entries: Array<[string, ShardEntry]> = [];
  let heavy = 0;
  const flushShard = () => {
    writeFileSync(join(outDir, 'g', `${shard}.json`), gzipped(JSON.stringify(Object.fromEntries(entries))));
    entries = [];
    heavy = 0;
  };
  for (;;) {
    // Cursors are in part then run order, so equal grams concatenate into ascending ids.
    let key: string | null = null;
    for (const c of cursors) if (c.head && (key === null || c.head.key < key)) key = c.head.key;
    if (key === null) break;
    const ids: number[] = [];
    for (const c of cursors) {
      if (c.head?.key !== key) continue;
      for (const s of c.head.ids.split(',')) ids.push(c.base + Number(s));
      await advance(c);
    }
    const tab = key.indexOf('\t');
    const bucketShard = Math.floor(parseInt(key.slice(0, tab), 16) / perShard);
    while (shard < bucketShard) {
      flushShard();
      shard += 1;
    }
    const gram = key.slice(tab + 1);
    if (ids.length > heavyAbove) {
      const f = `h/${shard}-${heavy++}.json`;
      writeFileSync(join(outDir, f), gzipped(JSON.stringify(encodeIds(ids))));
      entries.push([gram, { n: ids.length, f }]);
    } else entries.push([gram, encodeIds(ids)]);
  }
  while (shard < shards) {
    flushShard();
    shard += 1;
  }
  await writeRecordBlocks(partDirs, metas, outDir);
  const plans = metas.flatMap((m) => m.plans);
  const names = writePlanFiles(plans, outDir);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ version: GRAM_INDEX_VERSION, shards, block: RECORD_BLOCK, records, plans: plans.length, planBlock: PLAN_BLOCK, counts: plans.map((p) => p[6]), names }));
}

/** Plan rows per plan block (p/<k>.json): the plans of the results shown fetch a few KB. */
export const PLAN_BLOCK = 64;
/** Plans a names file lists at most; a prefix with more is split by its next character. */
export const NAME_FILE_PLANS = 48;

/** A menu row: title, region, group, region key, region short form, plan short name, plan index. */
type MenuRow = [title: string, region: string, group: string, key: string, regionShort: string, planShort: string, plan: number];

/**
 * The plan files: plan rows in blocks, places (province and city ordinals per plan, for counts), the menus'
 * rows, and the names table (names files by prefix). Returns the first pairs of every name, for the manifest.
 */
function writePlanFiles(plans: readonly PartPlan[], outDir: string): string {
  mkdirSync(join(outDir, 'p'), { recursive: true });
  for (let k = 0; k * PLAN_BLOCK < plans.length; k += 1) {
    writeFileSync(join(outDir, 'p', `${k}.json`), JSON.stringify(plans.slice(k * PLAN_BLOCK, (k + 1) * PLAN_BLOCK).map((p) => p.slice(0, 5))));
  }
  const ordinals = (col: 3 | 4) => {
    const names: string[] = [];
    const at = new Map<string, number>();
    const ords = plans.map((p) => {
      if (!at.has(p[col])) at.set(p[col], names.push(p[col]) - 1);
      return at.get(p[col])!;
    });
    return [names, ords] as const;
  };
  const [provinces, p] = ordinals(3);
  const [cities, c] = ordinals(4);
  writeFileSync(join(outDir, 'places.json'), JSON.stringify({ provinces, cities, p, c }));
  const zh = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b, 'zh-CN') || (a < b ? -1 : 1));
  const rows = plans.map(([title, , region, , , , , group, key, regionShort, planShort], k): MenuRow => [title, region, group, key, regionShort, planShort, k]);
  writeFileSync(join(outDir, 'menus.json'), JSON.stringify([...rows].sort((a, b) => zh(a[2], b[2]) || zh(a[1], b[1]) || zh(a[0], b[0]) || a[6] - b[6])));
  return writeNames(rows, outDir);
}

/**
 * The names table (docs/search-index.md): every name of every plan (title, region, short forms) under the
 * prefix files `n/<nameFile(prefix)>.json`, `{prefix: {r: rows, m?: 1}}`. A prefix is first a name's first
 * pair; one with more than NAME_FILE_PLANS plans keeps only the plans named exactly so (`m`: more follow)
 * and splits the others by their next character. Returns the first pairs, sorted, concatenated.
 */
function writeNames(rows: readonly MenuRow[], outDir: string): string {
  mkdirSync(join(outDir, 'n'), { recursive: true });
  const named: Array<[string[], number]> = [];
  for (const row of rows) for (const name of new Set([row[0], row[1], row[4], row[5]])) if (chars(name).length >= 2) named.push([chars(name), row[6]]);
  const files = new Map<string, Record<string, { r: MenuRow[]; m?: 1 }>>();
  const put = (prefix: string, entry: { r: MenuRow[]; m?: 1 }) => {
    const f = nameFile(prefix);
    files.set(f, { ...(files.get(f) ?? {}), [prefix]: entry });
  };
  const rowsOf = (ns: ReadonlyArray<[string[], number]>) => [...new Set(ns.map(([, k]) => k))].sort((a, b) => a - b).map((k) => rows[k]!);
  const split = (prefix: string[], ns: ReadonlyArray<[string[], number]>) => {
    const plansHere = new Set(ns.map(([, k]) => k)).size;
    if (plansHere <= NAME_FILE_PLANS) return put(prefix.join(''), { r: rowsOf(ns) });
    put(prefix.join(''), { r: rowsOf(ns.filter(([cs]) => cs.length === prefix.length)), m: 1 });
    const next = new Map<string, Array<[string[], number]>>();
    for (const n of ns) {
      if (n[0].length <= prefix.length) continue;
      const c = n[0][prefix.length]!;
      if (!next.has(c)) next.set(c, []);
      next.get(c)!.push(n);
    }
    for (const [c, group] of next) split([...prefix, c], group);
  };
  const byPair = new Map<string, Array<[string[], number]>>();
  for (const n of named) {
    const pair = n[0][0]! + n[0][1]!;
    if (!byPair.has(pair)) byPair.set(pair, []);
    byPair.get(pair)!.push(n);
  }
  for (const [pair, ns] of byPair) split(chars(pair), ns);
  for (const [f, content] of files) writeFileSync(join(outDir, 'n', `${f}.json`), JSON.stringify(content));
  return [...byPair.keys()].sort().join('');
}

/** The whole index in one go (one part, merged): for a build that is not partitioned, and for tests. */
export async function writeGramIndex(plans: Iterable<IndexPlanRecords>, outDir: string, workDir = `${outDir}.parts`): Promise<void> {
  const part = join(workDir, '0');
  await writeIndexPart(plans, part);
  await mergeIndexParts([part], outDir);
  rmSync(workDir, { recursive: true, force: true });
}
