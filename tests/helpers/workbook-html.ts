/**
 * A workbook sheet drawn as a spreadsheet window (column letters, row numbers, the sheet tabs), from the
 * .xlsx itself, so that the staff guide's picture of the 台账 is the workbook the code writes today.
 */
import type ExcelJS from 'exceljs';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function text(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && v && 'richText' in v) return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
  return String(v);
}

export function sheetHtml(wb: ExcelJS.Workbook, name: string, opts: { columns: number; rows: number; fontCss: string }): string {
  const ws = wb.getWorksheet(name)!;
  const letters = Array.from({ length: opts.columns }, (_, i) => String.fromCharCode(65 + i));
  const widths = letters.map((_, i) => Math.round((ws.getColumn(i + 1).width ?? 10) * 7.5));
  let rows = '';
  for (let r = 1; r <= Math.min(opts.rows, ws.rowCount); r++) {
    const row = ws.getRow(r);
    let cells = `<th class="rn">${r}</th>`;
    for (let c = 1; c <= opts.columns; c++) {
      const cell = row.getCell(c);
      const input = cell.protection?.locked === false;
      const list = cell.dataValidation?.type === 'list';
      const cls = [r === 1 ? 'head' : '', input ? 'input' : r > 1 ? 'locked' : '', list ? 'list' : ''].filter(Boolean).join(' ');
      cells += `<td class="${cls}">${esc(text(cell))}${list ? '<span class="dd">▾</span>' : ''}</td>`;
    }
    rows += `<tr>${cells}</tr>`;
  }
  const tabs = wb.worksheets.filter((w) => w.state === 'visible').map((w) => `<span class="${w.name === name ? 'on' : ''}">${esc(w.name)}</span>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${opts.fontCss}
body { margin: 0; font: 13px 'Noto Sans SC', sans-serif; background: #fff; }
table { border-collapse: collapse; table-layout: fixed; }
td, th { border: 1px solid #d0d7de; padding: 2px 4px; height: 20px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; position: relative; }
th { background: #f3f3f3; color: #555; font-weight: normal; }
th.rn { width: 32px; }
td.head { background: #dde7f0; font-weight: bold; white-space: normal; height: 36px; }
td.input { background: #fff8dc; }
td.locked { color: #333; }
.dd { position: absolute; right: 2px; color: #666; }
.tabs { padding: 4px 8px; background: #f3f3f3; border-top: 1px solid #ccc; }
.tabs span { display: inline-block; padding: 2px 12px; margin-right: 4px; border: 1px solid #ccc; background: #e8e8e8; }
.tabs span.on { background: #fff; font-weight: bold; border-top-color: #fff; }
</style></head><body><table><colgroup><col style="width:32px">${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>
<tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>${rows}</table><div class="tabs">${tabs}</div></body></html>`;
}
