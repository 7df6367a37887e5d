/**
 * A PlanDocument (what any reader produced) → the verbatim text the importer keeps in content/sources/ and
 * proves against (fidelity.ts), with hints that carry to the parser everything the reader knew for certain:
 * where each real table is with its grid of merged cells and its header rows, where each box (专栏) is,
 * what the file said of each paragraph (outline level, style, bold, centred), which lines are notes.
 * Page furniture is not written into the text: it is listed with the line it stood before and its reason.
 *
 * The text is written the way the importer has always read a Word file: one line per paragraph; a table
 * after a blank line, one line per row, cells separated by tabs, a cell covered by a merge left empty (so
 * the columns line up), then a blank line; footnotes the file keeps apart gathered under their paragraph or
 * table as one paragraph `注：①…②…`; a box's lines as they are, set apart by blank lines when it was drawn
 * as a one-cell table or a block of a page.
 */
import type { DocBlock, DocCell, FurnitureReason, ParagraphStyle, PlanDocument } from './document.ts';
import { tableGrid } from './document.ts';
import type { SourceHints } from './parse-plan.ts';

/** What a reader wrote into the text that is not in the file's own text runs, for the clerk to check. */
export interface WrittenLine {
  line: number;
  kind: 'generated-number' | 'footnote' | 'text-box';
  text: string;
}

export interface DocumentText {
  text: string;
  hints: SourceHints;
  furniture: Array<{ line: number; text: string; reason: FurnitureReason }>;
  /** Lines written from what the file generates or keeps apart (Word's numbers, footnotes, text boxes). */
  written: WrittenLine[];
  /** Tables with the lines their rows went to, their row count and how many merged cells they hold. */
  tables: Array<{ first: number; last: number; rows: number; merged: number }>;
}

const oneLine = (s: string) => s.replace(/[\t\n\r]+/gu, ' ').trim();

/** A table's rows as lines: each grid position its origin cell's text, a covered position empty. */
export function tableLines(rows: readonly DocCell[][]): string[] {
  const grid = tableGrid({ kind: 'table', rows: rows as DocCell[][], headerRows: null });
  return grid.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row
      .slice(0, end)
      .map((g) => (g && g.origin ? oneLine(g.cell.text) : ''))
      .join('\t');
  });
}

export function documentToText(doc: PlanDocument): DocumentText {
  const lines: string[] = [];
  const tables: NonNullable<SourceHints['tables']>[number][] = [];
  const boxes: NonNullable<SourceHints['boxes']>[number][] = [];
  const paragraphs: NonNullable<SourceHints['paragraphs']>[number][] = [];
  const notes: NonNullable<SourceHints['notes']>[number][] = [];
  const furniture: DocumentText['furniture'] = [];
  const written: WrittenLine[] = [];
  const tableInfo: DocumentText['tables'] = [];

  const blankBefore = () => {
    if (lines.length && lines.at(-1) !== '') lines.push('');
  };

  const write = (blocks: readonly DocBlock[]) => {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      switch (b.kind) {
        case 'paragraph': {
          const parts = b.text.split('\n');
          const line = lines.length + 1;
          lines.push(...parts);
          if (b.style && hasStyle(b.style)) paragraphs.push({ line, style: b.style });
          if (b.style?.generatedNumber) written.push({ line, kind: 'generated-number', text: b.style.generatedNumber });
          break;
        }
        case 'table': {
          blankBefore();
          const first = lines.length + 1;
          lines.push(...tableLines(b.rows));
          const last = lines.length;
          const merged = b.rows.flat().reduce((n, c) => n + (c.colSpan > 1 ? 1 : 0) + Math.max(0, c.rowSpan - 1), 0);
          tables.push({ first, last, cells: b.rows, headerRows: b.headerRows });
          tableInfo.push({ first, last, rows: b.rows.length, merged });
          lines.push('');
          break;
        }
        case 'box': {
          const apart = b.drawnAs !== 'text-box';
          if (apart) blankBefore();
          const first = lines.length + 1;
          if (b.title !== null) lines.push(oneLine(b.title));
          write(b.children);
          // A box drawn as a box ends where its lines end; the parser is told so, whatever follows.
          let last = lines.length;
          while (last >= first && lines[last - 1] === '') last--;
          if (last >= first) {
            boxes.push({ first, last, title: b.title });
            if (b.drawnAs === 'text-box') written.push({ line: first, kind: 'text-box', text: lines.slice(first - 1, last).find((l) => l.trim() !== '')?.trim().slice(0, 30) ?? '' });
          }
          if (apart) {
            blankBefore();
            lines.push('');
          }
          break;
        }
        case 'note': {
          if (b.footnote) {
            // Footnotes the file keeps apart, gathered under what refers to them: `注：①…②…`.
            let text = '';
            let j = i;
            for (; j < blocks.length; j++) {
              const n = blocks[j]!;
              if (n.kind !== 'note' || !n.footnote) break;
              text += `${n.mark}${oneLine(n.text)}`;
            }
            i = j - 1;
            const line = lines.length + 1;
            lines.push(`注：${text}`);
            notes.push({ first: line, last: line });
            written.push({ line, kind: 'footnote', text: `注：${text}` });
          } else {
            const line = lines.length + 1;
            lines.push(...`${b.mark}${b.text}`.split('\n'));
            notes.push({ first: line, last: lines.length });
          }
          break;
        }
        case 'furniture':
          furniture.push({ line: lines.length + 1, text: b.text, reason: b.reason });
          break;
      }
    }
  };
  write(doc.blocks);
  return {
    text: lines.join('\n') + '\n',
    hints: {
      wholeParagraphs: true,
      tables,
      ...(boxes.length ? { boxes } : {}),
      ...(paragraphs.length ? { paragraphs } : {}),
      ...(notes.length ? { notes } : {}),
    },
    furniture,
    written,
    tables: tableInfo,
  };
}

function hasStyle(s: ParagraphStyle): boolean {
  return s.outlineLevel !== undefined || s.bold === true || s.centered === true || s.styleName !== undefined;
}
