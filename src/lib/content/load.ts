/**
 * Loads everything under `content/`, checks every file against its schema and every rule across files,
 * and returns the model with all problems found (never just the first). The validator prints the
 * problems; the build refuses to run while there are any.
 *
 * A pipeline of readers (one per kind of file: read-plan, read-sources, read-progress, read-catalogue,
 * read-reference) and rules across files (rules-*.ts), all reporting to one collector passed in.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import { checkContentRoot } from './root.ts';
import { createLoadContext, type LoadOptions } from './collect.ts';
import { readPlanFolders, type LoadedPlan } from './read-plan.ts';
import { readSources } from './read-sources.ts';
import { readProgressFolder } from './read-progress.ts';
import { readCatalogue } from './read-catalogue.ts';
import { readReferenceFigures } from './read-reference.ts';
import { plausibilityRule, successionRule } from './rules-across-plans.ts';
import { regionCodeRule, sameNameRule } from './rules-region.ts';
import { conceptUnitRule } from './rules-catalogue.ts';
import type { Problem } from './problems.ts';

export { closestIds } from './closest-ids.ts';
export { PLAN_FILES, type LoadedPlan } from './read-plan.ts';
export type { LoadOptions } from './collect.ts';

export interface ContentModel {
  plans: LoadedPlan[];
  /** The indicator catalogue (content/concepts.json), [] when absent. */
  concepts: Concept[];
  /** Published reference series (content/reference/*.json). */
  references: ReferenceFile[];
}

/**
 * Reads and checks content/. `problems` are errors (nothing is published while there is one); `warnings`
 * are things a person should look at that do not stop a build, such as items a yearly report leaves out.
 */
export function loadContent(root: string, options: LoadOptions = {}): { model: ContentModel; problems: Problem[]; warnings: Problem[] } {
  const rootProblems = checkContentRoot(root);
  if (rootProblems.length) return { model: { plans: [], concepts: [], references: [] }, problems: rootProblems, warnings: [] };
  const ctx = createLoadContext(root, options);
  const { out } = ctx;

  const folders = readPlanFolders(ctx);
  const plans = folders.flatMap((f) => (f.bundle ? [f.bundle] : []));
  readSources(ctx, folders.map((f) => f.id));
  const progressDocs = readProgressFolder(ctx, folders, plans);
  plausibilityRule(plans, progressDocs, out);
  successionRule(plans, folders, out);
  regionCodeRule(plans, folders, out);
  sameNameRule(plans, folders, out);
  const catalogue = readCatalogue(ctx);
  if (catalogue.usable) conceptUnitRule(plans, folders, catalogue.concepts, out);
  const references = readReferenceFigures(ctx, catalogue.concepts);

  return { model: { plans, concepts: catalogue.concepts, references }, problems: out.problems, warnings: out.warnings };
}
