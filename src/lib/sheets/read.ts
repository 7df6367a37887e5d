/**
 * Reads a 台账 workbook back into the year's progress file. Every problem is reported at once, each
 * naming the sheet, the row, the column header and the cell; the caller writes nothing while any problem
 * remains. Rows are matched by their locked id, so re-ordered rows do no harm; merged cells, edited ids,
 * added rows, renamed or deleted sheets, and files that are not .xlsx at all are refused with a reason.
 */
import type ExcelJS from 'exceljs';
import { openWorkbook } from './open.ts';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { ProgressFileSchema, type ProgressFile } from '../../schemas/progress.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { StatusKind } from '../content/status-labels.ts';
import { cellValue, formulaOf, isBlank, readDate, readNumber, readProvenance, readStatus, readText, type Read } from './cells.ts';
import {
  DATA_SHEETS,
  MAX_ROWS,
  META_SHEET,
  SHEET,
  columnLetter,
  indicatorColumns,
  projectColumns,
  revisionColumns,
  taskColumns,
  type Column,
  type FieldKey,
} from './layout.ts';
import { sortSheetProblems, type SheetProblem } from './problems.ts';
import { serializeProgress } from './serialize.ts';
import { plausibilityProblems, revisionProblems, type Locator } from '../content/plausibility.ts';
import { formatPath, type Problem } from '../content/problems.ts';
import { issueParts, issueText, valueAt } from '../content/friendly.ts';
import { bilingual, type Bilingual, type Message } from '../messages/catalogue.ts';
import { raisedBy, schemaMessages as E } from '../messages/schema.ts';
import { workbookMessages as W } from '../messages/workbook.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/**
 * What a workbook gave: the year's file when nothing stops it, and in any case every problem of every sheet
 * (sorted by sheet, row and column) and every warning (formulas read by their saved result, commas read as
 * decimal points, what is left unreported). `locate` names the cell a field of the file came from, so that a
 * problem found later by the content rules is still reported at its cell.
 */
export type ReadResult =
  | { ok: true; file: ProgressFile; json: string; warnings: Problem[]; locate: CellLocator }
  | { ok: false; problems: Problem[]; warnings: Problem[]; file?: ProgressFile; locate?: CellLocator };

/** What readOpened gives: the result before each problem is given the workbook's file. */
type Unfiled =
  | { ok: true; file: ProgressFile; json: string; warnings: SheetProblem[]; locate: CellLocator }
  | { ok: false; problems: SheetProblem[]; warnings: SheetProblem[]; file?: ProgressFile; locate?: CellLocator };

/** The cell a field of the progress file (`indicators[2].source.date`) came from, or undefined. */
export type CellLocator = (field: string) => Pick<SheetProblem, 'sheet' | 'row' | 'header' | 'cell'> | undefined;

/** `pingluo-edu-2021-2025-2024.xlsx` → the plan and year the file name claims, if it follows that pattern. */
export function claimedByName(name: string): { plan: string; year: number } | null {
  const base = name.split(/[\\/]/).pop()!;
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4})(?:[^0-9].*)?\.xlsx$/i.exec(base);
  return m ? { plan: m[1]!, year: Number(m[2]) } : null;
}

/** The default file name of a plan-year's workbook. */
export function workbookName(planId: string, year: number): string {
  return `${planId}-${year}.xlsx`;
}

interface Located {
  sheet: string;
  row: number;
  columns: Column[];
  headerIndex: Map<FieldKey, number>;
}

export interface ReadOptions {
  /** The year's file as last published (at git HEAD): a figure changed since needs a row on 修订. */
  published?: ProgressFile | ((plan: string, year: number) => ProgressFile | undefined) | undefined;
  /** Today (YYYY-MM-DD): no date in the workbook may be later. The CLI passes today in China. */
  today?: string | undefined;
}

const SHEET_ORDER = [SHEET.guide, SHEET.indicators, SHEET.tasks, SHEET.projects, SHEET.revisions];

export async function readWorkbook(bytes: Uint8Array, name: string, plans: readonly PlanBundle[], options: ReadOptions = {}): Promise<ReadResult> {
  const opened = await openWorkbook(bytes, name);
  if (!opened.ok) return { ok: false, problems: [{ file: name, ...opened.problem }], warnings: [] };
  try {
    // Every problem names the workbook's file as well as its sheet and cell.
    const r = readOpened(opened.wb, name, plans, options);
    const filed = (ps: readonly SheetProblem[]): Problem[] => ps.map((p) => ({ file: name, ...p }));
    return r.ok ? { ...r, warnings: filed(r.warnings) } : { ...r, problems: filed(r.problems), warnings: filed(r.warnings) };
  } catch (err) {
    // A layout no test has met yet: said in the clerk's words, never as a stack.
    const why = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { ok: false, problems: [{ file: name, ...bilingual(W.cannotRead, { why }) }], warnings: [] };
  }
}

function readOpened(wb: ExcelJS.Workbook, name: string, plans: readonly PlanBundle[], options: ReadOptions): Unfiled {
  const problems: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  const done = (extra: Partial<Extract<Unfiled, { ok: false }>> = {}): Unfiled => ({ ok: false, problems: sortSheetProblems(problems, SHEET_ORDER), warnings: sortSheetProblems(warnings, SHEET_ORDER), ...extra });

  refuseMissingSheets(wb, problems);
  // Without 说明 there is no plan or year to read the others by.
  const guide = wb.getWorksheet(SHEET.guide);
  if (!guide) return done();

  const field = guideField(guide);
  const identity = readIdentity(wb, name, plans, field, problems);
  if (!identity) return done();
  const { plan, year } = identity;
  const readCell = cellReader(problems, warnings, options.today);

  const guideCells = new Map<string, CellAt>();
  const fileField = <T>(key: string, label: string, read: (v: unknown) => Read<T>, isDate = false): T | undefined => {
    const f = field(label);
    if (!f) {
      problems.push({ sheet: SHEET.guide, ...bilingual(W.guideRowMissing, { label }) });
      return undefined;
    }
    const at = { sheet: SHEET.guide, row: f.row, header: label, cell: `B${f.row}` };
    guideCells.set(key, at);
    const before = problems.length;
    const value = readCell(f.cell, at, read, isDate);
    if (value === undefined && problems.length === before) problems.push({ ...at, ...bilingual(W.required, undefined) });
    return value;
  };
  const asOf = fileField('asOf', '数据截止日期', readDate, true);
  const published = fileField('published', '发布日期', readDate, true);
  const provenance = fileField('provenance', '数据性质', readProvenance);

  const { origin, entries, unreported } = readDataSheets(wb, plan, year, problems, readCell);
  readRevisions(wb, plan, year, entries, origin, problems, readCell);
  warnings.push(...unreportedWarnings(unreported, year));

  // The assembled file, checked by the schema and the content rules, every problem at its cell. Problems at a
  // cell already refused above are not repeated; an entry the schema refuses is left out of the later checks.
  const sorted = (k: StatusKind) => entries[k].sort((a, b) => a.order - b.order).map((e) => e.entry);
  const raw = { plan: plan.id, year, asOf, published, provenance, indicators: sorted('indicator'), clauses: sorted('clause'), projects: sorted('project') };
  const withGuide = (l: CellLocator): CellLocator => (field) => guideCells.get(field) ?? l(field);
  const locate = withGuide(cellLocator(raw, origin));
  const refusedCells = new Set(problems.map((p) => `${p.sheet}|${p.cell ?? ''}`));
  const add = (p: SheetProblem) => {
    if (p.cell !== undefined && refusedCells.has(`${p.sheet}|${p.cell}`)) return;
    problems.push(p);
  };
  let parsed = ProgressFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(schemaProblem(issue, locate, valueAt(raw, issue.path as Array<string | number>)));
    const bad = new Set(parsed.error.issues.filter((i) => typeof i.path[1] === 'number').map((i) => `${String(i.path[0])}:${String(i.path[1])}`));
    const kept = { ...raw, indicators: raw.indicators.filter((_, i) => !bad.has(`indicators:${i}`)), clauses: raw.clauses.filter((_, i) => !bad.has(`clauses:${i}`)), projects: raw.projects.filter((_, i) => !bad.has(`projects:${i}`)) };
    parsed = ProgressFileSchema.safeParse(kept);
    if (!parsed.success) return done();
    // The later checks see the kept entries; their locator must too.
    return finishChecks(parsed.data, withGuide(cellLocator(kept, origin)));
  }
  return finishChecks(parsed.data, locate);

  function finishChecks(file: ProgressFile, loc: CellLocator): Unfiled {
    // What a statistician would question, judged with the plan's other years, pointed at the cells.
    const trial: PlanBundle = { ...plan!, progress: [...plan!.progress.filter((p) => p.year !== year), file].sort((a, b) => a.year - b.year) };
    const located: Locator = (_plan, y, path) => ({ file: y === year ? 'this' : 'other', field: formatPath(path) });
    const found = plausibilityProblems([trial], located).filter((p) => p.file === 'this');
    const before = typeof options.published === 'function' ? options.published(plan!.id, year) : options.published;
    if (before) found.push(...revisionProblems(plan!, before, file, located));
    for (const p of found) add(contentProblem(p, loc));
    if (problems.length) return done({ file, locate: loc });
    return { ok: true, file, json: serializeProgress(file), warnings: sortSheetProblems(warnings, SHEET_ORDER), locate: loc };
  }
}

/** A cell's place as a problem names it. */
type CellAt = Pick<SheetProblem, 'sheet' | 'row' | 'header' | 'cell'>;
/** One cell, read (see cellReader). */
type ReadCell = <T>(cell: ExcelJS.Cell, at: CellAt, read: (v: unknown) => Read<T>, isDate?: boolean, want?: 'shown' | 'link') => T | undefined;
type GuideField = (label: string) => { value: unknown; row: number; cell: ExcelJS.Cell } | null;
/** The entries read from each data sheet, with their order in the plan. */
type Entries = Record<StatusKind, Array<{ order: number; entry: Record<string, unknown> }>>;

/** Each of the four sheets must be there under its name (a renamed sheet is named with the name it should have). */
function refuseMissingSheets(wb: ExcelJS.Workbook, problems: SheetProblem[]): void {
  const present = wb.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name);
  const required = [SHEET.guide, SHEET.indicators, SHEET.tasks, SHEET.projects];
  for (const s of required) {
    if (wb.getWorksheet(s)) continue;
    const extra = present.filter((p) => !([SHEET.guide, ...DATA_SHEETS] as string[]).includes(p));
    const guess = extra.length ? closest(s, extra) : null;
    problems.push({
      sheet: s,
      ...bilingual(W.sheetMissing, { sheet: s, guess, present }),
    });
  }
}

/** The 说明 sheet's value beside `label` in column A (within the first 30 rows), with its row and cell. */
function guideField(guide: ExcelJS.Worksheet): GuideField {
  return (label: string): { value: unknown; row: number; cell: ExcelJS.Cell } | null => {
    for (let r = 1; r <= Math.min(guide.rowCount, 30); r++) {
      if (String(cellValue(guide.getRow(r).getCell(1)) ?? '').trim() === label) return { value: cellValue(guide.getRow(r).getCell(2)), row: r, cell: guide.getRow(r).getCell(2) };
    }
    return null;
  };
}

/**
 * Which plan and year: the 说明 sheet, checked against the hidden record and the file name. Null, with the
 * problem said, when there is no plan or year to read the other sheets by.
 */
function readIdentity(wb: ExcelJS.Workbook, name: string, plans: readonly PlanBundle[], field: GuideField, problems: SheetProblem[]): { plan: PlanBundle; year: number } | null {
  const planCell = field('规划编号');
  const yearCell = field('年度');
  if (!planCell || !yearCell) {
    problems.push({ sheet: SHEET.guide, ...bilingual(W.identityRowsMissing, undefined) });
    return null;
  }
  let planId = String(planCell.value ?? '').trim();
  let year = Number(yearCell.value);
  const meta = wb.getWorksheet(META_SHEET);
  if (meta) {
    const m = new Map<string, unknown>();
    meta.eachRow((row) => m.set(String(cellValue(row.getCell(1))), cellValue(row.getCell(2))));
    const madeFor = { plan: m.get('plan') === undefined ? undefined : String(m.get('plan')), year: Number(m.get('year')) };
    // A locked cell that was edited is named by itself; the rest is read as the workbook was made.
    const edited = [
      { cell: planCell, label: '规划编号', changed: madeFor.plan !== undefined && madeFor.plan !== planId, was: madeFor.plan, now: planId },
      { cell: yearCell, label: '年度', changed: madeFor.plan !== undefined && madeFor.year !== year, was: madeFor.year, now: yearCell.value },
    ].filter((e) => e.changed);
    for (const e of edited) {
      problems.push({
        sheet: SHEET.guide,
        row: e.cell.row,
        header: e.label,
        cell: `B${e.cell.row}`,
        ...bilingual(W.lockedCellEdited, { plan: madeFor.plan!, year: madeFor.year, label: e.label, was: e.was, now: e.now }),
      });
    }
    if (edited.length && madeFor.plan !== undefined && Number.isInteger(madeFor.year)) {
      planId = madeFor.plan;
      year = madeFor.year;
    }
  }
  const claimed = claimedByName(name);
  if (claimed && plans.some((p) => p.id === claimed.plan) && (claimed.plan !== planId || claimed.year !== year)) {
    problems.push({
      ...bilingual(W.fileNameClaims, { name: name.split(/[\\/]/).pop()!, claimed, plan: planId, year, expected: workbookName(planId, year) }),
    });
  }
  const plan = plans.find((p) => p.id === planId);
  if (!plan) {
    problems.push({ sheet: SHEET.guide, row: planCell.row, header: '规划编号', cell: `B${planCell.row}`, ...bilingual(W.noSuchPlan, { found: planId }) });
    return null;
  }
  if (!Number.isInteger(year) || year < plan.plan.period.start || year > plan.plan.period.end) {
    problems.push({ sheet: SHEET.guide, row: yearCell.row, header: '年度', cell: `B${yearCell.row}`, ...bilingual(W.yearOutsidePeriod, { start: plan.plan.period.start, end: plan.plan.period.end, found: yearCell.value }) });
    return null;
  }
  return { plan, year };
}

/**
 * One cell, read: its formula refused when the file saved no result and warned about when it did (the
 * saved result is what is read), a reader's warning kept, and a date later than today refused.
 */
function cellReader(problems: SheetProblem[], warnings: SheetProblem[], today: string | undefined): ReadCell {
  return <T>(cell: ExcelJS.Cell, at: CellAt, read: (v: unknown) => Read<T>, isDate = false, want: 'shown' | 'link' = 'shown'): T | undefined => {
    const f = formulaOf(cell);
    if (f && !f.saved) {
      problems.push({
        ...at,
        ...bilingual(W.formulaNotSaved, { formula: f.formula }),
      });
      return undefined;
    }
    const r = read(cellValue(cell, want));
    if (!r.ok) {
      problems.push({ ...at, ...r.said });
      return undefined;
    }
    if (f) {
      warnings.push({ ...at, ...bilingual(W.formulaResultRead, { formula: f.formula, found: cellValue(cell) }) });
    }
    if (r.warn) warnings.push({ ...at, ...r.warn.said });
    if (isDate && today && typeof r.value === 'string' && r.value > today) {
      problems.push({ ...at, ...bilingual(W.dateInFuture, { today, found: r.value }) });
      return undefined;
    }
    return r.value;
  };

}

/** The rows of 指标, 任务 and 项目: each entry read from its row, where it came from, and the rows left unreported. */
function readDataSheets(wb: ExcelJS.Workbook, plan: PlanBundle, year: number, problems: SheetProblem[], readCell: ReadCell): { origin: Map<string, Located>; entries: Entries; unreported: Record<StatusKind, string[]> } {
  const earlierYears = plan.progress.filter((p) => p.year < year).map((p) => p.year);
  const sheets = [
    { sheet: SHEET.indicators, kind: 'indicator' as const, columns: indicatorColumns(year, earlierYears), known: plan.indicators.map((i) => ({ id: i.id, name: i.name })) },
    { sheet: SHEET.tasks, kind: 'clause' as const, columns: taskColumns(year, earlierYears), known: plan.clauses.map((c) => ({ id: c.id, name: c.label })) },
    { sheet: SHEET.projects, kind: 'project' as const, columns: projectColumns(year, earlierYears), known: plan.projects.map((p) => ({ id: p.id, name: p.name })) },
  ];

  /** Where each entry came from, to name the cell of a problem the schema or the content rules find. */
  const origin = new Map<string, Located>();
  const entries: Entries = { indicator: [], clause: [], project: [] };
  /** Rows with an id and nothing filled in: what the year leaves unreported. */
  const unreported: Record<StatusKind, string[]> = { indicator: [], clause: [], project: [] };

  for (const spec of sheets) {
    const ws = wb.getWorksheet(spec.sheet);
    if (!ws) continue;
    const loc = headerMap(ws, spec.sheet, spec.columns, problems);
    if (!loc) continue;
    refuseMerges(ws, spec.sheet, problems);
    const knownIds = spec.known.map((k) => k.id);
    const seen = new Map<string, number>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const at = (key: FieldKey) => {
        const i = loc.get(key)!;
        return { cell: row.getCell(i + 1), header: spec.columns.find((c) => c.key === key)!.header, address: `${columnLetter(i)}${r}` };
      };
      const inputs = spec.columns.filter((c) => c.input && loc.has(c.key));
      // A formula counts as filled even when it saved no result: it must not vanish unread.
      const filled = inputs.filter((c) => !isBlank(cellValue(at(c.key).cell)) || formulaOf(at(c.key).cell) !== null);
      const idCell = at('id');
      const idRaw = cellValue(idCell.cell);
      if (isBlank(idRaw)) {
        if (filled.length) problems.push({ sheet: spec.sheet, row: r, header: idCell.header, cell: idCell.address, ...bilingual(W.rowWithoutId, { kind: spec.kind }) });
        continue;
      }
      const id = String(idRaw).trim();
      if (!knownIds.includes(id)) {
        const nameKey: FieldKey = spec.kind === 'clause' ? 'label' : 'name';
        const nameCell = loc.has(nameKey) ? cellValue(row.getCell(loc.get(nameKey)! + 1)) : null;
        const byName = spec.known.find((k) => nameCell !== null && k.name === String(nameCell).trim());
        const near = closest(id, knownIds);
        problems.push({
          sheet: spec.sheet,
          row: r,
          header: idCell.header,
          cell: idCell.address,
          ...(byName ? bilingual(W.idEdited, { name: byName.name, id: byName.id, found: id }) : bilingual(W.unknownId, { kind: spec.kind, found: id, near: distance(id, near) <= 3 ? near : undefined })),
        });
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({ sheet: spec.sheet, row: r, header: idCell.header, cell: idCell.address, ...bilingual(W.duplicateId, { kind: spec.kind, id, first }) });
        continue;
      }
      seen.set(id, r);
      if (filled.length === 0) {
        unreported[spec.kind].push(id);
        continue;
      }
      const unit = spec.kind === 'indicator' ? (plan.indicators.find((i) => i.id === id)?.unit ?? null) : null;
      const entry = readRow(
        spec.kind,
        id,
        unit,
        (key) => {
          if (!loc.has(key)) return undefined;
          const a = at(key);
          const where = { sheet: spec.sheet, row: r, header: a.header, cell: a.address };
          return { read: <T>(read: (v: unknown, numFmt?: string) => Read<T>, isDate?: boolean) => readCell(a.cell, where, (v) => read(v, a.cell.numFmt), isDate, key === 'sourceUrl' ? 'link' : 'shown') };
        },
        (key, said) => {
          const a = at(key);
          problems.push({ sheet: spec.sheet, row: r, header: a.header, cell: a.address, ...said });
        },
      );
      origin.set(`${spec.kind}:${id}`, { sheet: spec.sheet, row: r, columns: spec.columns, headerIndex: loc });
      entries[spec.kind].push({ order: knownIds.indexOf(id), entry });
    }
  }

  return { origin, entries, unreported };
}

/** 修订: earlier published values of this year's figures (an optional sheet), added to their entries. */
function readRevisions(wb: ExcelJS.Workbook, plan: PlanBundle, year: number, entries: Entries, origin: Map<string, Located>, problems: SheetProblem[], readCell: ReadCell): void {
  const revSheet = wb.getWorksheet(SHEET.revisions);
  if (revSheet) {
    const cols = revisionColumns();
    const loc = headerMap(revSheet, SHEET.revisions, cols, problems);
    if (loc) {
      refuseMerges(revSheet, SHEET.revisions, problems);
      for (let r = 2; r <= Math.min(revSheet.rowCount, MAX_ROWS + 1); r++) {
        const row = revSheet.getRow(r);
        const at = (key: FieldKey) => {
          const i = loc.get(key)!;
          return { cell: row.getCell(i + 1), header: cols.find((c) => c.key === key)!.header, address: `${columnLetter(i)}${r}` };
        };
        const filled = cols.filter((c) => c.input && (!isBlank(cellValue(at(c.key).cell)) || formulaOf(at(c.key).cell) !== null));
        if (filled.length === 0) continue;
        const idA = at('id');
        const id = String(cellValue(idA.cell) ?? '').trim();
        const target = entries.indicator.find((e) => e.entry.indicator === id);
        if (!target) {
          problems.push({
            sheet: SHEET.revisions,
            row: r,
            header: idA.header,
            cell: idA.address,
            ...bilingual(W.revisionOfUnfilled, { id, year, known: plan.indicators.some((i) => i.id === id) }),
          });
          continue;
        }
        const get: Getter = (key) => {
          if (!loc.has(key)) return undefined;
          const a = at(key);
          const where = { sheet: SHEET.revisions, row: r, header: a.header, cell: a.address };
          return { read: <T>(read: (v: unknown, numFmt?: string) => Read<T>, isDate?: boolean) => readCell(a.cell, where, (v) => read(v, a.cell.numFmt), isDate, key === 'sourceUrl' ? 'link' : 'shown') };
        };
        const unit = plan.indicators.find((i) => i.id === id)?.unit ?? null;
        const value = get('revValue')?.read((v, f) => readNumber(v, unit, f));
        const before = problems.length;
        const pub = get('revPublished')?.read(readDate, true);
        if (pub === undefined && problems.length === before) {
          const a = at('revPublished');
          problems.push({ sheet: SHEET.revisions, row: r, header: a.header, cell: a.address, ...bilingual(W.revisionPublishedRequired, undefined) });
        }
        const note = get('revNote')?.read(readText);
        const source = readSource(get, (key, said) => {
          const a = at(key);
          problems.push({ sheet: SHEET.revisions, row: r, header: a.header, cell: a.address, ...said });
        });
        const rev: Record<string, unknown> = { value: value ?? null, published: pub ?? '' };
        if (note !== undefined) rev.note = note;
        if (source) rev.source = source;
        const list = (target.entry.revisions as unknown[] | undefined) ?? [];
        list.push(rev);
        target.entry.revisions = list;
        origin.set(`revision:${id}:${list.length - 1}`, { sheet: SHEET.revisions, row: r, columns: cols, headerIndex: loc });
      }
    }
  }

}

/** What the year leaves unreported: said now, not first by npm run validate. */
function unreportedWarnings(unreported: Record<StatusKind, string[]>, year: number): SheetProblem[] {
  const warnings: SheetProblem[] = [];
  if (unreported.clause.length) warnings.push({ sheet: SHEET.tasks, ...bilingual(W.tasksUnreported, { year, ids: unreported.clause }) });
  if (unreported.project.length) warnings.push({ sheet: SHEET.projects, ...bilingual(W.projectsUnreported, { year, ids: unreported.project }) });
  if (unreported.indicator.length) warnings.push({ sheet: SHEET.indicators, ...bilingual(W.indicatorsUnreported, { year, ids: unreported.indicator }) });

  return warnings;
}

/** Names the cell of a field of the assembled file, from where each entry and revision was read. */
function cellLocator(raw: { indicators: Array<Record<string, unknown>>; clauses: Array<Record<string, unknown>>; projects: Array<Record<string, unknown>> }, origin: Map<string, Located>): CellLocator {
  const kinds: Record<string, StatusKind> = { indicators: 'indicator', clauses: 'clause', projects: 'project' };
  const fieldKey: Record<string, FieldKey> = { value: 'value', text: 'valueText', status: 'status', provenance: 'provenance', source: 'sourceTitle', note: 'note', summary: 'summary' };
  const revKey: Record<string, FieldKey> = { value: 'revValue', published: 'revPublished', note: 'revNote', source: 'sourceTitle' };
  const sourceKey: Record<string, FieldKey> = { title: 'sourceTitle', publisher: 'sourcePublisher', url: 'sourceUrl', date: 'sourceDate', quote: 'sourceQuote' };
  return (field) => {
    const m = /^(indicators|clauses|projects)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?(?:\.(\w+))?)?/.exec(field);
    if (!m) return undefined;
    const kind = kinds[m[1]!]!;
    const entry = raw[m[1] as 'indicators'][Number(m[2])];
    if (!entry) return undefined;
    let loc = origin.get(`${kind}:${String(entry[kind])}`);
    let key: FieldKey | undefined;
    if (m[3] === 'revisions' && m[4] !== undefined) {
      loc = origin.get(`revision:${String(entry[kind])}:${m[4]}`);
      key = m[5] === 'source' && m[6] ? sourceKey[m[6]] : m[5] ? revKey[m[5]] : undefined;
    } else if (m[3] === 'source') key = m[5] ? sourceKey[m[5]] : 'sourceTitle';
    else if (m[3]) key = fieldKey[m[3]];
    if (!loc) return undefined;
    const col = key !== undefined ? loc.headerIndex.get(key) : undefined;
    const header = key !== undefined ? loc.columns.find((c) => c.key === key)?.header : undefined;
    return { sheet: loc.sheet, row: loc.row, ...(header !== undefined && col !== undefined ? { header: header, cell: `${columnLetter(col)}${loc.row}` } : {}) };
  };
}

type Getter = (key: FieldKey) => { read: <T>(read: (v: unknown, numFmt?: string) => Read<T>, isDate?: boolean) => T | undefined } | undefined;

/** The address column (read with want 'link': the link behind a linked cell), as typed without spaces around it. */
const readAddress = (v: unknown) => readText(typeof v === 'string' ? v.trim() : v);

function readSource(get: Getter, fail: (key: FieldKey, said: Bilingual) => void): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const pairs: Array<[FieldKey, string, (v: unknown) => Read<string | undefined>, boolean]> = [
    ['sourceTitle', 'title', readText, false],
    ['sourcePublisher', 'publisher', readText, false],
    ['sourceUrl', 'url', readAddress, false],
    ['sourceDate', 'date', readDate, true],
    ['sourceQuote', 'quote', readText, false],
  ];
  let any = false;
  for (const [key, name, read, isDate] of pairs) {
    const g = get(key);
    if (!g) continue;
    const v = g.read(read, isDate);
    if (v !== undefined) {
      out[name] = v;
      any = true;
    }
  }
  if (!any) return undefined;
  if (out.title === undefined && get('sourceTitle')) fail('sourceTitle', bilingual(W.sourceWithoutTitle, undefined));
  return out;
}

function readRow(kind: StatusKind, id: string, unit: string | null, get: Getter, fail: (key: FieldKey, said: Bilingual) => void): Record<string, unknown> {
  const value = <T>(key: FieldKey, read: (v: unknown, numFmt?: string) => Read<T>): T | undefined => get(key)?.read(read);
  const e: Record<string, unknown> = {};
  if (kind === 'indicator') {
    e.indicator = id;
    e.value = value('value', (v, f) => readNumber(v, unit, f)) ?? null;
    const text = value('valueText', readText);
    if (text !== undefined) e.text = text;
    const status = value('status', (v) => readStatus(v, 'indicator'));
    if (status) e.status = status;
  } else {
    e[kind] = id;
    e.status = value('status', (v) => readStatus(v, kind)) ?? null;
    const summary = value('summary', readText);
    if (summary !== undefined) e.summary = summary;
  }
  const provenance = value('provenance', readProvenance);
  if (provenance !== undefined) e.provenance = provenance;
  const source = readSource(get, fail);
  if (source) e.source = source;
  if (kind === 'indicator') {
    const note = value('note', readText);
    if (note !== undefined) e.note = note;
  }
  return e;
}

function headerMap(ws: ExcelJS.Worksheet, sheet: string, columns: Column[], problems: SheetProblem[]): Map<FieldKey, number> | null {
  const header = ws.getRow(1);
  const found = new Map<string, number>();
  for (let i = 1; i <= Math.max(header.cellCount, ws.columnCount); i++) {
    const v = cellValue(header.getCell(i));
    if (!isBlank(v)) found.set(String(v).trim(), i - 1);
  }
  const map = new Map<FieldKey, number>();
  let ok = true;
  for (const c of columns) {
    const i = found.get(c.header);
    if (i !== undefined) {
      map.set(c.key, i);
      continue;
    }
    if (!c.input && c.key !== 'id' && c.key !== 'name' && c.key !== 'label') continue; // context columns may go
    const near = [...found.keys()].find((h) => h.replace(/\d{4}/, '') === c.header.replace(/\d{4}/, ''));
    problems.push({
      sheet,
      row: 1,
      header: c.header,
      ...bilingual(W.columnMissing, { header: c.header, near }),
    });
    ok = false;
  }
  return ok ? map : null;
}

function refuseMerges(ws: ExcelJS.Worksheet, sheet: string, problems: SheetProblem[]): void {
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).filter((m) => !/^[A-Z]+1:[A-Z]+1$/.test(m));
  for (const m of merges) {
    const row = Number(/\d+/.exec(m)![0]);
    problems.push({
      sheet,
      row,
      cell: m,
      ...bilingual(W.mergedCells, { range: m, kind: sheet === SHEET.indicators ? 'indicator' : sheet === SHEET.tasks ? 'clause' : 'project' }),
    });
  }
}

/** A problem the content rules found in the assembled file (`field` a path such as indicators[3].value), at its cell. */
function contentProblem(p: Problem, locate: CellLocator): SheetProblem {
  return { ...(locate(p.field ?? '') ?? { sheet: SHEET.indicators }), ...sheetWords(p) };
}

/**
 * A content problem in the workbook's words: the fix names the 备注 column and the 修订 sheet, not JSON
 * fields. Exported for the CLI, which reports at their cells what the whole-content check finds.
 */
export function sheetWords(p: Problem): Pick<Problem, 'message' | 'fix' | 'zh' | 'said'> {
  const own = p.said && CONTENT_WORDS.get(p.said.entry);
  if (own) return bilingual(own as Message<unknown>, p.said!.params);
  return { message: p.message, fix: p.fix, zh: p.zh ?? { message: p.message }, said: p.said };
}

/** Content rules whose fix names JSON fields, said in the workbook's words, by the validator's entry. */
const CONTENT_WORDS = new Map<Message<never>, Message<never>>([
  [V.jumpNeedsNote, W.jumpNeedsNote],
  [V.sameAsLastYear, W.sameAsLastYear],
  [V.revisionNotRecorded, W.revisionNotRecorded],
  [V.publishedBeforeAsOf, W.publishedBeforeAsOf],
  [V.publishedInFuture, W.publishedInFuture],
] as Array<[Message<never>, Message<never>]>);

/** Schema expectations said in the workbook's words, by the schema's entry. */
const WORKBOOK_WORDS = new Map<Message<never>, Message<never>>([
  [E.officialSource, W.officialSource],
  [E.provenanceEachEntry, W.provenanceEachRow],
  [E.webAddress, W.webAddress],
  [E.dateInYear, W.dateInYear],
  [E.notNegative, W.notNegative],
  [E.emptyReport, W.emptyReport],
] as Array<[Message<never>, Message<never>]>);

/** A problem the schema found in the assembled file, pointed at the cell it came from. */
function schemaProblem(issue: z.core.$ZodIssue, locate: CellLocator, found: unknown): SheetProblem {
  const at = locate(formatPath(issue.path as Array<string | number>));
  const raised = raisedBy(issue);
  const own = raised && WORKBOOK_WORDS.get(raised.entry);
  const en = issueText(issue, found, 'en');
  const text = own ? bilingual(own as Message<unknown>, { ...(raised!.params as object), found }) : { message: en.message, fix: en.fix, zh: issueText(issue, found, 'zh') };
  return { ...(at ?? { sheet: SHEET.guide }), ...text, ...issueParts(issue, found) };
}
