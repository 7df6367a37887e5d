/** Filling a 台账 workbook in a test the way a clerk would: by sheet, row id and column header. */
import ExcelJS from 'exceljs';

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The column number (1-based) of a header in row 1. */
export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let i = 1; i <= ws.columnCount; i++) if (row.getCell(i).value === header) return i;
  throw new Error(`no column ${header} in ${ws.name}`);
}

/** The row number of an id in column A. */
export function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === id) return r;
  throw new Error(`no row ${id} in ${ws.name}`);
}

export function cellOf(wb: ExcelJS.Workbook, sheet: string, id: string, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  return ws.getRow(rowOf(ws, id)).getCell(columnOf(ws, header));
}

export function setCell(wb: ExcelJS.Workbook, sheet: string, id: string, header: string, value: ExcelJS.CellValue): string {
  const cell = cellOf(wb, sheet, id, header);
  cell.value = value;
  return cell.address;
}

/** Edits a workbook's bytes and returns the new bytes. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Buffer> {
  const wb = await openWorkbook(bytes);
  await edit(wb);
  return saveWorkbook(wb);
}
