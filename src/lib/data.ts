/**
 * The only place that reads Astro's content collections; pages ask here for typed plans.
 */
import { getCollection } from 'astro:content';
import { assemblePlan, type PlanBundle } from './model.ts';

let cache: Promise<PlanBundle[]> | null = null;

/** Every plan with its clauses, indicators, projects and progress, ordered by plan id. */
export function getPlans(): Promise<PlanBundle[]> {
  cache ??= (async () => {
    const [plans, indicators, projects, progress] = await Promise.all([
      getCollection('plans'),
      getCollection('indicators'),
      getCollection('projects'),
      getCollection('progress'),
    ]);
    return plans
      .map((entry) =>
        assemblePlan(
          entry.data,
          entry.body ?? '',
          indicators.find((i) => i.id === entry.id)?.data.indicators,
          projects.find((p) => p.id === entry.id)?.data.projects,
          progress.filter((p) => p.data.plan === entry.id).map((p) => p.data),
        ),
      )
      .sort((a, b) => a.id.localeCompare(b.id));
  })();
  return cache;
}
