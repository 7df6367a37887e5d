/**
 * An indicator table (主要指标) as printed → indicator records: name, unit, group, baseline and target
 * with the number each cell states beside its verbatim text, attribute and direction.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { TableBlock } from './parse-plan.ts';
import { ImportError } from './parse-plan.ts';

const YEAR = /^(\d{4})\s*年$/u;
const ATTRIBUTE = /^属\s*性$/u;
const NAME = /^(?:指\s*标|项\s*目)$/u;
const ROW_NO = /^(\d{1,2})\s*[.．、]\s*/u;
const UNIT_IN_NAME = /[（(]([^（）()]{1,4})[）)]\s*$/u;

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

/** `88.51` → 88.51, `101.93%` → 101.93; `-`, `—`, `` and words → null. */
export function parseCellNumber(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[%％]?\s*$/u.exec(text);
  return m ? Number(m[1]) : null;
}

/** Whether a table is an indicator table: a name column and at least two year columns. */
export function isIndicatorTable(table: TableBlock): boolean {
  const header = table.rows[0] ?? [];
  return header.some((h) => NAME.test(h)) && header.filter((h) => YEAR.test(h)).length >= 2;
}

/** `concepts`: ids of the catalogue (content/concepts.json); an indicator whose id is one of them measures that concept. */
export function tableToIndicators(table: TableBlock, clause: string, concepts: ReadonlySet<string> = new Set()): Indicator[] {
  const header = table.rows[0]!;
  const yearCols = header.flatMap((h, i) => (YEAR.test(h) ? [i] : []));
  const nameCol = header.findIndex((h) => NAME.test(h));
  // A `项 目` header that spans group and name (flattened tables) is followed by an empty header cell.
  const nameIndex = header[nameCol + 1] === '' && nameCol + 1 < yearCols[0]! ? nameCol + 1 : nameCol;
  const groupIndex = nameIndex > 0 ? nameIndex - 1 : -1;
  const attrCol = header.findIndex((h) => ATTRIBUTE.test(h));
  const [baseCol, targetCol] = [yearCols[0]!, yearCols.at(-1)!];
  const baseYear = Number(YEAR.exec(header[baseCol]!)![1]);
  const targetYear = Number(YEAR.exec(header[targetCol]!)![1]);
  const out: Indicator[] = [];
  const ids = new Set<string>();
  let group: string | null = groupIndex >= 0 ? '' : null;

  table.rows.slice(1).forEach((cells, r) => {
    const printedLine = table.layout === 'tabs' ? table.lines[r + 1] : undefined;
    const cell = (i: number) => cells[i] ?? '';
    const nameCell = cell(nameIndex);
    if (nameCell === '') {
      const at = printedLine ?? { line: table.first, text: cells.join('\t') };
      throw new ImportError(at.line, at.text, 'an indicator table row without an indicator name');
    }
    if (groupIndex >= 0 && cell(groupIndex) !== '') group = cell(groupIndex);
    const numbered = ROW_NO.exec(nameCell);
    const no = numbered ? Number(numbered[1]) : r + 1;
    const bare = numbered ? nameCell.slice(numbered[0].length) : nameCell;
    const unitMatch = UNIT_IN_NAME.exec(bare);
    const unitFromCells = [cell(baseCol), cell(targetCol)].some((t) => /[%％]\s*$/u.test(t)) ? '%' : null;
    const unit = unitMatch ? unitMatch[1]!.replace('％', '%') : unitFromCells;
    const name = unitMatch ? bare.slice(0, unitMatch.index).trimEnd() : bare;
    const baseline = { year: baseYear, value: parseCellNumber(cell(baseCol)), text: cell(baseCol) };
    const target = { year: targetYear, value: parseCellNumber(cell(targetCol)), text: cell(targetCol) };
    const attrText = attrCol >= 0 ? cell(attrCol) : '';
    const attribute = /约束性/u.test(attrText) ? 'binding' : /预期性/u.test(attrText) ? 'expected' : null;
    const direction =
      baseline.value !== null && target.value !== null
        ? target.value > baseline.value
          ? 'increase'
          : target.value < baseline.value
            ? 'decrease'
            : 'maintain'
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
      ...(concepts.has(id) ? { concept: id } : {}),
      source: { clause, raw: printedLine ? printedLine.text.trimEnd() : cells.join('\t'), cells: [...cells] },
    });
  });
  return out;
}
