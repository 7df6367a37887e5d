/**
 * The only place that reads Astro's content collections; pages ask here for typed plans.
 */
import { getCollection } from 'astro:content';
import { assemblePlan, type PlanBundle } from '../model/plan.ts';
import { readHistory, type History } from '../content/history.ts';
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';

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

let historyCache: Promise<History> | null = null;

/** The git history of content/ (read once per build); says when it is unavailable. */
export function getHistory(): Promise<History> {
  historyCache ??= readHistory(process.env.CONTENT_ROOT ?? process.cwd());
  return historyCache;
}

/** The site's address for absolute links in feeds (SITE_URL when deployed). */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

/** The indicator catalogue and the published reference series (national, provincial). */
export async function getCatalogue(): Promise<{ concepts: Concept[]; references: ReferenceFile[] }> {
  const [catalogue, reference] = await Promise.all([getCollection('catalogue'), getCollection('reference')]);
  return {
    concepts: catalogue.flatMap((e) => e.data.concepts),
    references: reference.map((e) => e.data).sort((a, b) => (a.area === '全国' ? -1 : b.area === '全国' ? 1 : a.area.localeCompare(b.area))),
  };
}
