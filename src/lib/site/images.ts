/**
 * Every PNG image the pages will ask for, as SVG to render: each plan's share card (share.png, also the
 * share image of the plan's indicator pages). Made from the same functions and inputs as the endpoint
 * (share.png.ts), so that images rendered ahead (lib/publish/image-pool.ts) are the very ones the endpoint
 * looks up in the cache. An indicator's chart PNG is made in the reader's browser from its chart.svg
 * (public/chart-png.js), not by the build.
 */
import type { PlanBundle } from '../model/plan.ts';
import { urls } from './urls.ts';
import { CARD_WIDTH, shareCardSvg } from '../publish/images.ts';
import type { ImageJob } from '../publish/image-pool.ts';
import { planCard } from './share.ts';

export function* imageJobs(plans: readonly PlanBundle[]): Generator<ImageJob> {
  for (const plan of plans) yield { svg: shareCardSvg(planCard(plan)), width: CARD_WIDTH, url: urls.planShare(plan.id) };
}
