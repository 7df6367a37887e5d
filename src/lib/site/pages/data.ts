/** What the data page(s) take from the layers below lib/site: pages import only lib/site. */
import type { PlanBundle } from '../../model/plan.ts';
import { allDownloads, type AllDownloads } from '../../publish/all-downloads.ts';
import { buildTables, type Table } from '../../publish/downloads.ts';
import { hasIllustrative, lastUpdated } from '../../progress/views.ts';
export { hasIllustrative, lastUpdated } from '../../progress/views.ts';
export { buildTables, dataPackage, TABLE_NAMES, toCsv, toJson } from '../../publish/downloads.ts';
export { ARCHIVE_NAME } from '../../publish/all-downloads.ts';

/** The title of the all-plans scope, on /data/ and in its data package. */
export const ALL_TITLE = '全部规划';

/** The all-plans tables and downloads, kept for the plans they were made from (the same objects, in the same order). */
let kept: { plans: readonly PlanBundle[]; tables: Table[]; downloads: AllDownloads } | undefined;

/**
 * The tables of every plan of the build and the downloads of /data/all/ made from them: /data/ and every
 * file of /data/all/ ask for them, and they are made once (the archive compresses every table).
 */
export function allPlansDownloads(plans: readonly PlanBundle[]): { tables: Table[]; downloads: AllDownloads } {
  if (kept && kept.plans.length === plans.length && kept.plans.every((p, i) => p === plans[i])) return kept;
  const tables = buildTables(plans);
  const updated = plans.map(lastUpdated).filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const downloads = allDownloads({ name: 'all', title: ALL_TITLE }, tables, { illustrative: plans.some(hasIllustrative), updated });
  kept = { plans: [...plans], tables, downloads };
  return kept;
}
