/**
 * A figure once published stays on the record: compared with the content at an earlier git revision (the
 * last push), every indicator value that changed must keep its earlier value and a reason in `revisions`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProgressFileSchema } from '../../schemas/progress.ts';
import { progressAt } from './history.ts';
import { parseJsonLocated } from './locate.ts';
import { revisionProblems } from './plausibility.ts';
import type { ContentModel } from './load.ts';
import type { Problem } from './problems.ts';

/** The problems, or null when the content at `rev` cannot be read (then nothing is checked). */
export async function revisionsSince(root: string, model: ContentModel, rev: string): Promise<Problem[] | null> {
  const before = await progressAt(root, rev);
  if (!before) return null;
  const out: Problem[] = [];
  for (const plan of model.plans) {
    for (const after of plan.progress) {
      const path = `content/progress/${plan.id}/${after.year}.json`;
      const old = before.get(path);
      if (old === undefined) continue;
      let parsed;
      try {
        parsed = ProgressFileSchema.safeParse(JSON.parse(old));
      } catch {
        continue; // a broken earlier version published nothing
      }
      if (!parsed.success) continue;
      const doc = parseJsonLocated(readFileSync(join(root, path), 'utf8'), path);
      out.push(...revisionProblems(plan, parsed.data, after, (_plan, _year, p) => ({ file: path, ...(doc.ok ? doc.doc.locate(p) : {}) })));
    }
  }
  return out;
}
