/**
 * The pages of a PDF (fragments and ruling lines, pdf-page.ts) → the blocks of the document model, in
 * reading order: page furniture first set apart with its reason (page numbers, a running header or
 * footer repeated at the same place on several pages); then tables, found by their ruling lines (a full
 * grid, or horizontal rules across the same width: three-line tables) or, without rules, as runs of lines
 * printed in columns; a framed block of paragraphs (a one-cell frame) as a box; a table continued on the
 * next page joined into one, its repeated header dropped and reported; the other lines joined into
 * paragraphs where the print wrapped them.
 */
import type { DocBlock, DocCell, DocParagraph, FurnitureReason } from './document.ts';
import { cluster, gridFromRules, gridFromText, joinLine, joinWrapped, linesOf, type Frag, type Grid, type Rule } from './pdf-geometry.ts';
import type { PageContent } from './pdf-page.ts';

/** Pages stacked: y of page p (1-based) starts at (p − 1) × PAGE_STEP, so a region never spans pages by accident. */
const PAGE_STEP = 100_000;

interface Furniture {
  page: number;
  text: string;
  reason: FurnitureReason;
}

interface Region {
  kind: 'grid' | 'lines' | 'text' | 'box';
  page: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  frags: Frag[];
  rules: Rule[];
  /** Three-line tables: the rule under the header. */
  headerRule: number | null;
}

type Item = { at: number; page: number; region: Region } | { at: number; page: number; line: Frag[] };

const PAGE_NUMBER = /^(?:[-—–－~·\s]*\d{1,4}[-—–－~·\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–\s]*[ivxlcIVXLC]{1,6}[-—–\s]*)$/u;

/** Page numbers and running headers or footers, found on the pages and taken out of them. */
export function takeFurniture(pages: PageContent[]): Furniture[] {
  const out: Furniture[] = [];
  const firstLast = pages.map((p) => {
    const lines = linesOf(p.frags);
    return { first: lines[0], last: lines.at(-1) };
  });
  const repeats = (pick: 'first' | 'last', line: Frag[] | undefined, page: number) => {
    if (!line) return false;
    const text = joinLine(line).replace(/\s+/gu, '');
    const y = line[0]!.y;
    return firstLast.some((o, i) => i !== page && o[pick] && joinLine(o[pick]!).replace(/\s+/gu, '') === text && Math.abs(o[pick]![0]!.y - y) < 3);
  };
  pages.forEach((p, i) => {
    const remove = new Set<Frag>();
    const lines = linesOf(p.frags);
    for (const [pick, k] of [['first', 0], ['last', lines.length - 1], ['first', 1], ['last', lines.length - 2]] as const) {
      const line = lines[k];
      if (!line || line.some((f) => remove.has(f))) continue;
      const text = joinLine(line);
      const edge = line[0]!.y < p.height * 0.12 || line[0]!.y > p.height * 0.88;
      const isNumber = edge && PAGE_NUMBER.test(text.trim());
      // The second line from an edge is furniture only under (or over) furniture.
      const outer = k === 0 || k === lines.length - 1 || lines[pick === 'first' ? 0 : lines.length - 1]!.some((f) => remove.has(f));
      if (!outer) continue;
      if (isNumber) out.push({ page: p.number, text, reason: 'page-number' });
      else if (edge && repeats(pick, line, i)) out.push({ page: p.number, text, reason: pick === 'first' ? 'running-header' : 'running-footer' });
      else continue;
      for (const f of line) remove.add(f);
    }
    if (remove.size === 0) return;
    p.frags = p.frags.filter((f) => !remove.has(f));
    // A rule just under a running header (or just over a footer) goes with it; a table's rule stands further off.
    const near = (r: Rule) => [...remove].some((f) => r.y1 - r.y0 < 1 && r.y0 > f.y - f.size * 2.5 && r.y0 < f.y + f.size * 1.2);
    p.rules = p.rules.filter((r) => !near(r));
  });
  return out;
}

/** Groups of rules that make a table or a frame: touching strokes (a grid), or horizontal rules of one width (three-line). */
export function ruleRegions(page: PageContent, used = new Set<Frag>()): Region[] {
  const off = (page.number - 1) * PAGE_STEP;
  const rules = page.rules.map((r) => ({ ...r, y0: r.y0 + off, y1: r.y1 + off }));
  const frags = page.frags.map((f) => ({ ...f, y: f.y + off }));
  const original = new Map(frags.map((f, i) => [f, page.frags[i]!]));
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const touch = (a: Rule, b: Rule) => a.x0 <= b.x1 + 2 && b.x0 <= a.x1 + 2 && a.y0 <= b.y1 + 2 && b.y0 <= a.y1 + 2;
  const vertical = (r: Rule) => r.x1 - r.x0 < 1;
  for (let i = 0; i < rules.length; i++) for (let j = i + 1; j < rules.length; j++) if (touch(rules[i]!, rules[j]!)) parent[find(j)] = find(i);
  // Horizontal rules of one width with no vertical rule to them (a three-line table's) are one table.
  const framed = new Set(rules.flatMap((r, i) => (vertical(r) ? [find(i)] : [])));
  const alone = (i: number) => !vertical(rules[i]!) && !framed.has(find(i));
  // Consecutive ones, with no line of running text (one piece across most of the width) between them.
  const lone = rules.map((_, i) => i).filter(alone).sort((a, b) => rules[a]!.y0 - rules[b]!.y0);
  const lines = linesOf(frags);
  for (let k = 0; k + 1 < lone.length; k++) {
    const [a, b] = [rules[lone[k]!]!, rules[lone[k + 1]!]!];
    if (Math.abs(a.x0 - b.x0) >= 3 || Math.abs(a.x1 - b.x1) >= 3) continue;
    const prose = lines.some((l) => l[0]!.y > a.y0 && l[0]!.y < b.y0 && l.length === 1 && l[0]!.x1 - l[0]!.x0 > (a.x1 - a.x0) * 0.6);
    if (!prose) parent[find(lone[k + 1]!)] = find(lone[k]!);
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  const regions: Region[] = [];
  for (const g of groups.values()) {
    const hs = g.filter((r) => !vertical(r));
    const vs = g.filter(vertical);
    if (hs.length < 2) continue;
    const top = Math.min(...g.map((r) => r.y0));
    const bottom = Math.max(...g.map((r) => r.y1));
    const x0 = Math.min(...g.map((r) => r.x0));
    const x1 = Math.max(...g.map((r) => r.x1));
    const inside = frags.filter((f) => f.y - f.size * 0.35 > top && f.y - f.size * 0.35 < bottom && (f.x0 + f.x1) / 2 > x0 && (f.x0 + f.x1) / 2 < x1);
    if (inside.length === 0) continue;
    for (const f of inside) used.add(original.get(f)!);
    const ys = cluster(hs.map((r) => r.y0), 1.5);
    let kind: Region['kind'] = 'lines';
    if (vs.length >= 2) kind = ys.length === 2 && cluster(vs.map((r) => r.x0), 2).length === 2 ? 'box' : 'grid';
    const headerRule = kind === 'lines' && ys.length >= 3 ? ys[1]! : null;
    regions.push({ kind, page: page.number, top, bottom, x0, x1, frags: inside, rules: g, headerRule });
  }
  return regions.sort((a, b) => a.top - b.top);
}

/**
 * Lines printed in columns, without rules: a run from a line of three or more fragments through the
 * lines of two or more, with the lone fragments between them (a wrapped cell's other lines, a group row),
 * and the lone fragments just above or below it within a line's distance (a spanning header, a cell's
 * last line), or a heading above its first line as far as that line's wrapped sub-headings hang below it.
 */
export function textTables(lines: Frag[][], page: number): Array<{ from: number; to: number; region: Region }> {
  const out: Array<{ from: number; to: number; region: Region }> = [];
  const wide = (l: Frag[]) => l.length >= 2;
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.length < 3) {
      i++;
      continue;
    }
    const size = Math.max(...lines[i]!.map((f) => f.size));
    let to = i;
    for (let j = i + 1; j < lines.length; j++) {
      const prev = lines[j - 1]!;
      const l = lines[j]!;
      if (l[0]!.y - prev[0]!.y > size * 3 || Math.abs(Math.max(...l.map((f) => f.size)) - size) > size * 0.1) break;
      const seen = lines.slice(i, j).flat();
      const prose = l.length === 1 && l[0]!.x1 - l[0]!.x0 > (Math.max(...seen.map((f) => f.x1)) - Math.min(...seen.map((f) => f.x0))) * 0.6;
      if (wide(l)) to = j;
      else if (prose || j - to > 8) break;
    }
    let from = i;
    // Above: a spanning heading or a cell's first line within a line's distance, and a header row (two
    // or more pieces, in the table's size) within the distance between the table's first two rows.
    const rows = lines.slice(i, to + 1).filter(wide);
    const pitch = rows.length >= 2 ? rows[1]![0]!.y - rows[0]![0]!.y : size * 1.5;
    // When the first line of columns is a row of figures, its header stands above it: a lone fragment right
    // above (a header cell's last wrapped line, centred in a row taller than a line) may be a row's pitch away.
    const figures = lines[i]!.some((f) => /^[-—≥≤<>＞＜]?\d+(?:\.\d+)?%?$/u.test(f.text.trim()));
    // A line of two or more cells in the table's size is its header's (or its first row's) as far as two and
    // a half lines up: a row under a wrapped cell is taller than a line, and its cell centred in it leaves the
    // header that far above the first line of columns. Cells a narrow gap apart come from pdf.js as one piece
    // with a space between them (splitAcross() parts them): each counts, unless the line is a numbered
    // heading or a caption (第二章 主要目标, 表1 主要指标), whose space is a word's.
    const cells = (l: Frag[]) => (l.length === 1 && NUMBERED.test(joinLine(l)) ? 1 : l.reduce((n, f) => n + f.text.trim().split(/\s+/u).length, 0));
    const above = (l: Frag[], below: Frag[]) =>
      below[0]!.y - l[0]!.y <= (cells(l) >= 2 ? Math.max(size * 2.5, pitch * 1.1) : below === lines[i] && figures ? Math.max(size * 1.5, pitch * 1.1) : size * 1.5) && Math.abs(l[0]!.size - size) <= size * 0.1;
    // A heading over columns (规划目标 over 2025年 and 2030年) stands above the first line of columns (the
    // cells merged down through both header rows, centred) as far as its sub-headings' lines reach below
    // it: when a sub-heading wraps, that is more than a line's distance. The lines hanging under the
    // first line are those that follow it each within a line's distance; one of them, under the lone
    // line above, mirrors it.
    const hanging: Frag[] = [];
    for (let k = i + 1; k <= to && !wide(lines[k]!) && lines[k]![0]!.y - lines[k - 1]![0]!.y <= size * 1.5; k++) hanging.push(...lines[k]!);
    const mirrored = (l: Frag[]) => {
      const d = lines[i]![0]!.y - l[0]!.y;
      return l.length === 1 && Math.abs(l[0]!.size - size) <= size * 0.1 && hanging.some((f) => Math.abs(f.y - lines[i]![0]!.y - d) <= size * 0.3 && Math.min(f.x1, l[0]!.x1) > Math.max(f.x0, l[0]!.x0));
    };
    // Or it heads two or more of the sub-headings below it (on the first line or hanging under it), within
    // the stretch they cover: 规划目标 over 现状值（2023年） and 2026年（目标）. A caption over the table reaches
    // past the cells it stands over.
    const headsColumns = (l: Frag[]) => {
      const h = l[0]!;
      if (l.length !== 1 || Math.abs(h.size - size) > size * 0.1 || lines[i]![0]!.y - h.y > size * 2) return false;
      const under = [...lines[i]!, ...hanging].filter((f) => Math.min(f.x1, h.x1) > Math.max(f.x0, h.x0));
      return under.length >= 2 && h.x0 >= Math.min(...under.map((f) => f.x0)) && h.x1 <= Math.max(...under.map((f) => f.x1));
    };
    while (from > 0 && (above(lines[from - 1]!, lines[from]!) || (from === i && (mirrored(lines[from - 1]!) || headsColumns(lines[from - 1]!))))) from--;
    while (to + 1 < lines.length && lines[to + 1]![0]!.y - lines[to]![0]!.y <= size * 1.5 && Math.abs(lines[to + 1]![0]!.size - size) <= size * 0.1) to++;
    // A group row ending the page belongs to the table that goes on over the page.
    if (to + 2 === lines.length && lines[to + 1]!.length === 1 && lines[to + 1]![0]!.y - lines[to]![0]!.y <= size * 3 && Math.abs(lines[to + 1]![0]!.size - size) <= size * 0.1) to++;
    const frags = lines.slice(from, to + 1).flat();
    // One line of columns ending a page is a table's header, continued on the next page; one opening a
    // page is the last row of a table from the page before.
    if (lines.slice(from, to + 1).filter(wide).length >= 2 || to === lines.length - 1 || from === 0) {
      out.push({ from, to, region: { kind: 'text', page, top: frags[0]!.y - size, bottom: frags.at(-1)!.y, x0: Math.min(...frags.map((f) => f.x0)), x1: Math.max(...frags.map((f) => f.x1)), frags, rules: [], headerRule: null } });
    }
    i = to + 1;
  }
  return out;
}

/** A region's table: the grid of a ruled table, or columns and rows from the text. */
function gridOf(r: Region): Grid {
  if (r.kind === 'grid') return gridFromRules(r.frags, r.rules);
  const hs = cluster(r.rules.filter((x) => x.x1 - x.x0 >= 1).map((x) => x.y0), 1.5).filter((y) => y > r.top + 1 && y < r.bottom - 1);
  return gridFromText(r.frags, hs, r.headerRule);
}

const rowText = (rows: readonly DocCell[][]) => rows.map((r) => r.map((c) => c.text.replace(/\s+/gu, '')).join('|')).join('\n');

/**
 * Parts of one table printed on consecutive pages → one table. A header printed again on the next page
 * (the same text as the first part's header) is left out of the table and reported as furniture.
 */
export function joinParts(parts: Region[]): { grid: Grid; dropped: Furniture[] } {
  const first = gridOf(parts[0]!);
  const header = rowText(first.rows.slice(0, first.headerRows));
  const frags = [...parts[0]!.frags];
  const rules = [...parts[0]!.rules];
  const dropped: Furniture[] = [];
  for (const part of parts.slice(1)) {
    const alone = gridOf({ ...part, headerRule: part.headerRule ?? null });
    const repeated = alone.headerRows > 0 && alone.headerRows < alone.rows.length && rowText(alone.rows.slice(0, first.headerRows)) === header;
    if (repeated) {
      dropped.push({ page: part.page, text: alone.rows.slice(0, first.headerRows).map((r) => r.map((c) => c.text).join('\t')).join('\n'), reason: 'repeated-table-header' });
      const cut = alone.headerBottom;
      frags.push(...part.frags.filter((f) => f.y - f.size * 0.35 >= cut));
      rules.push(...part.rules.filter((r) => r.y0 >= cut - 1 || r.x1 - r.x0 < 1));
    } else {
      frags.push(...part.frags);
      rules.push(...part.rules);
    }
  }
  const region: Region = { ...parts[0]!, frags, rules, bottom: parts.at(-1)!.bottom };
  return { grid: parts.length === 1 ? first : gridOf(region), dropped };
}

export function continues(a: Region, b: Region): boolean {
  const ruled = (r: Region) => (r.kind === 'grid' ? 'grid' : 'text');
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const near = ruled(a) === 'grid' ? Math.abs(a.x0 - b.x0) < 8 && Math.abs(a.x1 - b.x1) < 8 : overlap >= 0.8 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
  // Columns without rules cut in two on one page (a wrapped cell's lines apart from its row) run on when
  // nothing stands between the parts and the second starts within two lines of the first's end.
  const sameColumns = ruled(a) === 'text' && ruled(b) === 'text' && b.page === a.page && b.top - a.bottom <= 30 && Math.abs(a.x0 - b.x0) < 8 && Math.abs(a.x1 - b.x1) < 8;
  return (b.page === a.page + 1 && ruled(a) === ruled(b) && near) || sameColumns;
}

/** The document's items in reading order: regions (tables, boxes) and the lines outside them. */
function itemsOf(pages: PageContent[]): Item[] {
  const items: Item[] = [];
  for (const p of pages) {
    const off = (p.number - 1) * PAGE_STEP;
    const used = new Set<Frag>();
    const regions = ruleRegions(p, used);
    const free = linesOf(p.frags.filter((f) => !used.has(f)).map((f) => ({ ...f, y: f.y + off })));
    const tables = textTables(free, p.number);
    const taken = new Set<number>();
    for (const t of tables) {
      for (let k = t.from; k <= t.to; k++) taken.add(k);
      items.push({ at: t.region.top, page: p.number, region: t.region });
    }
    free.forEach((line, k) => {
      if (!taken.has(k)) items.push({ at: line[0]!.y, page: p.number, line });
    });
    for (const r of regions) items.push({ at: r.top, page: p.number, region: r });
  }
  return items.sort((a, b) => a.at - b.at);
}

interface Margins {
  left: number;
  right: number;
}

function marginsOf(items: Item[]): Margins {
  const lines = items.flatMap((i) => ('line' in i ? [i.line] : []));
  if (lines.length === 0) return { left: 0, right: 0 };
  const lefts = lines.map((l) => Math.round(l[0]!.x0));
  const counts = new Map<number, number>();
  for (const x of lefts) counts.set(x, (counts.get(x) ?? 0) + 1);
  const left = Math.min(...[...counts].filter(([, n]) => n >= Math.max(2, lines.length * 0.1)).map(([x]) => x), Math.min(...lefts) + 0);
  const rights = lines.map((l) => l.at(-1)!.x1).sort((a, b) => a - b);
  return { left, right: rights[Math.floor(rights.length * 0.9)]! };
}

const NUMBERED = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|专栏|附件|附表|表\s*\d)/u;

/** Lines → paragraphs: a line opens a paragraph when indented, centred, numbered, in another size, or when the line before it ended short. */
export function paragraphsOf(lines: Frag[][], m: Margins): DocParagraph[] {
  const out: DocParagraph[] = [];
  let prev: Frag[] | null = null;
  for (const line of lines) {
    const size = Math.max(...line.map((f) => f.size));
    const x0 = line[0]!.x0;
    const x1 = line.at(-1)!.x1;
    const text = joinLine(line);
    const indented = x0 - m.left >= size * 1.5;
    const centered = x0 - m.left >= size * 2 && Math.abs(x0 - m.left - (m.right - x1)) < size * 2;
    const joins =
      prev !== null &&
      // A line that ran on to the next ends near the right margin; half-width digits shorten a line of a fixed count of characters.
      prev.at(-1)!.x1 >= m.left + (m.right - m.left) * 0.75 &&
      !indented &&
      !centered &&
      Math.abs(Math.max(...prev.map((f) => f.size)) - size) <= size * 0.1 &&
      !NUMBERED.test(text);
    const page = Math.floor(line[0]!.y / PAGE_STEP) + 1;
    if (joins) {
      const last = out.at(-1)!;
      last.text = joinWrapped([last.text, text]);
    } else {
      out.push({ kind: 'paragraph', text, ...(centered || indented ? { style: { ...(centered ? { centered: true } : {}), ...(indented ? { indented: true } : {}) } } : {}), source: { page } });
    }
    prev = line;
  }
  return out;
}

const NOTE = /^(注[:：]|[①②③④⑤⑥⑦⑧⑨⑩])/u;

/** The blocks of the whole document, in reading order, furniture among them where it was printed. */
export function layoutDocument(pages: PageContent[]): { blocks: DocBlock[]; furniture: number } {
  const furniture = takeFurniture(pages);
  const items = itemsOf(pages);
  const margins = marginsOf(items);
  const blocks: DocBlock[] = [];
  const pending: Furniture[] = [...furniture];
  const flush = (upTo: number) => {
    while (pending.length && pending[0]!.page <= upTo) {
      const f = pending.shift()!;
      blocks.push({ kind: 'furniture', text: f.text, reason: f.reason, source: { page: f.page } });
    }
  };
  let run: Frag[][] = [];
  let afterTable = false;
  const endRun = () => {
    if (run.length === 0) return;
    for (const p of paragraphsOf(run, margins)) {
      const note = afterTable && NOTE.exec(p.text);
      if (note) blocks.push({ kind: 'note', mark: note[1]!.startsWith('注') ? '' : note[1]!, text: note[1]!.startsWith('注') ? p.text : p.text.slice(note[1]!.length), source: p.source ?? {} });
      else {
        blocks.push(p);
        afterTable = false;
      }
    }
    run = [];
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('line' in item) {
      // A paragraph runs on over a page break; furniture of the new page goes before the next block.
      if (run.length && item.page !== Math.floor(run.at(-1)![0]!.y / PAGE_STEP) + 1 && !continuesParagraph(run.at(-1)!, item.line, margins)) endRun();
      if (run.length === 0) flush(item.page - 1);
      run.push(item.line);
      continue;
    }
    endRun();
    flush(item.page - 1);
    const r = item.region;
    if (r.kind === 'box') {
      const paras = paragraphsOf(linesOf(r.frags), { left: Math.min(...r.frags.map((f) => f.x0)), right: margins.right });
      const title = paras[0] && (/^专栏/u.test(paras[0].text) || paras[0].style?.centered) ? paras.shift()!.text : null;
      blocks.push({ kind: 'box', title, children: paras, drawnAs: 'one-cell-table', source: { page: r.page } });
      afterTable = false;
      continue;
    }
    const parts = [r];
    while (i + 1 < items.length) {
      const next = items[i + 1]!;
      if (!('region' in next) || next.region.kind === 'box' || !continues(parts.at(-1)!, next.region)) break;
      parts.push(next.region);
      i++;
    }
    const { grid, dropped } = joinParts(parts);
    const pagesOf = [...new Set(parts.map((p) => p.page))];
    blocks.push({ kind: 'table', rows: grid.rows, headerRows: grid.headerRows, ...(pagesOf.length > 1 ? { pages: pagesOf } : {}), ...(dropped.length ? { repeatedHeadersDropped: dropped.length } : {}), source: { page: r.page } });
    flush(parts.at(-1)!.page);
    for (const d of dropped) blocks.push({ kind: 'furniture', text: d.text, reason: d.reason, source: { page: d.page } });
    afterTable = true;
  }
  endRun();
  flush(Infinity);
  return { blocks, furniture: furniture.length };
}

/** The first line of a page goes on with the last paragraph of the page before when that ran to the margin. */
function continuesParagraph(last: Frag[], next: Frag[], m: Margins): boolean {
  const size = next[0]!.size;
  return last.at(-1)!.x1 >= m.left + (m.right - m.left) * 0.75 && next[0]!.x0 - m.left < size * 1.5 && !NUMBERED.test(joinLine(next));
}
