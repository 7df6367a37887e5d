/**
 * Rules across the files of one plan folder: each file names the plan of its folder, every clause an
 * indicator or project cites is a clause of plan.md, and a table read as staff described it is a table of
 * the text with one role per column.
 */
import type { Plan } from '../../schemas/plan.ts';
import type { Clause } from '../model/clauses.ts';
import type { Located } from './locate.ts';
import type { PathSegment } from './problems.ts';
import type { ProblemCollector } from './collect.ts';
import { saidAt } from './read-files.ts';
import { unknownRef } from './closest-ids.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** The plan id a file declares is its folder's name. Returns whether it is. */
export function planIdRule(doc: Located, file: string, found: string, folder: string, out: ProblemCollector, field: 'id' | 'plan' = 'plan'): boolean {
  if (found === folder) return true;
  if (field === 'id') out.add(saidAt(doc, file, ['id'], bilingual(V.idNotFolder, { folder, found })));
  else out.add(saidAt(doc, file, ['plan'], bilingual(V.planNotFolder, { folder, found, inProgress: false })));
  return false;
}

/** Every clause cited (by an indicator's source or a project) is a clause of plan.md, when plan.md loaded. */
export function clauseReferencesRule(
  doc: Located,
  file: string,
  clauseIds: readonly string[] | null,
  mdFile: string,
  refs: ReadonlyArray<{ clause: string; path: PathSegment[] }>,
  out: ProblemCollector,
): void {
  if (!clauseIds) return;
  const known = new Set(clauseIds);
  for (const r of refs) {
    if (!known.has(r.clause)) out.add(saidAt(doc, file, r.path, unknownRef('clause', r.clause, clauseIds, mdFile)));
  }
}

/** A table read as staff described it (front matter `tables`) must be a table of the text, with a role for each of its columns. */
export function tableReadingsRule(tables: Plan['tables'], clauses: readonly Clause[], doc: Located | undefined, mdFile: string, out: ProblemCollector): void {
  tables?.forEach((reading, k) => {
    const table = clauses.find((c) => c.id === reading.clause && c.kind === 'table');
    const columns = table ? table.text.split('\n')[0]!.split('\t').length : 0;
    if (table && columns === reading.roles.length) return;
    out.add(saidAt(doc!, mdFile, ['tables', k, table ? 'roles' : 'clause'], bilingual(V.tableReading, { clause: reading.clause, columns, roles: reading.roles.length, isTable: Boolean(table) })));
  });
}
