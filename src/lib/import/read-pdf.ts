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
import { getDocumentProxy } from 'unpdf';

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
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, useSystemFonts: false });
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
      if (!('str' in item) || item.str === '') continue;
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

/** Pieces → lines top to bottom; a wide gap inside a line becomes a tab, an indented line gets `　　`. */
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
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let out = line[0]!.x - left >= em * 1.5 ? '　　' : '';
      let end = line[0]!.x;
      for (const piece of line) {
        const gap = piece.x - end;
        if (out.trim() !== '' && gap >= em * 1.5) out += '\t';
        else if (out.trim() !== '' && gap >= em * 0.25 && /[A-Za-z0-9]$/u.test(out) && /^[A-Za-z0-9]/u.test(piece.str)) out += ' ';
        out += piece.str;
        end = piece.x + piece.w;
      }
      return out.trimEnd();
    })
    .join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}
