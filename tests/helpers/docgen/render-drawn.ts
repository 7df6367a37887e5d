/**
 * A table drawn with characters in a text file, as offices type or convert one: box-drawing lines (light,
 * heavy or double), an ASCII grid (+----+ | … |) or a Markdown pipe table. A drawn grid shows its merges:
 * a cell spanning columns has no bar inside its row, a cell spanning rows has its rule left blank below;
 * a cell too long for its column wraps onto the next line inside the same row. Editors count a box-drawing
 * character as one column or, in a Chinese font, two; rows are ruled apart or only the header is.
 */
import { displayWidth, gridOf } from './layout.ts';
import type { TableModel } from './model.ts';
import type { Rng } from './random.ts';

export type DrawnStyle = 'box-light' | 'box-heavy' | 'box-double' | 'ascii' | 'markdown';

export interface DrawnLayout {
  style: DrawnStyle;
  /** Box-drawing characters two columns wide (a Chinese font), so that every column is an even width. */
  wide: boolean;
  /** Wrap a cell's text at this many columns inside its row, or never. */
  wrapAt: number | null;
  /** A rule between every two rows, or only around the header. */
  ruledRows: boolean;
  /** The rule under the header drawn double (═ or =). */
  doubleHeaderRule: boolean;
}

export function pickDrawnLayout(style: DrawnStyle, r: Rng): DrawnLayout {
  const box = style.startsWith('box');
  const ruledRows = style === 'markdown' ? false : r.chance(0.75);
  return {
    style,
    wide: box && r.chance(0.5),
    wrapAt: ruledRows && r.chance(0.7) ? r.int(8, 16) : null,
    ruledRows,
    doubleHeaderRule: style !== 'box-double' && style !== 'markdown' && r.chance(0.4),
  };
}

type Dirs = 'udlr' | 'udr' | 'udl' | 'ud' | 'dlr' | 'ulr' | 'lr' | 'dr' | 'dl' | 'ur' | 'ul';
const JUNCTIONS: Record<'box-light' | 'box-heavy' | 'box-double' | 'header', Record<Dirs, string>> = {
  'box-light': { udlr: '┼', udr: '├', udl: '┤', ud: '│', dlr: '┬', ulr: '┴', lr: '─', dr: '┌', dl: '┐', ur: '└', ul: '┘' },
  'box-heavy': { udlr: '╋', udr: '┣', udl: '┫', ud: '┃', dlr: '┳', ulr: '┻', lr: '━', dr: '┏', dl: '┓', ur: '┗', ul: '┛' },
  'box-double': { udlr: '╬', udr: '╠', udl: '╣', ud: '║', dlr: '╦', ulr: '╩', lr: '═', dr: '╔', dl: '╗', ur: '╚', ul: '╝' },
  // A light grid's rule under its header drawn double.
  header: { udlr: '╪', udr: '╞', udl: '╡', ud: '│', dlr: '╤', ulr: '╧', lr: '═', dr: '╒', dl: '╕', ur: '╘', ul: '╛' },
};

function junction(style: DrawnStyle, double: boolean, u: boolean, d: boolean, l: boolean, rt: boolean): string {
  if (style === 'ascii') return (u || d) && (l || rt) ? '+' : u || d ? '|' : double ? '=' : '-';
  const key = `${u ? 'u' : ''}${d ? 'd' : ''}${l ? 'l' : ''}${rt ? 'r' : ''}`;
  const set = double && style === 'box-light' ? JUNCTIONS.header : JUNCTIONS[style as 'box-light'];
  const k = (key === 'u' || key === 'd' ? 'ud' : key === 'l' || key === 'r' || key === '' ? 'lr' : key) as Dirs;
  return set[k];
}

/** A text cut into lines of at most `width` columns (by characters: Chinese text wraps anywhere). */
function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && displayWidth(line + ch) > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return out.length || line ? [...out, line] : [''];
}

export function drawnTableLines(table: TableModel, layout: DrawnLayout): string[] {
  if (layout.style === 'markdown') return markdownLines(table);
  const grid = gridOf(table);
  const C = table.columns;
  const R = grid.length;
  const bar = layout.wide ? 2 : 1;
  const even = (n: number) => (layout.wide && n % 2 ? n + 1 : n);
  // Interior widths: the widest cell of one column, capped where cells wrap; a padding space each side.
  const W = Array.from({ length: C }, (_, c) => {
    let w = 4;
    for (let r = 0; r < R; r++) {
      const s = grid[r]![c]!;
      if (s.origin && s.cell.colSpan === 1) w = Math.max(w, displayWidth(s.cell.text));
    }
    return even((layout.wrapAt ? Math.min(w, Math.max(layout.wrapAt, 6)) : w) + 2);
  });
  const spanWidth = (c: number, span: number) => W.slice(c, c + span).reduce((a, b) => a + b, 0) + (span - 1) * bar;
  // A cell spanning columns whose text is wider than them, and not wrapping: its last column widened.
  if (!layout.wrapAt) {
    for (let r = 0; r < R; r++)
      for (let c = 0; c < C; c++) {
        const s = grid[r]![c]!;
        if (!s.origin || s.c !== c || s.cell.colSpan === 1) continue;
        const need = displayWidth(s.cell.text) + 2 - spanWidth(c, s.cell.colSpan);
        if (need > 0) W[c + s.cell.colSpan - 1] = even(W[c + s.cell.colSpan - 1]! + need);
      }
  }
  const cellLines = (r: number, c: number): string[] => {
    const s = grid[r]![c]!;
    if (!s.origin) return [];
    const width = spanWidth(c, s.cell.colSpan) - 2;
    return layout.wrapAt ? wrapText(s.cell.text, width) : [s.cell.text];
  };
  const height = Array.from({ length: R }, (_, r) => Math.max(1, ...Array.from({ length: C }, (_, c) => (grid[r]![c]!.c === c ? cellLines(r, c).length : 1))));
  const same = (a: number, b: number, c: number) => grid[a]![c]!.cell === grid[b]![c]!.cell;
  const barIn = (r: number, c: number) => c === 0 || c === C || grid[r]![c - 1]!.cell !== grid[r]![c]!.cell;
  const horizontalChar = (double: boolean) => (layout.style === 'ascii' ? (double ? '=' : '-') : junction(layout.style, double, false, false, true, true));
  const rule = (above: number | null, below: number | null, double: boolean): string => {
    const across = (c: number) => above === null || below === null || !same(above, below, c);
    let out = '';
    for (let c = 0; c <= C; c++) {
      const u = above !== null && barIn(above, c);
      const d = below !== null && barIn(below, c);
      out += junction(layout.style, double, u, d, c > 0 && across(c - 1), c < C && across(c));
      if (c === C) break;
      const fillWith = across(c) ? horizontalChar(double) : ' ';
      out += fillWith === ' ' ? ' '.repeat(W[c]!) : fillWith.repeat(layout.wide ? W[c]! / 2 : W[c]!);
    }
    return out;
  };
  const vertical = junction(layout.style, false, true, true, false, false);
  const content = (r: number, k: number): string => {
    let out = '';
    let c = 0;
    while (c < C) {
      const s = grid[r]![c]!;
      let span = 1;
      while (c + span < C && grid[r]![c + span]!.cell === s.cell) span++;
      const text = s.r === r ? (cellLines(r, c)[k] ?? '') : '';
      const width = spanWidth(c, span);
      out += vertical + ' ' + text + ' '.repeat(Math.max(0, width - 1 - displayWidth(text)));
      c += span;
    }
    return out + vertical;
  };
  const lines: string[] = [rule(null, 0, false)];
  for (let r = 0; r < R; r++) {
    for (let k = 0; k < height[r]!; k++) lines.push(content(r, k));
    if (r === R - 1) lines.push(rule(r, null, false));
    else if (r < table.headerRows - 1 || layout.ruledRows) lines.push(rule(r, r + 1, false));
    else if (r === table.headerRows - 1) lines.push(rule(r, r + 1, layout.doubleHeaderRule));
  }
  return lines;
}

/** A Markdown pipe table: the first row over |---|, merged cells printed where they start. */
function markdownLines(table: TableModel): string[] {
  const grid = gridOf(table);
  const rows = grid.map((row) => row.map((s) => (s.origin ? s.cell.text : '')));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(rows[0]!), `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map(line)];
}
