/**
 * Writes the 台账 workbook of one plan and year: a 说明 sheet (the file's dates and default provenance,
 * and every column explained in plain Chinese), one sheet each for 指标, 任务 and 项目 (ids and official
 * text locked, earlier years pre-filled for context, this year's columns open, drop-downs for status and
 * provenance), and a 修订 sheet for corrections of a published figure. No macros: a plain .xlsx that Excel
 * and WPS open as it is. Sheets are protected without a password, so a clerk can lift the lock knowingly
 * (审阅 → 撤销工作表保护), but not by accident.
 */
import ExcelJS from 'exceljs';
import type { PlanBundle } from '../model/plan.ts';
import type { ProgressFile } from '../../schemas/progress.ts';
import type { Source } from '../../schemas/common.ts';
import { statusLabel, statusLabels, type StatusKind } from '../content/status-labels.ts';
import { taskClauses } from '../progress/views.ts';
import {
  FORMAT,
  META_SHEET,
  PROVENANCE_LABELS,
  SHEET,
  indicatorColumns,
  projectColumns,
  revisionColumns,
  taskColumns,
  type Column,
  type FieldKey,
} from './layout.ts';

type Cell = string | number | null;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
/** A fixed date, so that the same content always gives the same workbook. */
const EPOCH = new Date(Date.UTC(2020, 0, 1));

function provenanceLabel(p: string | undefined): string | null {
  return PROVENANCE_LABELS.find(([id]) => id === p)?.[1] ?? null;
}

function sourceCells(s: Source | undefined): Partial<Record<FieldKey, Cell>> {
  return {
    sourceTitle: s?.title ?? null,
    sourcePublisher: s?.publisher ?? null,
    sourceUrl: s?.url ?? null,
    sourceDate: s?.date ?? null,
    sourceQuote: s?.quote ?? null,
  };
}

function listValidation(labels: readonly string[]): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${labels.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '请从列表中选择',
    error: `只能填写：${labels.join('、')}`,
  };
}

function addDataSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Array<Partial<Record<FieldKey, Cell>>>,
  statusKind: StatusKind | null,
  opts: { protect: boolean; freezeColumns: number; extraRows?: number },
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: opts.freezeColumns, ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (c.input) cell.note = c.explain;
  });
  header.height = 30;
  const total = rows.length + (opts.extraRows ?? 0);
  for (let r = 0; r < total; r++) {
    const data = rows[r] ?? {};
    const row = ws.getRow(r + 2);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = data[c.key];
      if (v !== undefined && v !== null) cell.value = v;
      if (c.key === 'text' || c.key === 'summary' || c.key === 'sourceQuote') cell.alignment = { wrapText: true, vertical: 'top' };
      if (!c.input) return;
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      if (c.key === 'status' && statusKind) cell.dataValidation = listValidation(statusLabels(statusKind).map(([, l]) => l));
      if (c.key === 'provenance') cell.dataValidation = listValidation(PROVENANCE_LABELS.map(([, l]) => l));
      if (c.key === 'value' || c.key === 'revValue') cell.numFmt = 'General';
    });
  }
  if (opts.protect) {
    // No password: the lock prevents accidents, not a clerk who means it.
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

/** The workbook for `year` of `plan`, filled from `file` (that year's progress, or null for a new year). */
export async function writeWorkbook(plan: PlanBundle, year: number, file: ProgressFile | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-progress-site';
  wb.created = EPOCH;
  wb.modified = EPOCH;
  const earlierFiles = plan.progress.filter((p) => p.year < year).sort((a, b) => a.year - b.year);
  const earlierYears = earlierFiles.map((p) => p.year);
  const f: ProgressFile = file ?? { plan: plan.id, year, asOf: `${year}-12-31`, published: '', provenance: 'official', indicators: [], clauses: [], projects: [] };

  addGuideSheet(wb, plan, year, f, earlierYears);

  // 指标
  addDataSheet(wb, SHEET.indicators, indicatorColumns(year, earlierYears), indicatorRows(plan, f, earlierFiles), 'indicator', { protect: true, freezeColumns: 2 });

  // 任务
  addDataSheet(wb, SHEET.tasks, taskColumns(year, earlierYears), taskRows(plan, f, earlierFiles), 'clause', { protect: true, freezeColumns: 2 });

  // 项目
  addDataSheet(wb, SHEET.projects, projectColumns(year, earlierYears), projectRows(plan, f, earlierFiles), 'project', { protect: true, freezeColumns: 2 });

  // 修订: one row per earlier published value, in the order of the indicators and of their revisions.
  const revisionRows = f.indicators.flatMap((e) =>
    (e.revisions ?? []).map((rev) => ({
      id: e.indicator,
      name: plan.indicators.find((i) => i.id === e.indicator)?.name ?? null,
      revValue: rev.value,
      revPublished: rev.published,
      revNote: rev.note ?? null,
      ...sourceCells(rev.source),
    })),
  );
  addDataSheet(wb, SHEET.revisions, revisionColumns(), revisionRows, null, { protect: false, freezeColumns: 1, extraRows: 10 });

  // What the workbook was made for, where no clerk edits it by accident.
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow(['format', FORMAT]);
  meta.addRow(['plan', plan.id]);
  meta.addRow(['year', year]);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 说明: the file's own fields first (the reader finds them by their labels in column A), then the columns and the status options. */
function addGuideSheet(wb: ExcelJS.Workbook, plan: PlanBundle, year: number, f: ProgressFile, earlierYears: number[]): void {
  const guide = wb.addWorksheet(SHEET.guide, { views: [{ state: 'frozen', ySplit: 0 }] });
  guide.columns = [{ width: 18 }, { width: 36 }, { width: 80 }];
  const title = guide.getRow(1).getCell(1);
  title.value = `${plan.plan.title} ${year} 年度进展台账`;
  title.font = { bold: true, size: 14 };
  const fields: Array<[string, Cell, boolean, string]> = [
    ['规划编号', plan.id, false, '网站使用的规划编号，已锁定。'],
    ['年度', year, false, '本台账填报的年度，已锁定。'],
    ['数据截止日期', f.asOf, true, `数据所反映的日期，通常是 ${year}-12-31。`],
    ['发布日期', f.published || null, true, '本年度进展公开发布的日期，如 2025-03-15。'],
    ['数据性质', provenanceLabel(f.provenance), true, '“官方数据”：每个数字都有公开来源；“示例数据”：为演示编造，网站会标明“示例数据，非官方统计”。'],
  ];
  fields.forEach(([label, value, input, explain], i) => {
    const row = guide.getRow(i + 3);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    if (value !== null) cell.value = value;
    row.getCell(3).value = explain;
    if (input) {
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      if (label === '数据性质') cell.dataValidation = listValidation(PROVENANCE_LABELS.map(([, l]) => l));
    }
  });
  let r = fields.length + 4;
  const steps = [
    '填写方法：只填写浅黄色的格子；灰色表头、编号、名称和规划原文已锁定（审阅 → 撤销工作表保护可以解锁，但请不要改动编号）。',
    `填完后保存为 .xlsx，运行 npm run sheet:import -- 文件名.xlsx；有问题时会逐条指出工作表、行、列和单元格，改好后再导入，直到提示“已写入”。`,
    '不知道的数值留空，不要填“无”“N/A”或“-”。百分比指标直接填数字（93.1 或 93.1%）。',
  ];
  for (const s of steps) guide.getRow(r++).getCell(1).value = s;
  r++;
  const head = guide.getRow(r++);
  ['工作表', '列', '说明'].forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).font = { bold: true };
    head.getCell(i + 1).fill = HEADER_FILL;
  });
  const sheets: Array<[string, Column[]]> = [
    [SHEET.indicators, indicatorColumns(year, earlierYears)],
    [SHEET.tasks, taskColumns(year, earlierYears)],
    [SHEET.projects, projectColumns(year, earlierYears)],
    [SHEET.revisions, revisionColumns()],
  ];
  for (const [sheet, cols] of sheets) {
    for (const c of cols) {
      const row = guide.getRow(r++);
      row.getCell(1).value = sheet;
      row.getCell(2).value = c.header;
      row.getCell(3).value = c.explain;
      row.getCell(3).alignment = { wrapText: true };
    }
  }
  r++;
  guide.getRow(r++).getCell(1).value = '状态的选项';
  for (const [kind, name] of [['clause', '任务'], ['project', '项目'], ['indicator', '指标']] as const) {
    const row = guide.getRow(r++);
    row.getCell(1).value = name;
    row.getCell(2).value = statusLabels(kind).map(([, l]) => l).join('、');
  }
  void guide.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
}

/** 指标: one row per indicator of the plan (then any the file lists that the plan lacks), with the earlier years' values. */
function indicatorRows(plan: PlanBundle, f: ProgressFile, earlierFiles: readonly ProgressFile[]): Array<Partial<Record<FieldKey, Cell>>> {
  const byIndicator = new Map(f.indicators.map((e) => [e.indicator, e]));
  const indicatorIds = orderedIds(plan.indicators.map((i) => i.id), f.indicators.map((e) => e.indicator));
  return indicatorIds.map((id) => {
    const ind = plan.indicators.find((i) => i.id === id);
    const e = byIndicator.get(id);
    const row: Partial<Record<FieldKey, Cell>> = {
      id,
      name: ind?.name ?? null,
      unit: ind?.unit ?? null,
      value: e?.value ?? null,
      valueText: e?.text ?? null,
      status: e?.status ? statusLabel('indicator', e.status) : null,
      provenance: provenanceLabel(e?.provenance),
      note: e?.note ?? null,
      ...sourceCells(e?.source),
      baseline: ind ? `${ind.baseline.year}年：${ind.baseline.text}` : null,
      target: ind ? `${ind.target.year}年：${ind.target.text}` : null,
    };
    for (const p of earlierFiles) {
      const x = p.indicators.find((v) => v.indicator === id);
      row[`year:${p.year}`] = x ? (x.value ?? x.text ?? null) : null;
    }
    return row;
  });
}

/** 任务: one row per task clause (and any clause the file reports), with the earlier years' statuses. */
function taskRows(plan: PlanBundle, f: ProgressFile, earlierFiles: readonly ProgressFile[]): Array<Partial<Record<FieldKey, Cell>>> {
  const tasks = taskClauses(plan);
  const byClause = new Map(f.clauses.map((e) => [e.clause, e]));
  const clauseIds = orderedIds(plan.clauses.filter((c) => tasks.includes(c) || byClause.has(c.id)).map((c) => c.id), f.clauses.map((e) => e.clause));
  return clauseIds.map((id) => {
    const c = plan.clauses.find((x) => x.id === id);
    const e = byClause.get(id);
    const row: Partial<Record<FieldKey, Cell>> = {
      id,
      label: c?.label ?? null,
      text: c?.text ?? null,
      units: c?.units.join('、') || null,
      status: e?.status ? statusLabel('clause', e.status) : null,
      summary: e?.summary ?? null,
      provenance: provenanceLabel(e?.provenance),
      ...sourceCells(e?.source),
    };
    for (const p of earlierFiles) {
      const x = p.clauses.find((v) => v.clause === id);
      row[`year:${p.year}`] = x?.status ? statusLabel('clause', x.status) : null;
    }
    return row;
  });
}

/** 项目: one row per project, with the earlier years' statuses. */
function projectRows(plan: PlanBundle, f: ProgressFile, earlierFiles: readonly ProgressFile[]): Array<Partial<Record<FieldKey, Cell>>> {
  const byProject = new Map(f.projects.map((e) => [e.project, e]));
  const projectIds = orderedIds(plan.projects.map((p) => p.id), f.projects.map((e) => e.project));
  return projectIds.map((id) => {
    const p = plan.projects.find((x) => x.id === id);
    const e = byProject.get(id);
    const row: Partial<Record<FieldKey, Cell>> = {
      id,
      name: p?.name ?? null,
      text: p?.text ?? null,
      status: e?.status ? statusLabel('project', e.status) : null,
      summary: e?.summary ?? null,
      provenance: provenanceLabel(e?.provenance),
      ...sourceCells(e?.source),
    };
    for (const q of earlierFiles) {
      const x = q.projects.find((v) => v.project === id);
      row[`year:${q.year}`] = x?.status ? statusLabel('project', x.status) : null;
    }
    return row;
  });
}

/** The plan's ids in the plan's order, then any id the file lists that the plan lacks (the validator reports those). */
function orderedIds(planOrder: readonly string[], fileOrder: readonly string[]): string[] {
  return [...planOrder, ...fileOrder.filter((id) => !planOrder.includes(id))];
}
