/** Static paths shared by the pages of one indicator (its page and its SVG download). */
import { getCatalogue, getPlans } from './data.ts';
import { indicatorViews } from './views.ts';
import { referenceLines } from './compare.ts';

export async function indicatorPaths() {
  const plans = await getPlans();
  const { concepts, references } = await getCatalogue();
  return plans.flatMap((plan) =>
    indicatorViews(plan).map((view) => {
      const concept = concepts.find((c) => c.id === view.indicator.concept) ?? null;
      return {
        params: { plan: plan.id, indicator: view.indicator.id },
        props: { view, concept, references: concept ? referenceLines(concept.id, references) : [] },
      };
    }),
  );
}
