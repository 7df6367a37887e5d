/**
 * A plan model as a printed PDF (pdf-lib), laid out as office exports are: A4, body text wrapped with its
 * first line indented, tables drawn with ruling lines (a full grid, three-line, or none), cells that wrap
 * vertically centred in their row (so a one-line cell sits between the lines of its wrapped neighbour),
 * narrow gaps between columns, tables broken over pages with the header repeated, page numbers (— 3 —,
 * 第3页, - 3 -) and a running header. The Chinese font is either embedded (Noto Sans SC from
 * @embedpdf/fonts-sc, subset with subset-font) or the standard CJK font STSong-Light named but not
 * embedded, with the UniGB-UCS2-H encoding, as many document systems' exporters write.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  beginText,
  endText,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  setLineWidth,
  setTextMatrix,
  showText,
  stroke,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import subsetFont from 'subset-font';
import { generatePlan, type PlanModel, type TableModel } from './model.ts';
import { gridOf, headingLine, pickHeadingGap, textOf } from './layout.ts';
import type { Rng } from './random.ts';

export interface PdfLayout {
  font: 'embedded' | 'stsong';
  rules: 'grid' | 'three-line' | 'none';
  /** Padding between a cell's text and its column's edge: `narrow` lets neighbouring cells nearly touch. */
  cellGap: 'normal' | 'narrow';
  pageNumbers: 'dash' | 'di-ye' | 'hyphen' | 'none';
  runningHeader: boolean;
  /** Body lines a page holds (the page's height is fixed; fewer lines means a larger leading). */
  linesPerPage: number;
  /** Narrow the name and value columns so that long names and text targets wrap. */
  wrapCells?: boolean;
}

const W = 595;
const H = 842;
const LEFT = 72;
const RIGHT = W - 72;
const TOP = 80;
const BOTTOM = H - 70;
const NO_LINE_START = /[）)】」』”’，。、；：！？％%…—]/u;

// ---------------------------------------------------------------------------------------------------------
// The embedded font: one subset for every document of a process, grown when a document needs a character.

let fontCache: { chars: Set<string>; bytes: Uint8Array } | null = null;

async function embeddedFontFor(text: string): Promise<Uint8Array> {
  const need = new Set([...text].filter((c) => c.trim() !== ''));
  if (fontCache && [...need].every((c) => fontCache!.chars.has(c))) return fontCache.bytes;
  const chars = new Set([...(fontCache?.chars ?? []), ...need]);
  if (!fontCache) {
    // Start from the characters of many plans, so that later documents rarely need a new subset.
    for (let s = 0; s < 40; s++) for (const c of textOf(generatePlan(s * 7919 + 1).blocks)) chars.add(c);
    for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
    for (const c of '—第页共专栏注①②③④⑤⑥⑦⑧⑨⑩（）：；，。、“”《》〔〕％≥≤＞＜') chars.add(c);
  }
  const require = createRequire(import.meta.url);
  // The package exports only its list of fonts; the files sit beside its dist/.
  const otf = readFileSync(join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf'));
  const bytes = new Uint8Array(await subsetFont(otf, [...chars].join(''), { targetFormat: 'sfnt' }));
  fontCache = { chars, bytes };
  return bytes;
}

interface Writer {
  width(text: string, size: number): number;
  text(page: PDFPage, text: string, x: number, top: number, size: number): void;
}

async function embeddedWriter(doc: PDFDocument, model: PlanModel): Promise<Writer> {
  doc.registerFontkit(fontkit);
  const font: PDFFont = await doc.embedFont(await embeddedFontFor(textOf(model.blocks) + model.title), { subset: false });
  return {
    width: (t, size) => font.widthOfTextAtSize(t, size),
    text: (page, t, x, top, size) => page.drawText(t, { x, y: H - top, size, font }),
  };
}

/** STSong-Light, named and not embedded: glyphs by UCS-2 code through the predefined CMap UniGB-UCS2-H. */
function stsongWriter(doc: PDFDocument): Writer {
  const ctx = doc.context;
  const descriptor = ctx.obj({
    Type: 'FontDescriptor',
    FontName: 'STSong-Light',
    Flags: 6,
    FontBBox: [-25, -254, 1000, 880],
    ItalicAngle: 0,
    Ascent: 880,
    Descent: -120,
    CapHeight: 880,
    StemV: 93,
  });
  const cid = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: ctx.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 2 }),
    FontDescriptor: ctx.register(descriptor),
    DW: 1000,
    W: [1, 95, 500],
  });
  const font = ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: 'UniGB-UCS2-H', DescendantFonts: [ctx.register(cid)] });
  const ref: PDFRef = ctx.register(font);
  const pagesWithFont = new Set<PDFPage>();
  return {
    width: (t, size) => [...t].reduce((w, ch) => w + (ch.codePointAt(0)! < 0x7f ? 0.5 : 1) * size, 0),
    text: (page, t, x, top, size) => {
      if (!pagesWithFont.has(page)) {
        page.node.setFontDictionary(PDFName.of('STSong'), ref);
        pagesWithFont.add(page);
      }
      const hex = [...t].map((ch) => ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
      page.pushOperators(beginText(), setFontAndSize('STSong', size), setTextMatrix(1, 0, 0, 1, x, H - top), showText(PDFHexString.of(hex)), endText());
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

export async function renderPdf(model: PlanModel, layout: PdfLayout, r: Rng): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const writer = layout.font === 'embedded' ? await embeddedWriter(doc, model) : stsongWriter(doc);
  const size = r.pick([12, 13, 14]);
  const lead = (BOTTOM - TOP) / layout.linesPerPage;
  const gap = pickHeadingGap(r);
  const header = layout.runningHeader ? r.pick([model.title, `${model.region.name}人民政府文件`, `${model.issuer}`]) : null;
  const repeatHeader = r.chance(0.75);
  let page!: PDFPage;
  let y = 0; // baseline of the next line, from the top
  let pageNo = 0;
  const pageLines: Array<{ page: PDFPage; x1: number; y1: number; x2: number; y2: number }> = [];

  const newPage = () => {
    page = doc.addPage([W, H]);
    pageNo++;
    y = TOP;
    if (header && pageNo > 1) {
      writer.text(page, header, (W - writer.width(header, 9)) / 2, 52, 9);
      pageLines.push({ page, x1: LEFT, y1: 58, x2: RIGHT, y2: 58 });
    }
    const n = layout.pageNumbers === 'dash' ? `— ${pageNo} —` : layout.pageNumbers === 'di-ye' ? `第${pageNo}页` : layout.pageNumbers === 'hyphen' ? `- ${pageNo} -` : null;
    if (n) {
      const right = pageNo % 2 === 0 && r.chance(0.5);
      writer.text(page, n, right ? RIGHT - writer.width(n, 10) : (W - writer.width(n, 10)) / 2, H - 40, 10);
    }
  };
  const ensure = (height: number) => {
    if (y + height > BOTTOM) newPage();
  };
  /**
   * Breaks text into lines no wider than `width` (CJK text breaks anywhere). Closing punctuation never
   * starts a line (禁则): in running text it hangs past the margin; in a table cell, which must not print
   * into its neighbour, the character before it goes down to the next line with it.
   */
  const wrap = (text: string, width: number, sz: number, firstIndent = 0, cell = false): string[] => {
    const lines: string[] = [];
    let line = '';
    let room = width - firstIndent;
    for (const ch of text) {
      if (line !== '' && writer.width(line + ch, sz) > room) {
        if (!NO_LINE_START.test(ch)) {
          lines.push(line);
          line = '';
          room = width;
        } else if (cell && [...line].length >= 2) {
          const chars = [...line];
          lines.push(chars.slice(0, -1).join(''));
          line = chars.at(-1)!;
          room = width;
        }
      }
      line += ch;
    }
    if (line) lines.push(line);
    return lines;
  };
  const paragraph = (text: string, opts: { indent?: boolean; center?: boolean; sz?: number } = {}) => {
    const sz = opts.sz ?? size;
    const indent = opts.indent ? 2 * sz : 0;
    wrap(text, RIGHT - LEFT, sz, indent).forEach((l, i) => {
      ensure(lead);
      y += lead;
      const x = opts.center ? (W - writer.width(l, sz)) / 2 : LEFT + (i === 0 ? indent : 0);
      writer.text(page, l, x, y, sz);
    });
  };

  newPage();
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'notice':
        paragraph(b.lines[0]!, { center: true, sz: size + 2 });
        for (const l of b.lines.slice(1)) paragraph(l, { indent: true });
        break;
      case 'title':
        y += lead * 0.5;
        paragraph(b.text, { center: true, sz: size + 6 });
        y += lead * 0.5;
        break;
      case 'heading':
        paragraph(headingLine(b, gap), { indent: b.depth > 0, center: b.depth === 0 && b.style === 'chapter' });
        break;
      case 'paragraph':
        paragraph(b.text, { indent: true });
        break;
      case 'caption':
        paragraph(b.text, { center: true });
        break;
      case 'annex':
        paragraph(b.text);
        break;
      case 'notes':
        if (b.style === 'joined') paragraph(`注：${b.notes.map((n) => n.mark + n.text.replace(/。$/u, '')).join('；')}。`, { sz: size - 2 });
        else for (const n of b.notes) paragraph(n.mark + n.text, { sz: size - 2 });
        break;
      case 'box': {
        // A framed block: its lines, then a rectangle around them on each page it covers.
        y += lead * 0.3;
        const start = { page, y };
        paragraph(b.title, { center: true });
        for (const p of b.paragraphs) paragraph(p, { indent: true });
        y += lead * 0.3;
        if (start.page === page) {
          const top = start.y + 4;
          const bottom = y + lead * 0.3;
          for (const [x1, y1, x2, y2] of [[LEFT - 6, top, RIGHT + 6, top], [LEFT - 6, bottom, RIGHT + 6, bottom], [LEFT - 6, top, LEFT - 6, bottom], [RIGHT + 6, top, RIGHT + 6, bottom]] as const) pageLines.push({ page, x1, y1, x2, y2 });
        }
        break;
      }
      case 'table':
        drawTable(b.table);
        break;
    }
  }

  function drawTable(table: TableModel) {
    const sz = size - 2;
    const pad = layout.cellGap === 'narrow' ? 1 : 4;
    const total = table.widths.reduce((a, b) => a + b, 0);
    let widths = table.widths.map((w) => (w / total) * (RIGHT - LEFT));
    if (layout.wrapCells && table.role === 'indicators') {
      // Squeeze text columns so long names and text targets wrap, as a table set in a narrow column does.
      widths = table.widths.map((w) => (w >= 16 ? w * 0.6 : w));
      const t = widths.reduce((a, b) => a + b, 0);
      widths = widths.map((w) => (w / t) * (RIGHT - LEFT));
    }
    if (layout.cellGap === 'narrow') {
      // Columns as narrow as their widest one-line cell allows, so neighbouring cells nearly touch.
      const grid = gridOf(table);
      widths = widths.map((w, c) => {
        const widest = Math.max(...grid.map((row) => (row[c]!.origin && row[c]!.cell.colSpan === 1 ? writer.width(row[c]!.cell.text, sz) : 0)));
        return Math.min(w, Math.max(widest + 2 * pad + 1, sz * 2));
      });
    }
    const xs = [LEFT];
    for (const w of widths) xs.push(xs.at(-1)! + w);
    const grid = gridOf(table);
    const lineH = sz * 1.35;
    const cellLines = (slot: { cell: { text: string; colSpan: number }; c: number }) => {
      const w = xs[slot.c + slot.cell.colSpan]! - xs[slot.c]! - 2 * pad;
      return wrap(slot.cell.text, w, sz, 0, true);
    };
    // Heights of each row: a cell spanning rows shares its height out; one line at least.
    const heights = table.rows.map((_, i) => Math.max(lineH, ...grid[i]!.filter((s) => s.origin && s.cell.rowSpan === 1).map((s) => cellLines(s).length * lineH)) + 2 * pad + 2);
    grid.forEach((row) =>
      row.forEach((s) => {
        if (!s.origin || s.cell.rowSpan === 1) return;
        const need = cellLines(s).length * lineH + 2 * pad;
        const have = heights.slice(s.r, s.r + s.cell.rowSpan).reduce((a, b) => a + b, 0);
        if (need > have) heights[s.r + s.cell.rowSpan - 1]! += need - have;
      }),
    );
    const headerRows = table.headerRows;
    const headerHeight = heights.slice(0, headerRows).reduce((a, b) => a + b, 0);
    y += lead * 0.3;

    const drawRows = (from: number, to: number, top: number, isRepeat: boolean) => {
      // Cells whose span starts before `from` (a merge broken by the page) are drawn again on this page.
      const drawn = new Set<string>();
      let rowTop = top;
      for (let i = from; i < to; i++) {
        for (let c = 0; c < table.columns; c++) {
          const s = grid[i]![c]!;
          if (s.c !== c) continue;
          const key = `${s.r}:${s.c}`;
          if (drawn.has(key) || (!s.origin && s.r >= from)) continue;
          drawn.add(key);
          const firstRow = Math.max(s.r, from);
          const lastRow = Math.min(s.r + s.cell.rowSpan, to);
          const cellTop = rowTop + heights.slice(i, firstRow).reduce((a, b) => a + b, 0);
          const cellH = heights.slice(firstRow, lastRow).reduce((a, b) => a + b, 0);
          const lines = s.r < from && !isRepeat ? (r.chance(0.5) ? cellLines(s) : []) : cellLines(s);
          const blockTop = cellTop + (cellH - lines.length * lineH) / 2;
          lines.forEach((l, k) => {
            const lw = writer.width(l, sz);
            const x0 = xs[c]!;
            const x1 = xs[c + s.cell.colSpan]!;
            const center = i < headerRows || table.groupRows.includes(i) ? true : lw < (x1 - x0) * 0.5 && !/^[\u4e00-\u9fff]{5,}/u.test(l);
            const x = center ? (x0 + x1 - lw) / 2 : x0 + pad;
            writer.text(page, l, x, blockTop + (k + 1) * lineH - (lineH - sz) / 2 - 1, sz);
          });
          if (layout.rules === 'grid') {
            const x0 = xs[c]!;
            const x1 = xs[c + s.cell.colSpan]!;
            pageLines.push({ page, x1: x0, y1: cellTop, x2: x1, y2: cellTop }, { page, x1: x0, y1: cellTop + cellH, x2: x1, y2: cellTop + cellH }, { page, x1: x0, y1: cellTop, x2: x0, y2: cellTop + cellH }, { page, x1: x1, y1: cellTop, x2: x1, y2: cellTop + cellH });
          }
        }
        rowTop += heights[i]!;
      }
      return rowTop;
    };

    let i = 0;
    let first = true;
    while (i < table.rows.length) {
      const top = y;
      let at = top;
      let from = i;
      if (!first && repeatHeader) {
        at = drawRows(0, headerRows, at, true);
        if (layout.rules === 'three-line') pageLines.push({ page, x1: LEFT, y1: at, x2: RIGHT, y2: at });
      }
      let to = from;
      while (to < table.rows.length && at + heights.slice(from, to + 1).reduce((a, b) => a + b, 0) <= BOTTOM) to++;
      if (to === from) {
        if (y === TOP) to = from + 1; // a row taller than a page: print it anyway
        else {
          newPage();
          continue;
        }
      }
      const end = drawRows(from, to, at, false);
      if (layout.rules === 'three-line') {
        pageLines.push({ page, x1: LEFT, y1: top, x2: RIGHT, y2: top }, { page, x1: LEFT, y1: end, x2: RIGHT, y2: end });
        if (from === 0) pageLines.push({ page, x1: LEFT, y1: top + headerHeight, x2: RIGHT, y2: top + headerHeight });
      }
      y = end;
      i = to;
      first = false;
      if (i < table.rows.length) newPage();
    }
    y += lead * 0.3;
  }

  for (const l of pageLines) l.page.pushOperators(pushGraphicsState(), setLineWidth(0.6), moveTo(l.x1, H - l.y1), lineTo(l.x2, H - l.y2), stroke(), popGraphicsState());
  return await doc.save({ useObjectStreams: false });
}
