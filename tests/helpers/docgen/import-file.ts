/**
 * Imports a generated file in memory by the path `npm run import` takes (scripts/import.ts readSource and
 * planOutputs): the file is read by readPlanSource (src/lib/import/read-source.ts, the one door from a file
 * to the importer), a document model imported by importDocument, a PDF's or a text file's text by importPlan.
 */
import { importDocument, importPlan, type ImportResult } from '../../../src/lib/import/import-plan.ts';
import { ImportError } from '../../../src/lib/import/parse-plan.ts';
import { readPlanSource } from '../../../src/lib/import/read-source.ts';
import { PlanSchema, type Plan } from '../../../src/schemas/plan.ts';
import type { PlanModel } from './model.ts';

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; stage: 'reader' | 'importer'; message: string };

export function metaOf(model: PlanModel, file: string): Plan {
  return PlanSchema.parse({
    id: model.id,
    title: model.title,
    region: model.region,
    issuer: model.issuer,
    issued: null,
    period: model.period,
    kind: model.title.includes('规划') ? 'five-year-plan' : 'action-plan',
    source: `generated (seed ${model.seed}): ${file}`,
  });
}

export async function importFile(bytes: Uint8Array, file: string, meta: Plan): Promise<ImportOutcome> {
  const source = await readPlanSource(bytes, file);
  if (!source.ok) return { ok: false, stage: 'reader', message: source.en };
  try {
    const result =
      source.kind === 'document'
        ? importDocument(source.doc, meta, new Set())
        : importPlan(source.text, meta, new Set(), source.kind === 'pdf-text' ? { sourceKind: 'pdf' } : {});
    return { ok: true, result };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, stage: 'importer', message: `line ${err.line}: ${err.reason} | ${err.lineText.trim().slice(0, 80)}` };
    return { ok: false, stage: 'importer', message: `crash: ${err instanceof Error ? err.message : String(err)}` };
  }
}
