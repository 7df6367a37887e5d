/** From an indicator's view to the chart's input: one mapping, shared by pages and SVG downloads. */
import type { IndicatorChartInput } from './charts/indicator-chart.ts';
import type { IndicatorView } from './views.ts';
import { tk } from '../i18n/index.ts';

export function chartInput(view: IndicatorView): IndicatorChartInput {
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
  };
}
