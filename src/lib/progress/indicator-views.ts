/**
 * Each indicator of a plan as the pages show it: its yearly actuals (latest report first to last, 未报告
 * years kept), its status or final verdict from the status method, and the order of a dashboard.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { ProgressFile } from '../../schemas/progress.ts';
import type { Provenance, Source } from '../../schemas/common.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { Clause } from '../model/clauses.ts';
import { computeStatus, FAILING, STATUS_ORDER, type RecordedStatus, type StatusResult } from './status.ts';
import { periodOver } from './period.ts';
import { reportingYears } from './reporting.ts';

export interface ActualView {
  year: number;
  value: number | null;
  text?: string | undefined;
  provenance: Provenance;
  source?: Source | undefined;
  note?: string | undefined;
  /** Earlier published values of this figure, oldest first. */
  revisions: NonNullable<ProgressFile['indicators'][number]['revisions']>;
  published: string;
  recordedStatus?: string | undefined;
}

export interface IndicatorView {
  plan: PlanBundle;
  indicator: Indicator;
  actuals: ActualView[];
  status: StatusResult;
  /** The table clause the indicator is printed in. */
  clause: Clause | undefined;
  illustrative: boolean;
  /** Whether the figure or judgement behind a final verdict is illustrative (labelled wherever shown). */
  verdictIllustrative: boolean;
  /** Every year the plan should have reported by the content's date, with its figure or null (未报告). */
  years: Array<{ year: number; actual: ActualView | null }>;
}

/**
 * Every indicator of `plan` with its actuals and status. `all` is every plan of the site: the content's
 * date, which says whether the period is over, is read from all of them (see period.ts).
 */
export function indicatorViews(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): IndicatorView[] {
  const over = periodOver(plan, all);
  const years = reportingYears(plan, all);
  return plan.indicators.map((indicator) => {
    const actuals: ActualView[] = plan.progress.flatMap((file) =>
      file.indicators
        .filter((e) => e.indicator === indicator.id)
        .map((e) => ({
          year: file.year,
          value: e.value,
          text: e.text,
          provenance: e.provenance ?? file.provenance,
          source: e.source,
          note: e.note,
          revisions: e.revisions ?? [],
          published: file.published,
          recordedStatus: e.status,
        })),
    );
    const status = computeStatus(
      indicator,
      actuals.map((a) => ({ year: a.year, value: a.value, status: a.recordedStatus as RecordedStatus | undefined })),
      { periodOver: over },
    );
    const basisYear = status.finalValue?.year ?? (status.final && status.basis === 'recorded' ? status.recorded?.year : undefined);
    return {
      plan,
      indicator,
      actuals,
      status,
      clause: plan.clauses.find((c) => c.id === indicator.source.clause),
      illustrative: actuals.some((a) => a.provenance === 'illustrative'),
      verdictIllustrative: basisYear !== undefined && actuals.some((a) => a.year === basisYear && a.provenance === 'illustrative'),
      years: years.map((year) => ({ year, actual: actuals.find((a) => a.year === year && (a.value !== null || a.text !== undefined || a.recordedStatus !== undefined)) ?? null })),
    };
  });
}

/** Binding indicators that missed or are off track first, then by severity, then in printed order. */
export function sortForDashboard(views: readonly IndicatorView[]): IndicatorView[] {
  const rank = (v: IndicatorView) => STATUS_ORDER.indexOf(v.status.status);
  const failingBinding = (v: IndicatorView) => Number(v.indicator.attribute === 'binding' && FAILING.includes(v.status.status));
  return [...views].sort(
    (a, b) =>
      failingBinding(b) - failingBinding(a) ||
      rank(a) - rank(b) ||
      a.indicator.no - b.indicator.no,
  );
}

/** One year of an indicator's data table: what the plan printed for it (baseline, target) and what was reported. */
export interface YearRow {
  year: number;
  /** The plan's baseline when this is the baseline year. */
  baseline: Indicator['baseline'] | null;
  /** The plan's target when this is the target year. */
  target: Indicator['target'] | null;
  /** The reported figure or judgement for this year, if any. */
  actual: ActualView | null;
  /** A year the plan should have reported by now without a figure for this indicator (未报告). */
  due: boolean;
}

/**
 * The data table of an indicator page, one row per year: the baseline year, every reported or due year,
 * and the target year. A target year that also has a reported value is one row with both, never two rows
 * with the same year.
 */
export function yearRows(view: IndicatorView): YearRow[] {
  const { indicator } = view;
  const years = new Set<number>([indicator.baseline.year, indicator.target.year, ...view.actuals.map((a) => a.year), ...view.years.map((y) => y.year)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const actual = view.actuals.find((a) => a.year === year) ?? null;
      return {
        year,
        baseline: indicator.baseline.year === year ? indicator.baseline : null,
        target: indicator.target.year === year ? indicator.target : null,
        actual,
        due: actual === null && view.years.some((y) => y.year === year),
      };
    });
}
