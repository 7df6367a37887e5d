/** From views to charts' inputs: one mapping per chart, shared by pages, downloads and images. */
import { describeChart, indicatorChart, type ChartFrame, type IndicatorChartInput } from '../charts/indicator-chart.ts';
import type { CompareChartInput } from '../charts/compare-chart.ts';
import { absoluteUrl, urls } from './urls.ts';
import type { IndicatorView } from '../progress/views.ts';
import { nationalLine, type CompareView, type ReferenceLine } from '../progress/compare.ts';
import { chartSelection } from './compare-pages.ts';
import { statusWord, t } from '../../i18n/index.ts';

/** `references`: published series for the indicator's concept; the national one (全国) is drawn as a labelled line. */
export function chartInput(view: IndicatorView, references: readonly ReferenceLine[] = []): IndicatorChartInput {
  const national = nationalLine(references);
  const { indicator } = view;
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    origin: indicator.origin,
    actuals: view.actuals
      .filter((a): a is typeof a & { value: number } => a.value !== null)
      .map((a) => ({ year: a.year, value: a.value, illustrative: a.provenance === 'illustrative' })),
    recorded: view.actuals
      .filter((a) => a.recordedStatus)
      .map((a) => ({ year: a.year, statusText: statusWord(a.recordedStatus!, a.year >= indicator.target.year), illustrative: a.provenance === 'illustrative' })),
    statusText: statusWord(view.status.status, view.status.final),
    heading: `${indicator.name} · ${view.plan.plan.region.name}`,
    reference: national ? { label: national.label, points: national.points.map((p) => ({ year: p.year, value: p.value })) } : undefined,
  };
}

/**
 * One concept across regions: each plan's baseline, yearly values (illustrative marked) and target, and
 * the reference series. Past COMPARE_CHART_SERIES regions only the highest and lowest are drawn
 * (chartSelection), and the chart's description says so.
 */
export function compareChartInput(view: CompareView): CompareChartInput {
  const { concept } = view;
  const { shown, bounded, each } = chartSelection(view.series);
  return {
    id: concept.id,
    name: concept.name,
    unit: concept.unit,
    note: bounded ? compareChartNote(view.series.length, each) : undefined,
    series: shown.map((s) => ({
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

/** What a bounded comparison chart leaves out, said on the page and inside the chart. */
export function compareChartNote(total: number, each: number): string {
  return `共 ${total} 个地区，线条太多无法辨认，图中只画出最新实际值最高的 ${each} 个和最低的 ${each} 个地区；全部地区的数值见下方的分布和各地数据表。`;
}

/** The sources of an indicator's figures, by title and publisher (never a file name), one line each. */
export function chartSources(view: IndicatorView, references: readonly ReferenceLine[] = []): string[] {
  const meta = view.plan.plan;
  const lines = [`基线和目标：《${meta.title}》${view.clause?.label ?? ''}`];
  const official = view.actuals.filter((a) => a.provenance === 'official' && a.source);
  for (const s of new Set(official.map((a) => [a.source!.title, a.source!.publisher].filter(Boolean).join('，')))) lines.push(`实际值：${s}`);
  const national = nationalLine(references);
  if (national) lines.push(`${national.label}：${[...new Set(national.points.map((p) => p.source.publisher))].join('、')}公开发布`);
  return lines;
}

/** What a downloaded or shared chart carries inside it: title, plan, sources, provenance and address. */
export function chartFrame(view: IndicatorView, references: readonly ReferenceLine[] = [], url?: string): ChartFrame {
  const meta = view.plan.plan;
  return {
    title: `${view.indicator.name} · ${meta.region.name}`,
    plan: meta.title,
    sources: chartSources(view, references),
    provenance: view.illustrative ? `${t('illustrative.label')}：年度实际值为演示网站功能而编造` : '年度实际值为官方数据，出处见上',
    url,
  };
}

/** The chart as downloaded (SVG and PNG): the drawing with its title, plan, sources, provenance and address inside. */
export function framedChart(view: IndicatorView, references: readonly ReferenceLine[] = []): string {
  const url = absoluteUrl(urls.indicator(view.plan.id, view.indicator.id));
  return indicatorChart({ ...chartInput(view, references), frame: chartFrame(view, references, url) });
}

/**
 * The embed page's chart: the SVG download (framedChart) as an image, not repeated inline in every embed
 * page, with its size in CSS pixels, its text alternative (the chart's own description) and whether it draws
 * the national line (for the legend).
 */
export function embedChart(view: IndicatorView, references: readonly ReferenceLine[] = []) {
  const input = chartInput(view, references);
  const [, width, height] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(framedChart(view, references))!;
  return {
    src: urls.indicatorFile(view.plan.id, view.indicator.id, 'chart.svg'),
    width: Number(width),
    height: Number(height),
    alt: describeChart(input),
    hasReference: (input.reference?.points.length ?? 0) > 0,
  };
}
