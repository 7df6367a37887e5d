/** What the indicator-files page(s) take from the layers below lib/site: pages import only lib/site. */
export { CHART_PNG_WIDTH, svgToPng } from '../../publish/images.ts';
export { indicatorCsv } from '../../publish/indicator-csv.ts';
