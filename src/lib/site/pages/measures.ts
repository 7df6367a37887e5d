/** What the measures page(s) take from the layers below lib/site: pages import only lib/site. */
export { lastUpdated, measureViews, unitNames } from '../../progress/views.ts';
