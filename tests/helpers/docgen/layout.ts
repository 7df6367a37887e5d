/** Helpers the renderers share: a table's grid with its spans expanded, a heading's printed line. */
import type { Cell, ModelBlock, TableModel } from './model.ts';
import type { Rng } from './random.ts';

export interface GridSlot {
  cell: Cell;
  /** The slot where the cell starts (its text is printed there). */
  origin: boolean;
  /** Row and column where the cell starts. */
  r: number;
  c: number;
}

/** `grid[r][c]`: the cell covering row r, column c. */
export function gridOf(table: TableModel): GridSlot[][] {
  const grid: Array<Array<GridSlot | undefined>> = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (grid[r]![col]) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (grid[r + dr]) grid[r + dr]![col + dc] = { cell, origin: dr === 0 && dc === 0, r, c: col };
      col += cell.colSpan;
    }
  });
  return grid.map((row) => Array.from({ length: table.columns }, (_, c) => row[c] ?? { cell: { text: '', rowSpan: 1, colSpan: 1 }, origin: true, r: 0, c }));
}

/** The space a heading's number is followed by, as offices vary it (`第一章 总体要求`, `第一章　总体要求`). */
export function headingLine(b: Extract<ModelBlock, { kind: 'heading' }>, gap: string): string {
  const after = /[、.．）)]$/u.test(b.number) ? '' : gap;
  return `${b.number}${after}${b.title}`;
}

/** A gap after 第一章 that this document uses throughout. */
export function pickHeadingGap(r: Rng): string {
  return r.pick([' ', '　', '  ', '']);
}

/** Display width of a string in a monospaced editor (CJK and full-width forms are two columns). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018-\u201d\u2460-\u2473\u3000-\u303f]/u.test(ch) ? 2 : 1;
  return w;
}

/** All characters of the model's text, for subsetting a font. */
export function textOf(blocks: readonly ModelBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') for (const row of b.table.rows) for (const c of row) out.push(c.text);
    else if (b.kind === 'notice') out.push(...b.lines);
    else if (b.kind === 'notes') out.push(...b.notes.map((n) => n.mark + n.text));
    else if (b.kind === 'box') out.push(b.title, ...b.paragraphs);
    else if (b.kind === 'heading') out.push(b.number, b.title);
    else out.push(b.text);
  }
  return out.join('');
}
