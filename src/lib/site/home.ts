/**
 * The overview page's data: for each plan, its indicators counted by status, its final review (终期评估)
 * when its period is over, the binding indicators that fail, and for a plan without an indicator table its
 * measures counted by latest status. A large site (more than HOME_PLAN_LIMIT plans) is summarised by
 * province and city instead.
 */
import type { PlanBundle } from '../model/plan.ts';
import { FAILING, type IndicatorStatus } from '../progress/status.ts';
import { finalReview } from '../progress/review.ts';
import { indicatorViews, lastUpdated, measureViews, unitNames } from '../progress/views.ts';
import type { ProvinceGroup } from './regions.ts';

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

/**
 * Past this many plans the overview stops listing every plan (at 1,000 plans that page would weigh
 * hundreds of kilobytes on a phone) and lists provinces and cities with counts, each city linking to its
 * region page, which lists its counties' plans.
 */
export const HOME_PLAN_LIMIT = 40;

export interface CitySummary {
  name: string;
  slug: string;
  /** Plans in the city, its own and its counties'. */
  plans: number;
  /** Regions (the city and its counties) with plans. */
  regions: number;
  /** Plans whose binding indicators missed their target, lack a final figure, or are off track. */
  failingBinding: number;
  /** Plans whose period is over (with a 终期评估). */
  ended: number;
}

export interface ProvinceSummary {
  name: string;
  slug: string;
  plans: number;
  cities: CitySummary[];
}

/** Provinces and cities with their counts, in the overview's region order. */
export function regionSummaries(groups: readonly ProvinceGroup[], cards: ReturnType<typeof homeCards>): ProvinceSummary[] {
  const byId = new Map(cards.map((c) => [c.plan.id, c]));
  const failing = (id: string) => {
    const c = byId.get(id);
    if (!c) return false;
    if (c.review) return c.review.binding.missed.length > 0 || c.review.binding['not-reported'].length > 0;
    return c.offTrackBinding.length > 0;
  };
  return groups.map((p) => ({
    name: p.name,
    slug: p.slug,
    plans: p.cities.reduce((n, c) => n + c.plans.length, 0),
    cities: p.cities.map((c) => ({
      name: c.name,
      slug: c.slug,
      plans: c.plans.length,
      regions: new Set(c.plans.map((x) => x.plan.region.name)).size,
      failingBinding: c.plans.filter((x) => failing(x.id)).length,
      ended: c.plans.filter((x) => byId.get(x.id)?.review).length,
    })),
  }));
}
