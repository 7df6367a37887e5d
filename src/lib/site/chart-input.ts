/** From an indicator's view to the chart's input: one mapping, shared by pages and SVG downloads. */
import type { IndicatorChartInput } from '../charts/indicator-chart.ts';
import type { IndicatorView } from '../progress/views.ts';
import type { ReferenceLine } from '../progress/compare.ts';
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
