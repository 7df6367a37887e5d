/**
 * What the search page needs to read a query the way people type it, computed at build time and shipped
 * with the page (small: a few KB at five plans):
 * - places: every name a reader may give a plan (泾源县, 泾源, its title, 泾源县方案), so that a place in
 *   the query narrows the search to that plan instead of being required in the clause's text;
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
  /** [name as typed, ...titles of the plans it names]; longer names first, so that 泾源县 wins over 泾源. */
  places: string[][];
  units: Record<string, string>;
  /** Names of indicators and their catalogue aliases: a query inside one of them is after an indicator. */
  indicators: string[];
  /** Pairs of characters, traditional then simplified: `輟辍學学…`. */
  t2s: string;
}

/** 泾源县 → 泾源, 青铜峡市 → 青铜峡: the name people say without its administrative suffix. */
export function placeShortName(name: string): string | null {
  const short = name.replace(/(?:自治县|自治旗|县|市|区|旗)$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

export function searchTerms(plans: readonly PlanBundle[], concepts: readonly Concept[] = []): SearchTerms {
  const places = new Map<string, Set<string>>();
  const add = (name: string | null, title: string) => {
    if (name) places.set(name, (places.get(name) ?? new Set()).add(title));
  };
  for (const p of plans) {
    const title = p.plan.title;
    add(title, title);
    add(planShortName(p), title);
    add(p.plan.region.name, title);
    add(placeShortName(p.plan.region.name), title);
  }
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
    places: [...places].map(([name, titles]) => [name, ...titles]).sort((a, b) => b[0]!.length - a[0]!.length),
    units: Object.fromEntries(unitNames(plans)),
    indicators: [...new Set([...plans.flatMap((p) => p.indicators.map((i) => i.name)), ...concepts.flatMap((c) => [c.name, ...(c.aliases ?? [])])])].sort(),
    t2s: [...pairs].map(([t, s]) => t + s).join(''),
  };
}
