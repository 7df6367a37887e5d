/**
 * The slugs of regions and cities in URLs (/regions/<slug>/), keyed on the region's division code
 * (GB/T 2260) so that two regions printed under one name get two pages. A region's slug is the pinyin of
 * its name, as it always was, when no other division of the national list reads the same in pinyin; when
 * one does (新城区 of 西安市 and of 呼和浩特市), the code follows: `xin-cheng-qu-610102`. The slug depends
 * only on the region and the list, never on which other plans a site holds, so a site built province by
 * province gives every region the same address as a site built whole, and a region's address does not
 * change when another region of the same name joins.
 */
import { pinyin } from 'pinyin-pro';
import type { Region } from '../../schemas/plan.ts';
import { allDivisions, divisionByCode, divisionsNamed } from '../model/divisions.ts';

/**
 * Slugs already made, by name: a build asks for the same few thousand names (regions, units) for every
 * measure of every page, and pinyin-pro's segmentation was a fifth of a 100-plan build's time.
 */
const slugs = new Map<string, string>();

export function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    slugs.set(name, slug);
  }
  return slug;
}

let sharedSlugs: Set<string> | undefined;

/** Whether two or more divisions of the national list share this pinyin slug (computed once, ~0.1 s). */
function isShared(slug: string): boolean {
  if (!sharedSlugs) {
    const seen = new Set<string>();
    sharedSlugs = new Set<string>();
    for (const d of allDivisions()) {
      const s = slugOf(d.name);
      if (seen.has(s)) sharedSlugs.add(s);
      seen.add(s);
    }
  }
  return sharedSlugs.has(slug);
}

/** A region as slugs need it: its printed name and, when known, its code. */
export interface RegionKey {
  name: string;
  code?: string | undefined;
}

/** The slug of a region's page: the pinyin of its name, followed by its code when that pinyin is shared. */
export function regionSlug(region: RegionKey): string {
  const slug = slugOf(region.name);
  return region.code && isShared(slug) ? `${slug}-${region.code}` : slug;
}

/** Whether a region's name alone does not tell it apart nationally (its slug carries its code). */
export function nameIsShared(region: RegionKey): boolean {
  return regionSlug(region) !== slugOf(region.name);
}

/** How a reader tells the region apart: its name, or its city (or province) and name when another division has that name (西安市新城区). */
export function regionLabel(region: Pick<Region, 'name' | 'code' | 'parent' | 'province'>): string {
  return region.code && divisionsNamed(region.name).length > 1 ? `${region.parent ?? region.province}${region.name}` : region.name;
}

/**
 * The city (地级市) a region belongs to, with its code when the region's code gives it: itself for a
 * prefecture, a province or a region without a parent; else its parent (the province, for a district of a
 * provincial-level city that names it).
 */
export function cityOfRegion(r: Pick<Region, 'name' | 'code' | 'level' | 'parent'>): RegionKey {
  const own = r.level === 'prefecture' || r.level === 'province' || !r.parent;
  const name = own ? r.name : r.parent!;
  if (!r.code) return { name };
  if (own) return { name, code: r.code };
  const d = divisionByCode(r.code);
  const code = d?.city === name ? d.cityCode : d?.province === name ? d.provinceCode : null;
  return code ? { name, code } : { name };
}
