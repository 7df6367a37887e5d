/**
 * The data of an indicator's page (/plans/<plan-id>/indicators/<id>/), built in one place: its status and
 * verdict, the national reference line, the year-by-year table, downloads, citation and embed snippet.
 * The page renders what this returns and computes nothing.
 */
import { asPrinted, statusWord, t } from '../../../i18n/index.ts';
import { formatDate, formatPrinted, formatValue } from '../../model/format.ts';
import { absoluteUrl, urls } from '../urls.ts';
import { nationalLine, type ReferenceLine } from '../../progress/compare.ts';
import { formatShare } from '../../progress/status.ts';
import { lastUpdated, yearRows, type IndicatorView } from '../../progress/views.ts';
import { cite } from '../../publish/citation.ts';
import { chartSources } from '../chart-input.ts';

export { indicatorPaths } from '../paths.ts';

/** Width in pixels of an indicator's chart PNG: twice the chart SVG's 330, the width the build's PNG had when the build rendered it. */
export const CHART_PNG_WIDTH = 660;

export function indicatorPage(view: IndicatorView, references: readonly ReferenceLine[]) {
  const { plan, indicator: ind, status } = view;
  const meta = plan.plan;
  const here = urls.indicator(plan.id, ind.id);
  const updated = lastUpdated(plan);
  const fmt = (v: number | null) => formatValue(v, ind.unit);
  const national = nationalLine(references);
  const embedUrl = absoluteUrl(urls.embed(plan.id, ind.id));
  const latest = status.latest;
  return {
    updated,
    /** A value of this indicator with its unit. */
    fmt,
    /** A baseline or target as printed, with the unit where the text is a bare number: `95` of a rate is `95%`, as its actual values are. */
    printed: (f: { text: string }) => formatPrinted(asPrinted(f, ind.origin), ind.unit),
    /** A date as readers write it: 2026年3月15日. */
    date: formatDate,
    clauseHref: urls.text(plan.id, ind.source.clause),
    fileUrl: (f: string) => urls.indicatorFile(plan.id, ind.id, f),
    file: `${plan.id}-${ind.id}`,
    /** Width in pixels of the chart PNG that the reader's browser makes from chart.svg (public/chart-png.js). */
    pngWidth: CHART_PNG_WIDTH,
    /** The share image (og:image): the plan's card, the one PNG the build renders for a plan and its indicators. */
    shareImage: urls.planShare(plan.id),
    /** The publishers of the national line, named under the chart. */
    nationalPublishers: national ? [...new Set(national.points.map((p) => p.source.publisher))].join('、') : null,
    planShare: status.planShare !== null ? formatShare(status.planShare) : null,
    /**
     * The verdict or status, said once in plain words beside its badge: for a final verdict on a figure,
     * `2025年实际值为 95.4%，规划目标为 96%，差 0.6 个百分点。从基线到目标应有的变化完成了 40%。`;
     * otherwise the status's own reason.
     */
    verdictText: status.final && status.finalValue
      ? t('indicator.verdictSentence', {
          year: status.finalValue.year,
          value: fmt(status.finalValue.value),
          target: formatPrinted(asPrinted(ind.target, ind.origin), ind.unit),
          gap: status.gapText ? `，${status.gapText}` : '',
        }) + (status.planShare !== null && status.planShare < 1 ? t('indicator.verdictShare', { share: formatShare(status.planShare) }) : '')
      : status.reason,
    rows: yearRows(view),
    sources: chartSources(view, references),
    citation: cite({ plan, indicator: ind.name, url: absoluteUrl(here), accessed: updated ?? meta.issued ?? `${meta.period.start}-01-01`, illustrative: view.illustrative }),
    snippet: `<iframe src="${embedUrl}" title="${ind.name}（${meta.region.name}）" width="100%" height="560" style="border:0" loading="lazy"></iframe>`,
    description: `${meta.region.name}${ind.name}：${ind.baseline.year}年基线${asPrinted(ind.baseline, ind.origin)}，${ind.target.year}年目标${asPrinted(ind.target, ind.origin)}${latest ? `，${latest.year}年${fmt(latest.value)}${view.illustrative ? '（示例数据）' : ''}` : ''}；状态：${statusWord(status.status, status.final)}。`,
  };
}
export type IndicatorPage = ReturnType<typeof indicatorPage>;
