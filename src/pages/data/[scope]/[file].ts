/** Downloads: every table as CSV and JSON, and a datapackage.json, for all plans and for each plan. */
import type { APIRoute } from 'astro';
import { getPlans } from '../../../lib/site/data.ts';
import { buildTables, dataPackage, TABLE_NAMES, toCsv, toJson } from '../../../lib/site/pages/data.ts';
import { hasIllustrative } from '../../../lib/site/pages/data.ts';

export async function getStaticPaths() {
  const plans = await getPlans();
  const scopes = [{ scope: 'all', plans, title: '全部规划' }, ...plans.map((p) => ({ scope: p.id, plans: [p], title: p.plan.title }))];
  return scopes.flatMap((s) =>
    [...TABLE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json'].map((file) => ({
      params: { scope: s.scope, file },
      props: { ...s, all: plans },
    })),
  );
}

/**
 * The tables of the scope asked for last: a scope's eleven files come one after another from the same
 * tables, which were built again for each (the all-plans tables eleven times). One scope is kept, not every
 * scope's, so that memory does not hold every plan's rows twice.
 */
let last: { plans: unknown; all: unknown; tables: ReturnType<typeof buildTables> } | undefined;

export const GET: APIRoute = ({ params, props }) => {
  const { plans, all, title, scope } = props as { plans: Awaited<ReturnType<typeof getPlans>>; all: typeof plans; title: string; scope: string };
  if (last?.plans !== plans || last.all !== all) last = { plans, all, tables: buildTables(plans, all) };
  const { tables } = last;
  const illustrative = plans.some(hasIllustrative);
  const file = params.file!;
  if (file === 'datapackage.json') return new Response(dataPackage(scope, title, tables, illustrative), { headers: { 'Content-Type': 'application/json' } });
  const table = tables.find((t) => file === `${t.name}.csv` || file === `${t.name}.json`)!;
  return file.endsWith('.csv')
    ? new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJson(table, illustrative), { headers: { 'Content-Type': 'application/json' } });
};
