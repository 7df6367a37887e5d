/**
 * The site's URLs, for pages and components: the one URL builder (lib/model/urls.ts) seen from the site layer,
 * so that a page never reaches below lib/site.
 */
export { absoluteUrl, urls } from '../model/urls.ts';
