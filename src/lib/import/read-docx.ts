/**
 * A Word file (.docx) → the plain text the importer reads: one line per paragraph, each table row one
 * line with its cells separated by tabs (a cell holding several paragraphs or line breaks stays one cell,
 * its parts joined by a space), a cell merged across columns followed by empty cells so the columns line
 * up, and a cell merged down the rows (vMerge) left empty on the rows it covers: the table readers carry
 * it down. Numbers that Word generates from its list definitions (第一章, 1., （一） not typed into the
 * text) are written out as Word shows them, and reported, since they are not in the document's text runs.
 *
 * Reads word/document.xml and word/numbering.xml with fflate (unzip) and fast-xml-parser; no network.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

export interface DocxText {
  text: string;
  /** Tables found (as real Word tables), with the lines their rows were written to (1-based). */
  tables: Array<{ first: number; last: number; rows: number; merged: number }>;
  /** List numbers Word generates, written into the text: line and what was written. */
  generatedNumbers: Array<{ line: number; text: string }>;
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

/** Text of runs inside a paragraph (w:t, tabs, breaks), skipping deleted text and field codes. */
function paragraphText(p: XNode): string {
  let out = '';
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:t') out += childrenOf(n).map((t) => String((t as { '#text'?: unknown })['#text'] ?? '')).join('');
      else if (k === 'w:tab') out += '\t';
      else if (k === 'w:br' || k === 'w:cr') out += '\n';
      else if (k === 'w:del' || k === 'w:instrText' || k === 'w:delText' || k === 'w:pPr' || k === 'w:rPr') continue;
      else if (k === '#text') continue;
      else walk(childrenOf(n));
    }
  };
  walk(childrenOf(p));
  return out;
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
  const numbering = readNumbering(files['word/numbering.xml'] ? strFromU8(files['word/numbering.xml']) : null);
  const counters = new Map<string, number[]>();
  const root = (parser.parse(strFromU8(doc)) as XNode[]).find((n) => nameOf(n) === 'w:document');
  const body = root ? find(root, 'w:body') : undefined;
  if (!body) throw new DocxError('not a .docx file (the document has no body)', '不是有效的 .docx 文件（文档没有正文）');

  const lines: string[] = [];
  const tables: DocxText['tables'] = [];
  const generatedNumbers: DocxText['generatedNumbers'] = [];

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
    const text = paragraphText(p);
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

  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      const k = nameOf(n);
      if (k === 'w:p') lines.push(...paragraph(n).split('\n'));
      else if (k === 'w:tbl') {
        // A table follows a blank line, so that it is read as a block of its own.
        if (lines.length && lines.at(-1) !== '') lines.push('');
        table(n);
        lines.push('');
      } else if (k === 'w:sdt') walk(childrenOf(find(n, 'w:sdtContent') ?? {}));
    }
  };
  walk(childrenOf(body));
  return { text: lines.join('\n') + '\n', tables, generatedNumbers };
}
