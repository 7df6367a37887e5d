/** What the projects page(s) take from the layers below lib/site: pages import only lib/site. */
export { lastUpdated, projectViews } from '../../progress/views.ts';
