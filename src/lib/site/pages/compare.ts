/** What the compare page(s) take from the layers below lib/site: pages import only lib/site. */
export { compareChart } from '../../charts/compare-chart.ts';
export { compareSummary, compareViews } from '../../progress/compare.ts';
export { cityOf, lastUpdated } from '../../progress/views.ts';
export { formatPrinted } from '../../model/format.ts';
export { nationalLine } from '../../progress/compare.ts';
