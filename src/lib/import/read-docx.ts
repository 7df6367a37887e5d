/**
 * A Word file (.docx) → the document model (readDocxDocument: paragraphs with their outline level, style,
 * bold and centring; tables as grids of merged cells with their header rows (w:tblHeader); a table of one
 * cell as a box (专栏) whose contents are read; footnotes; text boxes as boxes), and from it
 * (document-text.ts) the plain text the importer reads and keeps: one line per paragraph, each table row one
 * line with its cells separated by tabs (a cell holding several paragraphs or line breaks stays one cell,
 * its parts joined by a space), a cell merged across columns followed by empty cells so the columns line
 * up, and a cell merged down the rows (vMerge) left empty on the rows it covers: the table readers carry
 * it down. Numbers that Word generates from its list definitions (第一章, 1., （一） not typed into the
 * text) are written out as Word shows them, and reported, since they are not in the document's text runs.
 * Footnotes: the reference mark is written where Word shows it (①, or a superscript ¹ for Word's default
 * numbering), and the footnotes of a paragraph or table follow it as one paragraph `注：①…②…`, the way plans
 * print notes under a table. Text boxes (a 专栏 drawn as a box, in either DrawingML or VML, read once even
 * where Word stores both) are written as paragraphs of their own after the paragraph they are anchored to.
 * Everything written this way is reported, so the clerk can check it against the printed document.
 *
 * Reads word/document.xml, numbering.xml, footnotes.xml and settings.xml through lib/archive (sizes
 * checked before inflating, no DOCTYPE) and fast-xml-parser; no network.
 */
import { isEncryptedOffice } from '../archive/ole.ts';
import { XMLParser } from 'fast-xml-parser';
import { readOfficeXml, ArchiveError } from '../archive/zip.ts';
import type { DocBlock, DocCell, DocNote, DocParagraph, ParagraphStyle, PlanDocument } from './document.ts';
import { documentToText } from './document-text.ts';
import { enZh } from '../messages/catalogue.ts';
import { importerMessages as I } from '../messages/importer.ts';

export interface DocxText {
  text: string;
  /** Tables found (as real Word tables), with the lines their rows were written to (1-based). */
  tables: Array<{ first: number; last: number; rows: number; merged: number }>;
  /** List numbers Word generates, written into the text: line and what was written. */
  generatedNumbers: Array<{ line: number; text: string }>;
  /** Footnotes written under the paragraph or table that refers to them: line and what was written. */
  footnotes: Array<{ line: number; text: string }>;
  /** Text boxes written as paragraphs after their anchor: first line and their first words. */
  textboxes: Array<{ line: number; text: string }>;
}

export class DocxError extends Error {
  readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.zh = zh;
  }
}

type XNode = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

function nameOf(node: XNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}
function childrenOf(node: XNode): XNode[] {
  const k = nameOf(node);
  const v = k ? node[k] : undefined;
  return Array.isArray(v) ? (v as XNode[]) : [];
}
function attr(node: XNode, name: string): string | undefined {
  const a = node[':@'] as Record<string, string> | undefined;
  return a?.[name];
}
function find(node: XNode, name: string): XNode | undefined {
  return childrenOf(node).find((c) => nameOf(c) === name);
}

interface InlineHooks {
  /** The mark to write for a footnote reference (Word's w:id), or '' for a custom mark typed in the text. */
  footnote: (id: string, custom: boolean) => string;
  /** A text box's content (w:txbxContent), written after the paragraph. */
  textbox: (content: XNode) => void;
}

/**
 * Text of runs inside a paragraph (w:t, tabs, breaks), skipping deleted text and field codes. Of Word's
 * two copies of a drawing (mc:Choice and mc:Fallback) only the first is read, so a text box is read once.
 */
function paragraphText(p: XNode, hooks?: InlineHooks): string {
  let out = '';
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:t') out += childrenOf(n).map((t) => String((t as { '#text'?: unknown })['#text'] ?? '')).join('');
      else if (k === 'w:tab') out += '\t';
      else if (k === 'w:br' || k === 'w:cr') out += '\n';
      else if (k === 'w:del' || k === 'w:instrText' || k === 'w:delText' || k === 'w:pPr' || k === 'w:rPr') continue;
      else if (k === '#text' || k === 'mc:Fallback') continue;
      else if (k === 'w:footnoteReference' && hooks) out += hooks.footnote(attr(n, 'w:id') ?? '', attr(n, 'w:customMarkFollows') === '1' || attr(n, 'w:customMarkFollows') === 'true');
      else if (k === 'w:txbxContent' && hooks) hooks.textbox(n);
      else walk(childrenOf(n));
    }
  };
  walk(childrenOf(p));
  return out;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote's mark as Word shows it: ① for the circled formats, else its number in superscript (¹, ¹²). */
function footnoteMark(n: number, fmt: string): string {
  if (/EnclosedCircle/u.test(fmt) && n <= 20) return formatNumber(n, 'decimalEnclosedCircle');
  return [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

/** Footnote texts by w:id (word/footnotes.xml), leaving out Word's separator notes. */
function readFootnoteTexts(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const root = (parser.parse(xml) as XNode[]).find((n) => nameOf(n) === 'w:footnotes');
  for (const f of root ? childrenOf(root).filter((n) => nameOf(n) === 'w:footnote') : []) {
    const type = attr(f, 'w:type');
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    const text = childrenOf(f)
      .filter((n) => nameOf(n) === 'w:p')
      .map((p) => paragraphText(p).replace(/[\t\n]+/gu, ' ').trim())
      .filter(Boolean)
      .join(' ');
    out.set(attr(f, 'w:id') ?? '', text);
  }
  return out;
}

/** The number format of footnote marks (w:footnotePr in settings.xml), Word's default `decimal`. */
function readFootnoteFormat(xml: string | null): string {
  if (!xml) return 'decimal';
  return /<w:footnotePr>[\s\S]*?<w:numFmt\s+w:val="([^"]+)"/u.exec(xml)?.[1] ?? 'decimal';
}

interface Level {
  fmt: string;
  text: string;
  start: number;
}

const ZH = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chinese(n: number): string {
  if (n < 10) return ZH[n]!;
  if (n < 20) return `十${n % 10 ? ZH[n % 10] : ''}`;
  if (n < 100) return `${ZH[Math.floor(n / 10)]}十${n % 10 ? ZH[n % 10] : ''}`;
  return String(n);
}
function formatNumber(n: number, fmt: string): string {
  if (/chinese|ideograph|japaneseCounting|taiwaneseCounting/u.test(fmt)) return chinese(n);
  if (fmt === 'decimalEnclosedCircle' || fmt === 'decimalEnclosedCircleChinese') return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? String(n);
  if (fmt === 'decimalEnclosedParen' || fmt === 'decimalEnclosedFullstop') return fmt === 'decimalEnclosedParen' ? `（${n}）` : `${n}.`;
  if (fmt === 'none' || fmt === 'bullet') return '';
  return String(n);
}

/** Word's list definitions: numId → levels (format, pattern such as `第%1章`, start). */
function readNumbering(xml: string | null): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const root = (parser.parse(xml) as XNode[]).find((n) => nameOf(n) === 'w:numbering');
  if (!root) return out;
  const abstract = new Map<string, Level[]>();
  for (const a of childrenOf(root).filter((n) => nameOf(n) === 'w:abstractNum')) {
    const levels: Level[] = [];
    for (const l of childrenOf(a).filter((n) => nameOf(n) === 'w:lvl')) {
      const ilvl = Number(attr(l, 'w:ilvl') ?? 0);
      levels[ilvl] = {
        fmt: attr(find(l, 'w:numFmt') ?? {}, 'w:val') ?? 'decimal',
        text: attr(find(l, 'w:lvlText') ?? {}, 'w:val') ?? '',
        start: Number(attr(find(l, 'w:start') ?? {}, 'w:val') ?? 1),
      };
    }
    abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
  }
  for (const n of childrenOf(root).filter((x) => nameOf(x) === 'w:num')) {
    const ref = attr(find(n, 'w:abstractNumId') ?? {}, 'w:val') ?? '';
    out.set(attr(n, 'w:numId') ?? '', abstract.get(ref) ?? []);
  }
  return out;
}

interface StyleInfo {
  name: string;
  outlineLevel?: number;
  bold?: boolean;
  centered?: boolean;
  basedOn?: string;
}

/** Paragraph styles (word/styles.xml) by id: name, outline level (Heading N / 标题 N or w:outlineLvl), bold, centred. */
function readStyles(xml: string | null): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  if (!xml) return out;
  const root = (parser.parse(xml) as XNode[]).find((n) => nameOf(n) === 'w:styles');
  for (const s of root ? childrenOf(root).filter((n) => nameOf(n) === 'w:style') : []) {
    if (attr(s, 'w:type') !== 'paragraph') continue;
    const name = attr(find(s, 'w:name') ?? {}, 'w:val') ?? '';
    const pPr = find(s, 'w:pPr') ?? {};
    const lvl = attr(find(pPr, 'w:outlineLvl') ?? {}, 'w:val');
    const heading = /^(?:heading|标题)\s*(\d)$/iu.exec(name.trim());
    const info: StyleInfo = { name };
    if (lvl !== undefined && Number(lvl) < 9) info.outlineLevel = Number(lvl);
    else if (heading) info.outlineLevel = Number(heading[1]) - 1;
    const b = find(find(s, 'w:rPr') ?? {}, 'w:b');
    if (b && !isOff(b)) info.bold = true;
    const jc = attr(find(pPr, 'w:jc') ?? {}, 'w:val');
    if (jc === 'center') info.centered = true;
    const basedOn = attr(find(s, 'w:basedOn') ?? {}, 'w:val');
    if (basedOn) info.basedOn = basedOn;
    out.set(attr(s, 'w:styleId') ?? '', info);
  }
  return out;
}

/** A toggle property (w:b, w:i) switched off: w:val="0" or "false". */
function isOff(n: XNode): boolean {
  const v = attr(n, 'w:val');
  return v === '0' || v === 'false' || v === 'off';
}

/** What Word says of a paragraph beyond its text: outline level, style, bold, centred, first-line indent. */
function paragraphStyle(p: XNode, styles: Map<string, StyleInfo>): ParagraphStyle {
  const pPr = find(p, 'w:pPr') ?? {};
  const styleId = attr(find(pPr, 'w:pStyle') ?? {}, 'w:val');
  const chain: StyleInfo[] = [];
  for (let id = styleId, k = 0; id && k < 10; k++) {
    const s = styles.get(id);
    if (!s) break;
    chain.push(s);
    id = s.basedOn;
  }
  const style: ParagraphStyle = {};
  const own = attr(find(pPr, 'w:outlineLvl') ?? {}, 'w:val');
  const level = own !== undefined ? Number(own) : chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
  if (level !== undefined && level < 9) style.outlineLevel = level;
  if (chain[0]) style.styleName = chain[0].name;
  const jc = attr(find(pPr, 'w:jc') ?? {}, 'w:val');
  if (jc === 'center' || (jc === undefined && chain.some((s) => s.centered))) style.centered = true;
  const ind = find(pPr, 'w:ind');
  if (ind && (Number(attr(ind, 'w:firstLine') ?? 0) > 0 || Number(attr(ind, 'w:firstLineChars') ?? 0) > 0)) style.indented = true;
  // Bold when every run with text is bold (its own w:b, else the style's).
  const styleBold = chain.some((s) => s.bold);
  const runs: boolean[] = [];
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:r') {
        const hasText = childrenOf(n).some((c) => nameOf(c) === 'w:t' && childrenOf(c).some((t) => String((t as { '#text'?: unknown })['#text'] ?? '').trim() !== ''));
        if (!hasText) continue;
        const b = find(find(n, 'w:rPr') ?? {}, 'w:b');
        runs.push(b ? !isOff(b) : styleBold);
      } else if (k === 'w:hyperlink' || k === 'w:ins' || k === 'w:smartTag' || k === 'w:fldSimple') walk(childrenOf(n));
    }
  };
  walk(childrenOf(p));
  if (runs.length > 0 && runs.every(Boolean)) style.bold = true;
  return style;
}

/** The parts of a .docx, and its document.xml; refuses what is not a .docx. */
function openDocx(bytes: Uint8Array): { part: (name: string) => string | null; doc: string } {
  let part: (name: string) => string | null;
  try {
    // Sizes checked before inflating, DOCTYPE (entities) refused: src/lib/archive/zip.ts.
    part = readOfficeXml(bytes, ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/settings.xml']);
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    if (err.problem === 'not-zip' && isEncryptedOffice(bytes)) throw new DocxError(...enZh(I.docxEncrypted, undefined));
    if (err.problem === 'not-zip') throw new DocxError(...enZh(I.docxNotZip, undefined));
    throw new DocxError(...enZh(I.docxNotRead, { reason: { en: err.message, zh: err.zh } }));
  }
  const doc = part('word/document.xml');
  if (doc === null) throw new DocxError(...enZh(I.docxNoDocument, undefined));
  return { part, doc };
}

/** The body of document.xml; refuses XML that is not readable or has none. */
function documentBody(doc: string): XNode {
  let root: XNode | undefined;
  try {
    root = (parser.parse(doc) as XNode[]).find((n) => nameOf(n) === 'w:document');
  } catch {
    throw new DocxError(...enZh(I.docxBadXml, undefined));
  }
  const body = root ? find(root, 'w:body') : undefined;
  if (!body) throw new DocxError(...enZh(I.docxNoBody, undefined));
  return body;
}

/** A table's rows as origin cells (a cell merged down or across is one cell with its spans), and how many header rows Word marks. */
function tableGrid(trs: XNode[], tcsOf: (tr: XNode) => XNode[], cellText: (tc: XNode) => string): { rows: DocCell[][]; headerRows: number } {
  const rows: DocCell[][] = [];
  // Origin cells still open downwards (vMerge restart), by grid column.
  const open = new Map<number, DocCell>();
  let headerRows = 0;
  let headerDone = false;
  trs.forEach((tr) => {
    const trPr = find(tr, 'w:trPr');
    const isHeader = trPr !== undefined && find(trPr, 'w:tblHeader') !== undefined && !isOff(find(trPr, 'w:tblHeader')!);
    if (isHeader && !headerDone) headerRows++;
    else headerDone = true;
    const row: DocCell[] = [];
    let col = 0;
    const gridBefore = Number(attr(find(trPr ?? {}, 'w:gridBefore') ?? {}, 'w:val') ?? 0);
    col += gridBefore;
    for (const tc of tcsOf(tr)) {
      const pr = find(tc, 'w:tcPr') ?? {};
      const span = Math.max(1, Number(attr(find(pr, 'w:gridSpan') ?? {}, 'w:val') ?? 1));
      const vMerge = find(pr, 'w:vMerge');
      const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      const text = cellText(tc);
      const above = open.get(col);
      if (continued && above) {
        above.rowSpan++;
      } else {
        // A continued cell with nothing above it to continue is read as a cell of its own (empty).
        const cell: DocCell = { text: continued ? '' : text, rowSpan: 1, colSpan: span };
        row.push(cell);
        if (vMerge !== undefined && !continued) open.set(col, cell);
        else open.delete(col);
      }
      if (!continued) for (let k = 1; k < span; k++) open.delete(col + k);
      col += span;
    }
    rows.push(row);
  });
  return { rows, headerRows };
}

/** A .docx → the document model: paragraphs with what Word says of them, tables as grids, boxes, footnotes. */
export function readDocxDocument(bytes: Uint8Array): PlanDocument {
  const { part, doc } = openDocx(bytes);
  const numbering = readNumbering(part('word/numbering.xml'));
  const styles = readStyles(part('word/styles.xml'));
  const footnoteTexts = readFootnoteTexts(part('word/footnotes.xml'));
  const footnoteFormat = readFootnoteFormat(part('word/settings.xml'));
  const counters = new Map<string, number[]>();
  const body = documentBody(doc);

  // Footnotes and text boxes met in the current block, written after it.
  let pendingNotes: DocNote[] = [];
  let pendingBoxes: XNode[] = [];
  let noteCount = 0;
  let index = 0;
  const hooks: InlineHooks = {
    footnote: (id, custom) => {
      const text = footnoteTexts.get(id);
      if (text === undefined) return '';
      const mark = custom ? '' : footnoteMark(++noteCount, footnoteFormat);
      pendingNotes.push({ kind: 'note', mark, text, footnote: true });
      return mark;
    },
    textbox: (content) => pendingBoxes.push(content),
  };

  /** The number Word shows before a list paragraph, or ''. */
  const listNumber = (p: XNode): string => {
    const numPr = find(find(p, 'w:pPr') ?? {}, 'w:numPr');
    if (!numPr) return '';
    const numId = attr(find(numPr, 'w:numId') ?? {}, 'w:val') ?? '';
    const ilvl = Number(attr(find(numPr, 'w:ilvl') ?? {}, 'w:val') ?? 0);
    const levels = numbering.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    return level.text.replace(/%(\d)/gu, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(count[k] ?? levels[k]?.start ?? 1, levels[k]?.fmt ?? 'decimal');
    });
  };

  /** A paragraph: its generated number and text; a line break (w:br) starts a new paragraph of the model. */
  const paragraphs = (p: XNode): DocParagraph[] => {
    const number = listNumber(p);
    const text = number + paragraphText(p, hooks);
    const style = paragraphStyle(p, styles);
    if (number) style.generatedNumber = number;
    const source = { index: ++index };
    return text.split('\n').map((t, k) => (k === 0 ? { kind: 'paragraph', text: t, style, source } : { kind: 'paragraph', text: t, source }));
  };

  const cellText = (tc: XNode) =>
    childrenOf(tc)
      .filter((n) => nameOf(n) === 'w:p')
      .map((p) =>
        paragraphs(p)
          .map((x) => x.text)
          .join('\n')
          .replace(/[\t\n]+/gu, ' ')
          .trim(),
      )
      .filter((t) => t !== '')
      .join(' ');

  /** A table as a grid of origin cells; a table of one cell is a box (专栏) and its contents are read. */
  const table = (tbl: XNode): DocBlock[] => {
    const trs = childrenOf(tbl).filter((n) => nameOf(n) === 'w:tr');
    const tcsOf = (tr: XNode) => childrenOf(tr).filter((n) => nameOf(n) === 'w:tc');
    if (trs.length === 1 && tcsOf(trs[0]!).length === 1) {
      const tc = tcsOf(trs[0]!)[0]!;
      const children = walk(childrenOf(tc).filter((n) => nameOf(n) !== 'w:tcPr'));
      // The box's lines are written as they are; its first line, when it names the box (专栏1 …), is its title.
      return [{ kind: 'box', title: null, children, drawnAs: 'one-cell-table', source: { index: ++index } }];
    }
    const { rows, headerRows } = tableGrid(trs, tcsOf, cellText);
    return [{ kind: 'table', rows, headerRows: headerRows > 0 ? headerRows : null, source: { index: ++index } }];
  };

  /** After a paragraph or a table: its footnotes, then its text boxes' contents as boxes. */
  const flush = (): DocBlock[] => {
    const notes = pendingNotes;
    const boxes = pendingBoxes;
    pendingNotes = [];
    pendingBoxes = [];
    const out: DocBlock[] = [...notes];
    for (const box of boxes) out.push({ kind: 'box', title: null, children: walk(childrenOf(box)), drawnAs: 'text-box' });
    return out;
  };
  const walk = (nodes: XNode[]): DocBlock[] => {
    const out: DocBlock[] = [];
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:p') out.push(...paragraphs(n), ...flush());
      else if (k === 'w:tbl') out.push(...table(n), ...flush());
      else if (k === 'w:sdt') out.push(...walk(childrenOf(find(n, 'w:sdtContent') ?? {})));
    }
    return out;
  };
  return { format: 'docx', blocks: walk(childrenOf(body)), metadata: {}, notes: [] };
}

/** A .docx → the text the importer reads and keeps, with where its tables are (documentToText of its model). */
export function readDocx(bytes: Uint8Array): DocxText {
  const r = documentToText(readDocxDocument(bytes));
  return {
    text: r.text,
    tables: r.tables,
    generatedNumbers: r.written.filter((w) => w.kind === 'generated-number').map(({ line, text }) => ({ line, text })),
    footnotes: r.written.filter((w) => w.kind === 'footnote').map(({ line, text }) => ({ line, text })),
    textboxes: r.written.filter((w) => w.kind === 'text-box').map(({ line, text }) => ({ line, text })),
  };
}
