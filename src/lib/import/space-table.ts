/**
 * Tables whose columns are aligned with spaces: a printout, `pdftotext -layout`, a table typed in a
 * monospaced editor. The columns are the stretches between the gaps that every body row leaves blank, so
 * that an empty cell, a group printed only on its first row, a header of two or three rows whose upper
 * words span several columns, and a header word letter-spaced by the typesetter (`单 位`) all keep their
 * place. Editors count a Chinese character as one column or as two, and some count “ ” — ① as two: each
 * way of counting is tried and the one under which the rows line up into the most columns is taken.
 */
import { isHeaderWord } from '../model/table-roles.ts';

export interface SpaceTable {
  rows: string[][];
  /** 0-based index of the lines the table holds, first to last (exclusive). */
  first: number;
  last: number;
  /** Rows with two cells under one column, kept in one cell: line index and the header word above it. */
  collisions: Array<{ line: number; under: string }>;
}

const SPACE_GAP = /(?: {2,}|\u3000+| ?\t ?)/u;
const HEADER_WORD = /序\s*号|指\s*标|项\s*目|类\s*[别型]|单\s*位|属\s*性|性\s*质|\d{4}\s*年|基期|目标|责任单位|牵头|时限|任务|措施|举措|投资|名\s*称/u;
const NUMBER_CELL = /^[-—–\s]*[≥≤＞＜><]?\s*\d+(?:\.\d+)?\s*[%％]?\s*(?:以上|以下|左右)?$/u;

type Measure = (ch: string) => number;
/** One column per character; two for CJK; two for CJK and the characters East Asian fonts print wide. */
const MEASURES: Measure[] = [
  (ch) => (/[\u2010-\u2027\u2030-\u205e\u2460-\u24ff\u2500-\u257f\u25a0-\u27bf]/u.test(ch) || ch.charCodeAt(0) >= 0x2e80 ? 2 : 1),
  (ch) => (ch.charCodeAt(0) >= 0x2e80 ? 2 : 1),
  () => 1,
];

interface Cell {
  text: string;
  from: number;
  to: number;
}

/** The cells of a line (runs of text; one space or ideographic space inside a cell, more between cells), placed. */
function cellsOf(raw: string, w: Measure): Cell[] {
  const out: Cell[] = [];
  let col = 0;
  let cell: Cell | null = null;
  let gap = '';
  for (const ch of raw.replace(/\t/gu, '    ')) {
    const width = w(ch);
    if (ch === ' ' || ch === '\u3000') gap += ch;
    else {
      if (cell && gap.length === 1) cell.text += gap;
      else if (gap.length > 1 || !cell) {
        cell = { text: '', from: col, to: col };
        out.push(cell);
      }
      cell.text += ch;
      cell.to = col + width;
      gap = '';
    }
    col += width;
  }
  return out;
}

/** A header word letter-spaced wider than a gap (`单   位`, `属   性`): its one-character cells joined again. */
function joinSpacedWords(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const last = out.at(-1);
    const joined = last ? squash(last.text) + squash(c.text) : '';
    if (last && [...squash(c.text)].length === 1 && [...squash(last.text)].length <= 3 && !isHeaderWord(last.text) && isHeaderWord(joined)) {
      out[out.length - 1] = { text: `${last.text}${' '.repeat(Math.max(1, c.from - last.to))}${c.text}`, from: last.from, to: c.to };
    } else out.push({ ...c });
  }
  return out;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

/** Whether a line is a row of a space-aligned table: two cells or more. */
function isSpacedRow(raw: string): boolean {
  return raw.trim() !== '' && SPACE_GAP.test(raw.trim()) && cellsOf(raw, MEASURES[1]!).length >= 2;
}

/** Header lines: the leading lines whose cells are header words or empty, not figures. */
function headerLines(lines: ReadonlyArray<Cell[]>): number {
  let n = 0;
  while (n < Math.min(3, lines.length - 1) && lines[n]!.every((c) => !NUMBER_CELL.test(c.text)) && (n === 0 || lines[n]!.some((c) => isHeaderWord(c.text)))) n++;
  return Math.max(1, n);
}

/** Column spans: the stretches between the columns the body rows leave blank. */
function columnsOf(lines: ReadonlyArray<Cell[]>, head: number): Array<{ from: number; to: number }> {
  const body = lines.slice(head).filter((cells) => cells.length >= 2);
  const width = Math.max(...lines.flat().map((c) => c.to));
  // A column two rows fill, or one row under a header word; what one row prints where no other row
  // and no header does is a cell out of line (placed under the next column, and warned of).
  const count = new Array<number>(width).fill(0);
  for (const cells of body) for (const c of cells) for (let x = c.from; x < c.to; x++) count[x]!++;
  const headed = new Array<boolean>(width).fill(false);
  for (const cells of lines.slice(0, head)) for (const c of cells) for (let x = c.from; x < c.to; x++) headed[x] = true;
  const used = count.map((n, x) => n >= 2 || (n === 1 && (headed[x] || body.length < 3)));
  const cols: Array<{ from: number; to: number }> = [];
  for (let x = 0; x < width; x++) {
    if (!used[x]) continue;
    const last = cols.at(-1);
    if (last && last.to === x) last.to = x + 1;
    else cols.push({ from: x, to: x + 1 });
  }
  return cols;
}

function place(cells: Cell[], cols: Array<{ from: number; to: number }>): Array<{ k: number; text: string }> {
  return cells.map((c) => {
    let k = cols.findIndex((col) => c.from < col.to && c.to > col.from);
    if (k < 0) k = cols.findIndex((col) => col.from >= c.from);
    return { k: k < 0 ? cols.length - 1 : k, text: c.text };
  });
}

/**
 * A space-aligned table starting at `start`: a header line naming columns (two gaps or more), then at least
 * two rows, one line each, up to a blank line, a line of one cell or a heading; null when the lines are no
 * such table.
 */
export function readSpaceTable(lines: readonly string[], start: number, isStructural: (text: string) => boolean = () => false): SpaceTable | null {
  const header = lines[start]!;
  if (!HEADER_WORD.test(header) || header.trim().split(SPACE_GAP).length < 3) return null;
  let end = start + 1;
  // A group row (一、学前教育) is one cell across the table, between two rows of it.
  const isGroupLine = (j: number) => {
    const t = lines[j]?.trim() ?? '';
    return t !== '' && [...t].length <= 20 && !/[。；;：:，,]/u.test(t) && cellsOf(lines[j]!, MEASURES[1]!).length === 1 && isSpacedRow(lines[j + 1] ?? '');
  };
  // A heading after the table (第三章  主要任务) is no row of it, however it is spaced.
  const isHeading = (j: number) => isStructural(lines[j]!.trim()) && cellsOf(lines[j]!, MEASURES[1]!).length <= 2;
  while (end < lines.length && ((isSpacedRow(lines[end]!) && !isHeading(end)) || isGroupLine(end))) end++;
  if (end - start < 3) return null;
  const raws = lines.slice(start, end);
  // The way of counting under which the cells of each column line up best (one left or right edge),
  // then under which the most columns stand under a header word.
  let best: { cols: Array<{ from: number; to: number }>; cells: Cell[][]; head: number; score: number } | null = null;
  for (const w of MEASURES) {
    const cells = raws.map((r) => cellsOf(r, w));
    const head = headerLines(cells);
    for (let h = 0; h < head; h++) cells[h] = joinSpacedWords(cells[h]!);
    const cols = columnsOf(cells, head);
    const edges = cols.map(() => ({ from: new Set<number>(), to: new Set<number>() }));
    for (const line of cells.slice(head)) {
      for (const c of line) {
        const k = cols.findIndex((col) => c.from < col.to && c.to > col.from);
        if (k >= 0) edges[k]!.from.add(c.from), edges[k]!.to.add(c.to);
      }
    }
    const ragged = edges.reduce((n, e) => n + Math.min(e.from.size, e.to.size) - 1, 0);
    const headed = cols.filter((col) => cells.slice(0, head).some((line) => line.some((c) => c.from < col.to && c.to > col.from))).length;
    // Two header words of one line over one column: the columns are not where this way of counting puts them.
    const crowded = cells.slice(0, head).reduce((n, line) => n + line.length - new Set(place(line, cols).map((p) => p.k)).size, 0);
    const score = 4 * ragged + 3 * crowded + cols.length - 2 * headed;
    if (!best || score < best.score) best = { cols, cells, head, score };
  }
  const { cols, cells, head } = best!;
  if (cols.length < 3) return null;
  const collisions: SpaceTable['collisions'] = [];
  const rows = cells.map((line, i) => {
    const row = cols.map(() => '');
    for (const { k, text } of place(line, cols)) {
      if (row[k] !== '' && i >= head) {
        collisions.push({ line: start + i, under: cells.slice(0, head).flatMap((h) => place(h, cols)).find((p) => p.k === k)?.text ?? String(k + 1) });
        row[k] = `${row[k]} ${text}`;
      } else row[k] = row[k] === '' ? text : `${row[k]} ${text}`;
    }
    return row;
  });
  return { rows, first: start, last: end, collisions };
}
