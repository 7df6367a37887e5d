/** What the about page(s) take from the layers below lib/site: pages import only lib/site. */
export { AT_RISK, ON_TRACK, computeStatus, expectedValue } from '../../progress/status.ts';
export { formatValue } from '../../model/format.ts';
