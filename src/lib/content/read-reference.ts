/**
 * The reader of reference figures, content/reference/*.json: national and regional series drawn beside a
 * plan's own values, each checked against the catalogue as it is read.
 */
import { join } from 'node:path';
import { ReferenceFileSchema, type ReferenceFile } from '../../schemas/reference.ts';
import type { Concept } from '../../schemas/concepts.ts';
import type { LoadContext } from './collect.ts';
import { checkDocument, folderInsteadOfFile, listFolder, readJson } from './read-files.ts';
import { referenceConceptRule } from './rules-catalogue.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export function readReferenceFigures(ctx: LoadContext, concepts: readonly Concept[]): ReferenceFile[] {
  const references: ReferenceFile[] = [];
  const refDir = join(ctx.contentDir, 'reference');
  const refs = listFolder(ctx, refDir);
  for (const name of refs.dirs) folderInsteadOfFile(ctx, refDir, name, V.wantReferenceJson, undefined);
  for (const name of refs.files) {
    const path = join(refDir, name);
    const file = ctx.rel(path);
    if (!name.endsWith('.json')) {
      ctx.out.add({ file, ...bilingual(V.referenceNotJson, { name }) });
      continue;
    }
    const r = readJson(ctx, path);
    const data = r && checkDocument(ctx, ReferenceFileSchema, r.doc, file);
    if (!r || !data) continue;
    referenceConceptRule(data, r.doc, file, concepts, ctx.out);
    references.push(data);
  }
  return references;
}
