/**
 * The final review of a plan (终期评估): once its period is over, every indicator's verdict counted and
 * the binding ones named first. The same counts serve the plan page, the overview and the downloads.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { IndicatorStatus } from './status.ts';
import { periodOver } from './period.ts';
import { indicatorViews, type IndicatorView } from './views.ts';

export type VerdictGroup = 'achieved' | 'missed' | 'not-reported' | 'other';

/** 已达成 counts 保持达标 in; 未达成 counts 未保持 in. */
export function verdictGroup(status: IndicatorStatus): VerdictGroup {
  if (status === 'achieved' || status === 'maintained') return 'achieved';
  if (status === 'missed' || status === 'not-maintained') return 'missed';
  if (status === 'final-not-reported') return 'not-reported';
  return 'other';
}

export interface FinalReview {
  plan: PlanBundle;
  /** Every indicator, in printed order. */
  views: IndicatorView[];
  counts: Record<VerdictGroup, number>;
  /** Binding indicators by verdict, named on the page. */
  binding: Record<VerdictGroup, IndicatorView[]>;
  /** Whether any verdict rests on an illustrative figure or judgement. */
  illustrative: boolean;
}

/** The final review of a plan whose period is over, or null while it runs. */
export function finalReview(plan: PlanBundle, all: readonly PlanBundle[] = [plan], views: IndicatorView[] = indicatorViews(plan, all)): FinalReview | null {
  if (!periodOver(plan, all) || views.length === 0) return null;
  const ordered = [...views].sort((a, b) => a.indicator.no - b.indicator.no);
  const counts: Record<VerdictGroup, number> = { achieved: 0, missed: 0, 'not-reported': 0, other: 0 };
  const binding: Record<VerdictGroup, IndicatorView[]> = { achieved: [], missed: [], 'not-reported': [], other: [] };
  for (const v of ordered) {
    const g = verdictGroup(v.status.status);
    counts[g]++;
    if (v.indicator.attribute === 'binding') binding[g].push(v);
  }
  return { plan, views: ordered, counts, binding, illustrative: ordered.some((v) => v.verdictIllustrative) };
}

/** `共 11 项指标：已达成 6 项，未达成 4 项，终期数据未报告 1 项`; a group with none (终期数据未报告 0 项) is left out. */
export function summaryLine(r: FinalReview): string {
  const parts = [`已达成 ${r.counts.achieved} 项`, `未达成 ${r.counts.missed} 项`];
  if (r.counts['not-reported']) parts.push(`终期数据未报告 ${r.counts['not-reported']} 项`);
  if (r.counts.other) parts.push(`尚无结论 ${r.counts.other} 项`);
  return `共 ${r.views.length} 项指标：${parts.join('，')}`;
}

/**
 * The binding indicators in two parts, so that only what failed is shown in red: `failing` names the
 * missed and unreported ones (null when none), `rest` the achieved and undecided ones.
 */
export function bindingParts(r: FinalReview): { total: number; failing: string | null; rest: string | null } | null {
  const total = Object.values(r.binding).reduce((n, l) => n + l.length, 0);
  if (total === 0) return null;
  const names = (l: IndicatorView[]) => l.map((v) => v.indicator.name).join('、');
  const part = (groups: ReadonlyArray<readonly [VerdictGroup, string]>) =>
    groups.filter(([g]) => r.binding[g].length > 0).map(([g, label]) => `${label} ${r.binding[g].length} 项（${names(r.binding[g])}）`).join('；') || null;
  return {
    total,
    failing: part([['missed', '未达成'], ['not-reported', '终期数据未报告']]),
    rest: part([['achieved', '已达成'], ['other', '尚无结论']]),
  };
}

/** `其中约束性指标 5 项：未达成 学前教育毛入园率、…；已达成 …`, or null when the table marks none binding. */
export function bindingLine(r: FinalReview): string | null {
  const b = bindingParts(r);
  return b && `其中约束性指标 ${b.total} 项：${[b.failing, b.rest].filter(Boolean).join('；')}`;
}
