/** The indicator's chart as a downloadable SVG file, the same drawing as on the page. */
import type { APIRoute } from 'astro';
import { indicatorChart } from '../../../../../lib/charts/indicator-chart.ts';
import { chartInput } from '../../../../../lib/chart-input.ts';
import { indicatorPaths } from '../../../../../lib/paths.ts';
import type { IndicatorView } from '../../../../../lib/views.ts';

export const getStaticPaths = indicatorPaths;

export const GET: APIRoute = ({ props }) => {
  const view = (props as { view: IndicatorView }).view;
  const svg = indicatorChart(chartInput(view));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
