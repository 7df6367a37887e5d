/**
 * Facts about whole plans for pages that list them: when their data last changed, whether anything
 * shown is illustrative, their chapters, and the regions with their plans over time.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { Clause } from '../model/clauses.ts';
import { slugOf } from './task-views.ts';

/** The date the plan's data last changed: the newest progress file's publication date. */
export function lastUpdated(plan: PlanBundle): string | null {
  return plan.progress.map((f) => f.published).sort().at(-1) ?? null;
}

/** Whether any figure or status of the plan shown on a page is illustrative. */
export function hasIllustrative(plan: PlanBundle): boolean {
  return plan.progress.some(
    (f) =>
      f.provenance === 'illustrative' ||
      [...f.indicators, ...f.clauses, ...f.projects].some((e) => e.provenance === 'illustrative'),
  );
}

export { taskClauses } from '../model/tasks.ts';

/** Chapters (level-1 clauses) for a table of contents. */
export function chaptersOf(plan: PlanBundle): Clause[] {
  return plan.clauses.filter((c) => c.level === 1);
}

/** The city (地级市) a plan's region belongs to: itself for a prefecture, a province or a region without a parent. */
export function cityOf(plan: PlanBundle): string {
  const r = plan.plan.region;
  return r.level === 'prefecture' || r.level === 'province' || !r.parent ? r.name : r.parent;
}

export interface RegionView {
  slug: string;
  name: string;
  parent: string | null;
  province: string;
  /** Its plans, oldest period first (a region may have several plans over time); none for a city known only as a parent. */
  plans: PlanBundle[];
  /** For a city: the counties (县、市、区) under it that have plans, by slug; empty for a county. */
  children: RegionView[];
}

/**
 * Every region with plans, and every city (地级市) that the plans name as their parent, so that a large
 * site can list cities on the overview and each city's counties on its own page.
 */
export function regionViews(plans: readonly PlanBundle[]): RegionView[] {
  const out = new Map<string, RegionView>();
  for (const p of plans) {
    const r = p.plan.region;
    const slug = slugOf(r.name);
    const view = out.get(slug) ?? { slug, name: r.name, parent: r.parent, province: r.province, plans: [], children: [] };
    view.plans.push(p);
    out.set(slug, view);
  }
  for (const v of out.values()) v.plans.sort((a, b) => a.plan.period.start - b.plan.period.start);
  for (const v of [...out.values()]) {
    const city = cityOf(v.plans[0]!);
    if (city === v.name) continue;
    const slug = slugOf(city);
    const parent = out.get(slug) ?? { slug, name: city, parent: null, province: v.province, plans: [], children: [] };
    parent.children.push(v);
    out.set(slug, parent);
  }
  for (const v of out.values()) v.children.sort((a, b) => a.slug.localeCompare(b.slug));
  return [...out.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
