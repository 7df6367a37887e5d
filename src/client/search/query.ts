/**
 * Reading a query the way people type it: traditional characters become simplified, full-width digits
 * half-width; a place or plan named in it (泾源县, 中卫, a plan's title) narrows the search to that plan
 * instead of being required in the text; a responsible unit's name, alone, lists what that unit must do.
 * Pure functions of the terms written into the page at build time (src/lib/publish/search-terms.ts).
 */
import type { SearchTerms } from '../../lib/publish/search-terms.ts';

/** A query as the index understands it. */
export interface Query {
  /** The words to search for, places and plan names taken out. */
  words: string[];
  /** Titles of the plans the query names. */
  plans: string[];
  /** The place or plan names found in it, as written after normalising. */
  places: string[];
  /** The responsible unit the query names, when that is all it is (its normalised name). */
  unit: string | undefined;
}

// After a region's short form, these begin the name of another place: 新城镇, 新城乡, 新城街道 are not 新城区.
// (区域 is a word, not a district: 泾源区域 is still 泾源.)
const ANOTHER_PLACE = /^(?:[省市州盟县旗镇乡村屯]|区(?!域)|街道|社区|苏木|嘎查)/;

/** Full-width letters and digits as half-width (the index stores them half-width). */
export const halfWidth = (s: string): string => s.replace(/[０-９Ａ-Ｚａ-ｚ％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The index holds every Chinese character as a word of its own; a query is spaced out the same way. */
export const spaced = (s: string): string => s.replace(/(\p{Script=Han})/gu, ' $1 ').replace(/\s+/g, ' ').trim();

/** A name of some plans, and whether it is only a region's short form (held to the short-form rule). */
type Name = [name: string, short: boolean, plans: number[]];

/** Every name of a plan, longer names first, so that 泾源县 wins over 泾源. */
function planNames(terms: Pick<SearchTerms, 'plans'>): Name[] {
  const names = new Map<string, { short: boolean; plans: number[] }>();
  const add = (name: string, short: boolean, k: number) => {
    if (!name) return;
    const entry = names.get(name) ?? { short, plans: [] };
    // A name that is some plan's title or some region's full name is never held to the short-form rule.
    if (!short) entry.short = false;
    entry.plans.push(k);
    names.set(name, entry);
  };
  terms.plans.forEach(([title, region, , , regionShort, planShort], k) => {
    add(title, false, k);
    add(region, false, k);
    add(planShort, false, k);
    add(regionShort, true, k);
  });
  return [...names]
    .map(([name, e]): Name => [name, e.short, e.plans])
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * How the page reads queries. A place narrows only where the name denotes the region: its full name, a
 * title, or its short form (新城 for 新城区) when that is not the start of another place's name (新城镇 is
 * a town, searched as words).
 */
export function queryReader(terms: Pick<SearchTerms, 'plans' | 'units' | 't2s'>) {
  const t2s = new Map<string, string>();
  const pairs = [...terms.t2s];
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i]!, pairs[i + 1]!);
  const toSimplified = (s: string): string => [...s].map((c) => t2s.get(c) ?? c).join('');
  const byLength = planNames(terms);
  function readQuery(raw: string): Query {
    let q = halfWidth(toSimplified(raw.trim()));
    const plans = new Set<string>();
    const places: string[] = [];
    for (const [name, short, ids] of byLength) {
      let found = false;
      for (let at = q.indexOf(name); at >= 0; at = q.indexOf(name, at + 1)) {
        const after = q.slice(at + name.length);
        if (short && ANOTHER_PLACE.test(after)) continue;
        q = `${q.slice(0, at)} ${after}`;
        found = true;
      }
      if (!found) continue;
      for (const i of ids) plans.add(terms.plans[i]![0]);
      places.push(name);
    }
    const words = q.split(/[\s,，、;；]+/).filter((w) => w.length > 0);
    const unit = words.length === 1 ? terms.units[words[0]!] : undefined;
    return { words, plans: [...plans], places, unit };
  }
  return { toSimplified, readQuery };
}
