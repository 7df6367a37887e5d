/**
 * What pdf.js says is printed on a page, in the reader's terms: text fragments (pieces of text with their
 * left and right edge and baseline, from the top of the page) and ruling lines (the straight horizontal
 * and vertical strokes of the page's operator list, and rectangles thin enough to be lines, as Word draws
 * table borders). Curves, images and shading are not read.
 */
import { advance, type Frag, type Rule } from './pdf-geometry.ts';

export interface PageContent {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  frags: Frag[];
  rules: Rule[];
}

/** pdf.js operator codes and path-drawing codes used here (stable across pdf.js versions 4–5). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** What is used of a pdf.js page. */
export interface PdfPageLike {
  view: number[];
  pageNumber: number;
  getTextContent(): Promise<{ items: Array<{ str: string; transform: number[]; width: number; height: number } | object> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

export async function readPageContent(page: PdfPageLike, ops: PdfOps): Promise<PageContent> {
  const view = page.view;
  const height = view[3]! - view[1]!;
  const width = view[2]! - view[0]!;
  const content = await page.getTextContent();
  const frags: Frag[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, , d, e, f] = item.transform;
    const size = Math.hypot(a!, b!) || Math.abs(d!) || item.height || 10;
    let x0 = e! - view[0]!;
    let x1 = x0 + item.width;
    // pdf.js writes a gap before the next piece as a space at the end of this one: the text ends before it.
    const text = item.str.trim();
    if (text !== item.str) {
      const natural = [...text].reduce((w, c) => w + advance(c), 0) * size;
      const lead = item.str.length - item.str.trimStart().length;
      if (natural < x1 - x0) {
        if (lead > 0 && item.str.trimEnd() === item.str) x0 = x1 - natural;
        else if (lead === 0) x1 = x0 + natural;
      }
    }
    frags.push({ text, x0, x1, y: height - (f! - view[1]!), size });
  }
  const list = await page.getOperatorList();
  return { number: page.pageNumber, width, height, frags: mergeTouching(frags), rules: rulesOf(list.fnArray, list.argsArray, ops, height, view) };
}

/** Pieces of one line that touch (less than a twelfth of their size apart: a change of font) are one fragment; pieces further apart that pdf.js did not join are apart on the page (two cells). */
function mergeTouching(frags: Frag[]): Frag[] {
  const sorted = [...frags].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const out: Frag[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(last.y - f.y) < Math.min(last.size, f.size) * 0.2 && f.x0 - last.x1 < Math.min(last.size, f.size) * 0.08 && f.x0 >= last.x0) {
      last.text += f.text;
      last.x1 = Math.max(last.x1, f.x1);
      last.size = Math.max(last.size, f.size);
    } else out.push({ ...f });
  }
  return out;
}

/** Straight strokes and thin filled rectangles, in page coordinates from the top. */
function rulesOf(fnArray: number[], argsArray: unknown[][], ops: PdfOps, height: number, view: number[]): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const at = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4] - view[0]!, height - (ctm[1] * x + ctm[3] * y + ctm[5] - view[1]!)];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] ?? [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = mul(ctm, args as Matrix);
    else if (fn === ops.constructPath) {
      const [paintOp, data] = args as [number, unknown[]];
      const path = data?.[0];
      if (!path || typeof (path as ArrayLike<number>).length !== 'number') continue;
      const segs = segmentsOf(path as ArrayLike<number>, at);
      if (strokes.has(paintOp)) rules.push(...segs.filter(straight));
      else if (fills.has(paintOp)) rules.push(...thinRects(segs));
    }
  }
  return rules.map(normalise);
}

/** The straight segments of a path (pdf.js DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function segmentsOf(path: ArrayLike<number>, at: (x: number, y: number) => [number, number]): Rule[] {
  const segs: Rule[] = [];
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === 0) {
      cur = start = at(path[i + 1]!, path[i + 2]!);
      i += 3;
    } else if (op === 1) {
      const next = at(path[i + 1]!, path[i + 2]!);
      if (cur) segs.push({ x0: cur[0], y0: cur[1], x1: next[0], y1: next[1] });
      cur = next;
      i += 3;
    } else if (op === 2) {
      cur = at(path[i + 5]!, path[i + 6]!);
      i += 7;
    } else if (op === 3) {
      cur = at(path[i + 3]!, path[i + 4]!);
      i += 5;
    } else if (op === 4) {
      if (cur && start) segs.push({ x0: cur[0], y0: cur[1], x1: start[0], y1: start[1] });
      cur = start;
      i += 1;
    } else break;
  }
  return segs;
}

const straight = (r: Rule) => (Math.abs(r.y1 - r.y0) < 0.5 && Math.abs(r.x1 - r.x0) > 2) || (Math.abs(r.x1 - r.x0) < 0.5 && Math.abs(r.y1 - r.y0) > 2);

/** A filled rectangle less than 2 points thick is a line along its middle. */
function thinRects(segs: Rule[]): Rule[] {
  if (segs.length < 3) return [];
  const xs = segs.flatMap((s) => [s.x0, s.x1]);
  const ys = segs.flatMap((s) => [s.y0, s.y1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 2 && x1 - x0 > 2) return [{ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 }];
  if (x1 - x0 < 2 && y1 - y0 > 2) return [{ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 }];
  return [];
}

function normalise(r: Rule): Rule {
  return { x0: Math.min(r.x0, r.x1), x1: Math.max(r.x0, r.x1), y0: Math.min(r.y0, r.y1), y1: Math.max(r.y0, r.y1) };
}
