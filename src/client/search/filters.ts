/**
 * The filter menus and what they ask of the index: Pagefind's filter object (the menus, narrowed to the
 * plans the query names), the index shards a search needs, and the rows of the region and plan menus.
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';
import type { Query } from './query.ts';

export const FILTERS = ['plan', 'region', 'kind', 'chapter', 'unit', 'attribute'] as const;
export type Filter = (typeof FILTERS)[number];

/** Pagefind's filter object: a value per filter, or `{ any: [...] }` for the plans a query names. */
export type PagefindFilters = Partial<Record<Filter | 'indicator', string | { any: string[] }>>;

/** The menus' values, narrowed to the plans the query names; a unit's name filters by that unit unless `fulltext`. */
export function filtersFor(query: Query, selected: Partial<Record<Filter, string>>, fulltext: boolean): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const f of FILTERS) if (selected[f]) filters[f] = selected[f];
  if (query.plans.length > 0 && !filters.plan) filters.plan = { any: query.plans };
  if (query.unit && !filters.unit && !fulltext) filters.unit = query.unit;
  return filters;
}

/**
 * The index shards a search needs (1-based; /pagefind/ holds the plans' own records, /pagefind-1/ … their
 * clauses and indicators): within named plans or a region, only theirs (none for the plans' own records,
 * which the first index holds); null for every shard.
 */
export function shardsFor(filters: PagefindFilters, terms: Pick<SearchTerms, 'plans'>): number[] | null {
  const plans = typeof filters.plan === 'string' ? [filters.plan] : filters.plan?.any;
  const region = typeof filters.region === 'string' ? filters.region : undefined;
  if (!plans && !region) return null;
  if (filters.kind === '规划') return [];
  const rows = terms.plans.filter(([title, r]) => (!plans || plans.includes(title)) && (!region || r === region));
  return [...new Set(rows.map((row) => row[3]))];
}

/** [value, group] rows of the region menu: each region once, under its place (省 · 地级市). */
export function regionRows(terms: Pick<SearchTerms, 'plans'>): Array<[string, string]> {
  const seen = new Set<string>();
  const rows: Array<[string, string]> = [];
  for (const [, region, group] of terms.plans) {
    if (seen.has(`${group}|${region}`)) continue;
    seen.add(`${group}|${region}`);
    rows.push([region, group]);
  }
  return rows;
}

/**
 * [value, group] rows of the plan menu: only the chosen region's plans, so that a site of a thousand plans
 * stays usable, and the plan a shared URL names (`fromUrl`) even when it is not in that region.
 */
export function planRows(terms: Pick<SearchTerms, 'plans'>, region: string, fromUrl = ''): Array<[string, string]> {
  return terms.plans.filter(([title, r]) => !region || r === region || title === fromUrl).map(([title, , group]) => [title, group]);
}

/** Whether the filters ask for anything at all. */
export const hasFilters = (filters: PagefindFilters): boolean => Object.keys(filters).length > 0;
