/** What the data page(s) take from the layers below lib/site: pages import only lib/site. */
export { hasIllustrative, lastUpdated } from '../../progress/views.ts';
export { buildTables, dataPackage, TABLE_NAMES, toCsv, toJson } from '../../publish/downloads.ts';
