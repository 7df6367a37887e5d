/**
 * Searching the national index (docs/search-index.md) in the browser: a query's words are cut into
 * grams, only the shards of those grams are fetched, their postings intersected, and a word longer than a
 * pair verified against the record's text, which is fetched only for the records looked at. Counts by
 * plan, province and city come from the postings and the plan table before any record is opened. A word of
 * 3–8 characters with no exact match is looked for with one character wrong, missing or extra (近似匹配).
 * `fetchJson` is injected so that tests read the files from disk and the page over the network.
 */
import { GRAM_INDEX_VERSION, chars, decodeIds, facetGram, gramShard, nearStretches, normaliseText, substringDistance, wordGrams } from './grams.ts';

export type FetchJson = (path: string) => Promise<unknown>;

interface Manifest {
  version: number;
  shards: number;
  block: number;
  records: number;
  plans: number;
}

/** A plan table row: title, url, region, province, city, first record id, record count. */
export type PlanRow = [title: string, url: string, region: string, province: string, city: string, first: number, count: number];

/** A record summary: title, url, kind, the text shown, the text searched (0: the shown text, normalised). */
type RecordRow = [title: string, url: string, kind: string, shown: string, searched: string | 0];

export interface IndexHit {
  id: number;
  title: string;
  url: string;
  kind: string;
  text: string;
  plan: number;
  /** Found with one character wrong, missing or extra in some word (近似匹配). */
  approximate: boolean;
}

export interface Counts {
  total: number;
  byPlan: Array<[plan: number, count: number]>;
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

const intersect = (a: readonly number[], b: readonly number[]): number[] => {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      out.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return out;
};
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
  private get<T>(path: string): Promise<T> {
    if (!this.cache.has(path)) this.cache.set(path, this.fetchJson(path));
    return this.cache.get(path)! as Promise<T>;
  }
  /** A gram's postings, or null when no record has it. */
  async postings(gram: string): Promise<number[] | null> {
    const entry = (await this.get<Record<string, number[] | { n: number; f: string }>>(`g/${gramShard(gram, this.manifest.shards)}.json`))[gram];
    if (!entry) return null;
    return decodeIds(Array.isArray(entry) ? entry : await this.get<number[]>(entry.f));
  }
  /** Ids of the records holding every gram. */
  async andGrams(grams: readonly string[]): Promise<number[]> {
    const lists = await Promise.all(grams.map((g) => this.postings(g)));
    if (lists.some((l) => l === null)) return [];
    return (lists as number[][]).sort((a, b) => a.length - b.length).reduce((acc, l) => intersect(acc, l));
  }
  /** The summaries of records, from the blocks that hold them. */
  async rows(ids: readonly number[]): Promise<Map<number, RecordRow>> {
    const size = this.manifest.block;
    const blocks = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const loaded = new Map(await Promise.all(blocks.map(async (k) => [k, await this.get<RecordRow[]>(`r/${k}.json`)] as const)));
    return new Map(ids.map((id) => [id, loaded.get(Math.floor(id / size))![id % size]!]));
  }
}

const searchedText = (r: RecordRow) => (r[4] === 0 ? normaliseText(r[3]) : r[4]);

/** The records ranked closely: the first this many matches; beyond them index order stands (plan by plan). */
const RANKED = 200;

/** An index opened for searching: the manifest and plan table are read once. */
export class GramIndex {
  private readonly files: IndexFiles;
  /** The plan table: counts and plan filters need nothing else. */
  readonly plans: PlanRow[];
  private constructor(files: IndexFiles, plans: PlanRow[]) {
    this.files = files;
    this.plans = plans;
  }

  static async open(fetchJson: FetchJson): Promise<GramIndex> {
    const [manifest, plans] = (await Promise.all([fetchJson('manifest.json'), fetchJson('plans.json')])) as [Manifest, PlanRow[]];
    if (manifest.version !== GRAM_INDEX_VERSION) throw new Error(`search index format ${manifest.version}, this page reads ${GRAM_INDEX_VERSION}`);
    return new GramIndex(new IndexFiles(fetchJson, manifest), plans);
  }

  /** Exact: every gram of the word, then (beyond a pair) the word itself in the record's text. */
  private async exactWord(word: string, within: readonly number[] | null): Promise<number[]> {
    let ids = await this.files.andGrams(wordGrams(word));
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
      if (pairs.length > 0) sets.push(await this.files.andGrams(pairs));
    }
    let ids = union(sets);
    if (within) ids = intersect(ids, within);
    if (ids.length === 0) return [];
    const text = await this.files.rows(ids);
    return ids.filter((id) => substringDistance(word, searchedText(text.get(id)!), 1) <= 1);
  }

  /** The plan a record belongs to (records are numbered plan by plan). */
  planOf(id: number): number {
    let lo = 0;
    let hi = this.plans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.plans[mid]![5] <= id) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private recordsOf(planIds: readonly number[]): number[] {
    return planIds.flatMap((p) => Array.from({ length: this.plans[p]![6] }, (_, k) => this.plans[p]![5] + k)).sort((a, b) => a - b);
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
    if (words.length === 0) return { ids: facetGrams.length > 0 ? within! : [], approximate: false };
    const exact = await Promise.all(words.map((w) => this.exactWord(w, within)));
    const all = exact.reduce((acc, l) => intersect(acc, l));
    if (all.length > 0) return { ids: all, approximate: false };
    const lists = await Promise.all(words.map(async (w, k) => (exact[k]!.length > 0 ? exact[k]! : this.nearWord(w, within))));
    return { ids: lists.reduce((acc, l) => intersect(acc, l)), approximate: true };
  }

  /** Counts by plan, province and city, from the ids and the plan table alone. */
  counts(ids: readonly number[]): Counts {
    const byPlan = new Map<number, number>();
    for (const id of ids) {
      const p = this.planOf(id);
      byPlan.set(p, (byPlan.get(p) ?? 0) + 1);
    }
    const group = (col: 3 | 4) => {
      const m = new Map<string, number>();
      for (const [p, n] of byPlan) if (this.plans[p]![col]) m.set(this.plans[p]![col], (m.get(this.plans[p]![col]) ?? 0) + n);
      return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    };
    return { total: ids.length, byPlan: [...byPlan].sort((a, b) => b[1] - a[1] || a[0] - b[0]), byProvince: group(3), byCity: group(4) };
  }

  /** The records of `ids`, opened (their blocks fetched). */
  async records(ids: readonly number[], approximate = false): Promise<IndexHit[]> {
    const text = await this.files.rows(ids);
    return ids.map((id) => {
      const [title, url, kind, shown] = text.get(id)!;
      return { id, title, url, kind, text: shown, plan: this.planOf(id), approximate };
    });
  }

  /** Results in rank order, `limit` from `offset`, with the counts of all of them. */
  async search(query: string, o: { offset?: number; limit?: number; within?: readonly number[]; facets?: Record<string, string> } = {}): Promise<{ hits: IndexHit[]; counts: Counts; approximate: boolean }> {
    const { ids, approximate } = await this.find(query, o.within, o.facets);
    const words = queryWords(query);
    const ranked = approximate ? await this.rankNear(ids, words) : await this.rank(ids, words);
    const page = ranked.slice(o.offset ?? 0, (o.offset ?? 0) + (o.limit ?? 20));
    return { hits: await this.records(page, approximate), counts: this.counts(ids), approximate };
  }

  /** Exact matches: a record whose title holds every word first, then those where the words come earliest. */
  private async rank(ids: readonly number[], words: readonly string[]): Promise<number[]> {
    const head = ids.slice(0, RANKED);
    const text = await this.files.rows(head);
    const score = (id: number) => {
      const r = text.get(id)!;
      const t = searchedText(r);
      const inTitle = words.every((w) => normaliseText(r[0]).includes(w)) ? 0 : 1;
      const at = Math.max(...words.map((w) => (t.includes(w) ? t.indexOf(w) : t.length)));
      return inTitle * 1e6 + Math.min(at, 1e5);
    };
    const scored = head.map((id) => [id, score(id)] as const).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    return [...scored.map(([id]) => id), ...ids.slice(RANKED)];
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
