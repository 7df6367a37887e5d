/**
 * A PDF with a text layer → the plain text the importer reads, page by page (pages separated by a form
 * feed), one printed line per line, in reading order. Text pieces far apart on one line (table columns)
 * are separated by a tab; a line indented from the page's left edge (首行缩进, a new paragraph) opens with
 * two ideographic spaces, which the hard-wrap rule reads. Page numbers and running headers stay in: the
 * importer removes them by the rules of artifacts.ts and reports each line, for text copied out of a PDF
 * by hand needs the same. A PDF without a text layer (a scan) is refused: it needs OCR first.
 *
 * pdf.js (through unpdf, which bundles a server build of it) reads the file; no network, no worker.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocumentProxy } from 'unpdf';

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
  text: string;
  pages: number;
}

export class PdfError extends Error {
  readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.zh = zh;
  }
}

interface Piece {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false, ...PDFJS_OFFLINE } as Parameters<typeof getDocumentProxy>[1]);
  } catch (err) {
    throw new PdfError(
      `not a readable PDF (${err instanceof Error ? err.message : String(err)}); save it again as PDF, or import the .docx`,
      '无法读取该 PDF 文件；请重新导出 PDF，或改用 .docx 文件导入',
    );
  }
  const pages: string[] = [];
  let characters = 0;
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d, e, f] = item.transform as number[];
      pieces.push({ str: item.str, x: e!, y: f!, w: item.width, h: Math.abs(d!) || item.height || 10 });
    }
    characters += pieces.reduce((n, x) => n + x.str.replace(/\s/gu, '').length, 0);
    pages.push(layoutPage(pieces));
  }
  if (characters < 10 * Math.max(1, pdf.numPages) / 2) {
    throw new PdfError(
      `the PDF has no text layer (${pdf.numPages} page(s), ${characters} characters of text): it is a scan. Run OCR on it first (for example in WPS or Acrobat: 识别文字/OCR), check the recognised text against the printed one, and import the result as .docx or .txt`,
      `该 PDF 没有文字层（共${pdf.numPages}页，仅有${characters}个文字），是扫描件。请先进行 OCR 文字识别（如 WPS 或 Acrobat 的“识别文字”），对照原件核对识别结果后，以 .docx 或 .txt 导入`,
    );
  }
  await pdf.destroy();
  return { text: pages.join('\f\n') + '\n', pages: pages.length };
}

/**
 * Pieces → lines top to bottom; a wide gap inside a line becomes a tab, an indented line gets `　　`.
 * Under a line of three or more cells (a table's header), a line whose pieces start where its columns
 * start is a row of that table: its cells go into their columns, an empty cell (a group printed only on
 * its first row) kept as an empty cell, so that the columns do not shift.
 */
function layoutPage(pieces: Piece[]): string {
  if (pieces.length === 0) return '';
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Piece[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - piece.y) <= Math.min(line[0]!.h, piece.h) * 0.5) line.push(piece);
    else lines.push([piece]);
  }
  const em = median(pieces.map((x) => x.h));
  const left = Math.min(...lines.map((l) => Math.min(...l.map((x) => x.x))));
  let columns: number[] | null = null;
  // The last table row written, its baseline, and the distance between rows (header to first row):
  // a line closer than a row's distance under a row, in its columns, is the rest of a wrapped cell.
  let lastRow: string[] | null = null;
  let lastY = 0;
  let pitch = 0;
  const out: string[] = [];
  for (const line of lines) {
    const y = line[0]!.y;
    line.sort((a, b) => a.x - b.x);
    // Pieces closer than an em are one cell (CJK text has no spaces between words).
    const cells: Array<{ x: number; text: string }> = [];
    let end = -Infinity;
    for (const piece of line) {
      const last = cells.at(-1);
      if (last && piece.x - end < em) {
        const spaced = piece.x - end >= em * 0.25 && /[A-Za-z0-9]$/u.test(last.text) && /^[A-Za-z0-9]/u.test(piece.str);
        last.text += (spaced ? ' ' : '') + piece.str;
      } else cells.push({ x: piece.x, text: piece.str });
      end = piece.x + piece.w;
    }
    const near = (x: number) => columns!.findIndex((c) => Math.abs(c - x) <= em * 0.75);
    const inColumns = columns !== null && cells.every((c) => near(c.x) >= 0);
    if (inColumns && lastRow && pitch > 0 && lastY - y < pitch * 0.8 && near(cells[0]!.x) > 0) {
      for (const c of cells) lastRow[near(c.x)] += c.text;
      out[out.length - 1] = lastRow.join('\t').trimEnd();
      lastY = y;
      continue;
    }
    const fits = inColumns && cells.length >= 2;
    if (!fits) {
      columns = cells.length >= 3 ? cells.map((c) => c.x) : null;
      lastRow = null;
      pitch = 0;
    }
    if (columns && cells.length >= 2 && cells.every((c) => near(c.x) >= 0)) {
      const row = columns.map(() => '');
      for (const c of cells) row[near(c.x)] = c.text;
      out.push(row.join('\t').trimEnd());
      if (fits && pitch === 0) pitch = lastY - y;
      lastRow = row;
      lastY = y;
      continue;
    }
    const indent = cells[0]!.x - left >= em * 1.5 ? '　　' : '';
    out.push((indent + cells.map((c) => c.text).join('\t')).trimEnd());
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}
