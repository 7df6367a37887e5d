/** What the indicator page(s) take from the layers below lib/site: pages import only lib/site. */
export { formatShare } from '../../progress/status.ts';
export { lastUpdated, yearRows } from '../../progress/views.ts';
export { cite } from '../../publish/citation.ts';
export { formatValue } from '../../model/format.ts';
export { nationalLine } from '../../progress/compare.ts';
