/**
 * The downloads of /data/: the same tables as CSV (UTF-8 with BOM, so that Excel on a Chinese Windows
 * machine opens them correctly), as JSON, and described by a Frictionless datapackage.json. Every row
 * that holds an illustrative value says so in its own `provenance` and `provenance_note` columns.
 */
import { stringify } from 'csv-stringify/sync';
import type { PlanBundle } from '../model/plan.ts';
import { indicatorViews, measureViews, projectViews, unitNames, type IndicatorView } from '../progress/views.ts';
import { ILLUSTRATIVE_LABEL, statusWord, t as phrase, tk } from '../../i18n/index.ts';
import { urls } from '../model/urls.ts';
import { citation } from '../model/clauses.ts';
import type { Source } from '../../schemas/common.ts';

/** The source of an official figure or status, in five columns (empty for illustrative values). */
const SOURCE_FIELDS = () => [
  f('source_title', 'string', '来源文件标题（官方数据）'),
  f('source_publisher', 'string', '发布单位'),
  f('source_url', 'string', '来源网址'),
  f('source_date', 'string', '发布日期'),
  f('source_quote', 'string', '来源原文引句'),
];
const sourceCells = (s: Source | undefined) => ({
  source_title: s?.title ?? null,
  source_publisher: s?.publisher ?? null,
  source_url: s?.url ?? null,
  source_date: s?.date ?? null,
  source_quote: s?.quote ?? null,
});
/** Years of `history` without a report, `2022;2024`. */
const unreported = (history: ReadonlyArray<{ year: number; report: unknown }>) => history.filter((h) => h.report === null).map((h) => h.year).join(';') || null;


type Cell = string | number | null;
/** A column: its name in the CSV header and JSON keys, its Frictionless type, and what it holds (in Chinese). */
export interface Field<N extends string = string> {
  name: N;
  type: 'string' | 'number' | 'integer';
  description: string;
}
export interface Table {
  name: string;
  title: string;
  fields: Field[];
  rows: Array<Record<string, Cell>>;
}

/** A column whose name is kept as a literal type, so that the rows of its table are checked against it. */
const f = <N extends string>(name: N, type: Field['type'], description: string): Field<N> => ({ name, type, description });

/**
 * A table whose columns are declared once: every row must have a cell for each declared column, so that a
 * misspelt key fails the type check (tests/unit/download-columns.test.ts) instead of emptying a column.
 */
export function defineTable<N extends string>(table: { name: string; title: string; fields: ReadonlyArray<Field<N>>; rows: Array<Record<NoInfer<N>, Cell>> }): Table {
  return { ...table, fields: [...table.fields] };
}
const note = (illustrative: boolean) => (illustrative ? ILLUSTRATIVE_LABEL : '');

/** The latest progress of a measure or project (`what`), its unreported years, source and provenance. */
const LATEST_FIELDS = (what: string) => [
  f('latest_year', 'integer', '最新进展年份'),
  f('latest_status', 'string', '最新进展状态'),
  f('latest_summary', 'string', '最新进展说明'),
  f('unreported_years', 'string', `没有报告该${what}进展的年份（以“;”分隔）`),
  ...SOURCE_FIELDS(),
  f('provenance', 'string', 'official 或 illustrative'),
  f('provenance_note', 'string', '示例数据的提示'),
];
type Latest = { year: number; summary?: string | null | undefined; source?: Source | undefined; provenance: 'official' | 'illustrative' } | null | undefined;
/** The cells of LATEST_FIELDS; `status` is the latest status in words. */
function latestCells(latest: Latest, history: Parameters<typeof unreported>[0], status: string | null) {
  return {
    latest_year: latest?.year ?? null,
    latest_status: status,
    latest_summary: latest?.summary ?? null,
    unreported_years: unreported(history),
    ...sourceCells(latest?.source),
    provenance: latest?.provenance ?? null,
    provenance_note: note(latest?.provenance === 'illustrative'),
  };
}

/** What every table is built from: the plans, the years reported, each plan's indicator views, the common columns. */
interface Tables {
  plans: readonly PlanBundle[];
  all: readonly PlanBundle[];
  names: Map<string, string>;
  years: number[];
  viewsOf: (p: PlanBundle) => IndicatorView[];
  base: Array<Field<'plan_id' | 'plan_title' | 'region'>>;
  planCells: (p: PlanBundle) => { plan_id: string; plan_title: string; region: string };
}

/** The tables of the downloads, in the order of /data/ and datapackage.json; each title is `download.table.<name>` in the catalogue. */
export const TABLE_NAMES = ['indicators', 'indicator-values', 'measures', 'projects', 'clauses'] as const;
type TableName = (typeof TABLE_NAMES)[number];

/**
 * A table of one row per item (`itemsOf` a plan) of every plan, each row opening with its plan's columns
 * (plan_id, plan_title, region), so that a row copied anywhere still says which plan it is from.
 */
function perPlanTable<N extends string, X>(
  t: Tables,
  table: { name: TableName; fields: ReadonlyArray<Field<N>>; itemsOf: (p: PlanBundle) => readonly X[]; cells: (x: X, p: PlanBundle) => Record<NoInfer<N>, Cell> },
): Table {
  return defineTable<N | 'plan_id' | 'plan_title' | 'region'>({
    name: table.name,
    title: phrase(`download.table.${table.name}`),
    fields: [...t.base, ...table.fields],
    rows: t.plans.flatMap((p) => table.itemsOf(p).map((x) => ({ ...t.planCells(p), ...table.cells(x, p) }))),
  });
}

/** Each indicator: baseline, target, each year's value and its status. */
function indicatorsTable(t: Tables): Table {
  const { years } = t;
  return perPlanTable(t, {
    name: 'indicators',
    fields: [
      f('indicator_id', 'string', '指标编号'),
      f('no', 'integer', '原表序号'),
      f('name', 'string', '指标名称（原文）'),
      f('unit', 'string', '单位'),
      f('group', 'string', '学段或类别（原表）'),
      f('attribute', 'string', '属性：约束性 / 预期性 / 空（原表无此列）'),
      f('baseline_year', 'integer', '基线年份'),
      f('baseline_value', 'number', '基线数值（原表为文字时为空）'),
      f('baseline_text', 'string', '基线原表写法'),
      f('target_year', 'integer', '目标年份'),
      f('target_value', 'number', '目标数值（原表为文字时为空）'),
      f('target_text', 'string', '目标原表写法'),
      ...years.map((y) => f(`value_${y}`, 'number', `${y}年实际值`)),
      f('status', 'string', '状态：终期结论（已达成 / 未达成 / 保持达标 / 未保持 / 终期数据未报告，见 /about/#verdict）或中期进度（见 /about/#method）'),
      f('status_kind', 'string', '终期结论 或 中期进度'),
      f('latest_year', 'integer', '最近一次报告数值的年份'),
      f('latest_value', 'number', '最近一次报告的数值'),
      f('final_year', 'integer', '终期结论所依据的实际值年份（目标年或之后）'),
      f('final_value', 'number', '终期结论所依据的实际值'),
      f('gap', 'number', '终期实际值与目标之差，单位同指标（百分比指标为百分点）；正数为超出目标，负数为未达到'),
      f('gap_text', 'string', '差距的读法，如“差 0.6 个百分点”'),
      f('plan_share', 'number', '从基线到目标走完的比例 (a − b) ÷ (t − b)，1 为恰好达到目标'),
      f('unreported_years', 'string', '应报告但没有该指标数值的年份（以“;”分隔）'),
      f('provenance', 'string', 'official（官方数据，有来源）或 illustrative（示例数据）'),
      f('provenance_note', 'string', '示例数据的提示'),
    ],
    itemsOf: t.viewsOf,
    cells: (v) => ({
      indicator_id: v.indicator.id,
      no: v.indicator.no,
      name: v.indicator.name,
      unit: v.indicator.unit,
      group: v.indicator.group,
      attribute: v.indicator.attribute ? tk(`attribute.${v.indicator.attribute}`) : null,
      baseline_year: v.indicator.baseline.year,
      baseline_value: v.indicator.baseline.value,
      baseline_text: v.indicator.baseline.text,
      target_year: v.indicator.target.year,
      target_value: v.indicator.target.value,
      target_text: v.indicator.target.text,
      ...Object.fromEntries(years.map((y) => [`value_${y}`, v.actuals.find((a) => a.year === y)?.value ?? null])),
      status: statusWord(v.status.status, v.status.final),
      status_kind: phrase(v.status.final ? 'download.statusKind.final' : 'download.statusKind.midPeriod'),
      latest_year: v.status.latest?.year ?? null,
      latest_value: v.status.latest?.value ?? null,
      final_year: v.status.finalValue?.year ?? null,
      final_value: v.status.finalValue?.value ?? null,
      gap: v.status.gap,
      gap_text: v.status.gapText,
      plan_share: v.status.planShare === null ? null : Math.round(v.status.planShare * 1000) / 1000,
      unreported_years: v.years.filter((y) => y.actual === null).map((y) => y.year).join(';') || null,
      provenance: v.actuals.length === 0 ? null : v.illustrative ? 'illustrative' : 'official',
      provenance_note: note(v.illustrative),
    }),
  });
}

/** Each reported value of an indicator, with its source. */
function valuesTable(t: Tables): Table {
  return perPlanTable(t, {
    name: 'indicator-values',
    fields: [
      f('indicator_id', 'string', '指标编号'),
      f('name', 'string', '指标名称'),
      f('year', 'integer', '年份'),
      f('value', 'number', '数值'),
      f('unit', 'string', '单位'),
      f('revised_from', 'string', '更正前发布的数值（如有）'),
      ...SOURCE_FIELDS(),
      f('provenance', 'string', 'official 或 illustrative'),
      f('provenance_note', 'string', '示例数据的提示'),
    ],
    itemsOf: (p) => t.viewsOf(p).flatMap((v) => v.actuals.map((a) => ({ v, a }))),
    cells: ({ v, a }) => ({
      indicator_id: v.indicator.id,
      name: v.indicator.name,
      year: a.year,
      value: a.value,
      unit: v.indicator.unit,
      revised_from: a.revisions.map((r) => `${r.value ?? ''}（${r.published}）`).join('；') || null,
      ...sourceCells(a.source),
      provenance: a.provenance,
      provenance_note: note(a.provenance === 'illustrative'),
    }),
  });
}

/** Each measure: responsible units, deadline and latest progress. */
function measuresTable(t: Tables): Table {
  return perPlanTable(t, {
    name: 'measures',
    fields: [
      f('clause_id', 'string', '条款编号'),
      f('citation', 'string', '引用格式'),
      f('units_printed', 'string', '责任单位（原文写法，以“、”分隔）'),
      f('units_normalised', 'string', '责任单位（合并同一单位的不同写法）'),
      f('lead_units', 'string', '牵头单位（原文写明“牵头”的，以“、”分隔）'),
      f('support_units', 'string', '配合单位（原文写明“配合”“按职责分工负责”等的，以“、”分隔）'),
      f('task', 'string', '所属任务（任务清单“重点任务”栏，原文）'),
      f('deadline_printed', 'string', '完成时限（任务清单“完成时限”栏，原文）'),
      f('deadline_date', 'string', '完成时限所指的最后日期（YYYY-MM-DD；每年、长期等无单一日期的为空）'),
      ...LATEST_FIELDS('措施'),
    ],
    itemsOf: (p) => measureViews(p, t.names, t.all),
    cells: (m, p) => ({
      clause_id: m.clause.id,
      citation: citation(p.plan.title, m.clause),
      units_printed: m.units.map((u) => u.printed).join('、'),
      units_normalised: m.units.map((u) => u.name).join('、'),
      lead_units: m.lead.join('、') || null,
      support_units: m.support.join('、') || null,
      task: m.clause.row?.task ?? null,
      deadline_printed: m.clause.row?.deadline?.text ?? null,
      deadline_date: m.clause.row?.deadline?.date ?? null,
      ...latestCells(m.latest, m.history, m.latest?.status ? tk(`clauseStatus.${m.latest.status}`) : null),
    }),
  });
}

/** Each major project: facilities, areas, budget and latest progress. */
function projectsTable(t: Tables): Table {
  const joinQ = (qs: Array<{ value: number }>) => qs.map((q) => q.value).join(';');
  const joinT = (qs: Array<{ text: string }>) => qs.map((q) => q.text).join('；');
  return perPlanTable(t, {
    name: 'projects',
    fields: [
      f('project_id', 'string', '项目编号'),
      f('no', 'string', '原文序号'),
      f('name', 'string', '项目名称（原文首句）'),
      f('category', 'string', '类别（所在章节或专栏）'),
      f('facilities', 'string', '涉及的学校与设施（以“、”分隔）'),
      f('floor_area_m2', 'string', '建筑面积（平方米，多个以“;”分隔）'),
      f('land_area_m2', 'string', '占地面积（平方米）'),
      f('other_area_m2', 'string', '其他面积（平方米）'),
      f('budget_wan_yuan', 'string', '投资（万元，多个以“;”分隔）'),
      f('figures_as_printed', 'string', '面积与投资的原文写法'),
      ...LATEST_FIELDS('项目'),
    ],
    itemsOf: (p) => projectViews(p, t.all),
    cells: ({ project: x, latest, history }) => ({
      project_id: x.id,
      no: x.no,
      name: x.name,
      category: x.category,
      facilities: x.facilities.join('、'),
      floor_area_m2: joinQ(x.floorArea) || null,
      land_area_m2: joinQ(x.landArea) || null,
      other_area_m2: joinQ(x.area) || null,
      budget_wan_yuan: joinQ(x.budget) || null,
      figures_as_printed: joinT([...x.floorArea, ...x.landArea, ...x.area, ...x.budget]) || null,
      ...latestCells(latest, history, latest?.status ? tk(`projectStatus.${latest.status}`) : null),
    }),
  });
}

/** Each clause of the official text, verbatim. */
function clausesTable(t: Tables): Table {
  return perPlanTable(t, {
    name: 'clauses',
    fields: [
      f('clause_id', 'string', '条款编号'),
      f('kind', 'string', '类型：title / heading / clause / paragraph / box / table / row（任务清单的一行）'),
      f('citation', 'string', '引用格式'),
      f('url', 'string', '固定链接（站内路径）'),
      f('units', 'string', '责任单位（原文写法）'),
      f('text', 'string', '原文'),
    ],
    itemsOf: (p) => p.clauses,
    cells: (c, p) => ({
      clause_id: c.id,
      kind: c.kind,
      citation: citation(p.plan.title, c),
      url: urls.text(p.id, c.id),
      units: c.units.join('、') || null,
      text: c.text,
    }),
  });
}

export function buildTables(plans: readonly PlanBundle[], all: readonly PlanBundle[] = plans): Table[] {
  const views = new Map(plans.map((p) => [p, indicatorViews(p, all)]));
  const t: Tables = {
    plans,
    all,
    names: unitNames(all),
    years: [...new Set(plans.flatMap((p) => p.progress.map((x) => x.year)))].sort((a, b) => a - b),
    viewsOf: (p) => views.get(p) ?? [],
    base: [f('plan_id', 'string', '规划编号'), f('plan_title', 'string', '规划标题'), f('region', 'string', '地区')],
    planCells: (p: PlanBundle) => ({ plan_id: p.id, plan_title: p.plan.title, region: p.plan.region.name }),
  };
  return [indicatorsTable(t), valuesTable(t), measuresTable(t), projectsTable(t), clausesTable(t)];
}

/**
 * A text cell that a spreadsheet (Excel, WPS) would run as a formula, neutralised as OWASP recommends: a
 * cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which the spreadsheet
 * shows as text. Numbers are left alone (they are typed as numbers), and so is text that only looks like
 * one (`-`, `-5`, `+3.5%`), which no spreadsheet runs.
 */
export function neutraliseFormula(cell: string): string {
  if (!/^[\s]*[=+\-@\t\r]/.test(cell)) return cell;
  if (/^[+-]?(?:\d[\d,]*(?:\.\d+)?%?)?$/.test(cell)) return cell;
  return `'${cell}`;
}

export function toCsv(table: Table): string {
  return stringify(
    table.rows.map((r) => table.fields.map((fl) => {
      const v = r[fl.name] ?? '';
      return typeof v === 'string' ? neutraliseFormula(v) : v;
    })),
    { header: true, columns: table.fields.map((fl) => fl.name), bom: true, record_delimiter: 'windows' },
  );
}

/**
 * A table as JSON, on one line: a file for programs, which read it the same without indentation, and at
 * 1,000 plans the indentation alone was a fifth of the JSON downloads' bytes. The notice, when there is
 * one, comes before the rows, so that a person opening the file reads it first.
 */
export function toJson(table: Table, illustrative: boolean): string {
  return `${JSON.stringify({ title: table.title, ...(illustrative ? { notice: phrase('download.notice.illustrative', { label: ILLUSTRATIVE_LABEL }) } : {}), rows: table.rows })}\n`;
}

export function dataPackage(scope: string, title: string, tables: readonly Table[], illustrative: boolean): string {
  return `${JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: `education-plan-progress-${scope}`,
      title,
      description: phrase(illustrative ? 'download.description.illustrative' : 'download.description.official', { label: ILLUSTRATIVE_LABEL }),
      resources: tables.flatMap((t) => [
        {
          profile: 'tabular-data-resource',
          name: t.name,
          title: t.title,
          path: `${t.name}.csv`,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
          schema: { fields: t.fields },
        },
        { name: `${t.name}-json`, title: `${t.title}（JSON）`, path: `${t.name}.json`, format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
      ]),
    },
  )}\n`;
}
