/** What the search page(s) take from the layers below lib/site: pages import only lib/site. */
export { unitNames } from '../../progress/views.ts';
export { menuChoices, regionGroup, searchTerms } from '../../publish/search-terms.ts';
