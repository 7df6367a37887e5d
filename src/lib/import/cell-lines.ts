/**
 * Tables copied out of a PDF viewer or a web page one cell a line, with the empty cells left out: the
 * header's words one a line, then the cells of each row. Which cell belongs to which row and column is read
 * from what each holds (a figure under a year, a unit under 单位, 约束性 under 属性, a department under
 * 牵头单位, a date under 时限), choosing the placement of the whole table that fits best, in order, so that
 * a group printed only on its first row, an empty unit and a row without supporting units keep their places.
 */
import { isHeaderWord, readTableRoles, type ColumnRole } from '../model/table-roles.ts';

export interface CellLinesTable {
  /** The header row, then one row per table row, '' for a cell left out. */
  rows: string[][];
  /** How many of the rows are the header. */
  headerRows: number;
  /** 0-based index of the first line and one past the last. */
  first: number;
  last: number;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');
const UNIT = /^(?:[%％‰]|[万亿]?元(?:\/\S+)?|[万千]?人次?|所|个|名|年|岁|次|间|张|台|册|套|项|件|座|班|[万]?平方米|米|小时|学时|天|分|[—－-]{1,2}|\/|无)$/u;
const FIGURE = /^(?:[≥≤＞＜><]=?|不低于|不少于|不高于|不超过|达到)?\s*\d+(?:\.\d+)?\s*[%％]?\s*(?:以上|以下|以内|左右)?$/u;
const DASH = /^[—－\-–/]{1,2}$/u;
const ATTRIBUTE = /^(?:约束性|预期性|约束|预期)$/u;
const DEPARTMENT = /(?:局|委|办|政府|会|院|部|厅|中心|队|所|处|室|公司|团[县区市]委|办事处)(?:[（(](?:牵头|配合)[）)]|牵头|配合|协助|参与|等)?$/u;
const DEADLINE = /\d{4}\s*年|持续|长期|每年|常态|底前|年内|逐年|分年度|[一二三四]季度/u;
const PERIOD = /\d{4}\s*[—–\-~～至]\s*\d{4}|^\d{4}年?$/u;

/** How well a cell's text fits a column's role: positive fits, negative does not. */
function fit(text: string, role: ColumnRole): number {
  const t = squash(text);
  const n = [...t].length;
  const department = t.split(/[、，,]/u).every((u) => DEPARTMENT.test(u));
  switch (role) {
    case 'no':
      // A row's number opens it: worth more than a figure elsewhere.
      return /^\d{1,3}[.、．]?$/u.test(t) ? 5 : -6;
    case 'group':
      return n <= 8 && !/\d/u.test(t) && !UNIT.test(t) && !ATTRIBUTE.test(t) && !department ? 1 : -4;
    case 'unit':
      return DASH.test(t) ? 1 : UNIT.test(t) ? 3 : -6;
    case 'baseline':
    case 'target':
    case 'milestone':
    case 'budget':
    case 'area':
      return FIGURE.test(t) ? 3 : DASH.test(t) ? 2 : n <= 16 && !ATTRIBUTE.test(t) && !department && role !== 'budget' && role !== 'area' ? 0.5 : -5;
    case 'attribute':
      return ATTRIBUTE.test(t) ? 5 : -6;
    case 'lead':
    case 'support':
    case 'units':
      return department ? 3 : -4;
    case 'deadline':
      return DEADLINE.test(t) && n <= 16 ? 3 : -4;
    case 'period':
      return PERIOD.test(t) ? 3 : -4;
    case 'note':
    case 'other':
      return 0;
    default: {
      // name, task, measure, project, content: words, not a figure, a unit, a department or a date.
      if (FIGURE.test(t) || UNIT.test(t) || ATTRIBUTE.test(t) || department || (DEADLINE.test(t) && n <= 10)) return -5;
      // A task is a short phrase (推进教育数字化); a measure says what is done, often in clauses.
      if (role === 'task') return n <= 14 && !/[，,；;]/u.test(t) ? 2 : 0.5;
      if (role === 'measure') return /[，,；;]/u.test(t) || n > 14 ? 2.5 : 1.5;
      return n >= 4 ? 2 : 0.5;
    }
  }
}

/** What leaving a column of a row empty costs: a name or a target is always printed, a group seldom is. */
function emptyCost(role: ColumnRole): number {
  if (role === 'name' || role === 'measure' || role === 'project') return 4;
  // A task merged down over its measures is printed once.
  if (role === 'task') return 1;
  if (role === 'target' || role === 'baseline' || role === 'attribute' || role === 'deadline' || role === 'lead' || role === 'units') return 2;
  return 0.5;
}

/**
 * The header's rows: a word over several columns (指标值 over 2025年｜2030年, flattened row by row) stands
 * over the years printed after the first header row, which take its place in a second header row.
 */
function headerRows(words: string[]): string[][] {
  const yearish = (w: string) => /\d{4}\s*年|基期|目标值|现状|中期/u.test(w);
  let tail = words.length;
  while (tail > 0 && yearish(words[tail - 1]!)) tail--;
  const head = words.slice(0, tail);
  const years = words.slice(tail);
  const span = head.findIndex((w) => !yearish(w) && /指标值|目标|规划值|预期值/u.test(squash(w)));
  if (years.length < 2 || span < 0 || head.some(yearish)) return [words];
  const blank = (n: number) => new Array<string>(n).fill('');
  return [
    [...head.slice(0, span), head[span]!, ...blank(years.length - 1), ...head.slice(span + 1)],
    [...blank(span), ...years, ...blank(head.length - span - 1)],
  ];
}

/** The header: three lines or more, each one header word. */
function readHeader(lines: readonly string[], start: number, isStructural: (text: string) => boolean): { words: string[]; end: number } | null {
  const words: string[] = [];
  let i = start;
  while (i < lines.length && lines[i]!.trim() !== '' && [...squash(lines[i]!)].length <= 16 && !isStructural(lines[i]!.trim()) && isHeaderWord(lines[i]!.trim())) words.push(lines[i++]!.trim());
  return words.length >= 3 ? { words, end: i } : null;
}

/** Places the cells under the columns: the best placement of all the cells, row after row. */
function placeCells(cells: readonly string[], roles: readonly ColumnRole[]): string[][] {
  const K = roles.length;
  const skip = (from: number, to: number) => roles.slice(from, to).reduce((s, r) => s + emptyCost(r), 0);
  // best[i][k]: score with cells before i placed and the current row's next free column k (0: a new row).
  const best = Array.from({ length: cells.length + 1 }, () => new Array<number>(K + 1).fill(-Infinity));
  const from = Array.from({ length: cells.length + 1 }, () => new Array<[number, number, number]>(K + 1));
  best[0]![0] = 0;
  for (let i = 0; i <= cells.length; i++) {
    for (let k = 1; k <= K; k++) {
      const s = best[i]![k]! - skip(k, K) - 1;
      if (s > best[i]![0]!) [best[i]![0], from[i]![0]] = [s, [i, k, -1]];
    }
    if (i === cells.length) break;
    for (let k = 0; k < K; k++) {
      if (best[i]![k] === -Infinity) continue;
      for (let c = k; c < K; c++) {
        const s = best[i]![k]! - skip(k, c) + fit(cells[i]!, roles[c]!);
        if (s > best[i + 1]![c + 1]!) [best[i + 1]![c + 1], from[i + 1]![c + 1]] = [s, [i, k, c]];
      }
    }
  }
  // Back from the end (a row closed), collecting each cell's column.
  const column = new Array<number>(cells.length);
  const newRow = new Set<number>();
  let [i, k] = [cells.length, 0];
  while (i > 0 || k > 0) {
    const [pi, pk, c] = from[i]![k]!;
    if (c < 0) newRow.add(i);
    else column[pi] = c;
    [i, k] = [pi, pk];
  }
  const rows: string[][] = [];
  cells.forEach((text, j) => {
    if (j === 0 || newRow.has(j)) rows.push(roles.map(() => ''));
    rows.at(-1)![column[j]!] = text;
  });
  return rows;
}

/** A table printed one cell a line from `start` (its header's words first), or null. */
export function readCellLines(lines: readonly string[], start: number, isStructural: (text: string) => boolean): CellLinesTable | null {
  const header = readHeader(lines, start, isStructural);
  if (!header) return null;
  const head = headerRows(header.words);
  const columns = head[0]!.map((w, k) => (head.length > 1 && head[1]![k] ? `${w || head[0]!.slice(0, k).reverse().find(Boolean)} › ${head[1]![k]}` : w));
  const { kind, roles } = readTableRoles(columns);
  if (kind === 'other') return null;
  // Runs of cells, between group rows (一、学前教育: one cell across the table, followed by a row's first cell).
  const runs: Array<{ group: string | null; cells: string[] }> = [{ group: null, cells: [] }];
  const cell = (t: string) => t !== '' && !isStructural(t) && !/[。]$/u.test(t) && [...t].length <= 80;
  let i = header.end;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (cell(t)) {
      runs.at(-1)!.cells.push(t);
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (t === '' || [...t].length > 20 || /[。；;：:，,]/u.test(t) || !cell(next) || fit(next, roles[0]!) <= 0) break;
    runs.push({ group: t, cells: [] });
  }
  if (runs.reduce((n, r) => n + r.cells.length, 0) < 2) return null;
  const body = runs.flatMap((r) => [...(r.group !== null ? [roles.map((_, k) => (k === 0 ? r.group! : ''))] : []), ...(r.cells.length ? placeCells(r.cells, roles) : [])]);
  return { rows: [...head, ...body], headerRows: head.length, first: start, last: i };
}
