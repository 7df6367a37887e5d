/**
 * The overview page's data: for each plan, its indicators counted by status, its final review (终期评估)
 * when its period is over, the binding indicators that fail, and for a plan without an indicator table its
 * measures counted by latest status.
 */
import type { PlanBundle } from '../model/plan.ts';
import { FAILING, type IndicatorStatus } from '../progress/status.ts';
import { finalReview } from '../progress/review.ts';
import { indicatorViews, lastUpdated, measureViews, unitNames } from '../progress/views.ts';

export function homeCards(plans: readonly PlanBundle[]) {
  const names = unitNames(plans);
  /** For a plan without an indicator table: its measures by latest status (未报告 when none). */
  const measureCounts = (plan: PlanBundle): Array<[string, number]> => {
    const counts = new Map<string, number>();
    for (const m of measureViews(plan, names, plans)) {
      const key = `clauseStatus.${m.latest?.status ?? 'none'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()];
  };
  return plans.map((plan) => {
    const views = indicatorViews(plan, plans);
    const count = (s: IndicatorStatus[]) => views.filter((v) => s.includes(v.status.status)).length;
    return {
      plan,
      views,
      counts: [
        ['achieved', count(['achieved', 'maintained'])],
        ['on-track', count(['on-track'])],
        ['at-risk', count(['at-risk'])],
        ['off-track', count(['off-track', 'slipped'])],
        ['no-data', count(['no-data', 'not-assessable'])],
      ] as Array<[IndicatorStatus, number]>,
      review: finalReview(plan, plans, views),
      offTrackBinding: views.filter((v) => v.indicator.attribute === 'binding' && FAILING.includes(v.status.status)),
      updated: lastUpdated(plan),
      measureCounts: views.length === 0 ? measureCounts(plan) : [],
    };
  });
}
