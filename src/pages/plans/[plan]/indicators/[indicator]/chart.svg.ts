/** The indicator's chart as a downloadable SVG file, the same drawing as on the page. */
import type { APIRoute } from 'astro';
import { indicatorChart } from '../../../../../lib/charts/indicator-chart.ts';
import { chartInput } from '../../../../../lib/site/chart-input.ts';
import { indicatorPaths } from '../../../../../lib/site/paths.ts';
import type { IndicatorView } from '../../../../../lib/progress/views.ts';
import type { ReferenceLine } from '../../../../../lib/progress/compare.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = ({ props }) => {
  const { view, references } = props as { view: IndicatorView; references: ReferenceLine[] };
  const svg = indicatorChart(chartInput(view, references));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
