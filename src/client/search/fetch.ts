/**
 * Fetching results from Pagefind: the index shards merged in only when a search first needs them, results
 * that contain every word as written ranked by the loose search's relevance (the indicators a query names
 * first), and the partial matches kept apart. Works on any object with Pagefind's interface, so the unit
 * tests give it a fake index.
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import { spaced } from './query.ts';
import type { PagefindFilters } from './filters.ts';

/** What the search records carry (src/lib/publish/search-records.ts). */
export interface ResultData {
  url: string;
  meta: { title: string; kind?: string; plan?: string; status?: string; units?: string; project?: string; issuer?: string; text?: string; cite?: string };
}
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}
/** The part of Pagefind's browser API the page uses. */
export interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  mergeIndex(url: string, o: { baseUrl: string }): Promise<void>;
  search(term: string | null, o: { filters: PagefindFilters }): Promise<{ results: Result[] }>;
}

/** Results with every word as written (`exact`), and those matching only some of its characters (`partial`). */
export interface Found {
  exact: Result[];
  partial: Result[];
}

/** Exact matches in the loose search's order of relevance, the indicators a query names first. */
export function rankExact(exact: readonly Result[], loose: readonly Result[], indicators: ReadonlySet<string>): Found {
  const rank = new Map(loose.map((r, k) => [r.id, k]));
  const order = (r: Result) => (indicators.has(r.id) ? -1e6 : 0) + (rank.get(r.id) ?? 1e6);
  const sorted = [...exact].sort((a, b) => order(a) - order(b));
  const ids = new Set(sorted.map((r) => r.id));
  return { exact: sorted, partial: loose.filter((r) => !ids.has(r.id)) };
}

export function searcher(pagefind: Pagefind, terms: Pick<SearchTerms, 'shards' | 'indicators'>) {
  let merging = Promise.resolve();
  const merged = new Set<number>();
  /** Merges in the shards `needed` (1-based numbers; null for every shard), each once, one after another. */
  function mergeShards(needed: readonly number[] | null): Promise<void> {
    merging = merging.then(async () => {
      for (const k of needed ?? terms.shards.map((_, i) => i + 1)) {
        if (k < 1 || k > terms.shards.length || merged.has(k)) continue;
        merged.add(k);
        await pagefind.mergeIndex(terms.shards[k - 1]!, { baseUrl: '/' });
      }
    });
    return merging;
  }

  /** Results containing every word as written; and which of them are indicators the query names. */
  async function exactSearch(words: readonly string[], filters: PagefindFilters) {
    const runs = await Promise.all(words.map((w) => pagefind.search(`"${spaced(w)}"`, { filters })));
    const inAll = (r: Result) => runs.every((x) => x.results.some((y) => y.id === r.id));
    const results = runs[0]!.results.filter(inAll);
    if (filters.kind || !terms.indicators.some((name) => name.includes(words[0]!))) return { results, indicators: new Set<string>() };
    // The small `indicator` filter, not `kind`: its file lists only the indicators (src/lib/publish/search-records.ts).
    const indicators = await pagefind.search(`"${spaced(words[0]!)}"`, { filters: { ...filters, indicator: '指标' } });
    return { results, indicators: new Set(indicators.results.map((r) => r.id)) };
  }

  /** Every result for `words` under `filters`; with no words, every record the filters select. */
  async function find(words: readonly string[], filters: PagefindFilters): Promise<Found> {
    if (words.length === 0) return { exact: (await pagefind.search(null, { filters })).results, partial: [] };
    const [exact, loose] = await Promise.all([exactSearch(words, filters), pagefind.search(spaced(words.join(' ')), { filters })]);
    return rankExact(exact.results, loose.results, exact.indicators);
  }

  return { mergeShards, find };
}
