/** One indicator's figures as CSV: baseline and target as printed, every yearly value with its source and provenance. */
import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../../../lib/publish/indicator-csv.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/progress/views.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = ({ props }) => {
  const { view } = props as { view: IndicatorView };
  return new Response(indicatorCsv(view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
