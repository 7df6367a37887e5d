/**
 * One door from a plan's file to what the importer reads, shared by `npm run import` and the tests that
 * import generated documents: by the file's extension, a Word file, a portal page and a PDF become a
 * document model (or a PDF's text, until its reader writes the model), a text file its decoded text with the
 * encoding found. A file that cannot be read is refused with the reason in Chinese and English.
 *
 * Each reader is loaded when a file of its kind comes: pdf.js, the Word reader and the HTML toolchain take
 * longer to load than a plan takes to import, and a text plan needs none of them.
 */
import { decodePlanText } from './decode-text.ts';
import type { PlanDocument } from './document.ts';
import { pair } from '../messages/catalogue.ts';
import { importerMessages as I } from '../messages/importer.ts';

export type PlanSource =
  | { ok: true; kind: 'document'; doc: PlanDocument; encoding?: { name: string; zh: string } }
  | { ok: true; kind: 'pdf-text'; text: string }
  | { ok: true; kind: 'text'; text: string; encoding: { name: string; zh: string } }
  /** `file`: the reader of a Word, PDF or web page refused it (said in both languages, as such refusals are); `text`: a text file. */
  | { ok: false; from: 'file' | 'text'; en: string; zh: string };

const ZH_ENCODING: Record<string, string> = { gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'utf-8': 'UTF-8' };

/** Reads a plan's file by its name's extension (.docx, .pdf, .html/.htm, anything else as text). */
export async function readPlanSource(bytes: Uint8Array, name: string): Promise<PlanSource> {
  const ext = /\.[^./\\]+$/u.exec(name)?.[0].toLowerCase() ?? '';
  if (ext === '.docx') {
    const { DocxError, readDocxDocument } = await import('./read-docx.ts');
    return refusedAs(DocxError, name, async () => ({ ok: true, kind: 'document', doc: readDocxDocument(bytes) }));
  }
  if (ext === '.html' || ext === '.htm') {
    const { HtmlError, readHtmlDocument } = await import('./read-html.ts');
    return refusedAs(HtmlError, name, async () => {
      const doc = readHtmlDocument(bytes);
      const e = doc.encoding ?? 'utf-8';
      return { ok: true, kind: 'document', doc, encoding: { name: e, zh: ZH_ENCODING[e] ?? e.toUpperCase() } };
    });
  }
  if (ext === '.pdf') {
    const { PdfError, readPdfDocument } = await import('./read-pdf.ts');
    return refusedAs(PdfError, name, async () => ({ ok: true, kind: 'document', doc: await readPdfDocument(bytes) }));
  }
  const decoded = decodePlanText(bytes, name);
  if (!decoded.ok) return { ...decoded, from: 'text' };
  return { ok: true, kind: 'text', text: decoded.text, encoding: { name: decoded.encoding, zh: decoded.zhEncoding } };
}

/** What a reader gives, or its refusal (an error of its own class, said in both languages) as a refused source. */
async function refusedAs(refusal: abstract new (...args: never[]) => Error & { zh: string }, name: string, read: () => Promise<PlanSource>): Promise<PlanSource> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof refusal) return { ok: false, from: 'file', ...pair(I.readerRefused, { name, reason: { en: err.message, zh: err.zh } }) };
    throw err;
  }
}
