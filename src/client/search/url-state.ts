/**
 * The search lives in the URL (?q=…&plan=…&view=all&fulltext=1), so that a search can be shared and cited.
 * Pure functions from a URL's query string to the page's state and back.
 */
import { FILTERS, type Filter } from './filters.ts';

/** What a search URL says. */
export interface UrlState {
  q: string;
  /** The filter menus' values; '' where the menu is on 全部. */
  filters: Record<Filter, string>;
  /** `all`: every result, grouped by plan; null: the ranked list. */
  view: string | null;
  /** Search the whole text even where the query is a responsible unit's name. */
  fulltext: boolean;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<Filter, string>;
  return { q: params.get('q') ?? '', filters, view: params.get('view'), fulltext: params.get('fulltext') === '1' };
}

/**
 * The URL of a search at `pathname`; `view` = 'all' for the grouped list of every result. `fulltext` is kept
 * from the previous URL only while the query is unchanged (it was asked for that query).
 */
export function stateUrl(pathname: string, previousSearch: string, q: string, filters: Partial<Record<Filter, string>>, view: string | null): string {
  const params = new URLSearchParams();
  const query = q.trim();
  if (query) params.set('q', query);
  const previous = new URLSearchParams(previousSearch);
  if (previous.get('fulltext') === '1' && previous.get('q') === query) params.set('fulltext', '1');
  for (const f of FILTERS) if (filters[f]) params.set(f, filters[f]);
  if (view) params.set('view', view);
  return `${pathname}${params.size ? `?${params}` : ''}`;
}

/** The query string of the same search with one parameter changed (the notes' "search everywhere" links). */
export function withParam(search: string, name: string, value: string): string {
  const p = new URLSearchParams(search);
  p.set(name, value);
  return `?${p}`;
}
