/**
 * Searching the national index (docs/search-index.md) in the browser: a query's words are cut into
 * grams, only the shards of those grams are fetched, their postings intersected, and a word longer than a
 * pair verified against the record's text, which is fetched only for the records looked at. Counts by
 * plan, province and city come from the postings and the plan table before any record is opened. A word of
 * 3–8 characters with no exact match is looked for with one character wrong, missing or extra (近似匹配).
 * `fetchJson` is injected so that tests read the files from disk and the page over the network.
 */
import { GRAM_INDEX_VERSION, chars, nameFile, coverGrams, decodeIds, facetGram, gramShard, titleGram, nearStretches, normaliseText, substringDistance, wordGrams } from './grams.ts';
import { intersect, intersectDeltas, isLight, narrowRarestFirst, straddlingPairs, type Narrowing, type ShardEntry } from './posting-plan.ts';

export type FetchJson = (path: string) => Promise<unknown>;

interface Manifest {
  version: number;
  shards: number;
  block: number;
  records: number;
  plans: number;
  /** Plan rows per plan block (p/<k>.json). */
  planBlock: number;
  /** Records of each plan, in plan order: record ids are numbered plan by plan. */
  counts: number[];
  /** The first pair of every name of the names table, concatenated. */
  names: string;
}

/** A plan's row (p/<k>.json): title, url, region, province, city. */
export type PlanRow = [title: string, url: string, region: string, province: string, city: string];

/** A menu and names row: title, region, group (省 · 地级市), region key, region short form, plan short name, plan index. */
export type MenuRow = [title: string, region: string, group: string, regionKey: string, regionShort: string, planShort: string, plan: number];

/** Provinces and cities by ordinal, and each plan's ordinals (places.json). */
interface Places {
  provinces: string[];
  cities: string[];
  p: number[];
  c: number[];
}

/**
 * A record summary: title, url, kind, the text shown, the text searched (0: the shown text, normalised), and
 * what else a result shows (status, units, project, issuer, cite), when it has any.
 */
type RecordRow = [title: string, url: string, kind: string, shown: string, searched: string | 0, extra?: Record<string, string>];

/** A record block (r/<k>.json): the titles of the plans of its records (each once, in order), and their rows. */
interface RecordBlock {
  p: string[];
  r: RecordRow[];
}

export interface IndexHit {
  id: number;
  title: string;
  url: string;
  kind: string;
  text: string;
  plan: number;
  /** The plan's title (from the record's block: no plan block is fetched for it). */
  planTitle: string;
  /** Found with one character wrong, missing or extra in some word (近似匹配). */
  approximate: boolean;
  /** Status, units, project, issuer, cite: those the record has. */
  extra: Record<string, string>;
}

export interface Counts {
  total: number;
  byPlan: Array<[plan: number, count: number]>;
}

export interface PlaceCounts {
  byProvince: Array<[province: string, count: number]>;
  byCity: Array<[city: string, count: number]>;
}

/** The words of a query, normalised as the index is; punctuation and white space separate words. */
export function queryWords(query: string): string[] {
  return query
    .split(/[\s,，、;；。：:！？!?"“”'‘’（）()]+/u)
    .map(normaliseText)
    .filter((w) => w.length > 0);
}

const union = (lists: readonly number[][]): number[] => [...new Set(lists.flat())].sort((a, b) => a - b);

/** The files of one index, each fetched once: shards, heavy postings, record blocks. */
class IndexFiles {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly fetchJson: FetchJson;
  readonly manifest: Manifest;
  constructor(fetchJson: FetchJson, manifest: Manifest) {
    this.fetchJson = fetchJson;
    this.manifest = manifest;
  }
  /** Record blocks fetched so far: a first page's budget counts those it fetches, exact and near together. */
  blocksFetched = 0;
  /** Files fetched so far, of every kind (manifest included): a search's file budget counts these. */
  fetched = 1;
  /** Whether a file was fetched already (costs no request). */
  has(path: string): boolean {
    return this.cache.has(path);
  }
  get<T>(path: string): Promise<T> {
    if (!this.cache.has(path)) {
      this.fetched += 1;
      if (path.startsWith('r/')) this.blocksFetched += 1;
      this.cache.set(path, this.fetchJson(path));
    }
    return this.cache.get(path)! as Promise<T>;
  }
  /** A gram's shard entry: its postings inline, a heavy gram's count and file, or undefined. */
  async entry(gram: string): Promise<ShardEntry | undefined> {
    return (await this.get<Record<string, ShardEntry>>(`g/${gramShard(gram, this.manifest.shards)}.json`))[gram];
  }
  /** A gram's postings, or null when no record has it. */
  async postings(gram: string): Promise<number[] | null> {
    const entry = await this.entry(gram);
    if (!entry) return null;
    return decodeIds(isLight(entry) ? entry : await this.get<number[]>(entry.f));
  }
  /**
   * Records that may hold the word, for a first page: those holding its probe pairs (probeGrams), read
   * rarest first (posting-plan.ts); none when some pair is in no record (no heavy file is then fetched).
   * Of a word longer than SHORT_WORD whose probe pairs are all common (heavy), as far as `left()` files
   * allow, the shards of pairs straddling them are read too (at 10,000 plans 推进, 教育 and 发展 of
   * 推进县域义务教育优质均衡发展 are in 326,000 records or more, 进县 in 8,000), and up to two heavy files, the
   * rarest, are intersected. Exact for a word of one or two characters; a longer word is to be checked
   * against the text.
   */
  async candidates(word: string, left: () => number = () => Infinity): Promise<number[]> {
    const probes = probeGrams(word);
    const entries = await Promise.all(probes.map((g) => this.entry(g)));
    if (entries.some((e) => e === undefined)) return [];
    const known = entries as ShardEntry[];
    // A word of two covering pairs (大班额, 控辍保学) is narrowed well enough by its rarer one, checked against
    // the text: one heavy file, as many requests as before; a phrase of common words needs more.
    if (chars(word).length <= SHORT_WORD) return narrowRarestFirst(known, (f) => this.heavy(f), { ...FIRST_PAGE, heavyFiles: 1 });
    const spare = Math.min(STRADDLING_PAIRS, left() - KEEP_FOR_BLOCKS);
    if (known.every((e) => !isLight(e)) && spare > 0) {
      this.widened.add(word);
      const more = await Promise.all(straddlingPairs(word, spare).filter((g) => !probes.includes(g)).map((g) => this.entry(g)));
      if (more.some((e) => e === undefined)) return [];
      known.push(...(more as ShardEntry[]));
    }
    const heavyFiles = Math.max(1, Math.min(FIRST_PAGE.heavyFiles, left() - KEEP_FOR_BLOCKS));
    return narrowRarestFirst(known, (f) => this.heavy(f), { ...FIRST_PAGE, heavyFiles });
  }
  /** A heavy gram's postings file (h/…). */
  heavy(file: string): Promise<number[]> {
    return this.get<number[]>(file);
  }
  /** Words whose probe pairs were all heavy: their other pairs are common too, and no use to `refine`. */
  private readonly widened = new Set<string>();
  /** `ids` narrowed by the light pairs of each word that coverGrams left out (but of a word of common pairs). */
  async refine(ids: number[], words: readonly string[]): Promise<number[]> {
    const rest = words.filter((w) => !this.widened.has(w)).flatMap((w) => wordGrams(w).filter((g) => !probeGrams(w).includes(g)).slice(0, REFINE_PAIRS));
    const entries = await Promise.all(rest.map((g) => this.entry(g)));
    return entries.filter((e): e is readonly number[] => e !== undefined && isLight(e)).reduce<number[]>((acc, l) => intersectDeltas(acc, l), ids);
  }
  /** Records whose title holds every light probe pair of every word (heavy pairs are not fetched for this). */
  async titled(words: readonly string[]): Promise<Set<number>> {
    const grams = words.flatMap((w) => probeGrams(w)).map(titleGram);
    const entries = await Promise.all(grams.map((g) => this.entry(g)));
    if (entries.some((e) => e === undefined)) return new Set();
    const light = entries.filter((e): e is number[] => Array.isArray(e)).map(decodeIds);
    return new Set(light.length > 0 ? light.reduce((acc, l) => intersect(acc, l)) : []);
  }
  /**
   * Ids of the records holding every gram; with `enough`, a superset once no more than that many are left
   * (for a caller that checks the text). A gram in no record: none, without fetching any heavy file.
   */
  async andGrams(grams: readonly string[], enough = 0): Promise<number[]> {
    const entries = await Promise.all(grams.map((g) => this.entry(g)));
    if (entries.some((e) => e === undefined)) return [];
    return narrowRarestFirst(entries as ShardEntry[], (f) => this.heavy(f), { enough, heavyFiles: Infinity });
  }
  /** The blocks holding the records. */
  async blocks(ids: readonly number[]): Promise<Map<number, RecordBlock>> {
    const size = this.manifest.block;
    const blocks = [...new Set(ids.map((id) => Math.floor(id / size)))];
    return new Map(await Promise.all(blocks.map(async (k) => [k, await this.get<RecordBlock>(`r/${k}.json`)] as const)));
  }
  /** The summaries of records, from the blocks that hold them. */
  async rows(ids: readonly number[]): Promise<Map<number, RecordRow>> {
    const size = this.manifest.block;
    const loaded = await this.blocks(ids);
    return new Map(ids.map((id) => [id, loaded.get(Math.floor(id / size))!.r[id % size]!]));
  }
}

const searchedText = (r: RecordRow) => (r[4] === 0 ? normaliseText(r[3]) : r[4]);

/**
 * Whether `text` holds a stretch within one edit of `word`. Of a word of three characters, the stretch is
 * at least three characters long and, if three, begins with the word's first character: with one pair
 * left, a correction of the first character would let a pair as common as 型师 stand for the word (双型师
 * is no slip for 技能型师资), while 双师形 → 双师型 and 控保学 → 控辍保学 are found.
 */
function nearIn(word: string, text: string): boolean {
  const cs = chars(word);
  if (cs.length !== 3) return substringDistance(word, text, 1) <= 1;
  return nearStretches(word, text).some((s) => {
    const n = chars(s).length;
    return n > 3 || (n === 3 && s.startsWith(cs[0]!));
  });
}

export interface SearchOptions {
  offset?: number;
  limit?: number;
  /** Indexes into the plan table: search only their records. */
  within?: readonly number[];
  /** Filter values that every result must have (kind, chapter, unit, attribute). */
  facets?: Record<string, string>;
  /** Files of every kind this search may fetch at most (search only; unbounded when not given). */
  budget?: number;
}

export interface SearchPage {
  hits: IndexHit[];
  counts: Counts;
  approximate: boolean;
  /** False when the counts are of candidates not all opened (an upper bound on the matches). */
  countsExact: boolean;
  /** Every candidate was opened: a longer list would find no other match. */
  complete: boolean;
}

/** The records ranked closely: the first this many matches; beyond them index order stands (plan by plan). */
const RANKED = 200;
/** Blocks opened at once, and opened at most for one page of results (unless none was kept yet). */
const OPEN_BATCH = 4;
const MAX_BLOCKS = 8;
/** Past this many blocks, stop even when nothing was kept: the candidates are then mostly pairs far apart. */
const GIVE_UP_BLOCKS = 16;
/** Candidates beyond which a long word's other pairs are fetched to narrow them. */
const REFINE_ABOVE = 48;
/** Other pairs of a word fetched to narrow many candidates, at most (each a shard request). */
const REFINE_PAIRS = 2;
/** Covering pairs of a long word looked up, at most: its first, middle and last (the text then decides). */
const PROBE_PAIRS = 3;
/**
 * A first page's narrowing: no heavy file for candidates no more than a light list holds (a block of records
 * is the better use of a request), and at most two heavy files for a word (each one request).
 */
const FIRST_PAGE: Narrowing = { enough: 2000, heavyFiles: 2 };
/** Words of at most this many characters: one heavy file, no straddling pairs (their probes are all their pairs but one). */
const SHORT_WORD = 4;
/** Pairs straddling a word's common probe pairs whose shards may be read to find a rarer one. */
const STRADDLING_PAIRS = 3;
/** Files of a first page's budget that narrowing leaves for record blocks. */
const KEEP_FOR_BLOCKS = 6;
/** Candidates few enough that `find` verifies them against the text rather than fetch another heavy file. */
const FIND_ENOUGH = 256;

/**
 * The covering pairs a first page looks up for a word: all of a short word's, three spread over a long
 * one's (建立控辍保学动态监测机制: 建立, 动态, 机制), so that a long phrase costs three shard requests, not six;
 * the candidates are a superset, checked against the text as they are opened.
 */
export function probeGrams(word: string): string[] {
  const cover = coverGrams(word);
  if (cover.length <= PROBE_PAIRS) return cover;
  return [...new Set([cover[0]!, cover[Math.floor(cover.length / 2)]!, cover[cover.length - 1]!])];
}

/** The candidates of one record block: `cand[from…to)`, of which `titled` are title matches. */
interface BlockRun {
  k: number;
  from: number;
  to: number;
  titled: number;
}

/**
 * Candidates (ascending) by record block, in the order blocks are opened: most title matches, then most
 * candidates, then index order. One pass and a counting sort (both counts are at most a block's size): at
 * 10,000 plans a phrase of common words may have a hundred thousand candidates.
 */
export function blocksToOpen(cand: readonly number[], size: number, first: ReadonlySet<number>): BlockRun[] {
  const buckets: BlockRun[][] = Array.from({ length: (size + 1) * (size + 1) }, () => []);
  for (let i = 0; i < cand.length; ) {
    const k = Math.floor(cand[i]! / size);
    let j = i;
    let titled = 0;
    for (; j < cand.length && Math.floor(cand[j]! / size) === k; j += 1) if (first.size > 0 && first.has(cand[j]!)) titled += 1;
    buckets[buckets.length - 1 - (titled * (size + 1) + (j - i))]!.push({ k, from: i, to: j, titled });
    i = j;
  }
  return buckets.flat();
}

/** Exact matches opened: title matches first, then those where the words come earliest, then index order. */
function rankExact(kept: ReadonlyArray<[number, RecordRow]>, words: readonly string[]): number[] {
  const score = ([, r]: [number, RecordRow]) => {
    const t = searchedText(r);
    const inTitle = words.every((w) => normaliseText(r[0]).includes(w)) ? 0 : 1;
    return inTitle * 1e6 + Math.min(Math.max(...words.map((w) => t.indexOf(w))), 1e5);
  };
  return kept.map((k) => [k[0], score(k)] as const).sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id);
}

/** An index opened for searching: the manifest (with each plan's record count) is read once. */
export class GramIndex {
  private readonly files: IndexFiles;
  /** Each plan's first record id: counts by plan and plan filters need nothing else. */
  private readonly firsts: number[];
  private readonly namePairs: Set<string>;
  private constructor(files: IndexFiles) {
    this.files = files;
    let at = 0;
    this.firsts = files.manifest.counts.map((n) => (at += n) - n);
    const cs = chars(files.manifest.names);
    this.namePairs = new Set(cs.flatMap((c, k) => (k % 2 === 0 ? [c + cs[k + 1]!] : [])));
  }

  static async open(fetchJson: FetchJson): Promise<GramIndex> {
    const manifest = (await fetchJson('manifest.json')) as Manifest;
    if (manifest.version !== GRAM_INDEX_VERSION) throw new Error(`search index format ${manifest.version}, this page reads ${GRAM_INDEX_VERSION}`);
    return new GramIndex(new IndexFiles(fetchJson, manifest));
  }

  /** Files fetched so far, of every kind, the manifest included (each file is fetched once). */
  get filesFetched(): number {
    return this.files.fetched;
  }

  /** How many plans the index holds. */
  get planCount(): number {
    return this.firsts.length;
  }

  /** The rows of the given plans, from the plan blocks that hold them. */
  async planRows(plans: Iterable<number>): Promise<Map<number, PlanRow>> {
    const size = this.files.manifest.planBlock;
    const wanted = [...new Set(plans)];
    const blocks = [...new Set(wanted.map((p) => Math.floor(p / size)))];
    const loaded = new Map(await Promise.all(blocks.map(async (k) => [k, await this.files.get<PlanRow[]>(`p/${k}.json`)] as const)));
    return new Map(wanted.map((p) => [p, loaded.get(Math.floor(p / size))![p % size]!]));
  }

  /** Every plan as the region and plan menus list it (menus.json: fetched when the reader opens them). */
  menus(): Promise<MenuRow[]> {
    return this.files.get<MenuRow[]>('menus.json');
  }

  /**
   * The plans some name of which may occur in `query` (normalised as a query is): for each place in it
   * where a name's first pair stands, the names files down from that pair as long as the query goes on
   * and the prefix is split (docs/search-index.md). A superset: the caller finds which names occur.
   */
  async names(query: string): Promise<MenuRow[]> {
    const cs = chars(query);
    const walk = async (at: number): Promise<MenuRow[]> => {
      const out: MenuRow[] = [];
      for (let end = at + 2; end <= cs.length; end += 1) {
        const prefix = cs.slice(at, end).join('');
        const entry = (await this.files.get<Record<string, { r: MenuRow[]; m?: 1 }>>(`n/${nameFile(prefix)}.json`))[prefix];
        if (!entry) break;
        out.push(...entry.r);
        if (!entry.m) break;
      }
      return out;
    };
    const starts = cs.flatMap((c, k) => (k + 1 < cs.length && this.namePairs.has(c + cs[k + 1]!) ? [k] : []));
    const rows = (await Promise.all(starts.map(walk))).flat();
    return [...new Map(rows.map((r) => [r[6], r])).values()];
  }

  /** Exact: every gram of the word, then (beyond a pair) the word itself in the record's text. */
  private async exactWord(word: string, within: readonly number[] | null): Promise<number[]> {
    // Beyond a pair the text decides, so heavy pairs are left once the candidates are few.
    let ids = await this.files.andGrams(wordGrams(word), chars(word).length > 2 ? FIND_ENOUGH : 0);
    if (within) ids = intersect(ids, within);
    if (chars(word).length <= 2 || ids.length === 0) return ids;
    const text = await this.files.rows(ids);
    return ids.filter((id) => searchedText(text.get(id)!).includes(word));
  }

  /**
   * Near: for each position, the records holding every pair that does not touch it (at least one), kept
   * when the word is within one edit of some stretch of their text.
   */
  private async nearWord(word: string, within: readonly number[] | null): Promise<number[]> {
    const cs = chars(word);
    if (cs.length < 3 || cs.length > 8) return [];
    const sets: number[][] = [];
    for (let i = 0; i < cs.length; i += 1) {
      const pairs = [...new Set(cs.slice(0, -1).flatMap((c, k) => (k === i - 1 || k === i ? [] : [c + cs[k + 1]!])))];
      if (pairs.length > 0) sets.push(await this.files.andGrams(pairs, FIND_ENOUGH));
    }
    let ids = union(sets);
    if (within) ids = intersect(ids, within);
    if (ids.length === 0) return [];
    const text = await this.files.rows(ids);
    return ids.filter((id) => nearIn(word, searchedText(text.get(id)!)));
  }

  /** The plan a record belongs to (records are numbered plan by plan). */
  planOf(id: number): number {
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.firsts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private recordsOf(planIds: readonly number[]): number[] {
    const counts = this.files.manifest.counts;
    return planIds.flatMap((p) => Array.from({ length: counts[p]! }, (_, k) => this.firsts[p]! + k)).sort((a, b) => a - b);
  }

  /**
   * Ids of records holding every word, ascending, within the given plans (indexes into `plans`) if any and
   * with every filter value given (kind, chapter, unit, attribute); `approximate` when found only by the
   * typo rule. No words but filters: every record with those values.
   */
  async find(query: string, withinPlans?: readonly number[], facets: Record<string, string> = {}): Promise<{ ids: number[]; approximate: boolean }> {
    const words = queryWords(query);
    const facetGrams = Object.entries(facets).map(([k, v]) => facetGram(k, v));
    let within = withinPlans ? this.recordsOf(withinPlans) : null;
    if (facetGrams.length > 0) {
      const filtered = await this.files.andGrams(facetGrams);
      within = within ? intersect(within, filtered) : filtered;
    }
    // No words: a filter alone (a plan, a region, a kind) lists its records.
    if (words.length === 0) return { ids: within ?? [], approximate: false };
    const exact = await Promise.all(words.map((w) => this.exactWord(w, within)));
    const all = exact.reduce((acc, l) => intersect(acc, l));
    if (all.length > 0) return { ids: all, approximate: false };
    const lists = await Promise.all(words.map(async (w, k) => (exact[k]!.length > 0 ? exact[k]! : this.nearWord(w, within))));
    return { ids: lists.reduce((acc, l) => intersect(acc, l)), approximate: true };
  }

  /** Counts by plan, from the ids and the plans' record counts alone. */
  counts(ids: readonly number[]): Counts {
    const perPlan = new Int32Array(this.firsts.length);
    const firsts = this.firsts;
    let p = 0;
    for (const id of ids) {
      // Ids mostly ascend: the plan of the one before, or the next, before a search of every plan.
      if (!(id >= firsts[p]! && (p + 1 >= firsts.length || id < firsts[p + 1]!))) p = this.planOf(id);
      perPlan[p] = perPlan[p]! + 1;
    }
    const byPlan: Array<[number, number]> = [];
    perPlan.forEach((n, plan) => n > 0 && byPlan.push([plan, n]));
    return { total: ids.length, byPlan: byPlan.sort((a, b) => b[1] - a[1] || a[0] - b[0]) };
  }

  /** Counts by province and city, from counts by plan and each plan's place (places.json, one file). */
  async placeCounts(byPlan: ReadonlyArray<[number, number]>): Promise<PlaceCounts> {
    const places = await this.files.get<Places>('places.json');
    const group = (names: string[], ords: number[]) => {
      const m = new Map<string, number>();
      for (const [p, n] of byPlan) if (names[ords[p]!]) m.set(names[ords[p]!]!, (m.get(names[ords[p]!]!) ?? 0) + n);
      return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    };
    return { byProvince: group(places.provinces, places.p), byCity: group(places.cities, places.c) };
  }

  /** The records of `ids`, opened (their blocks fetched), each with its plan's title from its block. */
  async records(ids: readonly number[], approximate = false): Promise<IndexHit[]> {
    const size = this.files.manifest.block;
    const blocks = await this.files.blocks(ids);
    return ids.map((id) => {
      const k = Math.floor(id / size);
      const [title, url, kind, shown, , extra] = blocks.get(k)!.r[id % size]!;
      const plan = this.planOf(id);
      // The block lists each plan of its records once, in order: this plan is the how-many-th of them.
      let nth = 0;
      for (let q = this.planOf(k * size); q < plan; q += 1) if (this.files.manifest.counts[q]! > 0) nth += 1;
      const planTitle = blocks.get(k)!.p[nth] ?? '';
      return { id, title, url, kind, text: shown, plan, planTitle, approximate, extra: extra ?? {} };
    });
  }

  /** The record ids a search is confined to: the plans' ranges and the filters' postings, or null for all. */
  private async scope(withinPlans?: readonly number[], facets: Record<string, string> = {}): Promise<number[] | null> {
    const grams = Object.entries(facets).map(([k, v]) => facetGram(k, v));
    let within = withinPlans ? this.recordsOf(withinPlans) : null;
    if (grams.length > 0) {
      const filtered = await this.files.andGrams(grams);
      within = within ? intersect(within, filtered) : filtered;
    }
    return within;
  }

  /**
   * Opens candidates block by block, the blocks holding most title matches and then most candidates first,
   * keeping those `ok` accepts, until `want` are kept and every block with a title match is open, or
   * MAX_BLOCKS are open (past that, only until one is kept, and at most GIVE_UP_BLOCKS), or the search's
   * file budget is spent (`left()`: files it may still fetch; a block fetched already costs nothing).
   */
  private async openLazily(cand: readonly number[], first: ReadonlySet<number>, want: number, ok: (text: string) => boolean, fetchedBefore: number, left: () => number): Promise<{ kept: Array<[number, RecordRow]>; opened: Array<[number, RecordRow]>; complete: boolean }> {
    const order = blocksToOpen(cand, this.files.manifest.block, first);
    const kept: Array<[number, RecordRow]> = [];
    const opened: Array<[number, RecordRow]> = [];
    let titledLeft = order.filter((b) => b.titled > 0).length;
    const cached = (k: number) => this.files.has(`r/${k}.json`);
    for (let at = 0; at < order.length; ) {
      // The next blocks, as many as the budget pays for (those fetched already are free).
      const batch: typeof order = [];
      let paid = 0;
      while (at < order.length && batch.length < OPEN_BATCH && (cached(order[at]!.k) || paid < left())) {
        if (!cached(order[at]!.k)) paid += 1;
        batch.push(order[at++]!);
      }
      if (batch.length === 0) break;
      const rows = await this.files.rows(batch.flatMap((b) => cand.slice(b.from, b.to)));
      for (const [id, row] of rows) {
        opened.push([id, row]);
        if (ok(searchedText(row))) kept.push([id, row]);
      }
      titledLeft -= batch.filter((b) => b.titled > 0).length;
      if (at >= order.length) return { kept, opened, complete: true };
      if (kept.length >= want && titledLeft <= 0) break;
      // A longer list (a reader asking for more) may open proportionally more blocks.
      const pages = Math.ceil(want / 20);
      // Without a file budget, the give-up budget counts blocks fetched for this list, exact and near phases
      // together (opened ones are free).
      if ((at >= MAX_BLOCKS * pages && kept.length > 0) || (!Number.isFinite(left()) && this.files.blocksFetched - fetchedBefore >= GIVE_UP_BLOCKS * pages)) break;
    }
    return { kept, opened, complete: order.length === 0 };
  }

  /**
   * Results in rank order, `limit` from `offset`, and counts. Only the records looked at are opened: the
   * counts are of the records holding every pair of every word (for a word longer than a pair, its pairs
   * need not be in a row: an upper bound, checked as records are opened). With a `budget`, the search
   * fetches at most that many files of every kind (shards, heavy postings, record blocks); what it could
   * not open within it is left for a longer list (`complete` false, counts an upper bound).
   */
  async search(query: string, o: SearchOptions = {}): Promise<SearchPage> {
    const words = queryWords(query);
    const fetchedBefore = this.files.blocksFetched;
    const filesBefore = this.files.fetched;
    const left = () => (o.budget === undefined ? Infinity : o.budget - (this.files.fetched - filesBefore));
    const within = await this.scope(o.within, o.facets);
    const from = o.offset ?? 0;
    const want = from + (o.limit ?? 20);
    if (words.length === 0) {
      const ids = within ?? [];
      return { hits: await this.records(ids.slice(from, want)), counts: this.counts(ids), approximate: false, countsExact: true, complete: true };
    }
    const lists = await Promise.all(words.map((w) => this.files.candidates(w, left)));
    let cand = lists.reduce((acc, l) => intersect(acc, l));
    if (within) cand = intersect(cand, within);
    // Many candidates of a long word: its other pairs too, so that few are opened in vain (老年 and 大学 apart),
    // when the budget leaves blocks to open after them.
    if (cand.length > REFINE_ABOVE && left() >= REFINE_PAIRS * words.length + OPEN_BATCH) cand = await this.files.refine(cand, words);
    if (cand.length > 0) {
      // Title pairs decide which blocks open first: needed only when not every candidate block will open.
      const blocks = new Set(cand.map((id) => Math.floor(id / this.files.manifest.block))).size;
      const titled = blocks > MAX_BLOCKS ? await this.files.titled(words) : new Set<number>();
      const exactly = (t: string) => words.every((w) => t.includes(w));
      // A word a slip may hide (3–8 characters): while nothing exact is found, half the budget is kept for its near matches.
      const nearable = words.some((w) => chars(w).length >= 3 && chars(w).length <= 8);
      const keep = nearable && Number.isFinite(left()) ? Math.floor(left() / 2) : 0;
      let { kept, opened, complete } = await this.openLazily(cand, titled, want, exactly, fetchedBefore, () => left() - keep);
      // Something exact: the whole budget goes on it (the blocks opened already cost nothing again).
      if (keep > 0 && kept.length > 0 && !complete) ({ kept, opened, complete } = await this.openLazily(cand, titled, want, exactly, fetchedBefore, left));
      if (kept.length > 0) {
        const page = rankExact(kept, words).slice(from, want);
        // Every candidate opened, or every word short enough that its pairs are the word: the count is exact.
        const exact = complete || words.every((w) => chars(w).length <= 2);
        return { hits: await this.records(page), counts: this.counts(complete ? kept.map(([id]) => id) : cand), approximate: false, countsExact: exact, complete };
      }
      if (!complete && nearable) return this.searchNear(words, lists, within, from, want, fetchedBefore, left, true);
      if (!complete) {
        // Candidates left unopened (the budget spent) may hold the words: a longer list goes on opening them.
        // Meanwhile the near matches among those opened are shown (集团化办学 among the holders of 集团, 化办 and 办校).
        const near = opened.filter(([, r]) => words.every((w) => nearIn(w, searchedText(r)))).map(([id]) => id);
        const ranked = await this.rankNear(near, words);
        return { hits: await this.records(ranked.slice(from, want), near.length > 0), counts: this.counts(near.length > 0 ? near : cand), approximate: near.length > 0, countsExact: false, complete: false };
      }
    }
    return this.searchNear(words, lists, within, from, want, fetchedBefore, left);
  }

  /**
   * Nothing exact: each word without candidates looked for within one edit, opened lazily, ranked by rankNear.
   * `unverified`: exact candidates were left unopened (the budget spent), so the near matches are shown for
   * now (counts not exact, the list not complete).
   */
  private async searchNear(words: readonly string[], lists: number[][], within: number[] | null, from: number, want: number, fetchedBefore: number, left: () => number, unverified = false) {
    // A lone word's exact candidates hold no exact match (or were not all opened): its near candidates are
    // looked up too (集团化办校: the records with 集团 and 化办, not those with 集团, 化办 and 办校 apart).
    const near = await Promise.all(
      words.map(async (w, k) => {
        const own = lists[k]!.length > 0 ? [{ ids: lists[k]!, pairs: 0 }] : [];
        if (own.length > 0 && words.length > 1) return own;
        const sets = await this.nearCandidates(w);
        return sets.length > 0 ? sets : own;
      }),
    );
    let cand = near.map((sets) => union(sets.map((x) => x.ids))).reduce((acc, l) => intersect(acc, l));
    if (within) cand = intersect(cand, within);
    // Opened first: the records holding the most pairs one slip leaves (集团 and 化办 of 集团化办校, not 集团
    // alone), but not every probe pair of the word (those are its exact candidates, opened as far as the budget went).
    const most = Math.max(0, ...near.flat().map((x) => x.pairs));
    const tried = new Set(words.length === 1 ? lists[0] : []);
    const first = new Set(near.flat().filter((x) => x.pairs === most && most > 1).flatMap((x) => x.ids).filter((id) => !tried.has(id)));
    const ok = (t: string) => words.every((w) => t.includes(w) || nearIn(w, t));
    const { kept, complete } = cand.length > 0 ? await this.openLazily(cand, first, want, ok, fetchedBefore, left) : { kept: [], complete: true };
    const ids = kept.map(([id]) => id);
    const ranked = await this.rankNear(ids, words);
    return { hits: await this.records(ranked.slice(from, want), true), counts: this.counts(ids), approximate: true, countsExact: complete && !unverified, complete: complete && !unverified };
  }

  /**
   * Records that share some pair (or, for a word of one character, the character) with some word but are
   * no match: 部分字词匹配, counted and listed apart. Only light grams, so nothing heavy is fetched for them.
   * With a `budget`, only the shards fetched already and at most that many more are read: `exact` is then
   * false when some gram was left out (the total is a lower bound).
   */
  async partial(query: string, o: { limit?: number; within?: readonly number[]; facets?: Record<string, string>; budget?: number } = {}): Promise<{ hits: IndexHit[]; total: number; exact: boolean }> {
    const words = queryWords(query);
    const within = await this.scope(o.within, o.facets);
    const all = [...new Set(words.flatMap((w) => wordGrams(w)))];
    const shard = (g: string) => `g/${gramShard(g, this.files.manifest.shards)}.json`;
    const paid = new Set<string>();
    const grams = all.filter((g) => {
      if (this.files.has(shard(g)) || paid.has(shard(g))) return true;
      if (paid.size >= (o.budget ?? Infinity)) return false;
      paid.add(shard(g));
      return true;
    });
    const entries = await Promise.all(grams.map((g) => this.files.entry(g)));
    let ids = union(entries.filter((e): e is number[] => Array.isArray(e)).map(decodeIds));
    if (within) ids = intersect(ids, within);
    return { hits: await this.records(ids.slice(0, o.limit ?? 20)), total: ids.length, exact: grams.length === all.length };
  }

  /**
   * For each position of a 3–8 character word, the records holding its light pairs that do not touch it
   * (of a 3-character word, only its last position: see nearIn).
   */
  private async nearCandidates(word: string): Promise<Array<{ ids: number[]; pairs: number }>> {
    const cs = chars(word);
    if (cs.length < 3 || cs.length > 8) return [];
    const sets: Array<{ ids: number[]; pairs: number }> = [];
    // Only the word's probe pairs (fetched already for its exact candidates): for each position, those that
    // do not touch it. Fewer pairs than all that do not touch it, so a superset, checked against the text.
    const probes = probeGrams(word);
    const at = (g: string) => {
      for (let k = 0; k + 1 < cs.length; k += 1) if (cs[k]! + cs[k + 1]! === g) return k;
      return -1;
    };
    for (let i = 0; i < cs.length; i += 1) {
      const pairs = probes.filter((g) => at(g) !== i - 1 && at(g) !== i);
      const entries = await Promise.all(pairs.map((g) => this.files.entry(g)));
      if (pairs.length === 0 || entries.some((e) => e === undefined)) continue;
      // Light pairs intersected; only heavy ones stand (双师 of 双师形 in a thousand plans): the rarest one's file.
      const ids = await narrowRarestFirst(entries as ShardEntry[], (f) => this.files.heavy(f), { enough: Infinity, heavyFiles: 1 });
      sets.push({ ids, pairs: entries.some((e) => isLight(e!)) ? pairs.length : 1 });
    }
    return sets;
  }

  /**
   * Near matches: the phrase the reader most likely meant first, that is the stretch within one edit of
   * a word that the most matching records share (双师型, a term of the plans, before 双师课, a passing phrase).
   */
  private async rankNear(ids: readonly number[], words: readonly string[]): Promise<number[]> {
    const head = ids.slice(0, RANKED);
    const text = await this.files.rows(head);
    const stretches = new Map(head.map((id) => [id, words.flatMap((w) => nearStretches(w, searchedText(text.get(id)!)))] as const));
    const shared = new Map<string, number>();
    for (const ss of stretches.values()) for (const s of new Set(ss)) shared.set(s, (shared.get(s) ?? 0) + 1);
    const score = (id: number) => Math.max(0, ...stretches.get(id)!.map((s) => shared.get(s)!));
    const scored = head.map((id) => [id, score(id)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return [...scored.map(([id]) => id), ...ids.slice(RANKED)];
  }
}
