/**
 * A problem found in a workbook, printed as one line that names the sheet, the row, the column header and
 * the cell: 工作表“指标”第 12 行“2024年数值”（D12）：应为数字，实际为“九十三”。请只填写数字，如 93.1。
 * Every problem carries its English too, for developers (`--lang en`).
 */
export interface SheetProblem {
  sheet?: string;
  /** Row number as Excel shows it (the header is row 1). */
  row?: number;
  /** The column's header as printed in row 1. */
  column?: string;
  /** The cell's address, e.g. D12. */
  cell?: string;
  zh: string;
  en: string;
}

export function formatSheetProblem(p: SheetProblem, lang: 'zh' | 'en' = 'zh', file?: string): string {
  if (lang === 'en') {
    const where = [
      p.sheet !== undefined ? `sheet "${p.sheet}"` : file ? `file ${file}` : 'workbook',
      p.row !== undefined ? `row ${p.row}` : '',
      p.column !== undefined ? `"${p.column}"` : '',
      p.cell !== undefined ? `(${p.cell})` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `${where}: ${p.en}`;
  }
  let where = p.sheet !== undefined ? `工作表“${p.sheet}”` : file ? `文件“${file}”` : '工作簿';
  if (p.row !== undefined) where += `第 ${p.row} 行`;
  if (p.column !== undefined) where += `“${p.column}”`;
  if (p.cell !== undefined) where += `（${p.cell}）`;
  return `${where}：${p.zh}`;
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

