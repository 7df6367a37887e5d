/** What the regions page(s) take from the layers below lib/site: pages import only lib/site. */
export { periodOver } from '../../progress/period.ts';
export { predecessorOf } from '../../progress/succession.ts';
export { cityOf, lastUpdated, movedRegionPages, regionLabel, regionSlug, regionViews, slugOf } from '../../progress/views.ts';
export { regionPage } from '../region-page.ts';
