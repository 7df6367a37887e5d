/** What the home page(s) take from the layers below lib/site: pages import only lib/site. */
export { bindingLine } from '../../progress/review.ts';
export { hasIllustrative } from '../../progress/views.ts';
