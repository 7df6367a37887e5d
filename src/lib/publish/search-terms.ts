/**
 * What the search page needs to read a query the way people type it, computed at build time and shipped
 * with the page (small: a few KB at five plans):
 * - plans: every plan's title, region, where the region is and the region's key (its division code), for
 *   the grouped plan and region menus and the region filter; and every name a reader may give a plan
 *   (泾源县, 泾源, its title, 泾源县方案), so that a place in the query narrows the search to that plan
 *   instead of being required in the clause's text;
 * - units: printed names of responsible units → normalised names (统战部 → 县委统战部);
 * - traditional → simplified characters for every character of the index, from OpenCC's dictionaries
 *   (opencc-js), so that 控輟保學 is searched as 控辍保学 without shipping the whole dictionary.
 */
import * as OpenCC from 'opencc-js';
import type { PlanBundle } from '../model/plan.ts';
import type { Concept } from '../../schemas/concepts.ts';
import { unitNames } from '../progress/views.ts';
import { planShortName } from './search-records.ts';

export interface SearchTerms {
  /**
   * Every plan as [title, region name, where the region is (省 · 地级市), the region's key (regionKey: its
   * division code, so that two 新城区 are two regions), the region's short form (泾源 for 泾源县, '' if
   * none), the plan's short name (泾源县方案)], sorted by group, then region, then title: the plan and region
   * menus are grouped by it, and the region filter keys on it. The title, the region's name and the plan's short
   * name denote the plan wherever they occur in a query; the short form only where it is not the start of
   * another place's name (新城 in 新城镇 is not 新城区). The search page ships none of them: it reads the
   * plans a query names from the index's names table, and the menus' rows (with each plan's index in the
   * index, `plan`) from its menus.json when the reader opens the filters (docs/search-index.md).
   */
  plans: Array<[title: string, region: string, group: string, regionKey: string, regionShort: string, planShort: string, plan?: number]>;
  units: Record<string, string>;
  /** Names of indicators and their catalogue aliases: a query inside one of them is after an indicator. */
  indicators: string[];
  /** Pairs of characters, traditional then simplified: `輟辍學学…`. */
  t2s: string;
}

/** Where a region is, for grouping menus: 宁夏回族自治区 · 固原市, or the province alone for a prefecture. */
export function regionGroup(region: { province: string; parent: string | null }): string {
  return region.parent && region.parent !== region.province ? `${region.province} · ${region.parent}` : region.province;
}

/** 泾源县 → 泾源, 青铜峡市 → 青铜峡: the name people say without its administrative suffix. */
export function placeShortName(name: string): string | null {
  const short = name.replace(/(?:自治县|自治旗|县|市|区|旗)$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

/**
 * The key the region filter uses: the region's division code (two 新城区 have two), or, for a region
 * without one, its name where it is (省 · 地级市 · 名).
 */
export function regionKey(region: { name: string; code?: string; province: string; parent: string | null }): string {
  return region.code ?? `${regionGroup(region)} · ${region.name}`;
}

export function searchTerms(plans: readonly PlanBundle[], concepts: readonly Concept[] = []): SearchTerms {
  const zh = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b, 'zh-CN') || (a < b ? -1 : 1));
  const listed = plans
    .map((p): SearchTerms['plans'][number] => [p.plan.title, p.plan.region.name, regionGroup(p.plan.region), regionKey(p.plan.region), placeShortName(p.plan.region.name) ?? '', planShortName(p)])
    .sort((a, b) => zh(a[2], b[2]) || zh(a[1], b[1]) || zh(a[0], b[0]));
  const chars = new Set<string>();
  for (const p of plans) {
    for (const ch of p.body) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
    for (const i of p.indicators) for (const ch of i.name) chars.add(ch);
  }
  const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const back = OpenCC.Converter({ from: 't', to: 'cn' });
  const pairs = new Map<string, string>();
  for (const ch of [...chars].sort()) {
    for (const convert of converters) {
      const t = convert(ch);
      // Only where OpenCC itself reads the character back as `ch`: 著 and 乾 are also simplified characters.
      if (t !== ch && [...t].length === 1 && back(t) === ch && !pairs.has(t)) pairs.set(t, ch);
    }
  }
  return {
    plans: listed,
    units: Object.fromEntries(unitNames(plans)),
    indicators: [...new Set([...plans.flatMap((p) => p.indicators.map((i) => i.name)), ...concepts.flatMap((c) => [c.name, ...(c.aliases ?? [])])])].sort(),
    t2s: [...pairs].map(([t, s]) => t + s).join(''),
  };
}

/** How many choices a filter menu of the search page offers at most (章节, 责任单位). */
export const MENU_LIMIT = 80;

/**
 * The choices of a filter menu: every value while there are few; past `limit`, the values most plans share
 * (主要任务, 保障措施; 教育局, 财政局), so that the page stays light at a thousand plans, where every plan's own
 * chapter names and departments would make menus of thousands. A rarer value is still found by typing it.
 * Sorted as Chinese readers expect.
 */
export function menuChoices(values: Iterable<string>, limit = MENU_LIMIT): { choices: string[]; all: boolean } {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  const distinct = [...count.keys()];
  if (distinct.length <= limit) return { choices: distinct.sort(zh), all: true };
  const common = distinct.sort((a, b) => count.get(b)! - count.get(a)! || zh(a, b)).slice(0, limit);
  return { choices: common.sort(zh), all: false };
}
