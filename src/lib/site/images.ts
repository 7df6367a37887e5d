/**
 * Every PNG image the pages will ask for, as SVG to render: each indicator's downloadable chart (its
 * chart.png, also its share image) and each plan's share card. Made from the same functions and inputs as
 * the endpoints (chart.png.ts, share.png.ts), so that images rendered ahead (lib/publish/image-pool.ts)
 * are the very ones the endpoints look up in the cache.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import type { PlanBundle } from '../model/plan.ts';
import { indicatorViews } from '../progress/views.ts';
import { urls } from './urls.ts';
import { CARD_WIDTH, CHART_PNG_WIDTH, shareCardSvg } from '../publish/images.ts';
import type { ImageJob } from '../publish/image-pool.ts';
import { framedChart } from './chart-input.ts';
import { conceptOf } from './paths.ts';
import { planCard } from './share.ts';

export function* imageJobs(plans: readonly PlanBundle[], concepts: readonly Concept[], references: readonly ReferenceFile[]): Generator<ImageJob> {
  for (const plan of plans) {
    for (const view of indicatorViews(plan, plans)) {
      const svg = framedChart(view, conceptOf(view, concepts, references).references);
      yield { svg, width: CHART_PNG_WIDTH, url: urls.indicatorFile(plan.id, view.indicator.id, 'chart.png') };
    }
    yield { svg: shareCardSvg(planCard(plan)), width: CARD_WIDTH, url: urls.planShare(plan.id) };
  }
}
