/** One plan's Atom feed of content changes. */
import type { APIRoute } from 'astro';
import { getHistory, getPlans } from '../../../lib/site/data.ts';
import { planPaths } from '../../../lib/site/paths.ts';
import { atomFeed, logNote, updateViews } from '../../../lib/site/pages/updates.ts';
import type { PlanBundle } from '../../../lib/site/types.ts';
import { urls } from '../../../lib/site/urls.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ props }) => {
  const { plan } = props as { plan: PlanBundle };
  const [history, plans] = await Promise.all([getHistory(), getPlans()]);
  const xml = atomFeed({
    feed: urls.planFeed(plan.id),
    page: urls.planUpdates(plan.id),
    title: `${plan.plan.title}：更新记录`,
    updates: updateViews(history, plans, plan.id),
    note: logNote(history),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
