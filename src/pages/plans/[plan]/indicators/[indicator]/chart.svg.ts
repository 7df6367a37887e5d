/**
 * The indicator's chart as a downloadable SVG file: the drawing on the page plus, inside the file, its
 * title, the plan, the sources and the provenance label, so that it keeps its context wherever it goes.
 */
import type { APIRoute } from 'astro';
import { framedChart } from '../../../../../lib/site/chart-input.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/site/types.ts';
import type { ReferenceLine } from '../../../../../lib/site/types.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = ({ props }) => {
  const { view, references } = props as { view: IndicatorView; references: ReferenceLine[] };
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${framedChart(view, references)}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
