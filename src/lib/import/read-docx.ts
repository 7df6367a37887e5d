/**
 * A Word file (.docx) → the plain text the importer reads: one line per paragraph, each table row one
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
 * Reads word/document.xml, numbering.xml, footnotes.xml and settings.xml with fflate (unzip) and
 * fast-xml-parser; no network.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

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

export function readDocx(bytes: Uint8Array): DocxText {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new DocxError('not a .docx file (it is not a zip archive); save it again from Word or WPS as .docx', '不是有效的 .docx 文件（无法解压）；请用 Word 或 WPS 重新另存为 .docx');
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new DocxError('not a .docx file (word/document.xml is missing)', '不是有效的 .docx 文件（缺少 word/document.xml）');
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : null);
  const numbering = readNumbering(part('word/numbering.xml'));
  const footnoteTexts = readFootnoteTexts(part('word/footnotes.xml'));
  const footnoteFormat = readFootnoteFormat(part('word/settings.xml'));
  const counters = new Map<string, number[]>();
  const root = (parser.parse(strFromU8(doc)) as XNode[]).find((n) => nameOf(n) === 'w:document');
  const body = root ? find(root, 'w:body') : undefined;
  if (!body) throw new DocxError('not a .docx file (the document has no body)', '不是有效的 .docx 文件（文档没有正文）');

  const lines: string[] = [];
  const tables: DocxText['tables'] = [];
  const generatedNumbers: DocxText['generatedNumbers'] = [];
  const footnotes: DocxText['footnotes'] = [];
  const textboxes: DocxText['textboxes'] = [];
  // Footnotes and text boxes met in the current block, written after it.
  let pendingNotes: string[] = [];
  let pendingBoxes: XNode[] = [];
  let noteCount = 0;
  const hooks: InlineHooks = {
    footnote: (id, custom) => {
      const text = footnoteTexts.get(id);
      if (text === undefined) return '';
      const mark = custom ? '' : footnoteMark(++noteCount, footnoteFormat);
      pendingNotes.push(`${mark}${text}`);
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

  const paragraph = (p: XNode): string => {
    const number = listNumber(p);
    const text = paragraphText(p, hooks);
    if (number) generatedNumbers.push({ line: lines.length + 1, text: number });
    return number + text;
  };

  const table = (tbl: XNode) => {
    const first = lines.length + 1;
    let merged = 0;
    const rows = childrenOf(tbl).filter((n) => nameOf(n) === 'w:tr');
    for (const tr of rows) {
      const cells: string[] = [];
      for (const tc of childrenOf(tr).filter((n) => nameOf(n) === 'w:tc')) {
        const pr = find(tc, 'w:tcPr') ?? {};
        const span = Number(attr(find(pr, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
        const vMerge = find(pr, 'w:vMerge');
        const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
        const parts = childrenOf(tc)
          .filter((n) => nameOf(n) === 'w:p')
          .map((p) => paragraph(p).replace(/[\t\n]+/gu, ' ').trim())
          .filter((t) => t !== '');
        if (continued || span > 1) merged++;
        cells.push(continued ? '' : parts.join(' '));
        for (let k = 1; k < span; k++) cells.push('');
      }
      lines.push(cells.join('\t'));
    }
    tables.push({ first, last: lines.length, rows: rows.length, merged });
  };

  /** After a paragraph or a table: its footnotes as one paragraph, then its text boxes' contents. */
  const flush = () => {
    const notes = pendingNotes;
    const boxes = pendingBoxes;
    pendingNotes = [];
    pendingBoxes = [];
    if (notes.length) {
      const text = `注：${notes.join('')}`;
      footnotes.push({ line: lines.length + 1, text });
      lines.push(text);
    }
    for (const box of boxes) {
      textboxes.push({ line: lines.length + 1, text: '' });
      const at = textboxes.length - 1;
      walk(childrenOf(box));
      textboxes[at]!.text = lines.slice(textboxes[at]!.line - 1).find((l) => l.trim() !== '')?.trim().slice(0, 30) ?? '';
    }
  };
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:p') {
        lines.push(...paragraph(n).split('\n'));
        flush();
      } else if (k === 'w:tbl') {
        // A table follows a blank line, so that it is read as a block of its own.
        if (lines.length && lines.at(-1) !== '') lines.push('');
        table(n);
        lines.push('');
        flush();
      } else if (k === 'w:sdt') walk(childrenOf(find(n, 'w:sdtContent') ?? {}));
    }
  };
  walk(childrenOf(body));
  return { text: lines.join('\n') + '\n', tables, generatedNumbers, footnotes, textboxes };
}
