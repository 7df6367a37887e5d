/**
 * A table rebuilt from where things are printed on a PDF page: text fragments (a piece of text with its
 * left and right edge and its baseline) and ruling lines. Pure geometry, no pdf.js: the reader
 * (read-pdf.ts, pdf-page.ts) finds fragments and rules, this module turns a table's region into a grid of
 * cells with their spans.
 *
 * Coordinates are points, x from the left and y from the top of the document (pages stacked, so that a
 * table continued on the next page is one region). A cell's text may be printed on several lines,
 * vertically centred in its row (so its fragments lie above and below its neighbours' baseline): the
 * fragments of one cell are chained by their line pitch in one column, and a row ends where some column
 * starts another cell. Columns are the ruling lines where the table has them, else the gaps that no
 * fragment of a multi-cell line crosses; two cells a narrow gap apart stay two cells.
 */
import type { DocCell } from './document.ts';

export interface Frag {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the document. */
  y: number;
  /** Font size (the height of a line of it). */
  size: number;
  /** A piece cut out of a longer one at a space (splitAcross()): its edges are estimated, not printed. */
  cut?: boolean;
}

/** An axis-aligned ruling line (y0 = y1 for a horizontal one, x0 = x1 for a vertical one). */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Grid {
  /** Rows of origin cells, as DocTable has them. */
  rows: DocCell[][];
  /** How many leading rows are the header, as far as the geometry says. */
  headerRows: number;
  /** Where the header ends (y), so that a header repeated on the next page can be told and set apart. */
  headerBottom: number;
}

const isH = (r: Rule) => Math.abs(r.y1 - r.y0) < 1;
const isV = (r: Rule) => Math.abs(r.x1 - r.x0) < 1;

/** Joins the lines of one cell or paragraph: CJK text wraps anywhere, so nothing goes between them, except between two Latin words. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    const t = p.trim();
    if (!t) continue;
    out += out && /[A-Za-z]$/u.test(out) && /^[A-Za-z]/u.test(t) ? ` ${t}` : t;
  }
  return out;
}

/** Values within `tol` of each other, as one value each (their mean), sorted. */
export function cluster(values: readonly number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** Fragments on one baseline (within a third of their size), top to bottom, each line left to right. */
export function linesOf(frags: readonly Frag[]): Frag[][] {
  const sorted = [...frags].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Frag[][] = [];
  for (const f of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - f.y) <= Math.min(line[0]!.size, f.size) * 0.3) line.push(f);
    else lines.push([f]);
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/**
 * Column boundaries from the text: the gaps no fragment of a line with two or more fragments crosses
 * (a heading spanning columns, a group row or a wrapped cell's lone fragment cannot close a gap). The
 * header's lines (above `below`, or the first line of columns) are left out when the body has lines of
 * its own: a header word centred over its column may reach as far as the cells of the next one.
 */
export function columnsFromText(frags: readonly Frag[], below: number | null = null): number[] {
  const multi = linesOf(frags).filter((l) => l.length >= 2);
  const body = below !== null ? multi.filter((l) => l[0]!.y > below) : multi.slice(1);
  const all = gapsOf(frags, multi.length ? multi.flat() : [...frags]);
  if (body.length < 2) return all;
  const bodyOnly = gapsOf(frags, body.flat());
  return bodyOnly.length > all.length ? bodyOnly : all;
}

function gapsOf(frags: readonly Frag[], printed: readonly Frag[]): number[] {
  // A piece with a space inside may be two cells pdf.js joined (splitAcross() parts them): it cannot close a gap.
  // Nor can a piece cut out of one: its edges are estimated from the characters' widths, and the gap
  // between two such pieces (where the space was) is whatever the estimate left, often under a point.
  const solid = printed.filter((f) => !/\s/u.test(f.text.trim()) && !f.cut);
  const use = solid.length ? solid : printed;
  const spans = use.map((f) => [f.x0, f.x1] as const).sort((a, b) => a[0] - b[0]);
  const bounds = [Math.min(...frags.map((f) => f.x0))];
  // Pieces cut out of one at a space (a header word a gap too narrow from the next) guide it too.
  const wrapped = [...wrappedLines(frags), ...frags.filter((f) => f.cut)];
  let end = spans[0]![1];
  for (const [a, b] of spans.slice(1)) {
    if (a - end >= 1) bounds.push(placeInGap(wrapped, end, a));
    end = Math.max(end, b);
  }
  bounds.push(Math.max(...frags.map((f) => f.x1)));
  return bounds;
}

/**
 * Where in a gap between columns (lo–hi, as the lines of several cells leave it) the boundary goes. A
 * wrapped cell's lines stand alone on their lines and so cannot make the gap, but they reach as far as
 * their column's width: a long name wrapped to its column's full width ends a few points before the next
 * column's cells, past the middle of a gap that the header words (centred, narrower) leave wide. So the
 * boundary goes where the fewest of a wrapped cell's lines cross it (the widest such stretch, else the
 * middle). The lines of a wrapped cell are told by the line above or below them in the same cell: printed
 * within a line's pitch, centred alike or starting alike. A lone line with no such partner (a group row
 * over several columns, a spanning header) does not choose. Nor do the pieces of cells a narrow gap apart
 * that pdf.js handed over as one (splitAcross() cut them), which are two cells either side of the
 * boundary however narrow the space between them: the boundary goes in that space.
 */
function placeInGap(frags: readonly Frag[], lo: number, hi: number): number {
  const edges = [lo, ...frags.flatMap((f) => [f.x0, f.x1]).filter((x) => x > lo && x < hi), hi].sort((a, b) => a - b);
  let best = { x: (lo + hi) / 2, crossed: Infinity, width: 0 };
  // Each stretch between two edges, and each edge (two cut pieces may touch: the boundary is where they do).
  const places = edges.flatMap((a, k) => (k + 1 < edges.length ? [[a, edges[k + 1]!]] : [])).flatMap(([a, b]) => [[a!, b!], [b!, b!]] as const);
  for (const [a, b] of places) {
    if (b < lo || b > hi || (a === b && (b === lo || b === hi))) continue;
    const x = (a + b) / 2;
    const crossed = frags.filter((f) => f.x0 < x && f.x1 > x).length;
    if (crossed < best.crossed || (crossed === best.crossed && b - a > best.width)) best = { x, crossed, width: b - a };
  }
  return best.x;
}

/** The lines of wrapped cells: lone pieces on their line with a partner of the same cell a line above or below (see placeInGap()). */
function wrappedLines(frags: readonly Frag[]): Frag[] {
  const lines = linesOf(frags);
  const lone = lines.filter((l) => l.length === 1).map((l) => l[0]!);
  const partners = (a: Frag, b: Frag) => {
    const size = Math.min(a.size, b.size);
    const dy = Math.abs(a.y - b.y);
    const alike = Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) < size * 0.5 || Math.abs(a.x0 - b.x0) < 1;
    return dy > size * 0.3 && dy <= size * 1.6 && alike && Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
  };
  return lone.filter((f) => frags.some((g) => g !== f && partners(f, g)));
}

/** A character's advance in ems, as near as the text alone tells it (CJK and full-width forms one em). */
export const advance = (ch: string) => (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\u3000-\u303f\u2018-\u201d\u2014\u2460-\u2473]/u.test(ch) ? 1 : 0.55);

/**
 * pdf.js joins pieces of one line less than about half an em apart into one item, with a space between
 * them: two cells a narrow gap apart come as one piece (`2025年 2028年`). A fragment that reaches across a
 * column boundary is cut at its spaces that fall on a boundary (their place estimated from the widths of
 * the characters); a space inside a cell (`单 位`) stays.
 */
export function splitAcross(frags: readonly Frag[], bounds: readonly number[]): Frag[] {
  const out: Frag[] = [];
  for (const f of frags) {
    const [a, b] = spanOf(f, bounds);
    if (a === b || !/\s/u.test(f.text.trim())) {
      out.push(f);
      continue;
    }
    const chars = [...f.text];
    const spaceCount = chars.filter((c) => /\s/u.test(c)).length;
    const natural = chars.reduce((w, c) => w + (/\s/u.test(c) ? 0 : advance(c)), 0) * f.size;
    const gap = Math.max(0, (f.x1 - f.x0 - natural) / spaceCount);
    // Where each space stands, estimated; each boundary the piece crosses takes the space nearest to it.
    const spaces: Array<{ i: number; x: number }> = [];
    let x = f.x0;
    chars.forEach((c, i) => {
      if (/\s/u.test(c)) {
        spaces.push({ i, x: x + gap / 2 });
        x += gap;
      } else x += advance(c) * f.size;
    });
    const cutAt = new Map<number, number>();
    for (const bd of bounds.slice(a + 1, b + 1)) {
      const free = spaces.filter((sp) => !cutAt.has(sp.i));
      const near = free.sort((p, q) => Math.abs(p.x - bd) - Math.abs(q.x - bd))[0];
      if (near && Math.abs(near.x - bd) <= f.size * 3) cutAt.set(near.i, near.x);
    }
    let start = f.x0;
    let piece = '';
    chars.forEach((c, i) => {
      if (cutAt.has(i) && piece.trim()) {
        const mid = cutAt.get(i)!;
        out.push({ ...f, text: piece.trim(), x0: start, x1: mid - gap / 2, cut: true });
        piece = '';
        start = mid + gap / 2;
      } else piece += c;
    });
    if (piece.trim()) out.push({ ...f, text: piece.trim(), x0: start, x1: f.x1, ...(cutAt.size ? { cut: true } : {}) });
  }
  return out;
}

/** Column boundaries from vertical rules: their x positions, clustered. */
export function columnsFromRules(rules: readonly Rule[]): number[] {
  return cluster(rules.filter(isV).map((r) => r.x0), 2);
}

/**
 * The columns [first, last] a fragment covers: those it overlaps by a quarter of the narrower of the two,
 * and by three tenths of a column it only reaches into (a centred header word a little wider than its
 * column's cells does not reach into the next column).
 */
function spanOf(f: Frag, bounds: readonly number[]): [number, number] {
  const cols: number[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const overlap = Math.min(f.x1, bounds[c + 1]!) - Math.max(f.x0, bounds[c]!);
    // A fragment reaching into a column it does not cover (a header word wider than the figures under it)
    // must reach across some three tenths of it, too, to head it.
    const width = bounds[c + 1]! - bounds[c]!;
    const partly = f.x0 > bounds[c]! || f.x1 < bounds[c + 1]!;
    if (overlap > 0 && overlap >= Math.max(0.5, 0.25 * Math.min(f.x1 - f.x0, width), partly ? 0.3 * width : 0)) cols.push(c);
  }
  // A fragment centred on a boundary and reaching into both columns heads both (规划目标 over two years),
  // however far off the boundary found from the cells' text is.
  const mid = (f.x0 + f.x1) / 2;
  for (let c = 1; c + 1 < bounds.length; c++) {
    const bd = bounds[c]!;
    if (Math.abs(mid - bd) <= (f.x1 - f.x0) * 0.3 && f.x0 < bd - 2 && f.x1 > bd + 2) {
      if (!cols.includes(c - 1)) cols.push(c - 1);
      if (!cols.includes(c)) cols.push(c);
    }
  }
  cols.sort((a, b) => a - b);
  if (cols.length === 0) {
    let c = 0;
    while (c < bounds.length - 2 && mid >= bounds[c + 1]!) c++;
    return [c, c];
  }
  return [cols[0]!, cols.at(-1)!];
}

interface Block {
  frags: Frag[];
  span: [number, number];
  top: number;
  bottom: number;
}

/** A cell's lines chained in its columns: the next line of a cell is at most 1.5 of its size below. */
function blocksOf(frags: readonly Frag[], bounds: readonly number[]): Block[] {
  const byKey = new Map<string, Frag[]>();
  const spans = new Map<Frag, [number, number]>();
  for (const f of frags) {
    const s = spanOf(f, bounds);
    spans.set(f, s);
    const k = s.join(':');
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const blocks: Block[] = [];
  for (const list of byKey.values()) {
    // Fragments on one line in one column (a cell printed in pieces) go together, left to right.
    const lines = linesOf(list);
    let cur: Block | null = null;
    for (const line of lines) {
      const y = line[0]!.y;
      const size = Math.max(...line.map((f) => f.size));
      if (cur && y - cur.bottom <= size * 1.5) {
        cur.frags.push(...line);
        cur.bottom = y;
      } else {
        cur = { frags: [...line], span: spans.get(line[0]!)!, top: y, bottom: y };
        blocks.push(cur);
      }
    }
  }
  return blocks;
}

/** Between two cells of one column: the space from the last line of one to the first of the next. */
function partings(blocks: readonly Block[]): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  const byKey = new Map<string, Block[]>();
  for (const b of blocks) byKey.set(b.span.join(':'), [...(byKey.get(b.span.join(':')) ?? []), b]);
  for (const list of byKey.values()) {
    list.sort((a, b) => a.top - b.top);
    for (let i = 1; i < list.length; i++) gaps.push([list[i - 1]!.bottom, list[i]!.top]);
  }
  return gaps;
}

/** Cells merged down over rows: another column starts a new cell within their lines. */
function mergedDown(blocks: readonly Block[]): Set<Block> {
  const gaps = partings(blocks);
  return new Set(blocks.filter((b) => b.bottom > b.top && gaps.some(([g0, g1]) => g0 >= b.top - 0.5 && g1 <= b.bottom + 0.5)));
}

/**
 * Where rows end: between two printed lines of the table when some column starts another cell below
 * them (two blocks of one column lie either side) and no cell's lines run across them (a wrapped cell is
 * one cell; a cell merged down over rows does not hold them together); and at every horizontal rule
 * inside the table. A cell vertically centred over two rows on one line ends up in a band of its own,
 * which mergeFloating() merges back.
 */
export function rowCuts(blocks: readonly Block[], hRules: readonly number[], merged: ReadonlySet<Block> = new Set()): number[] {
  const gaps = partings(blocks);
  const size = Math.min(...blocks.map((b) => b.frags[0]!.size));
  // Lines as printed: two cells' lines a point or two apart (a narrow row under a wrapped neighbour) are two lines.
  const ys = cluster(blocks.flatMap((b) => b.frags.map((f) => f.y)), size * 0.08);
  const cuts: number[] = [];
  for (let k = 0; k + 1 < ys.length; k++) {
    const [a, b] = [ys[k]!, ys[k + 1]!];
    const parted = gaps.some(([g0, g1]) => g0 <= a + 0.5 && b <= g1 + 0.5);
    const straddled = blocks.some((x) => !merged.has(x) && x.top <= a + 0.5 && x.bottom >= b - 0.5);
    if (parted && !straddled) cuts.push((a + b) / 2);
  }
  return cluster([...cuts, ...hRules], 1);
}

/** A cell where it starts in a band, with the middle of its lines (y) for spans across bands. */
interface Placed {
  c: number;
  cell: DocCell;
  mid: number;
}

/**
 * The cells of one band of rows (between two cuts), with the header levels a band may hold: a cell
 * spanning columns over cells below it (指标值 over 2025年 and 2030年) is one level up; a cell with nothing
 * above or below it spans every level (类别 merged down). Empty slots are empty cells.
 */
export function bandRows(frags: readonly Frag[], bounds: readonly number[]): Placed[][] {
  const blocks = blocksOf(frags, bounds);
  if (blocks.length === 0) return [];
  const contains = (a: Block, b: Block) => a !== b && a.span[0] <= b.span[0] && a.span[1] >= b.span[1] && a.span[1] - a.span[0] > b.span[1] - b.span[0] && a.bottom < b.top;
  const level = new Map<Block, number>();
  const levelOf = (b: Block): number => {
    if (!level.has(b)) level.set(b, Math.max(0, ...blocks.filter((a) => contains(a, b)).map((a) => levelOf(a) + 1)));
    return level.get(b)!;
  };
  const depth = 1 + Math.max(...blocks.map(levelOf));
  const columns = bounds.length - 1;
  const rows: Placed[][] = Array.from({ length: depth }, () => []);
  const taken: boolean[][] = Array.from({ length: depth }, () => Array(columns).fill(false));
  const ordered = [...blocks].sort((a, b) => levelOf(a) - levelOf(b) || a.span[0] - b.span[0] || a.top - b.top);
  for (const b of ordered) {
    const l = levelOf(b);
    if (taken[l]![b.span[0]]) {
      // Two cells in one slot: the band holds rows the cuts could not part; keep the text in the slot.
      const at = rows[l]!.find((x) => x.c <= b.span[0] && x.c + x.cell.colSpan > b.span[0]);
      if (at) at.cell.text = joinWrapped([at.cell.text, textOf(b)]);
      continue;
    }
    const rowSpan = blocks.some((x) => contains(b, x)) ? 1 : depth - l;
    for (let r = l; r < l + rowSpan; r++) for (let c = b.span[0]; c <= b.span[1]; c++) taken[r]![c] = true;
    rows[l]!.push({ c: b.span[0], cell: { text: textOf(b), rowSpan, colSpan: b.span[1] - b.span[0] + 1 }, mid: (b.top + b.bottom) / 2 - b.frags[0]!.size * 0.35 });
  }
  return rows.map((row, r) => {
    for (let c = 0; c < columns; c++) if (!taken[r]![c]) row.push({ c, cell: { text: '', rowSpan: 1, colSpan: 1 }, mid: NaN });
    return row.sort((a, b) => a.c - b.c);
  });
}

function textOf(b: Block): string {
  const lines = linesOf(b.frags);
  return joinWrapped(lines.map((l) => joinLine(l)));
}

/** One printed line's fragments: touching pieces joined, Latin words apart by a space where the gap shows one. */
export function joinLine(line: readonly Frag[]): string {
  let out = '';
  let end = -Infinity;
  for (const f of line) {
    const spaced = out !== '' && f.x0 - end >= f.size * 0.2 && /[A-Za-z0-9%]$/u.test(out) && /^[A-Za-z0-9]/u.test(f.text);
    out += (spaced ? ' ' : '') + f.text;
    end = f.x1;
  }
  return out;
}

/** A table without ruling lines between its rows (three-line or none): columns from the text, rows from the cells. */
export function gridFromText(printed: readonly Frag[], hRules: readonly number[] = [], headerRule: number | null = null): Grid {
  const frags = splitAcross(printed, columnsFromText(printed, headerRule));
  const bounds = columnsFromText(frags, headerRule);
  const blocks = blocksOf(frags, bounds);
  const merged = mergedDown(blocks);
  const edges = [-Infinity, ...rowCuts(blocks, hRules, merged), Infinity];
  // A fragment belongs to the band its baseline falls in; a cell merged down, to the band of its first line.
  const at = new Map<Frag, number>();
  for (const b of merged) for (const f of b.frags) at.set(f, b.top);
  const rows: Placed[][] = [];
  /** Where each row's band ends. */
  const ends: number[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const sub = bandRows(frags.filter((f) => (at.get(f) ?? f.y) >= edges[i]! && (at.get(f) ?? f.y) < edges[i + 1]!), bounds);
    rows.push(...sub);
    ends.push(...sub.map(() => edges[i + 1]!));
  }
  const drop = new Set<Placed>();
  mergeFloating(rows, ends, drop);
  mergeChildren(rows, drop);
  const cells = () => rows.map((row) => row.filter((x) => !drop.has(x)).map((x) => x.cell));
  let headerRows = headerRule !== null ? ends.filter((e) => e <= headerRule + 1).length : headerOfGrid(cells(), bounds.length - 1);
  if (headerRows === 0 && rows.length) headerRows = 1;
  spanDown(rows, headerRows, Math.min(...frags.map((f) => f.size)), drop);
  return { rows: cells(), headerRows: Math.min(headerRows, rows.length), headerBottom: ends[headerRows - 1] ?? -Infinity };
}

/**
 * A body cell printed in the middle of several rows (merged down, as a task or a group over its rows):
 * when its middle is nearer the middle of it and its empty neighbours in the column than of its own row,
 * it spans them, and starts in the first. Returns the slots the spans cover, to leave out.
 */
function spanDown(rows: Placed[][], from: number, size: number, drop: Set<Placed>): void {
  const rowMid = (r: number, except: Placed) => {
    const mids = rows[r]!.filter((x) => x !== except && !Number.isNaN(x.mid) && x.cell.colSpan === 1).map((x) => x.mid).sort((a, b) => a - b);
    return mids.length ? mids[Math.floor(mids.length / 2)]! : NaN;
  };
  const emptyAt = (r: number, c: number) => rows[r]?.find((x) => x.c === c && x.cell.text === '' && x.cell.colSpan === 1 && x.cell.rowSpan === 1 && !drop.has(x));
  for (let r = from; r < rows.length; r++) {
    for (const p of [...rows[r]!]) {
      if (drop.has(p) || p.cell.text === '' || p.cell.colSpan !== 1 || p.cell.rowSpan !== 1 || Number.isNaN(p.mid)) continue;
      const own = rowMid(r, p);
      if (Number.isNaN(own) || Math.abs(own - p.mid) < size * 0.3) continue;
      let best: [number, number] = [r, r];
      let bestDist = Math.abs(own - p.mid);
      for (let a = r; a >= from && (a === r || emptyAt(a, p.c)); a--) {
        for (let b = r; b < rows.length && (b === r || emptyAt(b, p.c)); b++) {
          const m = (rowMid(a, p) + rowMid(b, p)) / 2;
          if (Math.abs(m - p.mid) < bestDist - size * 0.2) [best, bestDist] = [[a, b], Math.abs(m - p.mid)];
        }
      }
      if (best[0] === r && best[1] === r) continue;
      const [a, b] = best;
      for (let k = a; k <= b; k++) if (k !== r && k !== a) drop.add(emptyAt(k, p.c)!);
      p.cell.rowSpan = b - a + 1;
      if (a !== r) {
        // The cell starts in the first row it spans, in the place of that row's empty cell.
        const slot = emptyAt(a, p.c)!;
        rows[a]![rows[a]!.indexOf(slot)] = { ...p };
        drop.add(p);
      }
    }
  }
}

/**
 * A row whose cells all stand under a cell of the row above that spans columns (2025年 and 2030年 under
 * 规划目标), and that is empty where the row above has its other cells, is that heading's second row: the
 * other cells of the row above are merged down into it.
 */
function mergeChildren(rows: Placed[][], drop: Set<Placed>): void {
  for (let r = 1; r < rows.length; r++) {
    const above = rows[r - 1]!.filter((x) => !drop.has(x) && x.cell.text !== '');
    const parents = above.filter((x) => x.cell.colSpan > 1 && x.cell.colSpan < Math.max(...rows[r]!.map((y) => y.c + 1)));
    const cells = rows[r]!.filter((x) => !drop.has(x) && x.cell.text !== '');
    if (parents.length === 0 || cells.length === 0) continue;
    const under = (c: number) => parents.some((p) => c >= p.c && c < p.c + p.cell.colSpan);
    if (!cells.every((x) => under(x.c))) continue;
    const others = above.filter((x) => !parents.includes(x));
    const slots = others.map((x) => rows[r]!.find((y) => y.c === x.c && y.cell.text === '' && !drop.has(y)));
    if (slots.some((y) => !y)) continue;
    others.forEach((x, k) => {
      x.cell.rowSpan += 1;
      drop.add(slots[k]!);
    });
  }
}

/**
 * A band holding only cells whose column is empty in the rows above and below it is a cell printed
 * across the line between those two rows (merged over both): it starts in the row above and spans both.
 */
function mergeFloating(rows: Placed[][], ends: number[], drop: Set<Placed>): void {
  const empty = (r: number, c: number) => rows[r]!.find((x) => x.c === c && x.cell.text === '' && x.cell.colSpan === 1 && x.cell.rowSpan === 1 && !drop.has(x));
  for (let r = 1; r + 1 < rows.length; r++) {
    const cells = rows[r]!.filter((x) => x.cell.text !== '');
    if (cells.length === 0 || cells.some((x) => x.cell.colSpan !== 1 || !empty(r - 1, x.c) || !empty(r + 1, x.c))) continue;
    for (const x of cells) {
      const above = empty(r - 1, x.c)!;
      rows[r - 1]![rows[r - 1]!.indexOf(above)] = { ...x, cell: { ...x.cell, rowSpan: 2 } };
      drop.add(empty(r + 1, x.c)!);
    }
    rows.splice(r, 1);
    ends.splice(r, 1);
  }
}

/**
 * A table drawn with a full grid of ruling lines: rows and columns between the rules, two slots one cell
 * where no rule parts them (a merged cell), the text in the slot its middle falls in.
 */
export function gridFromRules(printed: readonly Frag[], rules: readonly Rule[]): Grid {
  const xs = columnsFromRules(rules);
  const frags = splitAcross(printed, xs);
  const ys = cluster(rules.filter(isH).map((r) => r.y0), 1.5);
  const R = ys.length - 1;
  const C = xs.length - 1;
  const covered = (list: readonly Rule[], fixed: (r: Rule) => number, at: number, from: number, to: number, lo: (r: Rule) => number, hi: (r: Rule) => number) =>
    list.filter((r) => Math.abs(fixed(r) - at) < 2).reduce((n, r) => n + Math.max(0, Math.min(hi(r), to) - Math.max(lo(r), from)), 0) >= (to - from) * 0.5;
  const hs = rules.filter(isH);
  const vs = rules.filter(isV);
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const lo = (x: Rule) => Math.min(x.y0, x.y1);
      const hi = (x: Rule) => Math.max(x.y0, x.y1);
      if (c + 1 < C && !covered(vs, (x) => x.x0, xs[c + 1]!, ys[r]!, ys[r + 1]!, lo, hi)) parent[find(r * C + c + 1)] = find(r * C + c);
      const lx = (x: Rule) => Math.min(x.x0, x.x1);
      const hx = (x: Rule) => Math.max(x.x0, x.x1);
      if (r + 1 < R && !covered(hs, (x) => x.y0, ys[r + 1]!, xs[c]!, xs[c + 1]!, lx, hx)) parent[find((r + 1) * C + c)] = find(r * C + c);
    }
  }
  const texts = new Map<number, Frag[]>();
  for (const f of frags) {
    const cx = (f.x0 + f.x1) / 2;
    const cy = f.y - f.size * 0.35;
    const c = xs.findIndex((x, i) => i < C && cx >= x && cx < xs[i + 1]!);
    const r = ys.findIndex((y, i) => i < R && cy >= y && cy < ys[i + 1]!);
    if (c < 0 || r < 0) continue;
    const k = find(r * C + c);
    texts.set(k, [...(texts.get(k) ?? []), f]);
  }
  const rows: DocCell[][] = [];
  const seen = new Set<number>();
  for (let r = 0; r < R; r++) {
    const row: DocCell[] = [];
    for (let c = 0; c < C; c++) {
      const k = find(r * C + c);
      if (seen.has(k)) continue;
      seen.add(k);
      let c1 = c;
      while (c1 + 1 < C && find(r * C + c1 + 1) === k) c1++;
      let r1 = r;
      while (r1 + 1 < R && find((r1 + 1) * C + c) === k) r1++;
      row.push({ text: joinWrapped(linesOf(texts.get(k) ?? []).map(joinLine)), rowSpan: r1 - r + 1, colSpan: c1 - c + 1 });
    }
    rows.push(row);
  }
  const headerRows = headerOfGrid(rows, C);
  return dropEmptyRows({ rows, headerRows, headerBottom: ys[headerRows] ?? Infinity });
}

/** Header rows of a ruled grid: a title row across the table, then the first row and what its cells merge down into. */
function headerOfGrid(rows: readonly DocCell[][], columns: number): number {
  let h = 0;
  while (h < rows.length - 1 && rows[h]!.length === 1 && rows[h]![0]!.colSpan === columns && rows[h]![0]!.text !== '') h++;
  if (h >= rows.length) return 1;
  let end = h + Math.max(1, ...rows[h]!.map((c) => c.rowSpan));
  // A cell spanning columns in the last header row heads cells under it.
  while (end < rows.length && rows[end - 1]!.some((c) => c.colSpan > 1 && c.colSpan < columns) && rows[end - 1]!.length < columns) end++;
  return Math.min(end, rows.length);
}

/** Rows with no text and no cell reaching into them (the space between two pages' parts of a table). */
function dropEmptyRows(g: Grid): Grid {
  const keep = g.rows.map((row) => row.some((c) => c.text !== '' || c.rowSpan > 1));
  if (keep.every(Boolean)) return g;
  return { ...g, rows: g.rows.filter((_, i) => keep[i]), headerRows: g.headerRows - keep.slice(0, g.headerRows).filter((k) => !k).length };
}
