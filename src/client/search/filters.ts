/**
 * The filter menus and what they ask of the index: the filter values (the menus, narrowed to the plans the
 * query names), the plans a search is confined to, and the rows of the region and plan menus. The region
 * menu's values are region keys (a division code), so that two regions printed 新城区 are two choices.
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import type { Query } from './query.ts';

export const FILTERS = ['plan', 'region', 'kind', 'chapter', 'unit', 'attribute'] as const;
export type Filter = (typeof FILTERS)[number];

/** A value per filter, or `{ any: [...] }` for the plans a query names. */
export type SearchFilters = Partial<Record<Filter, string | { any: string[] }>>;

/** The menus' values, narrowed to the plans the query names; a unit's name filters by that unit unless `fulltext`. */
export function filtersFor(query: Query, selected: Partial<Record<Filter, string>>, fulltext: boolean): SearchFilters {
  const filters: SearchFilters = {};
  for (const f of FILTERS) if (selected[f]) filters[f] = selected[f];
  if (query.plans.length > 0 && !filters.plan) filters.plan = { any: query.plans };
  if (query.unit && !filters.unit && !fulltext) filters.unit = query.unit;
  return filters;
}

/**
 * The titles of the plans a search is confined to by its plan and region filters (both when both are
 * set), or null when neither is set.
 */
export function plansFor(filters: SearchFilters, terms: Pick<SearchTerms, 'plans'>): string[] | null {
  const plans = typeof filters.plan === 'string' ? [filters.plan] : filters.plan?.any;
  const region = typeof filters.region === 'string' ? filters.region : undefined;
  if (!plans && !region) return null;
  return terms.plans.filter(([title, , , key]) => (!plans || plans.includes(title)) && (!region || key === region)).map(([title]) => title);
}

/** The filters that are record values in the index (kind, chapter, unit, attribute), as the index takes them. */
export function facetsFor(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of ['kind', 'chapter', 'unit', 'attribute'] as const) if (typeof filters[f] === 'string') out[f] = filters[f];
  return out;
}

/** [key, group, name] rows of the region menu: each region once, under its place (省 · 地级市). */
export function regionRows(terms: Pick<SearchTerms, 'plans'>): Array<[string, string, string]> {
  const seen = new Set<string>();
  const rows: Array<[string, string, string]> = [];
  for (const [, region, group, key] of terms.plans) {
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([key, group, region]);
  }
  return rows;
}

/**
 * The region key a URL's `region` names: a key itself, or (a link written before regions had codes) the
 * name of exactly one region; '' when it names none.
 */
export function regionOf(terms: Pick<SearchTerms, 'plans'>, value: string): string {
  if (!value) return '';
  const rows = regionRows(terms);
  if (rows.some(([key]) => key === value)) return value;
  const named = rows.filter(([, , name]) => name === value);
  return named.length === 1 ? named[0]![0] : '';
}

/**
 * [value, group] rows of the plan menu: only the chosen region's plans (by key), so that a site of a
 * thousand plans stays usable, and the plan a shared URL names (`fromUrl`) even when it is not in that region.
 */
export function planRows(terms: Pick<SearchTerms, 'plans'>, region: string, fromUrl = ''): Array<[string, string]> {
  return terms.plans.filter(([title, , , key]) => !region || key === region || title === fromUrl).map(([title, , group]) => [title, group]);
}

/** Whether the filters ask for anything at all. */
export const hasFilters = (filters: SearchFilters): boolean => Object.keys(filters).length > 0;
