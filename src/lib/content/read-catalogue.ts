/**
 * The reader of the indicator catalogue, content/concepts.json: the concepts that let one measure be
 * compared across plans. Absent, it is an empty catalogue; present but broken, its rules are not run.
 */
import { join } from 'node:path';
import { ConceptsFileSchema, type Concept } from '../../schemas/concepts.ts';
import type { LoadContext } from './collect.ts';
import { checkDocument, folderInsteadOfFile, listFolder, readJson } from './read-files.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export interface Catalogue {
  concepts: Concept[];
  /** False when concepts.json exists but failed to load: nothing is checked against a broken catalogue. */
  usable: boolean;
}

export function readCatalogue(ctx: LoadContext): Catalogue {
  const concepts: Concept[] = [];
  const conceptsPath = join(ctx.contentDir, 'concepts.json');
  const top = listFolder(ctx, ctx.contentDir);
  if (top.dirs.includes('concepts.json')) folderInsteadOfFile(ctx, ctx.contentDir, 'concepts.json', V.wantFile, { name: 'concepts.json' });
  if (!top.files.includes('concepts.json')) return { concepts, usable: true };
  const r = readJson(ctx, conceptsPath);
  const data = r && checkDocument(ctx, ConceptsFileSchema, r.doc, ctx.rel(conceptsPath));
  if (!data) return { concepts, usable: false };
  concepts.push(...data.concepts);
  return { concepts, usable: true };
}
