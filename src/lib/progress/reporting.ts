/**
 * Reporting, year by year: a progress file is that year's report. Which years a plan should have reported
 * by the content's date, and for each year how many of its indicators, tasks and projects the report
 * states (2024 年度：11 项指标中 11 项已报告). A year without a file is 未发布年度报告.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { ProgressFile } from '../../schemas/progress.ts';
import { reportCoverage } from '../model/tasks.ts';
import { contentAsOf } from './period.ts';
import { t } from '../../i18n/index.ts';

/**
 * The years a plan's reports are shown for: from the start of its period through the last year the
 * content has reached (its own last report, or the newest report of any plan), never past its end.
 */
export function reportingYears(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): number[] {
  const { start, end } = plan.plan.period;
  const asOf = contentAsOf(all.includes(plan) ? all : [...all, plan]);
  const reached = asOf === null ? start - 1 : Number(asOf.slice(0, 4)) - (asOf.endsWith('-12-31') ? 0 : 1);
  const own = plan.progress.map((f) => f.year);
  const last = Math.min(end, Math.max(reached, ...own));
  const years: number[] = [];
  for (let y = start; y <= last; y++) years.push(y);
  return years;
}

export interface Count {
  reported: number;
  total: number;
}

export interface YearCoverage {
  year: number;
  /** The year's report, or null when none was published. */
  report: ProgressFile | null;
  indicators: Count;
  tasks: Count;
  projects: Count;
}

export function yearCoverage(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): YearCoverage[] {
  return reportingYears(plan, all).map((year) => {
    const report = plan.progress.find((f) => f.year === year) ?? null;
    const cov = reportCoverage(plan, report ?? { indicators: [], clauses: [], projects: [] });
    const count = (c: { reported: string[]; missing: string[] }): Count => ({ reported: c.reported.length, total: c.reported.length + c.missing.length });
    return { year, report, indicators: count(cov.indicators), tasks: count(cov.clauses), projects: count(cov.projects) };
  });
}

/** `2024 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告`, or 未发布年度报告. */
export function coverageLine(c: YearCoverage): string {
  if (!c.report) return t('coverage.year', { year: c.year, parts: t('coverage.noReport'), note: '' });
  const parts = [
    c.indicators.total ? t('coverage.indicators', { total: c.indicators.total, reported: c.indicators.reported }) : null,
    c.tasks.total ? t('coverage.tasks', { total: c.tasks.total, reported: c.tasks.reported }) : null,
    c.projects.total ? t('coverage.projects', { total: c.projects.total, reported: c.projects.reported }) : null,
  ].filter(Boolean);
  const note = c.report.note ? t('coverage.note', { note: c.report.note }) : '';
  return t('coverage.year', { year: c.year, parts: parts.length ? parts.join('；') : t('coverage.nothingToReport'), note });
}
