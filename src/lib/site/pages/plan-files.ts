/** What the plan-files page(s) take from the layers below lib/site: pages import only lib/site. */
export { shareCardPng } from '../../publish/images.ts';
