/**
 * Between the search page and the national index (gram-search.ts, docs/search-index.md): the index opened
 * over the network, a query and its filters turned into what the index is asked (words, plans to search
 * within, filter values), and each hit as the data a result shows. The bench (scripts/bench-search-index.ts)
 * asks the index through the same functions, so that it measures what the page does.
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import { GramIndex, type FetchJson, type IndexHit } from './gram-search.ts';
import { indexFileJson } from './index-file.ts';
import { facetsFor, plansFor, type SearchFilters } from './filters.ts';

/** What a result shows (src/lib/publish/search-records.ts writes these fields). */
export interface ResultData {
  url: string;
  /** Found with one character wrong, missing or extra (近似匹配). */
  approximate?: boolean;
  meta: { title: string; kind?: string; plan?: string; status?: string; units?: string; project?: string; issuer?: string; text?: string; cite?: string };
}

/** The index at `base` (ending in `/`), each file fetched once; an HTTP error is an error. */
export function openIndex(base: string, fetcher: typeof fetch = fetch): Promise<GramIndex> {
  const fetchJson: FetchJson = async (path) => {
    const r = await fetcher(`${base}${path}`);
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return indexFileJson(new Uint8Array(await r.arrayBuffer()));
  };
  return GramIndex.open(fetchJson);
}

/** What the index is asked for one search. */
export interface Ask {
  /** The words, space-separated ('' for filters alone). */
  text: string;
  /** Indexes into the index's plan table (undefined: every plan). */
  within?: number[];
  facets: Record<string, string>;
}

/**
 * The words and filters of a search as the index takes them: plan titles and region keys become plan
 * indexes, from the rows the page knows (the plans the query names, or the menus' rows once fetched).
 */
export function askFor(known: Pick<SearchTerms, 'plans'>, words: readonly string[], filters: SearchFilters): Ask {
  const titles = plansFor(filters, known);
  const ask: Ask = { text: words.join(' '), facets: facetsFor(filters) };
  if (titles) {
    const wanted = new Set(titles);
    ask.within = [...new Set(known.plans.flatMap((p) => (wanted.has(p[0]) && p[6] !== undefined ? [p[6]] : [])))].sort((a, b) => a - b);
  }
  return ask;
}

/** Whether an ask asks for anything (words, plans or filter values). */
export const asksAnything = (ask: Ask): boolean => ask.text !== '' || ask.within !== undefined || Object.keys(ask.facets).length > 0;

/** A hit as a result: its plan's title from its record block, its other lines from the record. */
export function resultData(h: IndexHit): ResultData {
  return { url: h.url, ...(h.approximate ? { approximate: true } : {}), meta: { title: h.title, kind: h.kind, plan: h.planTitle, text: h.text, ...h.extra } };
}

/** Hits as results (their plans' titles came with their records: nothing more is fetched). */
export const resultsOf = (hits: readonly IndexHit[]): ResultData[] => hits.map(resultData);

/**
 * A page of hits with the indicators the query names first (毛入园率: the indicators, then clauses that
 * mention them), the order otherwise kept. Only where the reader did not choose a kind.
 */
export function indicatorsFirst(hits: readonly IndexHit[], words: readonly string[], terms: Pick<SearchTerms, 'indicators'>, filters: SearchFilters): IndexHit[] {
  if (filters.kind || words.length !== 1 || !terms.indicators.some((name) => name.includes(words[0]!))) return [...hits];
  return [...hits.filter((h) => h.kind === '指标'), ...hits.filter((h) => h.kind !== '指标')];
}
