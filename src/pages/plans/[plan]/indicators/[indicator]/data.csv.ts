/** One indicator's figures as CSV: baseline and target as printed, every yearly value with its source and provenance. */
import type { APIRoute } from 'astro';
import { indicatorCsv } from '../../../../../lib/site/pages/indicator-files.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/site/types.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = ({ props }) => {
  const { view } = props as { view: IndicatorView };
  return new Response(indicatorCsv(view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
