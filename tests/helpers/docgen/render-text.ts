/**
 * A plan model as a plain text file, the way offices and their editors save one: tables tab-separated
 * (Word's 另存为纯文本), aligned with spaces (a printout, pdftotext -layout, by hand in a monospaced editor),
 * or one cell per line (copied out of a PDF viewer); paragraphs on one line or hard-wrapped with their first
 * line indented; in UTF-8 (with or without a BOM), GBK or UTF-16, with LF or CRLF line ends.
 */
import iconv from 'iconv-lite';
import { displayWidth, gridOf, headingLine, pickHeadingGap } from './layout.ts';
import type { PlanModel, TableModel } from './model.ts';
import type { Rng } from './random.ts';
import { drawnTableLines, pickDrawnLayout, type DrawnStyle } from './render-drawn.ts';

export interface TextLayout {
  /** How tables are printed: tab-separated, aligned with spaces, one cell a line, or drawn (render-drawn.ts). */
  tables: 'tabs' | 'spaces-display' | 'spaces-chars' | 'cells' | DrawnStyle;
  /** Hard-wrap paragraphs at this many characters (first line indented), or keep one line each. */
  wrap: number | null;
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le' | 'utf-16be';
  crlf: boolean;
}

export function renderText(model: PlanModel, layout: TextLayout, r: Rng): Uint8Array {
  const gap = pickHeadingGap(r);
  const indentParagraphs = layout.wrap !== null || r.chance(0.5);
  // Wrapped every N characters (an editor, a converter) or at N full widths, digits and Latin letters
  // half as wide (as a PDF prints them).
  const cost = r.chance(0.5) ? () => 1 : (ch: string) => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);
  const lines: string[] = [];
  const para = (text: string) => {
    const first = indentParagraphs ? '　　' : '';
    if (layout.wrap === null) return void lines.push(first + text);
    const chars = [...text];
    let room = layout.wrap - (first ? 2 : 0);
    let line = first;
    for (const ch of chars) {
      if (room < cost(ch)) {
        lines.push(line);
        line = '';
        room = layout.wrap;
      }
      line += ch;
      room -= cost(ch);
    }
    if (line) lines.push(line);
  };
  const blank = () => r.chance(0.3) && lines.push('');
  // Drawn tables vary on their own source, so that the other draws of a document stay as they were.
  const drawing = r.fork('drawn');
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'notice':
        lines.push(b.lines[0]!, '');
        for (const l of b.lines.slice(1)) lines.push(l);
        lines.push('');
        break;
      case 'title':
        lines.push(r.chance(0.5) ? `　　　　${b.text}` : b.text, '');
        break;
      case 'heading':
        blank();
        lines.push((indentParagraphs && b.depth > 0 ? '　　' : '') + headingLine(b, gap));
        break;
      case 'paragraph':
        para(b.text);
        break;
      case 'caption':
        lines.push(b.text);
        break;
      case 'annex':
        lines.push('', b.text);
        break;
      case 'notes':
        if (b.style === 'joined') lines.push(`注：${b.notes.map((n) => n.mark + n.text.replace(/。$/u, '')).join('；')}。`);
        else for (const n of b.notes) lines.push(n.mark + n.text);
        break;
      case 'box':
        lines.push(b.title);
        for (const p of b.paragraphs) para(p);
        break;
      case 'table':
        if (isDrawn(layout.tables)) lines.push(...drawnTableLines(b.table, pickDrawnLayout(layout.tables, drawing)));
        else lines.push(...tableLines(b.table, layout.tables));
        break;
    }
  }
  const text = lines.join(layout.crlf ? '\r\n' : '\n') + (layout.crlf ? '\r\n' : '\n');
  switch (layout.encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    case 'gbk':
      return new Uint8Array(iconv.encode(text, 'gbk'));
    case 'utf-16le':
      return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
    case 'utf-16be':
      return new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }));
  }
}

const isDrawn = (t: TextLayout['tables']): t is DrawnStyle => t.startsWith('box') || t === 'ascii' || t === 'markdown';

/** A table's lines: merged cells printed where they start, the slots they cover left empty. */
function tableLines(table: TableModel, style: 'tabs' | 'spaces-display' | 'spaces-chars' | 'cells'): string[] {
  const grid = gridOf(table);
  const cells = grid.map((row) => row.map((s) => (s.origin ? s.cell.text : '')));
  if (style === 'tabs') {
    return cells.map((row, i) => (table.groupRows.includes(i) ? row[0]! : row.join('\t').replace(/\t+$/u, '')));
  }
  if (style === 'cells') {
    // Copied out of a PDF viewer: every printed cell on a line of its own, row after row.
    return cells.flatMap((row) => row.filter((t) => t !== ''));
  }
  const width = style === 'spaces-display' ? displayWidth : (s: string) => [...s].length;
  const colWidth = Array.from({ length: table.columns }, (_, c) =>
    Math.max(...cells.map((row, i) => (table.groupRows.includes(i) || grid[i]![c]!.cell.colSpan > 1 ? 0 : width(row[c]!)))),
  );
  return cells.map((row, i) => {
    if (table.groupRows.includes(i)) return row[0]!;
    return alignedRow(row, colWidth, width);
  });
}

/** Each cell starts at its column's position; a gap of at least two spaces between cells. */
function alignedRow(row: string[], colWidth: number[], width: (s: string) => number): string {
  let out = '';
  let at = 0;
  let pos = 0;
  row.forEach((t, c) => {
    if (t !== '') {
      const pad = Math.max(c === 0 ? 0 : 2, pos - at);
      out += ' '.repeat(pad) + t;
      at += pad + width(t);
    }
    pos += colWidth[c]! + 2;
  });
  return out.trimEnd();
}
