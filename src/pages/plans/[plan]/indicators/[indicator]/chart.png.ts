/** The downloadable chart as a PNG image (rendered at build time), with the same title, sources and label inside. */
import type { APIRoute } from 'astro';
import { CHART_PNG_WIDTH, svgToPng } from '../../../../../lib/site/pages/indicator-files.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/site/types.ts';
import type { ReferenceLine } from '../../../../../lib/site/types.ts';
import { framedChart } from '../../../../../lib/site/chart-input.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = async ({ props }) => {
  const { view, references } = props as { view: IndicatorView; references: ReferenceLine[] };
  return new Response(new Uint8Array(await svgToPng(framedChart(view, references), CHART_PNG_WIDTH)), { headers: { 'Content-Type': 'image/png' } });
};
