/** The plan's share card (Open Graph, 1200×630): title, region and period, indicators by status, the illustrative label. */
import type { APIRoute } from 'astro';
import { shareCardPng } from '../../../lib/site/pages/plan-files.ts';
import { planCard } from '../../../lib/site/share.ts';
import { planOnlyPaths } from '../../../lib/site/paths.ts';
import type { PlanBundle } from '../../../lib/site/types.ts';

// Made from the plan alone: keyed by its digest for the incremental build (paths.ts).
export const getStaticPaths = planOnlyPaths;

export const GET: APIRoute = async ({ props }) => {
  const { plan } = props as { plan: PlanBundle };
  return new Response(new Uint8Array(await shareCardPng(planCard(plan))), { headers: { 'Content-Type': 'image/png' } });
};
