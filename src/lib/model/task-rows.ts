/**
 * The rows of a task list (任务清单, 任务分解表, 重点任务清单) read as measures: the measure as printed, the
 * task it belongs to, its lead and supporting units and its deadline. A cell printed once for several rows
 * (a merged 重点任务 or 责任单位 cell, which the text leaves empty below its first row) is carried down.
 * Shared by the importer (which reports every row beside its source line) and the clause model (which makes
 * each row a clause the site lists as a measure and a progress file can report on).
 */
import { findDeadline, parseDeadline, type Deadline } from './deadlines.ts';
import { readUnitList } from './responsibility.ts';
import type { ColumnRole, TableRoles } from './table-roles.ts';

export interface TaskRow {
  /** 1-based index of the row in the table's body (the header not counted). */
  row: number;
  /** Number as printed in the 序号 cell (carried down over merged cells), or null. */
  no: string | null;
  /** The task the row belongs to (重点任务 cell, or the group cell), or null. */
  task: string | null;
  /** The measure as printed (具体措施 cell, else the task cell). */
  text: string;
  lead: string[];
  support: string[];
  /** Units listed without a role. */
  units: string[];
  /** The deadline cell as printed with the date it names, or one printed inside the measure, or null. */
  deadline: Deadline | null;
}

/** A row's cells with empty cells of the carried columns filled from the row above (merged cells). */
export function carryDown(rows: readonly string[][], carried: readonly number[]): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    // An empty row (a repeated header blanked, tableView) is not a row: merged cells run on past it.
    const prev = out.findLast((r) => r.some((c) => c.trim() !== ''));
    if (row.every((c) => c.trim() === '')) {
      out.push([...row]);
      continue;
    }
    out.push(row.map((c, i) => (c === '' && prev && carried.includes(i) ? prev[i]! : c)));
  }
  return out;
}

/** Each body row of a task list that holds a measure or a task; `rows` includes the header row. */
export function readTaskRows(rows: readonly string[][], roles: Pick<TableRoles, 'roles'>): TaskRow[] {
  const col = (role: ColumnRole) => roles.roles.indexOf(role);
  const [no, task, measure, units, lead, support, deadline, group] = (['no', 'task', 'measure', 'units', 'lead', 'support', 'deadline', 'group'] as const).map(col) as [
    number, number, number, number, number, number, number, number,
  ];
  // Merged cells (a task over several rows, one deadline for them) are printed once: carry them down.
  const body = carryDown(rows.slice(1), [no, task, group, units, lead, support, deadline].filter((c) => c >= 0));
  const out: TaskRow[] = [];
  body.forEach((cells, r) => {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const text = cell(measure) || cell(task);
    if (text === '') return;
    const who = readUnitList(cell(units));
    const leads = readUnitList(cell(lead));
    const supports = readUnitList(cell(support));
    out.push({
      row: r + 1,
      no: cell(no) || null,
      task: measure >= 0 ? cell(task) || null : cell(group) || null,
      text,
      lead: [...(who?.lead ?? []), ...(leads ? [...leads.lead, ...leads.units, ...leads.support] : [])],
      support: [...(who?.support ?? []), ...(supports ? [...supports.lead, ...supports.units, ...supports.support] : [])],
      units: who?.units ?? [],
      deadline: cell(deadline) ? parseDeadline(cell(deadline)) : findDeadline(text),
    });
  });
  return out;
}
