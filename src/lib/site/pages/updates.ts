/** What the updates page(s) take from the layers below lib/site: pages import only lib/site. */
export { atomFeed, changeCount, logNote, siteLog, SITE_LOG_LIMITS, updateViews } from '../../publish/updates.ts';
