/**
 * The data of a plan's page (/plans/<plan-id>/), built in one place: its metadata, the indicator dashboard,
 * the final review of an ended plan or the status table of a running one, reporting coverage, chapters,
 * measures, projects and the latest update. The page renders what this returns and computes nothing.
 */
import { asPrinted, t } from '../../../i18n/index.ts';
import type { Clause } from '../../model/clauses.ts';
import { formatDate, formatPrinted, formatValue } from '../../model/format.ts';
import type { PlanBundle } from '../../model/plan.ts';
import { coverageLine, yearCoverage } from '../../progress/reporting.ts';
import { bindingParts, finalReview } from '../../progress/review.ts';
import { FAILING } from '../../progress/status.ts';
import { formatShare } from '../../progress/status.ts';
import { predecessorOf, successorsOf } from '../../progress/succession.ts';
import { chaptersOf, hasIllustrative, indicatorViews, lastUpdated, measureViews, projectViews, regionSlug, slugOf, unitNames, type IndicatorView } from '../../progress/views.ts';
import { dashboardOrder, dashboardSummary, latestText, measureStatusCounts, type MeasureCounts } from '../dashboard.ts';
import { sourceForReaders } from '../source-text.ts';

export { planPaths } from '../paths.ts';

/** One indicator on the dashboard: its view, and its latest value, baseline and target as the card prints them. */
export interface PlanCard {
  view: IndicatorView;
  latest: string | null;
  /** The printed figures, each with the unit (a bare `95` of a rate is `95%`, as its latest value is). */
  baseline: string;
  target: string;
}

/**
 * The figures of a table row, each written by the one formatter with its unit, so that a printed `95` of a
 * rate reads `95%` beside an actual `95.1%`: baseline and target as printed, the latest and the final
 * value as reported, each with its year.
 */
export interface TableCells {
  baseline: string;
  target: string;
  latest: string | null;
  final: string | null;
}

/** The latest progress file's dates as readers write them (2026年3月15日). */
export interface LatestFile {
  year: number;
  published: string;
  asOf: string;
  provenance: PlanBundle['progress'][number]['provenance'];
}

export interface PlanPage {
  plan: PlanBundle;
  updated: string | null;
  issuer: string;
  /** 印发日期 as readers write dates, or 原文未载明. */
  issued: string;
  source: string;
  regionSlug: string;
  before: PlanBundle | null;
  after: PlanBundle[];
  illustrative: boolean;
  /** The print header's note on where the figures come from. */
  provenanceNote: string;
  /** Binding first, then failing, then printed order. */
  cards: PlanCard[];
  summary: string | null;
  /** The tables of the text, named where no indicator was read from them: the site never says a plan has none when it prints one. */
  tables: Clause[];
  /**
   * The answer the page opens with: the indicator summary, then the binding indicators, the failed ones
   * apart so that only they are red (an ended plan: missed or unreported; a running one: off track); a plan
   * without indicators: its measures by latest status.
   */
  answer: {
    binding: { total: number; failing: string | null; rest: string | null } | null;
    offTrackBinding: IndicatorView[];
    measures: MeasureCounts;
  };
  review: { illustrative: boolean; rows: Array<{ view: IndicatorView; planShare: string } & TableCells> } | null;
  /** A running plan's status table, in printed order. */
  statusRows: Array<{ view: IndicatorView } & TableCells>;
  coverage: Array<{ line: string; illustrative: boolean }>;
  chapters: Clause[];
  measures: { count: number; withUnits: number };
  projects: number;
  latestFile: LatestFile | undefined;
}

export function planPage(plan: PlanBundle, all: readonly PlanBundle[]): PlanPage {
  const meta = plan.plan;
  const unsorted = indicatorViews(plan, all);
  const views = dashboardOrder(unsorted);
  const review = finalReview(plan, all, unsorted);
  const illustrative = hasIllustrative(plan);
  const names = unitNames(all);
  const measures = measureViews(plan, names, all);
  const printed = (v: IndicatorView, f: { text: string }) => formatPrinted(asPrinted(f, v.indicator.origin), v.indicator.unit);
  const cells = (v: IndicatorView): TableCells => ({
    baseline: `${v.indicator.baseline.year}年 ${printed(v, v.indicator.baseline)}`,
    target: `${v.indicator.target.year}年 ${printed(v, v.indicator.target)}`,
    latest: v.status.latest && `${v.status.latest.year}年 ${formatValue(v.status.latest.value, v.indicator.unit)}`,
    final: v.status.finalValue && `${v.status.finalValue.year}年 ${formatValue(v.status.finalValue.value, v.indicator.unit)}`,
  });
  const last = plan.progress.at(-1);
  return {
    plan,
    updated: lastUpdated(plan),
    issuer: meta.issuer === null ? t('plan.notStated') : Array.isArray(meta.issuer) ? meta.issuer.join('、') : meta.issuer,
    issued: meta.issued ? formatDate(meta.issued) : t('plan.notStated'),
    source: sourceForReaders(meta.source),
    regionSlug: regionSlug(meta.region),
    before: predecessorOf(plan, all),
    after: successorsOf(plan, all),
    illustrative,
    provenanceNote: illustrative ? `数据说明：实际值为${t('illustrative.label')}；基线与目标摘自规划原文。` : '数据说明：实际值均为官方数据，来源见各指标页；基线与目标摘自规划原文。',
    cards: views.map((v) => ({ view: v, latest: latestText(v), baseline: printed(v, v.indicator.baseline), target: printed(v, v.indicator.target) })),
    summary: views.length > 0 ? dashboardSummary(views) : null,
    tables: plan.clauses.filter((c) => c.kind === 'table'),
    answer: {
      binding: review && bindingParts(review),
      offTrackBinding: review ? [] : views.filter((v) => v.indicator.attribute === 'binding' && FAILING.includes(v.status.status)),
      measures: views.length === 0 ? measureStatusCounts(plan, names, all) : { counts: [], illustrative: false },
    },
    review: review && {
      illustrative: review.illustrative,
      rows: review.views.map((v) => ({ view: v, ...cells(v), planShare: v.status.planShare !== null ? formatShare(v.status.planShare) : '—' })),
    },
    statusRows: [...views].sort((a, b) => a.indicator.no - b.indicator.no).map((v) => ({ view: v, ...cells(v) })),
    coverage: yearCoverage(plan, all).map((c) => ({ line: coverageLine(c), illustrative: c.report?.provenance === 'illustrative' })),
    chapters: chaptersOf(plan),
    measures: { count: measures.length, withUnits: measures.filter((m) => m.units.length).length },
    projects: projectViews(plan, all).length,
    latestFile: last && { year: last.year, published: formatDate(last.published), asOf: formatDate(last.asOf), provenance: last.provenance },
  };
}
