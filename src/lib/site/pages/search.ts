/** What the search page(s) take from the layers below lib/site: pages import only lib/site. */
import { config } from '../../../config/env.ts';
export { unitNames } from '../../progress/views.ts';
export { searchShards } from '../../publish/search-records.ts';
export { menuChoices, regionGroup, searchTerms } from '../../publish/search-terms.ts';

/**
 * Records per search-index shard (SEARCH_SHARD_RECORDS, default 5,000, checked by the configuration):
 * Pagefind holds about 86 KB per record until it writes an index, so the shard size bounds the build's memory.
 */
export function searchShardLimit(): number {
  return config().searchShardRecords;
}
