/**
 * The small summary a partition's build writes beside its site (`summary.json`): everything the national
 * front shows of the partition, so that the front is assembled from the summaries alone, without reading
 * any plan again. Paths are relative to the partition's own site; the front joins them to the partition's
 * base URL (one host with /p/<id>/, or a separate site per partition).
 */
import type { PlanBundle } from '../model/plan.ts';
import { provinceName } from '../model/partitions.ts';
import { indicatorViews } from '../progress/views.ts';
import { finalReview } from '../progress/review.ts';
import { yearCoverage } from '../progress/reporting.ts';

export interface PlanSummary {
  id: string;
  title: string;
  region: { name: string; level: string; parent: string | null; code: string | null };
  period: { start: number; end: number };
  /** The plan's page, relative to the partition's site. */
  path: string;
  /** Indicators by status (the method's names: achieved, on-track, missed, no-data …). */
  statuses: Record<string, number>;
  /** Names of the binding (约束性) indicators missed or not maintained. */
  bindingMissed: string[];
  /** Years the plan should have reported, and those with a report. */
  coverage: { due: number; reported: number };
}

export interface PartitionSummary {
  partition: string;
  name: string;
  plans: PlanSummary[];
  regions: number;
  statuses: Record<string, number>;
  bindingMissed: number;
  coverage: { due: number; reported: number };
}

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
};

/** One plan's line of the summary; `all` is every plan of the partition (the content's date is read from them). */
export function planSummary(plan: PlanBundle, all: readonly PlanBundle[]): PlanSummary {
  const views = indicatorViews(plan, all);
  const statuses: Record<string, number> = {};
  for (const v of views) statuses[v.status.status] = (statuses[v.status.status] ?? 0) + 1;
  const review = finalReview(plan, all, views);
  const coverage = yearCoverage(plan, all);
  const region = plan.plan.region as PlanBundle['plan']['region'] & { code?: string };
  return {
    id: plan.id,
    title: plan.plan.title,
    region: { name: region.name, level: region.level, parent: region.parent ?? null, code: region.code ?? null },
    period: { start: plan.plan.period.start, end: plan.plan.period.end },
    path: `plans/${plan.id}/`,
    statuses,
    bindingMissed: review ? review.binding.missed.map((v) => v.indicator.name) : [],
    coverage: { due: coverage.length, reported: coverage.filter((c) => c.report !== null).length },
  };
}

/** The summary of one partition's plans, in plan-id order. */
export function partitionSummary(partition: string, plans: readonly PlanBundle[]): PartitionSummary {
  const lines = [...plans].sort((a, b) => a.id.localeCompare(b.id)).map((p) => planSummary(p, plans));
  const statuses: Record<string, number> = {};
  for (const l of lines) add(statuses, l.statuses);
  return {
    partition,
    name: provinceName(partition) ?? partition,
    plans: lines,
    regions: new Set(lines.map((l) => l.region.code ?? `${l.region.parent ?? ''}/${l.region.name}`)).size,
    statuses,
    bindingMissed: lines.reduce((n, l) => n + l.bindingMissed.length, 0),
    coverage: { due: lines.reduce((n, l) => n + l.coverage.due, 0), reported: lines.reduce((n, l) => n + l.coverage.reported, 0) },
  };
}
