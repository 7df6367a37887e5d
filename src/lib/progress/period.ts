/**
 * Whether a plan's period is over, decided from the content alone and never from the clock, so that two
 * builds of the same commit are identical. The content is dated by the newest report it holds: the latest
 * `asOf` of any progress file of any plan (a report "as of 2025-12-31" says the site's data has reached the
 * end of 2025). A plan whose last year has ended by that date is over, whether or not it reported its own
 * final year; one that has not (泾源 2023–2027 in a site dated 2025) keeps the mid-period method.
 */
import type { PlanBundle } from '../model/plan.ts';

const cache = new WeakMap<readonly PlanBundle[], string | null>();

/** The date the content has reached: the newest `asOf` of any report, or null when there is none. */
export function contentAsOf(plans: readonly PlanBundle[]): string | null {
  if (cache.has(plans)) return cache.get(plans)!;
  let latest: string | null = null;
  for (const p of plans) for (const f of p.progress) if (latest === null || f.asOf > latest) latest = f.asOf;
  cache.set(plans, latest);
  return latest;
}

/** True when the content is dated on or after the last day of the plan's period. */
export function isPeriodOver(plan: Pick<PlanBundle, 'plan'>, asOf: string | null): boolean {
  return asOf !== null && asOf >= `${plan.plan.period.end}-12-31`;
}

/** A plan's period is over in the content `all` (every plan of the site; defaults to the plan alone). */
export function periodOver(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): boolean {
  return isPeriodOver(plan, contentAsOf(all.includes(plan) ? all : [...all, plan]));
}
