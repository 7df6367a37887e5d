/**
 * Downloads: for each plan every table as CSV and JSON, and a datapackage.json; for all plans one zip
 * archive of the same (lib/publish/all-downloads.ts), with the small tables also as plain files beside it.
 */
import type { APIRoute } from 'astro';
import { getPlans } from '../../../lib/site/data.ts';
import { allPlansDownloads, ALL_TITLE, ARCHIVE_NAME, buildTables, dataPackage, TABLE_NAMES, toCsv, toJson } from '../../../lib/site/pages/data.ts';
import { hasIllustrative } from '../../../lib/site/pages/data.ts';

const PLAN_FILES = [...TABLE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json'];

export async function getStaticPaths() {
  const plans = await getPlans();
  const { downloads } = allPlansDownloads(plans);
  const all = [ARCHIVE_NAME, ...downloads.plain.keys()].map((file) => ({ params: { scope: 'all', file }, props: { scope: 'all', plans, title: ALL_TITLE, all: plans } }));
  return [
    ...all,
    ...plans.flatMap((p) => PLAN_FILES.map((file) => ({ params: { scope: p.id, file }, props: { scope: p.id, plans: [p], title: p.plan.title, all: plans } }))),
  ];
}

const headers = (file: string) => ({
  'Content-Type': file.endsWith('.zip') ? 'application/zip' : file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json',
});

/**
 * The tables of the plan asked for last: a plan's eleven files come one after another from the same
 * tables, which were built again for each. One plan is kept, not every plan's, so that memory does not hold
 * every plan's rows twice.
 */
let last: { plans: unknown; all: unknown; tables: ReturnType<typeof buildTables> } | undefined;

export const GET: APIRoute = ({ params, props }) => {
  const { plans, all, title, scope } = props as { plans: Awaited<ReturnType<typeof getPlans>>; all: typeof plans; title: string; scope: string };
  const file = params.file!;
  if (scope === 'all') {
    const { downloads } = allPlansDownloads(all);
    return new Response(file === ARCHIVE_NAME ? new Uint8Array(downloads.archive) : downloads.plain.get(file)!, { headers: headers(file) });
  }
  if (last?.plans !== plans || last.all !== all) last = { plans, all, tables: buildTables(plans, all) };
  const { tables } = last;
  const illustrative = plans.some(hasIllustrative);
  if (file === 'datapackage.json') return new Response(dataPackage(scope, title, tables, illustrative), { headers: headers(file) });
  const table = tables.find((t) => file === `${t.name}.csv` || file === `${t.name}.json`)!;
  return new Response(file.endsWith('.csv') ? toCsv(table) : toJson(table, illustrative), { headers: headers(file) });
};
