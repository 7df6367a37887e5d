/**
 * Each plan's region as its front matter prints it, read without its text, tables or progress: what a
 * partition's build and `npm run partitions` need to know which plans are whose before anything is read in
 * full. Reading and checking every plan of a 10,000-plan country takes minutes and gigabytes (a partition of
 * three plans took 226 s of CPU and 4.5 GB when it read them all); this takes seconds.
 *
 * Nothing here judges a plan: a folder whose front matter cannot be read here has no region, and whoever
 * reads the plans in full (the validator, the build) reports why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '../model/markdown.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { Placed } from '../model/partitions.ts';

/** A plan folder and the region its plan.md names, or `plan: null` when that cannot be read here. */
export interface PlanRegion {
  id: string;
  plan: Pick<PlanBundle['plan'], 'region'> | null;
}

function regionOf(file: string): PlanRegion['plan'] {
  try {
    const { frontMatter } = splitFrontMatter(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const region = frontMatter === null ? undefined : (parse(frontMatter) as { region?: unknown } | null)?.region;
    const ok = typeof region === 'object' && region !== null && typeof (region as { province?: unknown }).province === 'string';
    return ok ? { region: region as PlanBundle['plan']['region'] } : null;
  } catch {
    return null;
  }
}

/** Every folder of `<root>/content/plans/` with its plan's region, in folder order. */
export function planRegions(root: string): PlanRegion[] {
  const dir = join(root, 'content', 'plans');
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
  return names.map((id) => ({ id, plan: regionOf(join(dir, id, 'plan.md')) }));
}

/**
 * Which plans a build of `mine` reads: its own (as `partitionOf` places them by these regions), and every
 * folder this scan could not place (a broken plan, progress or sources without a plan), so that the build
 * reports them as the validator would rather than publishing around them.
 */
export function onlyPlansOf(regions: readonly PlanRegion[], mine: (r: Placed) => boolean): (planId: string) => boolean {
  const placed = new Set(regions.filter((r) => r.plan !== null).map((r) => r.id));
  const own = new Set(regions.filter((r) => r.plan !== null && mine({ plan: r.plan! })).map((r) => r.id));
  return (id) => own.has(id) || !placed.has(id);
}
