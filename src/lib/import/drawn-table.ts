/**
 * Tables drawn with characters in a text file: box-drawing lines (┌─┬─┐ │ ├─┼─┤ └─┴─┘, and the double-line
 * ╔═╦═╗ ║ forms), ASCII grids (+----+----+ | … |) and Markdown pipe tables (| 指标 | 单位 | over |---|---|).
 * A drawn grid says for certain what a flat text loses: where each column begins (the junctions and
 * vertical bars), where each row ends (the rule lines), which cells are merged (a bar missing inside a
 * row is a cell spanning columns; a rule left blank under a cell is a cell spanning rows) and which lines of
 * text are one cell wrapped (the lines between two rules). The table is given to the recognisers as the
 * grid of a Word table is: rows with their cells, spans and, where a double rule (═ or =) marks it, the
 * header rows. Editors count a Chinese character, and sometimes a box-drawing one, as one column or as
 * two: each way of counting is tried and the one under which the bars line up is taken.
 */
import type { DocCell } from './document.ts';
import { isHeaderWord } from '../model/table-roles.ts';

export interface DrawnTable {
  /** Rows as the recognisers read them: an origin cell's text where it starts, a covered position empty. */
  rows: string[][];
  /** The grid: origin cells with their spans. */
  cells: DocCell[][];
  /** Header rows when a double rule marks them, else null (the recogniser decides). */
  headerRows: number | null;
  /** For each row, its first line (0-based) and the lines it was printed on joined by a line break. */
  printed: Array<{ line: number; text: string }>;
  /** 0-based index of the table's first line and one past its last. */
  first: number;
  last: number;
}

const VERTICAL = new Set([...'│┃║┆┇┊┋╎╏|']);
const HORIZONTAL = new Set([...'─━═┄┅┈┉╌╍-=']);
const DOUBLE = new Set([...'═=']);
const isBox = (ch: string) => ch >= '\u2500' && ch <= '\u257f';
/** A character that draws the grid (never text): box-drawing, and + - = | : on a rule line. */
const isRuleChar = (ch: string) => isBox(ch) || ch === '+' || ch === '-' || ch === '=' || ch === '|' || ch === ':';
const isJunction = (ch: string) => (isBox(ch) && !VERTICAL.has(ch) && !HORIZONTAL.has(ch)) || ch === '+';

/** A line drawing a rule of the grid: only grid characters and spaces, with a run of two horizontals. */
function isRuleLine(raw: string): boolean {
  const t = raw.trim();
  if (t.length < 3 || !/(?:[─━═┄┅┈┉╌╍]{2}|-{2}|={2})/u.test(t)) return false;
  if (![...t].every((ch) => isRuleChar(ch) || ch === ' ' || ch === '\u3000')) return false;
  // An ASCII line of dashes alone is a separator of the text, not a grid's rule.
  return [...t].some((ch) => isBox(ch) || ch === '+' || ch === '|');
}

/** A line of cells: opens with a vertical bar and has another after some text. */
function isCellLine(raw: string): boolean {
  const t = raw.trim();
  return t.length >= 3 && VERTICAL.has(t[0]!) && [...t.slice(1)].some((ch) => VERTICAL.has(ch)) && !isRuleLine(raw);
}

/** A Markdown table's line under its header: |---|:---:|. */
const MD_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

/** Whether a line is part of a drawn table (for the wrap-width count and the like, which must not read it as prose). */
export function isDrawnLine(raw: string): boolean {
  return isRuleLine(raw) || isCellLine(raw) || MD_SEPARATOR.test(raw);
}

type Measure = (ch: string) => number;
const WIDE_PUNCT = /[\u2014\u2018-\u201d\u2460-\u2473\u3000-\u303f]/u;
const cjk = (ch: string) => ch.charCodeAt(0) >= 0x2e80 || /[\uff00-\uff60\uffe0-\uffe6]/u.test(ch);
/** Box-drawing narrow or wide; CJK wide; some punctuation wide or not; or every character one column. */
const MEASURES: Measure[] = [
  (ch) => (isBox(ch) ? 1 : cjk(ch) || WIDE_PUNCT.test(ch) ? 2 : 1),
  (ch) => (isBox(ch) || cjk(ch) || WIDE_PUNCT.test(ch) ? 2 : 1),
  (ch) => (isBox(ch) ? 1 : cjk(ch) ? 2 : 1),
  (ch) => (isBox(ch) || cjk(ch) ? 2 : 1),
  () => 1,
];

interface Placed {
  ch: string;
  x: number;
}

function place(raw: string, w: Measure): Placed[] {
  const out: Placed[] = [];
  let x = 0;
  for (const ch of raw.replace(/\t/gu, '    ')) {
    out.push({ ch, x });
    x += w(ch);
  }
  return out;
}

/** Where the grid's bars stand on a line: junctions of a rule, vertical bars of a line of cells. */
function barsOf(line: Placed[], rule: boolean): number[] {
  return line.filter((p) => (rule ? isJunction(p.ch) || VERTICAL.has(p.ch) : VERTICAL.has(p.ch))).map((p) => p.x);
}

/** Reads a drawn table whose first line is `start`, or null when none starts there. */
export function readDrawnTable(lines: readonly string[], start: number): DrawnTable | null {
  const first = lines[start] ?? '';
  if (isCellLine(first) && MD_SEPARATOR.test(lines[start + 1] ?? '') && first.trim().startsWith('|')) return readMarkdownTable(lines, start);
  if (!isRuleLine(first) || !isJunction(first.trim()[0]!) || !isCellLine(lines[start + 1] ?? '')) return null;
  let last = start;
  while (last < lines.length && (isRuleLine(lines[last]!) || isCellLine(lines[last]!))) last++;
  // The table ends on its bottom rule.
  while (last > start && !isRuleLine(lines[last - 1]!)) last--;
  const region = lines.slice(start, last);
  if (region.filter((l) => isCellLine(l)).length < 2) return null;
  let best: { placed: Placed[][]; xs: number[] } | null = null;
  for (const w of MEASURES) {
    const placed = region.map((l) => place(l, w));
    const xs = [...new Set(placed.flatMap((p, i) => barsOf(p, isRuleLine(region[i]!))))].sort((a, b) => a - b);
    if (!best || xs.length < best.xs.length) best = { placed, xs };
  }
  return gridOf(region, best!.placed, best!.xs, start);
}

interface Band {
  /** Indexes into the region of the lines of cells of this row. */
  lines: number[];
  /** Index into the region of the rule under it, or -1 (rows of one band not ruled apart). */
  ruleBelow: number;
}

function gridOf(region: readonly string[], placed: Placed[][], xs: number[], start: number): DrawnTable | null {
  const C = xs.length - 1;
  if (C < 2) return null;
  const near = (x: number, target: number) => Math.abs(x - target) <= 1;
  const colOf = (x: number) => xs.findIndex((b) => near(x, b));
  // Bands of lines between rules.
  const bands: Band[] = [];
  let current: number[] = [];
  const rules: number[] = [];
  region.forEach((raw, i) => {
    if (isRuleLine(raw)) {
      if (current.length) bands.push({ lines: current, ruleBelow: i });
      current = [];
      rules.push(i);
    } else current.push(i);
  });
  if (bands.length === 0) return null;
  // Which bars a line of cells has, and which columns a rule draws across.
  const barsAt = (i: number) => new Set(barsOf(placed[i]!, false).map(colOf).filter((c) => c >= 0));
  const ruled = (i: number, c: number) => placed[i]!.some((p) => p.x > xs[c]! && p.x < xs[c + 1]! && HORIZONTAL.has(p.ch));
  // The last band under bands of header words only is a body not ruled between its rows: each line a row
  // Otherwise a band is one row, its lines the wrapped lines of its cells.
  // A band of header words, or a title across the table (no bar inside it).
  const headerish = (b: Band) =>
    b.lines.every((i) => barsAt(i).size <= 2) ||
    Array.from({ length: C }, (_, c) => b.lines.map((i) => textIn(placed[i]!, xs[c]!, xs[c + 1]!).trim()).join('')).every((t) => t === '' || isHeaderWord(t));
  // (Two bands, a header and a body of several lines, are that too: a table of one wrapped row is rare.)
  const unruledBody = bands.length >= 2 && bands.at(-1)!.lines.length >= 2 && (bands.length === 2 || bands.slice(0, -1).every(headerish));
  const rows: Band[] = [];
  bands.forEach((b, k) => {
    if (!unruledBody || k < bands.length - 1) return void rows.push(b);
    b.lines.forEach((i, j) => rows.push({ lines: [i], ruleBelow: j === b.lines.length - 1 ? b.ruleBelow : -1 }));
  });
  const R = rows.length;
  // Owner of each slot: union of slots into rectangles.
  const owner: Array<Array<DocCell | null>> = Array.from({ length: R }, () => Array.from({ length: C }, () => null));
  const out: DocCell[][] = rows.map(() => []);
  const text: string[][] = rows.map(() => Array.from({ length: C }, () => ''));
  const barBetween = (r: number, c: number) => rows[r]!.lines.some((i) => barsAt(i).has(c));
  const openBelow = (r: number, c: number) => rows[r]!.ruleBelow >= 0 && r + 1 < R && !ruled(rows[r]!.ruleBelow, c);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (owner[r]![c]) continue;
      let colSpan = 1;
      while (c + colSpan < C && !barBetween(r, c + colSpan)) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < R && Array.from({ length: colSpan }, (_, k) => openBelow(r + rowSpan - 1, c + k)).every(Boolean)) rowSpan++;
      const parts: string[] = [];
      for (let k = 0; k < rowSpan; k++) for (const i of rows[r + k]!.lines) parts.push(textIn(placed[i]!, xs[c]!, xs[c + colSpan]!).trim());
      const cell: DocCell = { text: joinWrapped(parts.filter(Boolean)), rowSpan, colSpan };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) owner[r + dr]![c + dc] = cell;
      out[r]!.push(cell);
      text[r]![c] = cell.text;
    }
  }
  // A double rule (═ =) under the top one closes the header.
  const doubleRule = rules.find((i, k) => k > 0 && k < rules.length - 1 && placed[i]!.some((p) => DOUBLE.has(p.ch)) && !placed[rules[0]!]!.some((p) => DOUBLE.has(p.ch)));
  const headerRows = doubleRule !== undefined ? rows.filter((b) => b.lines.at(-1)! < doubleRule).length : null;
  return {
    rows: text,
    cells: out,
    headerRows: headerRows && headerRows < R ? headerRows : null,
    printed: rows.map((b) => ({ line: start + b.lines[0]!, text: b.lines.map((i) => region[i]!).join('\n') })),
    first: start,
    last: start + region.length,
  };
}

/** The text of a line between two bars (exclusive). */
function textIn(line: Placed[], from: number, to: number): string {
  return line
    .filter((p) => p.x > from && p.x < to && !VERTICAL.has(p.ch))
    .map((p) => p.ch)
    .join('');
}

/** A cell's wrapped lines as one text: Chinese and figures run on without a space; two Latin words keep one. */
function joinWrapped(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (acc === '' ? p : /[A-Za-z]$/u.test(acc) && /^[A-Za-z]/u.test(p) ? `${acc} ${p}` : acc + p), '');
}

/** Cells of a Markdown row: split on | not escaped, the outer bars dropped. */
function mdCells(raw: string): string[] {
  const t = raw.trim().replace(/^\|/u, '').replace(/(?<!\\)\|$/u, '');
  return t.split(/(?<!\\)\|/u).map((c) => c.trim());
}

function readMarkdownTable(lines: readonly string[], start: number): DrawnTable | null {
  let last = start;
  const rowLines: number[] = [];
  while (last < lines.length && (isCellLine(lines[last]!) || MD_SEPARATOR.test(lines[last]!))) {
    if (!MD_SEPARATOR.test(lines[last]!)) rowLines.push(last);
    last++;
  }
  const rows = rowLines.map((i) => mdCells(lines[i]!));
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 2 || rows.length < 2) return null;
  for (const r of rows) while (r.length < width) r.push('');
  return {
    rows,
    cells: rows.map((r) => r.map((text) => ({ text, rowSpan: 1, colSpan: 1 }))),
    headerRows: null,
    printed: rowLines.map((i) => ({ line: i, text: lines[i]! })),
    first: start,
    last,
  };
}

/** The text of a drawn table's printed line, less the characters that draw it (for the fidelity proof). */
export function drawnCellTexts(raw: string): string[] {
  return raw
    .split(/[│┃║┆┇┊┋╎╏|\n]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '' && ![...s].every((ch) => isRuleChar(ch) || ch === ' ' || ch === '\u3000'));
}
