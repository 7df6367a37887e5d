/**
 * The data of the comparison pages (/compare/, /compare/<concept>/, /compare/<concept>/<n>/): one indicator
 * concept across plans, with the published reference figures. The pages render what this returns.
 */
import { compareChart } from '../../charts/compare-chart.ts';
import { asPrinted } from '../../../i18n/index.ts';
import { formatComparison, formatPrinted, formatValue } from '../../model/format.ts';
import type { IndicatorView } from '../../progress/views.ts';
import { compareSummary, compareViews, nationalLine, type CompareView, type Distribution } from '../../progress/compare.ts';
import { lastUpdated, regionLabel } from '../../progress/views.ts';
import { compareChartInput } from '../chart-input.ts';
import { comparePages } from '../compare-pages.ts';
import { getCatalogue, getPlans } from '../data.ts';

export { compareViews } from '../../progress/compare.ts';
export { cityOf, lastUpdated } from '../../progress/views.ts';

/**
 * A row of a comparison table in the one formatter: baseline and target as printed (with the unit where the
 * text is a bare number), each year's value as reported, so that every cell of a column reads alike.
 */
export function compareRowCells(s: IndicatorView) {
  const unit = s.indicator.unit;
  return {
    /** The region as a reader tells it apart: 新城区 with its city (西安市新城区) where another region has the name. */
    region: regionLabel(s.plan.plan.region),
    baseline: `${s.indicator.baseline.year}年：${formatPrinted(asPrinted(s.indicator.baseline, s.indicator.origin), unit)}`,
    target: `${s.indicator.target.year}年：${formatPrinted(asPrinted(s.indicator.target, s.indicator.origin), unit)}`,
    value: (v: number) => formatValue(v, unit),
  };
}

/** One page per concept of the catalogue that some plan tracks. */
export async function comparePaths() {
  const plans = await getPlans();
  const { concepts, references } = await getCatalogue();
  return compareViews(plans, concepts, references).map((view) => ({ params: { concept: view.concept.id }, props: { view } }));
}

/** The rows of the distribution table: one statistic each, so that the table is three columns wide on a phone. */
const STATS: Array<[keyof Distribution, string]> = [['n', '有数值的地区'], ['min', '最低'], ['q1', '下四分位'], ['median', '中位数'], ['q3', '上四分位'], ['max', '最高']];

/**
 * The data of a comparison's first page (/compare/<concept>/): the chart, and past one page of plans a
 * summary (statuses counted, the spread of values, the national figure) and an index of the cities.
 */
export function comparePage(view: CompareView) {
  const chart = compareChartInput(view);
  const { pages, index } = comparePages(view);
  const summary = pages.length > 1 ? compareSummary(view) : null;
  const line = nationalLine(view.references);
  const nationalLast = line ? [...line.points].sort((a, b) => a.year - b.year).at(-1) : undefined;
  const spread: Array<[string, Distribution | null]> = summary ? [['基线', summary.baseline], ['最新实际值', summary.latest], ['目标', summary.target]] : [];
  return {
    svg: compareChart(chart),
    chartNote: chart.note,
    updated: view.series.map((s) => lastUpdated(s.plan)).filter(Boolean).sort().at(-1) ?? null,
    pages,
    index,
    summary,
    nationalLast: nationalLast && { year: nationalLast.year, text: formatValue(nationalLast.value, view.concept.unit) },
    stats: STATS,
    spread,
    /**
     * The reference figures' rows: area, year, the figure with its unit in the one formatter (a published
     * `92.00` reads `92%` beside a county's `91.1%`; the download keeps the text as published), the source.
     */
    referenceRows: view.references.flatMap((r) => r.points.map((p) => ({ area: r.area, year: p.year, text: formatValue(p.value, view.concept.unit), source: p.source }))),
    /** Published targets (`2025年 > 90%`) in the signs a printed document uses: `2025年＞90%`. */
    referenceTargets: view.references.flatMap((r) => (r.target ? [{ area: r.area, text: formatComparison(r.target) }] : [])),
  };
}
