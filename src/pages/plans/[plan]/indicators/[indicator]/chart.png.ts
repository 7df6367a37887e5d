/** The downloadable chart as a PNG image (rendered at build time), with the same title, sources and label inside. */
import type { APIRoute } from 'astro';
import { CHART_PNG_WIDTH, svgToPng } from '../../../../../lib/publish/images.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/progress/views.ts';
import type { ReferenceLine } from '../../../../../lib/progress/compare.ts';
import { framedChart } from '../../../../../lib/site/chart-input.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = async ({ props }) => {
  const { view, references } = props as { view: IndicatorView; references: ReferenceLine[] };
  return new Response(new Uint8Array(await svgToPng(framedChart(view, references), CHART_PNG_WIDTH)), { headers: { 'Content-Type': 'image/png' } });
};
