/** Static paths shared by the pages of one indicator (its page and its SVG download). */
import { getCatalogue, getPlans } from './data.ts';
import { indicatorViews } from '../progress/views.ts';
import { referenceLines } from '../progress/compare.ts';
import { baselineCheck, counterparts } from '../progress/succession.ts';

/** One page per plan; `all` is every plan (for names normalised across plans). */
export async function planPaths() {
  const plans = await getPlans();
  return plans.map((plan) => ({ params: { plan: plan.id }, props: { plan, all: plans } }));
}

export async function indicatorPaths() {
  const plans = await getPlans();
  const { concepts, references } = await getCatalogue();
  return plans.flatMap((plan) =>
    indicatorViews(plan, plans).map((view) => {
      const concept = concepts.find((c) => c.id === view.indicator.concept) ?? null;
      return {
        params: { plan: plan.id, indicator: view.indicator.id },
        props: {
          view,
          concept,
          references: concept ? referenceLines(concept.id, references) : [],
          counterparts: counterparts(plan, view.indicator, plans),
          baseline: baselineCheck(plan, view.indicator, plans),
        },
      };
    }),
  );
}
