/** What the components page(s) take from the layers below lib/site: pages import only lib/site. */
export { indicatorChart } from '../../charts/indicator-chart.ts';
export { citation } from '../../model/clauses.ts';
export { formatDate } from '../../model/format.ts';
export { changeCount } from '../../publish/updates.ts';
