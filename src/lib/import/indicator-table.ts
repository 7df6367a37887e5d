/**
 * An indicator table (主要指标) as printed → indicator records: name, unit, group, baseline and target
 * with the number each cell states beside its verbatim text, attribute, direction and footnote. The
 * columns come from the header's roles (table-roles.ts): 类别｜指标｜单位｜2025年｜2030年｜属性,
 * 指标名称｜单位｜基期值｜目标值｜指标属性, a unit in the name (毛入园率（%）), any years. A group printed
 * only on the first row of its group is carried down; 其中 rows are kept as printed; footnote markers
 * ①② are taken off the name and the footnote printed under the table is kept beside the indicator.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { ImportWarning, TableBlock } from './parse-plan.ts';
import { tableView } from './table-header.ts';
import { readTableRoles, type TableRoles } from '../model/table-roles.ts';
import { importerMessages as I, warningText } from '../messages/importer.ts';

const ROW_NO = /^(\d{1,2})\s*[.．、]\s*/u;
// A group's label as printed across a table: 一、学前教育, （一）义务教育.
const ROW_GROUP = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])\s*\S/u;
// A unit printed after the name (毛入园率（%）, 在校生（万人）, 生均经费（元/生）); not a qualifier such as （小学）.
const UNIT_PART = '(?:%|％|‰|[万亿]?元|[万千]?人次?|所|个|名|年|岁|次|间|张|台|册|套|项|件|座|班|[万]?平方米|米|小时|学时|课时|天|分|生|校|百生|GB|Mbps)';
const UNIT_IN_NAME = new RegExp(`[（(]\\s*(${UNIT_PART}(?:\\s*[/／∶:每]\\s*${UNIT_PART})?)\\s*[）)]\\s*$`, 'u');
// ①②, *, or a superscript number (¹, ¹²: how a Word footnote's default mark is written out).
const FOOTNOTE_MARK = /([①②③④⑤⑥⑦⑧⑨⑩]+|[*＊]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/u;
const NO_UNIT = /^(?:[-—–－/／]|无)?$/u;

/** Ids by what an indicator measures; names differ between plans, the measure does not. */
const ID_RULES: ReadonlyArray<[RegExp, string]> = [
  [/残疾.*义务教育.*入学率/u, 'special-compulsory-enrolment'],
  [/残疾.*高中阶段.*入学率/u, 'special-upper-secondary-enrolment'],
  [/毛入园率/u, 'preschool-gross-enrolment'],
  [/学前教育教师.*专业教育/u, 'preschool-teachers-trained'],
  [/学前教育教师.*(?:任职资格|持证上岗)/u, 'preschool-teachers-certified'],
  [/普惠性学前教育覆盖率|普惠性幼儿园/u, 'preschool-inclusive-coverage'],
  [/公办学前教育覆盖率|公办幼儿园/u, 'preschool-public-coverage'],
  [/义务教育巩固率/u, 'compulsory-retention'],
  [/优质均衡/u, 'compulsory-quality-balanced'],
  [/本科以上学历/u, 'compulsory-teachers-bachelor'],
  [/高中阶段.*毛入学率/u, 'upper-secondary-gross-enrolment'],
  [/双师型/u, 'vocational-dual-qualified-teachers'],
  [/中职在校生/u, 'vocational-enrolment'],
  [/中职.*就业率/u, 'vocational-employment'],
  [/预期受教育年限/u, 'expected-years-of-schooling'],
  [/劳动年龄人口平均受教育年限/u, 'working-age-years-of-schooling'],
];

export function indicatorId(name: string, no: number): string {
  return ID_RULES.find(([re]) => re.test(name))?.[1] ?? `indicator-${no}`;
}

/** `88.51` → 88.51, `101.93%` → 101.93, `≥95`, `95%以上`, `>90` → the number; `-`, `—`, `` and words → null. */
export function parseCellNumber(text: string): number | null {
  const m = /^\s*(?:[≥≤＞＜><]=?|不低于|不少于|不高于|不超过|达到)?\s*(\d+(?:\.\d+)?)\s*[%％]?\s*(?:以上|以下|左右)?\s*$/u.exec(text);
  return m ? Number(m[1]) : null;
}

/** Whether a target asks for a figure to stay at or below it (`≤12`, `10%以下`, `控制在…以内`). */
function asksAtMost(text: string): boolean {
  return /^\s*(?:[≤＜<]|不高于|不超过|控制在)|(?:以下|以内)\s*$/u.test(text);
}

/** Whether a table is an indicator table: a name column and a target (a year or 目标值) column. */
export function isIndicatorTable(table: TableBlock): boolean {
  return readTableRoles(tableView(table).header).kind === 'indicators';
}

/** `注：①普惠性幼儿园包括…。②按在校生人数计算。` (or `注：¹…²…`, from Word's footnotes) → ① → its text. */
export function readFootnotes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = text.replace(/^\s*(?:注|备注|说明)\s*[：:]\s*/u, '');
  const parts = body.split(/(?=[①②③④⑤⑥⑦⑧⑨⑩])|(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])/u);
  for (const p of parts) {
    const m = /^([①②③④⑤⑥⑦⑧⑨⑩]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.+)$/su.exec(p.trim());
    if (m) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

export interface IndicatorTableContext {
  /** The plan's period: the years a header without a year (基期值, 目标值) refers to. */
  period: { start: number; end: number };
  /** Footnotes printed under the table, by marker. */
  footnotes?: ReadonlyMap<string, string>;
  /** Roles as the structure profile records them (a staff correction wins over the inference). */
  roles?: TableRoles;
  /** Where rows read as no indicator are reported. */
  warnings?: ImportWarning[];
}

/** `concepts`: ids of the catalogue (content/concepts.json); an indicator whose id is one of them measures that concept. */
export function tableToIndicators(
  table: TableBlock,
  clause: string,
  concepts: ReadonlySet<string> = new Set(),
  ctx: IndicatorTableContext = { period: { start: 2021, end: 2025 } },
): Indicator[] {
  const view = tableView(table);
  const header = view.header;
  const { roles, years } = ctx.roles ?? readTableRoles(header);
  const col = (role: string) => roles.indexOf(role as never);
  const baseCol = col('baseline');
  const targetCol = col('target');
  let nameIndex = col('name');
  // A `项 目` header that spans group and name (flattened tables) is followed by an empty header cell.
  if (header[nameIndex + 1] === '' && nameIndex + 1 < Math.min(...[baseCol, targetCol].filter((c) => c >= 0))) nameIndex++;
  const explicitGroup = col('group');
  const groupIndex = explicitGroup >= 0 ? explicitGroup : nameIndex > 0 && roles[nameIndex - 1] !== 'no' ? nameIndex - 1 : -1;
  const noCol = col('no');
  const unitCol = col('unit');
  const attrCol = col('attribute');
  const baseYear = baseCol >= 0 ? (years[baseCol] ?? ctx.period.start - 1) : ctx.period.start - 1;
  const targetYear = years[targetCol] ?? ctx.period.end;
  const out: Indicator[] = [];
  const ids = new Set<string>();
  let group: string | null = groupIndex >= 0 ? '' : null;

  const warnings = ctx.warnings ?? [];
  view.body.forEach((cells, r) => {
    const printedLine = table.layout !== 'cells' ? table.lines[r + view.headerRows] : undefined;
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    if (cells.every((c) => c === '')) return;
    const nameCell = cell(nameIndex);
    const at = printedLine ?? { line: table.first, text: cells.join('\t') };
    // A row of one cell across the table (一、学前教育) names the group of the rows under it, whichever
    // column its text landed in (the name column when the table has no group column).
    const only = cells.filter((c) => c.trim() !== '');
    if (only.length === 1 && ![baseCol, targetCol].includes(cells.indexOf(only[0]!)) && (nameCell === '' || (explicitGroup < 0 && ROW_GROUP.test(nameCell)))) {
      group = only[0]!.trim();
      return;
    }
    if (nameCell === '') {
      warnings.push({
        line: at.line,
        text: at.text.trim(),
        ...warningText(I.indicatorRowWithoutName, { first: table.first }),
      });
      return;
    }
    if (groupIndex >= 0 && cell(groupIndex) !== '') group = cell(groupIndex);
    const numbered = ROW_NO.exec(nameCell);
    const printedNo = /^\d{1,3}$/u.test(cell(noCol)) ? Number(cell(noCol)) : null;
    const no = numbered ? Number(numbered[1]) : (printedNo ?? r + 1);
    let bare = numbered ? nameCell.slice(numbered[0].length) : nameCell;
    const unitMatch = UNIT_IN_NAME.exec(bare);
    if (unitMatch) bare = bare.slice(0, unitMatch.index).trimEnd();
    const mark = FOOTNOTE_MARK.exec(bare);
    const name = mark ? bare.slice(0, mark.index).trimEnd() : bare;
    const note = mark ? (ctx.footnotes?.get(mark[1]!) ?? [...mark[1]!].map((m) => ctx.footnotes?.get(m)).filter((x): x is string => !!x).join('')) : '';
    const unitFromCells = [cell(baseCol), cell(targetCol)].some((t) => /[%％]\s*(?:以上|以下|左右)?\s*$/u.test(t)) ? '%' : null;
    const unitCell = cell(unitCol).trim();
    const unit = unitCol >= 0 && !NO_UNIT.test(unitCell) ? unitCell.replace('％', '%') : unitMatch ? unitMatch[1]!.replace('％', '%') : unitFromCells;
    const baseline = { year: baseYear, value: parseCellNumber(cell(baseCol)), text: cell(baseCol) };
    const target = { year: targetYear, value: parseCellNumber(cell(targetCol)), text: cell(targetCol) };
    const attrText = attrCol >= 0 ? cell(attrCol) : '';
    const attribute = /约束/u.test(attrText) ? 'binding' : /预期/u.test(attrText) ? 'expected' : null;
    const direction =
      baseline.value !== null && target.value !== null
        ? target.value > baseline.value
          ? 'increase'
          : target.value < baseline.value
            ? 'decrease'
            : 'maintain'
        : asksAtMost(target.text)
          ? 'decrease'
          : 'increase';
    let id = indicatorId(name, no);
    for (let k = 2; ids.has(id); k++) id = `${indicatorId(name, no)}-${k}`;
    ids.add(id);
    out.push({
      id,
      no,
      name,
      unit,
      group: group === '' ? null : group,
      baseline,
      target,
      attribute,
      direction,
      ...(note ? { note } : {}),
      ...(concepts.has(id) ? { concept: id } : {}),
      source: { clause, raw: printedLine ? printedLine.text.trimEnd() : cells.join('\t'), cells: [...cells] },
    });
  });
  return out;
}
