/** Static paths shared by the pages of one indicator (its page and its SVG download). */
import { getCatalogue, getPlans } from './data.ts';
import type { PlanBundle } from './types.ts';
import { indicatorViews, type IndicatorView } from '../progress/views.ts';
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import { referenceLines } from '../progress/compare.ts';
import { baselineCheck, counterparts } from '../progress/succession.ts';
import { propsCacheKey } from './cache-keys.ts';

/** What planPaths hands each plan's pages: the plan, and every plan. */
export interface PlanRouteProps {
  plan: PlanBundle;
  all: PlanBundle[];
}

/** One page per plan; `all` is every plan (for names normalised across plans). */
export async function planPaths() {
  const plans = await getPlans();
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan, all: plans } }));
}

/**
 * One page per plan made from that plan alone (its full text, its share card): each carries the digest of the
 * plan as its incremental-build key, so that a change to one plan renders these pages of that plan only.
 */
export async function planOnlyPaths() {
  const plans = await getPlans();
  return plans.map((plan) => {
    const props = { plan };
    return { params: { plan: plan.id }, props, cacheKey: propsCacheKey(props, plans) };
  });
}

/** An indicator's concept in the catalogue and that concept's published reference lines (none without a concept). */
export function conceptOf(view: IndicatorView, concepts: readonly Concept[], references: readonly ReferenceFile[]) {
  const concept = concepts.find((c) => c.id === view.indicator.concept) ?? null;
  return { concept, references: concept ? referenceLines(concept.id, references) : [] };
}

/**
 * One indicator's pages (its page, embed, chart.svg, data.csv), each made from these props alone,
 * so each carries the digest of its props as its incremental-build key: after a change, the indicators
 * whose data did not change are copied from the previous build (cache-keys.ts).
 */
export async function indicatorPaths() {
  const plans = await getPlans();
  const { concepts, references } = await getCatalogue();
  return plans.flatMap((plan) =>
    indicatorViews(plan, plans).map((view) => {
      const { concept, references: lines } = conceptOf(view, concepts, references);
      const props = {
        view,
        concept,
        references: lines,
        counterparts: counterparts(plan, view.indicator, plans),
        baseline: baselineCheck(plan, view.indicator, plans),
      };
      return { params: { plan: plan.id, indicator: view.indicator.id }, props, cacheKey: propsCacheKey(props, plans) };
    }),
  );
}
