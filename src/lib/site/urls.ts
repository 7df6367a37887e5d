/**
 * The site's URLs, for pages and components: the one URL builder (lib/model/urls.ts) seen from the site layer,
 * so that a page never reaches below lib/site.
 *
 * lib/site is the edge between Astro and the library: here the checked BASE_PATH and SITE_URL
 * (src/config/env.ts) are bound to the builder, once, for every URL the pages and the publishers build.
 * lib/site/data.ts imports this module, so that no page renders before the address is bound.
 */
import { siteAddress } from '../../config/env.ts';
import { bindSiteAddress } from '../model/urls.ts';

bindSiteAddress(siteAddress);

export { absoluteUrl, basePath, siteOrigin, urls } from '../model/urls.ts';
