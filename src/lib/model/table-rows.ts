/**
 * The rows of a table printed in the text (any table but a task list, whose rows are measures of their
 * own), each named as a reader names it: by its name cell (指标, 项目 …), the other cells after it under
 * their headers (`学前三年毛入园率（%）：学前教育，2020年 95，2025年 96，属性 约束性`). A search result for a
 * row is titled and excerpted with these words, never with the header line that opens the table, and the
 * full text gives each row the anchor `<table id>-r<n>` (n counts the header as row 0, as task lists do).
 */
import type { Clause } from './clauses.ts';
import { readTableRoles } from './table-roles.ts';

export interface TableRow {
  /** The row's place in the table, the header being row 0. */
  n: number;
  /** The row's name cell as printed. */
  name: string;
  /** The row in words: its name, then each other cell after its header. */
  text: string;
  /** Every cell as printed. */
  cells: string[];
}

/** Spaces inside a header word go (`项   目` → `项目`, `2020 年` → `2020年`): letter-spacing, not words. */
const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');
const NUMBER = /^[\d.,%％\-—–]+$/u;

/** The column that names a row: the header's name column (or project, task, measure), else none. */
function nameColumn(header: readonly string[], firstRow: readonly string[]): number {
  const roles = readTableRoles(header).roles;
  let col = roles.indexOf('name');
  if (col < 0) col = roles.findIndex((r) => r === 'project' || r === 'task' || r === 'measure');
  // A name header spanning two columns (项 目 over 学前教育 | 学前三年毛入园率): the name is in the second.
  if (col >= 0 && squash(header[col + 1] ?? 'x') === '' && firstRow[col + 1] && !NUMBER.test(firstRow[col + 1]!)) col += 1;
  return col;
}

/** The data rows of a table clause (its text is the table, rows by line, cells by tab); none for a one-line table. */
export function tableRows(table: Pick<Clause, 'text'>): TableRow[] {
  const lines = table.text.split('\n').map((l) => l.split('\t').map((x) => x.trim()));
  if (lines.length < 2) return [];
  const header = lines[0]!;
  const col = nameColumn(header, lines[1]!);
  const out: TableRow[] = [];
  lines.slice(1).forEach((cells, k) => {
    const filled = cells.filter(Boolean);
    // An empty row, or a group row (一、学前教育) that only heads the rows below it.
    if (filled.length < 2) return;
    const name = (col >= 0 && cells[col]) || filled.find((x) => !NUMBER.test(x)) || filled[0]!;
    const at = col >= 0 && cells[col] ? col : cells.indexOf(name);
    const rest = cells
      .map((x, i) => ({ x, i, h: i < at ? '' : squash(header[i] ?? '') }))
      .filter(({ x, i }) => x && i !== at)
      .map(({ x, h }) => (h ? `${h} ${x}` : x));
    out.push({ n: k + 1, name, text: `${name}：${rest.join('，')}`, cells });
  });
  return out;
}

/** The anchor of a table's row in the full text. */
export const tableRowId = (table: Pick<Clause, 'id'>, n: number): string => `${table.id}-r${n}`;
