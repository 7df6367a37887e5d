/**
 * Plans ordered the way a reader looks for their county: by province, then by city (地级市), then the
 * city's own plan before its counties, counties by name (pinyin). Names in Chinese sort by pinyin so the
 * order is the same on every machine, whatever its locale.
 */
import type { PlanBundle } from '../model/plan.ts';
import { cityOf, citySlugOf, slugOf } from '../progress/views.ts';

export { cityOf };

export interface CityGroup {
  /** The city (地级市), or the region itself when it has no parent. */
  name: string;
  slug: string;
  plans: PlanBundle[];
}
export interface ProvinceGroup {
  name: string;
  slug: string;
  cities: CityGroup[];
}

const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, 'county-level-city': 2, district: 2, county: 2 };
const byPinyin = (a: string, b: string) => slugOf(a).localeCompare(slugOf(b)) || (a < b ? -1 : a > b ? 1 : 0);

export function groupByRegion(plans: readonly PlanBundle[]): ProvinceGroup[] {
  // Cities are keyed on their slug (their code where known), so two cities of one name stay apart.
  const provinces = new Map<string, Map<string, { name: string; plans: PlanBundle[] }>>();
  for (const p of plans) {
    const cities = provinces.get(p.plan.region.province) ?? new Map<string, { name: string; plans: PlanBundle[] }>();
    const slug = citySlugOf(p);
    const city = cities.get(slug) ?? { name: cityOf(p), plans: [] };
    city.plans.push(p);
    cities.set(slug, city);
    provinces.set(p.plan.region.province, cities);
  }
  return [...provinces.entries()]
    .sort(([a], [b]) => byPinyin(a, b))
    .map(([name, cities]) => ({
      name,
      slug: slugOf(name),
      cities: [...cities.entries()]
        .sort(([a, x], [b, y]) => byPinyin(x.name, y.name) || a.localeCompare(b))
        .map(([slug, { name, plans: list }]) => ({
          name,
          slug,
          plans: [...list].sort(
            (a, b) =>
              (LEVEL_RANK[a.plan.region.level] ?? 9) - (LEVEL_RANK[b.plan.region.level] ?? 9) ||
              byPinyin(a.plan.region.name, b.plan.region.name) ||
              a.plan.period.start - b.plan.period.start ||
              a.id.localeCompare(b.id),
          ),
        })),
    }));
}

/** The plans in region order, flat. */
export function orderByRegion(plans: readonly PlanBundle[]): PlanBundle[] {
  return groupByRegion(plans).flatMap((p) => p.cities.flatMap((c) => c.plans));
}
