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
import { documentToText } from './document-text.ts';
import type { PlanDocument } from './document.ts';
import { enZh, pair } from '../messages/catalogue.ts';
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
  const read = await readByKind(bytes, name);
  return read.ok ? tooLarge(read, name) ?? read : read;
}

/** The largest plan.md the validator reads (FILE_LIMITS.markdown in lib/content/limits.ts, which lib/import may not import; a test keeps the two equal). */
export const PLAN_TEXT_LIMIT = 2_000_000;

const MB = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/**
 * A text longer than a published plan.md may be is refused before it is parsed: the validator would refuse
 * the result anyway, and parsing 20 MB of text ran the importer out of memory after minutes.
 */
function tooLarge(read: Extract<PlanSource, { ok: true }>, name: string): PlanSource | null {
  const max = PLAN_TEXT_LIMIT;
  const text = read.kind === 'document' ? documentToText(read.doc).text : read.text;
  // UTF-8 takes at most 3 bytes a character: a text of fewer characters than max / 3 fits without counting.
  if (text.length * 3 <= max) return null;
  const size = Buffer.byteLength(text, 'utf8');
  if (size <= max) return null;
  const [en, zh] = enZh(I.textTooLarge, { name, found: MB(size), max: MB(max) });
  return { ok: false, from: 'text', en, zh };
}

async function readByKind(bytes: Uint8Array, name: string): Promise<PlanSource> {
  // An empty file is said to be empty whatever its extension (a zero-byte .pdf or .docx said only "unreadable").
  if (bytes.length === 0) {
    const [en, zh] = enZh(I.textEmpty, { name });
    return { ok: false, from: 'text', en, zh };
  }
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
