/** What the text page(s) take from the layers below lib/site: pages import only lib/site. */
export { lastUpdated } from '../../progress/views.ts';
export { cite, citeGbt, clauseCitationForm, composeClauseGbt, type ClauseCitationForm } from '../../publish/citation.ts';
export { renderClauses } from '../../publish/render-text.ts';
