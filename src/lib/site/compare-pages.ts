/**
 * A comparison across many regions, kept small enough for a phone. Up to COMPARE_PAGE_SIZE plans, the
 * page is one table, as it always was. Past that, the plans are ordered by province, city and county and
 * split into static pages of COMPARE_PAGE_SIZE rows (`/compare/<concept>/`, `/compare/<concept>/2/` …),
 * each page's rows grouped under their province and city, and the first page carries an index of the
 * cities with the pages they are on. The chart draws at most COMPARE_CHART_SERIES regions.
 */
import type { CompareView } from '../progress/compare.ts';
import { latestValue } from '../progress/compare.ts';
import type { IndicatorView } from '../progress/views.ts';
import { cityOf, orderByRegion } from './regions.ts';
import { citySlugOf } from '../progress/views.ts';
import { slugOf } from '../progress/views.ts';

/** Rows per comparison page. */
export const COMPARE_PAGE_SIZE = 50;
/** Regions drawn in a comparison chart at most: the highest and the lowest latest values, half each. */
export const COMPARE_CHART_SERIES = 10;

export interface CompareGroup {
  province: string;
  city: string;
  /** The city's slug, for the `#region-<slug>` anchor of its rows on a page. */
  slug: string;
  rows: IndicatorView[];
  /** The city's rows began on an earlier page. */
  continued: boolean;
}

export interface ComparePage {
  /** 1-based. */
  page: number;
  groups: CompareGroup[];
}

export interface CompareCityEntry {
  name: string;
  slug: string;
  count: number;
  /** The pages its rows are on. */
  pages: number[];
}

export interface ComparePaging {
  pages: ComparePage[];
  /** Provinces and their cities with the pages they are on; empty when there is only one page. */
  index: Array<{ name: string; slug: string; count: number; cities: CompareCityEntry[] }>;
}

export function comparePages(view: CompareView, size = COMPARE_PAGE_SIZE): ComparePaging {
  if (view.series.length <= size) {
    return { pages: [{ page: 1, groups: [{ province: '', city: '', slug: '', rows: view.series, continued: false }] }], index: [] };
  }
  const order = new Map(orderByRegion([...new Map(view.series.map((s) => [s.plan.id, s.plan])).values()]).map((p, i) => [p.id, i]));
  const rows = [...view.series].sort((a, b) => order.get(a.plan.id)! - order.get(b.plan.id)! || a.indicator.no - b.indicator.no);
  const pages: ComparePage[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += size) {
    const groups: CompareGroup[] = [];
    for (const row of rows.slice(i, i + size)) {
      const province = row.plan.plan.region.province;
      const city = cityOf(row.plan);
      const slug = citySlugOf(row.plan);
      const key = `${province}\u0000${slug}`;
      const last = groups.at(-1);
      if (last && last.province === province && last.slug === slug) last.rows.push(row);
      else {
        groups.push({ province, city, slug, rows: [row], continued: seen.has(key) });
        seen.add(key);
      }
    }
    pages.push({ page: pages.length + 1, groups });
  }
  const index: ComparePaging['index'] = [];
  for (const page of pages) {
    for (const g of page.groups) {
      let p = index.find((x) => x.name === g.province);
      if (!p) index.push((p = { name: g.province, slug: slugOf(g.province), count: 0, cities: [] }));
      p.count += g.rows.length;
      let c = p.cities.find((x) => x.slug === g.slug);
      if (!c) p.cities.push((c = { name: g.city, slug: g.slug, count: 0, pages: [] }));
      c.count += g.rows.length;
      if (!c.pages.includes(page.page)) c.pages.push(page.page);
    }
  }
  return { pages, index };
}

export interface ChartSelection {
  /** The series drawn, in the view's order. */
  shown: IndicatorView[];
  /** Whether some series were left out of the chart. */
  bounded: boolean;
  /** How many of the highest and of the lowest latest values are drawn. */
  each: number;
}

/**
 * Which regions a comparison chart draws: all of them up to `limit`; past it, the `limit / 2` regions
 * with the highest latest value and the `limit / 2` with the lowest, so the chart shows the range
 * without drawing a thousand unreadable lines.
 */
export function chartSelection(series: readonly IndicatorView[], limit = COMPARE_CHART_SERIES): ChartSelection {
  if (series.length <= limit) return { shown: [...series], bounded: false, each: 0 };
  const each = Math.floor(limit / 2);
  const ranked = series
    .map((s, i) => ({ s, i, v: latestValue(s) }))
    .filter((x): x is { s: IndicatorView; i: number; v: number } => x.v !== null)
    .sort((a, b) => b.v - a.v || a.i - b.i);
  const picked = new Set([...ranked.slice(0, each), ...ranked.slice(-each)].map((x) => x.i));
  return { shown: series.filter((_, i) => picked.has(i)), bounded: true, each };
}
