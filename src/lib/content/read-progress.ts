/**
 * The reader of progress files, content/progress/<plan-id>/<year>.json: each file is read and checked
 * against its schema, then against the rules of rules-progress.ts (its folder, its year, its dates and
 * sources, the ids it refers to), and joined to its plan.
 */
import { join } from 'node:path';
import { ProgressFileSchema } from '../../schemas/progress.ts';
import type { LoadContext } from './collect.ts';
import type { Located } from './locate.ts';
import { checkDocument, folderInsteadOfFile, listFolder, readJson } from './read-files.ts';
import { normalizeStatusLabels } from './status-labels.ts';
import type { LoadedPlan, PlanFolder } from './read-plan.ts';
import { closestIds } from './closest-ids.ts';
import { coverageWarnings, progressRules, type ProgressInput } from './rules-progress.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** Where each loaded progress file is, by `<plan-id>/<year>`, for problems found later (plausibility). */
export type ProgressDocs = Map<string, { doc: Located; file: string }>;

export function readProgressFolder(ctx: LoadContext, folders: readonly PlanFolder[], plans: readonly LoadedPlan[]): ProgressDocs {
  const progressDir = join(ctx.contentDir, 'progress');
  const progressDirs = listFolder(ctx, progressDir);
  for (const name of progressDirs.files) {
    ctx.out.add({
      file: ctx.rel(join(progressDir, name)),
      ...bilingual(V.progressFolderFile, { name }),
    });
  }
  const byId = new Map(plans.map((p) => [p.id, p]));
  const folderOf = new Map(folders.map((f) => [f.id, f]));
  const rules = progressRules(ctx);
  const docs: ProgressDocs = new Map();
  for (const planId of progressDirs.dirs.filter(ctx.options.include ?? (() => true))) {
    const dir = join(progressDir, planId);
    const entries = listFolder(ctx, dir);
    for (const name of entries.dirs) folderInsteadOfFile(ctx, dir, name, V.wantYearFile, undefined);
    for (const name of entries.files) {
      const input = readProgressFile(ctx, dir, name, planId, folderOf);
      if (!input) continue;
      input.plan = byId.get(planId);
      for (const rule of rules) rule(input, ctx.out);
      if (!input.plan) continue; // the plan itself has problems, reported above
      input.plan.progress.push(input.data);
      docs.set(`${planId}/${input.data.year}`, { doc: input.doc, file: input.file });
      coverageWarnings(input, ctx.out);
    }
  }
  for (const p of plans) p.progress.sort((a, b) => a.year - b.year);
  return docs;
}

/** One progress file of a plan folder that exists, read and checked against its schema; null after reporting why not. */
function readProgressFile(ctx: LoadContext, dir: string, name: string, planId: string, folderOf: ReadonlyMap<string, PlanFolder>): ProgressInput | null {
  const path = join(dir, name);
  const file = ctx.rel(path);
  if (!name.endsWith('.json')) {
    ctx.out.add({ file, ...bilingual(V.progressNotJson, { name }) });
    return null;
  }
  const folder = folderOf.get(planId);
  if (!folder) {
    const knownPlanIds = [...folderOf.keys()];
    ctx.out.add({
      file,
      ...bilingual(V.progressUnknownPlan, { folder: planId, closest: knownPlanIds.length ? closestIds(planId, knownPlanIds) : [] }),
    });
    return null;
  }
  const r = readJson(ctx, path);
  if (r) normalizeStatusLabels(r.doc.value); // 推进中 as well as in-progress
  const data = r && checkDocument(ctx, ProgressFileSchema, r.doc, file);
  if (!r || !data) return null;
  return { planId, name, file, doc: r.doc, data, plan: undefined, known: folder.known };
}
