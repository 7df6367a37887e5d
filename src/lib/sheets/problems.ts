/**
 * A problem found in a workbook (the one Problem type, lib/content/problems.ts), printed as one line that
 * names the sheet, the row, the column header and the cell: 工作表“指标”第 12 行“2024年数值”（D12）：应为数字，
 * 实际为“九十三”。请只填写数字，如 93.1。 Every problem carries its English too, for developers (`--lang en`).
 */
import type { Problem } from '../content/problems.ts';
import { joined } from '../messages/catalogue.ts';
/** A problem of a workbook before the reader names its file. */
export type SheetProblem = Omit<Problem, 'file'>;

export function formatSheetProblem(p: SheetProblem, lang: 'zh' | 'en' = 'zh', file?: string): string {
  if (lang === 'en') {
    const where = [
      p.sheet !== undefined ? `sheet "${p.sheet}"` : file ? `file ${file}` : 'workbook',
      p.row !== undefined ? `row ${p.row}` : '',
      p.header !== undefined ? `"${p.header}"` : '',
      p.cell !== undefined ? `(${p.cell})` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `${where}: ${joined(p, 'en')}`;
  }
  let where = p.sheet !== undefined ? `工作表“${p.sheet}”` : file ? `文件“${file}”` : '工作簿';
  if (p.row !== undefined) where += `第 ${p.row} 行`;
  if (p.header !== undefined) where += `“${p.header}”`;
  if (p.cell !== undefined) where += `（${p.cell}）`;
  return `${where}：${joined(p.zh ?? p, 'zh')}`;
}

export { shownEn, shownZh } from '../messages/values.ts';

/** The order a clerk works through a workbook: sheet by sheet as the tabs run, then row, then column. */
export function sortSheetProblems(problems: readonly SheetProblem[], sheetOrder: readonly string[]): SheetProblem[] {
  const sheetRank = (p: SheetProblem) => (p.sheet === undefined ? -1 : sheetOrder.includes(p.sheet) ? sheetOrder.indexOf(p.sheet) : sheetOrder.length);
  const col = (p: SheetProblem) => {
    const letters = /^([A-Z]+)\d/.exec(p.cell ?? '')?.[1];
    return letters ? [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : 0;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => sheetRank(a.p) - sheetRank(b.p) || (a.p.row ?? 0) - (b.p.row ?? 0) || col(a.p) - col(b.p) || a.i - b.i)
    .map((x) => x.p);
}

