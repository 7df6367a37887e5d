/**
 * Facts about whole plans for pages that list them: when their data last changed, whether anything
 * shown is illustrative, their chapters, and the regions with their plans over time.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { Clause } from '../model/clauses.ts';
import type { FormerRegion } from '../../schemas/plan.ts';
import { cityOfRegion, regionSlug, slugOf } from './slugs.ts';

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
  return cityOfRegion(plan.plan.region).name;
}

/** The slug of the page of the city a plan's region belongs to (keyed on the city's code where known). */
export function citySlugOf(plan: PlanBundle): string {
  return regionSlug(cityOfRegion(plan.plan.region));
}

export interface RegionView {
  slug: string;
  name: string;
  /** Its administrative division code (GB/T 2260), when its plans give it. */
  code?: string | undefined;
  /** Names (and codes) it had before; its page names them so that it is found under them. */
  former: FormerRegion[];
  parent: string | null;
  /** The slug of its city's page, for a county listed under a city. */
  parentSlug: string | null;
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
    const slug = regionSlug(r);
    const view = out.get(slug) ?? { slug, name: r.name, code: r.code, former: [], parent: r.parent, parentSlug: null, province: r.province, plans: [], children: [] };
    for (const f of r.former ?? []) if (!view.former.some((x) => x.name === f.name && x.code === f.code)) view.former.push(f);
    view.plans.push(p);
    out.set(slug, view);
  }
  for (const v of out.values()) v.plans.sort((a, b) => a.plan.period.start - b.plan.period.start);
  for (const v of [...out.values()]) {
    const city = cityOfRegion(v.plans[0]!.plan.region);
    const slug = regionSlug(city);
    if (slug === v.slug) continue;
    const parent = out.get(slug) ?? { slug, name: city.name, code: city.code, former: [], parent: null, parentSlug: null, province: v.province, plans: [], children: [] };
    v.parentSlug = slug;
    parent.children.push(v);
    out.set(slug, parent);
  }
  for (const v of out.values()) v.children.sort((a, b) => a.slug.localeCompare(b.slug));
  return [...out.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Addresses a region's page answered at before, kept as pages that send the reader on: the pinyin of its
 * name when its address now carries its code (泾源县 reads like 靖远县: /regions/jing-yuan-xian/ →
 * /regions/jing-yuan-xian-640424/), and the pinyin of each name it had before (撤县设区, mergers). An
 * address that a page of the site uses, or that two regions of the site could claim, is left alone.
 */
export function movedRegionPages(views: readonly RegionView[]): Array<{ slug: string; to: RegionView }> {
  const taken = new Set(views.map((v) => v.slug));
  const claims = new Map<string, RegionView[]>();
  for (const v of views) {
    if (v.plans.length === 0) continue;
    for (const old of new Set([slugOf(v.name), ...v.former.map((f) => slugOf(f.name))])) {
      if (old !== v.slug && old !== '') claims.set(old, [...(claims.get(old) ?? []), v]);
    }
  }
  return [...claims.entries()]
    .filter(([slug, vs]) => !taken.has(slug) && vs.length === 1)
    .map(([slug, vs]) => ({ slug, to: vs[0]! }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
