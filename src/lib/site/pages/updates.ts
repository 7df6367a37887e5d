/** What the updates page(s) take from the layers below lib/site: pages import only lib/site. */
export { atomFeed, logNote, updateViews } from '../../publish/updates.ts';
