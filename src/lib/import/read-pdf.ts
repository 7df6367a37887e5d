/**
 * A PDF with a text layer → the document model (document.ts), as printed: what pdf.js says is on each
 * page (text pieces with their place, ruling lines from the operator list; pdf-page.ts) is laid out into
 * paragraphs, tables rebuilt from the page geometry with their merged cells and header rows, a table
 * continued over a page break joined, framed blocks as boxes, and page numbers, running headers and
 * repeated table headers set apart as furniture with their reason (pdf-layout.ts, pdf-geometry.ts).
 * A PDF without a text layer (a scan) is refused: it needs OCR first.
 *
 * pdf.js (through unpdf, which bundles a server build of it) reads the file; no network, no worker.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { PlanDocument } from './document.ts';
import { documentToText } from './document-text.ts';
import { layoutDocument } from './pdf-layout.ts';
import { readPageContent, type PageContent, type PdfOps, type PdfPageLike } from './pdf-page.ts';
import { enZh } from '../messages/catalogue.ts';
import { importerMessages as I } from '../messages/importer.ts';

/**
 * pdf.js needs its predefined CMaps to read a standard CJK font the file names but does not embed
 * (STSong-Light with UniGB-UCS2-H, as many document systems export), and the standard fonts' data for the
 * 14 standard fonts. They ship in pdfjs-dist (cmaps/, standard_fonts/); they are read from node_modules,
 * never fetched. Without them such a file reads as 0 characters and would be refused as a scan.
 */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

class LocalBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const folder = kind === 'cMapUrl' ? 'cmaps' : kind === 'standardFontDataUrl' ? 'standard_fonts' : null;
    // A name from the file itself: only a plain file name inside the folder is read.
    if (!folder || !/^[\w.+-]+$/u.test(filename)) throw new Error(`no local data for ${kind} ${filename}`);
    return new Uint8Array(readFileSync(join(PDFJS_DIR, folder, filename)));
  }
}

/** Options that let pdf.js read standard CJK fonts offline. */
export const PDFJS_OFFLINE = {
  cMapUrl: 'cmaps/',
  cMapPacked: true,
  standardFontDataUrl: 'standard_fonts/',
  useWorkerFetch: false,
  BinaryDataFactory: LocalBinaryData,
} as const;

export interface PdfText {
  /** The document written as text, tables as tab-separated rows (document-text.ts). */
  text: string;
  pages: number;
  doc: PlanDocument;
}

export class PdfError extends Error {
  readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.zh = zh;
  }
}

/** A PDF with a text layer → the document model (see the module's comment). */
export async function readPdfDocument(bytes: Uint8Array): Promise<PlanDocument> {
  return (await readPdfPages(bytes)).doc;
}

async function readPdfPages(bytes: Uint8Array): Promise<{ doc: PlanDocument; pages: number }> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, ...PDFJS_OFFLINE } as Parameters<typeof getDocumentProxy>[1]);
  } catch (err) {
    throw new PdfError(...enZh(I.pdfUnreadable, { error: err instanceof Error ? err.message : String(err) }));
  }
  const { OPS } = await getResolvedPDFJS();
  const pages: PageContent[] = [];
  for (let p = 1; p <= pdf.numPages; p++) pages.push(await readPageContent((await pdf.getPage(p)) as unknown as PdfPageLike, OPS as unknown as PdfOps));
  const numPages = pdf.numPages;
  await pdf.destroy();
  const characters = pages.reduce((n, p) => n + p.frags.reduce((m, f) => m + f.text.replace(/\s/gu, '').length, 0), 0);
  if (characters < (10 * Math.max(1, numPages)) / 2) {
    throw new PdfError(...enZh(I.pdfScan, { pages: numPages, characters }));
  }
  const { blocks } = layoutDocument(pages);
  return { doc: { format: 'pdf', blocks, metadata: {}, notes: [] }, pages: numPages };
}

/** The document and the text it is written to (document-text.ts), for callers that read a PDF as text. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const { doc, pages } = await readPdfPages(bytes);
  return { text: documentToText(doc).text, pages, doc };
}
