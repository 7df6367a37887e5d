/** Static paths shared by the pages of one indicator (its page and its SVG download). */
import { getPlans } from './data.ts';
import { indicatorViews } from './views.ts';

export async function indicatorPaths() {
  const plans = await getPlans();
  return plans.flatMap((plan) =>
    indicatorViews(plan).map((view) => ({ params: { plan: plan.id, indicator: view.indicator.id }, props: { view } })),
  );
}
