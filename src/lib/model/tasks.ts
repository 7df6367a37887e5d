/**
 * What a yearly report is expected to cover: every indicator of the plan, its tasks (the measures that
 * name responsible units or, in a plan without them, the items of its 主要任务 section) and its major
 * projects; and whether a report entry states anything. Shared by the validator (which warns about items a
 * report leaves out), the scaffold and the reporting coverage shown on each plan page.
 */
import type { ProgressFile } from '../../schemas/progress.ts';
import type { Clause } from './clauses.ts';
import type { PlanBundle } from './plan.ts';

/**
 * The clauses a yearly progress file reports on: the measures that name responsible units, or, in a
 * plan without them, the items of its 主要任务 / 发展任务 section.
 */
export function taskClauses(plan: Pick<PlanBundle, 'clauses'>): Clause[] {
  const measures = plan.clauses.filter((c) => c.units.length > 0);
  if (measures.length) return measures;
  const tasks = plan.clauses.find((c) => c.marker !== null && /主要任务|发展任务/.test(c.text));
  return tasks ? plan.clauses.filter((c) => c.parent === tasks.id && c.marker !== null) : [];
}

type IndicatorEntry = ProgressFile['indicators'][number];
type StatusEntry = { status: string | null };

/** An indicator entry states something: a value, a printed text or a recorded status. */
export const statesIndicator = (e: IndicatorEntry): boolean => e.value !== null || e.text !== undefined || e.status !== undefined;
/** A measure or project entry states a status. */
export const statesStatus = (e: StatusEntry): boolean => e.status !== null;

export interface ReportCoverage {
  indicators: { reported: string[]; missing: string[] };
  clauses: { reported: string[]; missing: string[] };
  projects: { reported: string[]; missing: string[] };
}

/** Which expected items one report states, and which it leaves out (absent, or listed but blank). */
export function reportCoverage(plan: Pick<PlanBundle, 'clauses' | 'indicators' | 'projects'>, file: Pick<ProgressFile, 'indicators' | 'clauses' | 'projects'>): ReportCoverage {
  const split = (expected: readonly string[], stated: ReadonlySet<string>) => ({
    reported: expected.filter((id) => stated.has(id)),
    missing: expected.filter((id) => !stated.has(id)),
  });
  return {
    indicators: split(plan.indicators.map((i) => i.id), new Set(file.indicators.filter(statesIndicator).map((e) => e.indicator))),
    clauses: split(taskClauses(plan).map((c) => c.id), new Set(file.clauses.filter(statesStatus).map((e) => e.clause))),
    projects: split(plan.projects.map((p) => p.id), new Set(file.projects.filter(statesStatus).map((e) => e.project))),
  };
}
