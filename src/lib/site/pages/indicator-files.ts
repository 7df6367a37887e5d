/** What the indicator-files page(s) take from the layers below lib/site: pages import only lib/site. */
export { indicatorCsv } from '../../publish/indicator-csv.ts';
