/**
 * The final review of a plan (终期评估): once its period is over, every indicator's verdict counted and
 * the binding ones named first. The same counts serve the plan page, the overview and the downloads.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { IndicatorStatus } from './status.ts';
import { periodOver } from './period.ts';
import { indicatorViews, type IndicatorView } from './views.ts';
import { t, type StringKey } from '../../i18n/index.ts';

export type VerdictGroup = 'achieved' | 'missed' | 'not-reported' | 'other';

/** 已达成 counts 保持达标 in; 未达成 counts 未保持 in. */
export function verdictGroup(status: IndicatorStatus): VerdictGroup {
  if (status === 'achieved' || status === 'maintained') return 'achieved';
  if (status === 'missed' || status === 'not-maintained') return 'missed';
  if (status === 'final-not-reported') return 'not-reported';
  return 'other';
}

/** The word for each group of verdicts, as the review names it. */
const GROUP_WORD = { achieved: 'review.word.achieved', missed: 'review.word.missed', 'not-reported': 'review.word.notReported', other: 'review.word.other' } as const satisfies Record<VerdictGroup, StringKey>;

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
  const parts = [t('review.achieved', { n: r.counts.achieved }), t('review.missed', { n: r.counts.missed })];
  if (r.counts['not-reported']) parts.push(t('review.notReported', { n: r.counts['not-reported'] }));
  if (r.counts.other) parts.push(t('review.other', { n: r.counts.other }));
  return t('review.summary', { n: r.views.length, parts: parts.join('，') });
}

/**
 * The binding indicators in two parts, so that only what failed is shown in red: `failing` names the
 * missed and unreported ones (null when none), `rest` the achieved and undecided ones.
 */
export function bindingParts(r: FinalReview): { total: number; failing: string | null; rest: string | null } | null {
  const total = Object.values(r.binding).reduce((n, l) => n + l.length, 0);
  if (total === 0) return null;
  const names = (l: IndicatorView[]) => l.map((v) => v.indicator.name).join('、');
  const part = (groups: readonly VerdictGroup[]) =>
    groups.filter((g) => r.binding[g].length > 0).map((g) => t('review.bindingGroup', { label: t(GROUP_WORD[g]), n: r.binding[g].length, names: names(r.binding[g]) })).join('；') || null;
  return {
    total,
    failing: part(['missed', 'not-reported']),
    rest: part(['achieved', 'other']),
  };
}

/** `其中约束性指标 5 项：未达成 学前教育毛入园率、…；已达成 …`, or null when the table marks none binding. */
export function bindingLine(r: FinalReview): string | null {
  const b = bindingParts(r);
  return b && t('review.binding', { n: b.total, parts: [b.failing, b.rest].filter(Boolean).join('；') });
}
