/**
 * A table as its recognisers read it: its header rows, however deep, combined into one path per column
 * (指标值 › 2030年（目标）), and its body rows. Where a reader knew the grid (a Word or HTML table, a PDF's ruled cells) the spans are
 * exact; in a text, a header cell left empty under or beside a word is read as merged with it.
 */
import type { DocCell } from './document.ts';
import { tableGrid } from './document.ts';
import type { TableBlock } from './parse-plan.ts';
import { isHeaderWord } from '../model/table-roles.ts';

export const PATH_SEPARATOR = ' › ';

export interface TableView {
  /** One header per column: the header rows' words from top to bottom, joined by ` › `. */
  header: string[];
  /** The rows under the header, as written (a cell covered by a merge empty). */
  body: string[][];
  /** How many rows of `rows` are the header (a title row spanning the table counted). */
  headerRows: number;
}

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;

/** Whether a row is a title printed across the whole table (one cell, the table wider than two columns). */
function isTitleRow(row: readonly string[], width: number): boolean {
  return width > 2 && filled(row) === 1 && row[0]!.trim() !== '' && !isHeaderWord(row[0]!);
}

/**
 * How many rows a table's header takes when the file does not say: the first row, and each row under it
 * whose every cell is a header word (a year, 基期, 目标值, 单位 …) and that fills what the row above left
 * empty or leaves empty what it filled (cells merged across or down); a title row across the table too.
 */
export function guessHeaderRows(rows: readonly string[][]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  let depth = 1;
  while (depth < Math.min(4, rows.length - 1)) {
    const above = rows[depth - 1]!;
    const row = rows[depth]!;
    const cells = row.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0) break;
    const titleAbove = depth === 1 && isTitleRow(above, width);
    const headerish = cells.every((c) => isHeaderWord(c));
    const complements =
      row.some((c, i) => c.trim() !== '' && (above[i] ?? '').trim() === '') || above.some((c, i) => c.trim() !== '' && (row[i] ?? '').trim() === '');
    if (!headerish || !(complements || titleAbove)) break;
    depth++;
  }
  return depth;
}

/** The grid of a table when the reader gave it and it matches the rows written. */
function gridOf(block: TableBlock): Array<Array<{ cell: DocCell; origin: boolean } | null>> | null {
  if (!block.cells || block.cells.length !== block.rows.length) return null;
  return tableGrid({ kind: 'table', rows: block.cells as DocCell[][], headerRows: null });
}

/**
 * The body rows, a row that repeats a header row word for word blanked: a table continued on the next page
 * whose repeated header the file or its reader kept is one table, and its header is not a row of it. The
 * row stays (the printed lines are counted by position) but holds nothing.
 */
function bodyOf(rows: readonly string[][], depth: number, width: number): string[][] {
  const key = (row: readonly string[]) => row.map((c) => c.replace(/\s+/gu, '')).join('\t').replace(/\t+$/u, '');
  const header = new Set(rows.slice(0, depth).filter((r) => filled(r) >= 2).map(key));
  return rows.slice(depth).map((row) => {
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? '');
    return header.has(key(cells)) ? cells.map(() => '') : cells;
  });
}

export function tableView(block: TableBlock): TableView {
  const rows = block.rows;
  const width = Math.max(0, ...rows.map((r) => r.length));
  // Rows under the header the file declares that are header words filling what it left empty are header
  // rows too (a reader that saw one header row of a header typeset in two).
  const depth = Math.min(Math.max(1, block.headerRows ?? 0, guessHeaderRows(rows)), Math.max(1, rows.length - 1));
  if (depth === 1 && !block.cells) return { header: rows[0]!.map((c) => c), body: bodyOf(rows, 1, width), headerRows: 1 };
  const grid = gridOf(block);
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    const seen = new Set<DocCell>();
    for (let h = 0; h < depth; h++) {
      let t = '';
      if (grid) {
        const g = grid[h]?.[c];
        if (g && !seen.has(g.cell)) {
          seen.add(g.cell);
          // A title across the whole table is not a column's header.
          if (!(g.cell.colSpan >= width && width > 2)) t = g.cell.text.trim();
        }
      } else {
        if (isTitleRow(rows[h]!, width)) continue;
        t = (rows[h]![c] ?? '').trim();
        // An empty cell with header words under it, right of a word of the same path: merged across.
        const lower = rows.slice(h + 1, depth).some((r) => (r[c] ?? '').trim() !== '');
        if (t === '' && h < depth - 1 && lower) {
          const above = (k: number) => rows.slice(0, h).map((r) => (r[k] ?? '').trim()).join('|');
          for (let k = c - 1; k >= 0; k--) {
            const left = (rows[h]![k] ?? '').trim();
            if (left === '') continue;
            if (above(k) === above(c)) t = left;
            break;
          }
        }
      }
      if (t !== '' && parts.at(-1) !== t) parts.push(t);
    }
    header.push(parts.join(PATH_SEPARATOR));
  }
  // The body as written: a cell a merge covers is empty, as it is when the text is read again without the
  // file (--all), and the recognisers carry merged cells down where a column's cells are (group, task, units).
  const body = bodyOf(rows, depth, width);
  return { header, body, headerRows: depth };
}
