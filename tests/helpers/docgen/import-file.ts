/**
 * Imports a generated file in memory by the path `npm run import` takes (scripts/import.ts readSource and
 * planOutputs): a .docx (and, once its reader is on main, an .html/.htm page) read into the document model
 * and imported by importDocument, a .pdf through readPdf, anything else decoded as text, then importPlan.
 * scripts/import.ts keeps that path inside the CLI, so it is mirrored here; when the importer exposes one
 * entry point for a file, this helper should call it instead.
 */
import { decodeContent } from '../../../src/lib/content/read-text.ts';
import { importDocument, importPlan, type ImportResult } from '../../../src/lib/import/import-plan.ts';
import type { PlanDocument } from '../../../src/lib/import/document.ts';
import { ImportError } from '../../../src/lib/import/parse-plan.ts';
import { DocxError, readDocxDocument } from '../../../src/lib/import/read-docx.ts';
import { PdfError, readPdf } from '../../../src/lib/import/read-pdf.ts';
import { PlanSchema, type Plan } from '../../../src/schemas/plan.ts';
import type { PlanModel } from './model.ts';

/**
 * The readers of HTML pages and of text in any encoding (`readers`, issue 23) land on main while this
 * helper is in use: until they do, a page or a non-UTF-8 text goes the old way (read as UTF-8 text) and is
 * measured as such. Loaded by a computed path so that this file compiles before and after they land.
 */
interface LaterReaders {
  html?: { readHtmlDocument: (bytes: Uint8Array) => PlanDocument; HtmlError: new (...a: never[]) => Error };
  text?: { decodePlanText: (bytes: Uint8Array, name: string) => { ok: true; text: string } | { ok: false; en: string } };
}
let later: LaterReaders | null = null;
async function laterReaders(): Promise<LaterReaders> {
  if (later) return later;
  const load = async <T>(name: string): Promise<T | undefined> => {
    try {
      return (await import(/* @vite-ignore */ new URL(`../../../src/lib/import/${name}`, import.meta.url).href)) as T;
    } catch {
      return undefined;
    }
  };
  later = { html: await load('read-html.ts'), text: await load('decode-text.ts') };
  return later;
}

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
  const ext = /\.[^.]+$/u.exec(file)?.[0].toLowerCase() ?? '';
  let text = '';
  let hints: Parameters<typeof importPlan>[3] = {};
  // A reader that produces the document model is imported through importDocument, as the CLI does.
  let doc: PlanDocument | null = null;
  try {
    if (ext === '.docx') {
      doc = readDocxDocument(bytes);
    } else if (ext === '.pdf') {
      text = (await readPdf(bytes)).text;
      hints = { sourceKind: 'pdf' };
    } else if ((ext === '.html' || ext === '.htm') && (await laterReaders()).html) {
      doc = later!.html!.readHtmlDocument(bytes);
    } else if ((await laterReaders()).text) {
      const r = later!.text!.decodePlanText(bytes, file);
      if (!r.ok) return { ok: false, stage: 'reader', message: r.en };
      text = r.text;
    } else {
      const r = decodeContent(bytes, file);
      if (!r.ok) return { ok: false, stage: 'reader', message: `${r.problem.message} ${r.problem.fix ?? ''}`.trim() };
      text = r.text;
    }
  } catch (err) {
    if (err instanceof DocxError || err instanceof PdfError || (later?.html && err instanceof later.html.HtmlError)) return { ok: false, stage: 'reader', message: err.message };
    throw err;
  }
  try {
    return { ok: true, result: doc ? importDocument(doc, meta, new Set()) : importPlan(text, meta, new Set(), hints) };
  } catch (err) {
    if (err instanceof ImportError) return { ok: false, stage: 'importer', message: `line ${err.line}: ${err.reason} | ${err.lineText.trim().slice(0, 80)}` };
    return { ok: false, stage: 'importer', message: `crash: ${err instanceof Error ? err.message : String(err)}` };
  }
}
