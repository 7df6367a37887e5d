/** From views to charts' inputs: one mapping per chart, shared by pages and SVG downloads. */
import type { IndicatorChartInput } from '../charts/indicator-chart.ts';
import type { CompareChartInput } from '../charts/compare-chart.ts';
import type { IndicatorView } from '../progress/views.ts';
import type { CompareView, ReferenceLine } from '../progress/compare.ts';
import { tk } from '../../i18n/index.ts';

/** `references`: published series for the indicator's concept; the national one (全国) is drawn as a labelled line. */
export function chartInput(view: IndicatorView, references: readonly ReferenceLine[] = []): IndicatorChartInput {
  const national = references.find((r) => r.label === '全国');
  const { indicator } = view;
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    actuals: view.actuals
      .filter((a): a is typeof a & { value: number } => a.value !== null)
      .map((a) => ({ year: a.year, value: a.value, illustrative: a.provenance === 'illustrative' })),
    statusText: tk(`status.${view.status.status}`),
    reference: national ? { label: '全国', points: national.points.map((p) => ({ year: p.year, value: p.value })) } : undefined,
  };
}

/** One concept across regions: each plan's baseline, yearly values (illustrative marked) and target, and the reference series. */
export function compareChartInput(view: CompareView): CompareChartInput {
  const { concept } = view;
  return {
    id: concept.id,
    name: concept.name,
    unit: concept.unit,
    series: view.series.map((s) => ({
      label: s.plan.plan.region.name,
      baseline: s.indicator.baseline,
      target: s.indicator.target,
      actuals: s.actuals
        .filter((a): a is typeof a & { value: number } => a.value !== null)
        .map((a) => ({ year: a.year, value: a.value, illustrative: a.provenance === 'illustrative' })),
    })),
    references: view.references.map((r) => ({ label: r.label, points: r.points })),
  };
}
