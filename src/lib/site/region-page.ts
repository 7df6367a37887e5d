/**
 * The data of a region's page (/regions/<slug>/): no dead end. Its plans each with their answer (the card
 * of the overview), the departments its plans make responsible (each with its measures counted and those
 * behind), and the comparisons of the indicators its plans track with other regions.
 */
import type { PlanBundle } from '../model/plan.ts';
import type { Concept } from '../../schemas/concepts.ts';
import { departmentViews, hasIllustrative, type RegionView } from '../progress/views.ts';
import { homeCards } from './home.ts';

export interface RegionDepartment {
  slug: string;
  /** Its name without the region, which the page already names (教育体育局). */
  name: string;
  measures: number;
  /** Measures whose latest status is 滞后. */
  behind: number;
}

export interface RegionComparison {
  concept: Concept;
  /** This region's indicators that measure it (name as the plan prints it). */
  names: string[];
  /** How many plans of the site track it. */
  plans: number;
}

export interface RegionPage {
  cards: ReturnType<typeof homeCards>;
  departments: RegionDepartment[];
  comparisons: RegionComparison[];
  /** Some figure or status shown is illustrative (the page then carries the one banner that says so). */
  illustrative: boolean;
  /** Its division code as the page prints it (`行政区划代码 610102`), or null when its plans give none. */
  code: string | null;
  /** The names it had before (撤县设区, mergers), so that a reader who knows the old name finds it: `曾用名：新城县（1990 年前）`; null when none. */
  former: string | null;
}

/** The former names of a region as one line: `曾用名：平罗县（代码 640221，2015 年前）、…`. */
export function formerNamesLine(former: RegionView['former']): string | null {
  if (former.length === 0) return null;
  const one = (f: RegionView['former'][number]) => {
    const notes = [f.code ? `代码 ${f.code}` : null, f.until ? `${f.until} 年前` : null].filter(Boolean);
    return notes.length ? `${f.name}（${notes.join('，')}）` : f.name;
  };
  return `曾用名：${former.map(one).join('、')}`;
}

/** How many of `all` report each concept, counted once for every region page. */
const plansByConcept = new WeakMap<readonly PlanBundle[], Map<string, number>>();
function plansReporting(all: readonly PlanBundle[]): Map<string, number> {
  let counts = plansByConcept.get(all);
  if (!counts) {
    counts = new Map();
    for (const p of all) for (const c of new Set(p.indicators.map((i) => i.concept))) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    plansByConcept.set(all, counts);
  }
  return counts;
}

export function regionPage(region: RegionView, all: readonly PlanBundle[], concepts: readonly Concept[]): RegionPage {
  const own = new Set(region.plans.map((p) => p.id));
  const departments = departmentViews(all)
    .map((d) => ({ d, measures: d.measures.filter((m) => own.has(m.plan.id)) }))
    .filter(({ measures }) => measures.length > 0)
    .map(({ d, measures }) => ({ slug: d.slug, name: d.name, measures: measures.length, behind: measures.filter((m) => m.latest?.status === 'behind').length }))
    .sort((a, b) => b.behind - a.behind || b.measures - a.measures || a.name.localeCompare(b.name, 'zh-CN'));
  const comparisons = concepts
    .map((concept) => ({
      concept,
      names: [...new Set(region.plans.flatMap((p) => p.indicators.filter((i) => i.concept === concept.id).map((i) => i.name)))],
      plans: plansReporting(all).get(concept.id) ?? 0,
    }))
    .filter((c) => c.names.length > 0);
  return {
    cards: homeCards(region.plans, all),
    departments,
    comparisons,
    illustrative: region.plans.some(hasIllustrative),
    code: region.code ? `行政区划代码 ${region.code}` : null,
    former: formerNamesLine(region.former),
  };
}
