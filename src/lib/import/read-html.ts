/**
 * A saved article page of a government portal (.html/.htm) → the document model. Plans are very often
 * published this way: the portal's header, navigation, breadcrumbs, the 信息公开 metadata table, an info
 * line with 字号 大 中 小 / 打印 / 关闭, the article's body as the portal's editor wrote it, share links,
 * 上一篇/下一篇 and a footer with 网站标识码 and ICP备案. The body becomes paragraphs (h-tags and bold,
 * centred and indented paragraphs as the page says), tables with their rowspan/colspan and <thead>/<th>
 * header rows, and boxes (a bordered block or a one-cell table); every other piece of text on the page is
 * kept as furniture with the reason 'portal-chrome', so the report can list it, never as plan text. The
 * 信息公开 table is offered as metadata, never applied. The page's encoding comes from a byte-order mark or
 * its <meta charset> (GBK/GB2312 pages are common), else from the bytes themselves.
 *
 * rehype-parse reads the page as a browser would (HTML5 parsing); hast-util-select finds the body by the
 * selectors portals' content systems use, else the element holding most paragraph text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodePlanText } from './decode-text.ts';
import type { DocBlock, DocCell, DocParagraph, OfferedMetadata, ParagraphStyle, PlanDocument } from './document.ts';
import { enZh } from '../messages/catalogue.ts';
import { importerMessages as I } from '../messages/importer.ts';

export class HtmlError extends Error {
  readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.zh = zh;
  }
}

/** Selectors of the article body in the content systems portals run on (TRS, 政府网站集约化平台, others). */
const BODY_SELECTORS = [
  '#zoom',
  '#Zoom',
  '.TRS_Editor',
  '.trs_editor_view',
  '#UCAP-CONTENT',
  '.pages_content',
  '#fontzoom',
  '.article-content',
  '.article_content',
  '.content-text',
  '.news_content',
  '#content',
  'article',
];

/** Lines of a portal's chrome that sit inside an article's container. */
const CHROME = /^(?:【?\s*(?:字号|字体)[：:]?|【?\s*(?:打印|关闭|关闭窗口|打印本页|收藏)】?$|分享到[：:]?|上一篇[：:]|下一篇[：:]|发布时间[：:]|来源[：:].*浏览|浏览次数|网站标识码|.*ICP备|.*公网安备)/u;

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'blockquote', 'center', 'pre', 'dl', 'dt', 'dd', 'header', 'footer', 'nav', 'form', 'main', 'aside', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot']);
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'button', 'input', 'select', 'textarea', 'iframe', 'svg']);

const META_LABELS: Array<[keyof OfferedMetadata | 'docDate' | 'other', RegExp]> = [
  ['indexNo', /^索引号$/u],
  ['issuer', /^(?:发布机构|发文机关|发文单位|发布单位|印发单位)$/u],
  ['date', /^成文日期$/u],
  ['docDate', /^(?:发布日期|公开日期|发文日期)$/u],
  ['docNo', /^(?:文号|发文字号)$/u],
  ['title', /^(?:名称|标题|文件名称)$/u],
  ['regionCode', /^(?:行政区划代码|区划代码|行政区划)$/u],
  ['other', /^(?:主题分类|主题词|有效性|生成日期|体裁分类|组配分类|公开方式|时效|废止日期|服务对象)$/u],
];

/** The page's text and the encoding it was found in. */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    // GB2312 and GBK pages are decoded as GB18030, their superset (pages labelled GB2312 hold GBK characters).
    const label = /^(?:gb2312|gbk|gb_2312-80|x-gbk|gb18030|cp936)$/u.test(declared) ? 'gb18030' : declared;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      /* declared wrongly (a page re-saved in another encoding): find it from the bytes */
    }
  }
  const found = decodePlanText(bytes, 'page');
  if (found.ok) return { text: found.text, encoding: found.encoding.replace(/ \(BOM\)$/u, '') };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

const isElement = (n: RootContent | ElementContent | Root): n is Element => n.type === 'element';

/** Text as a reader sees it: non-breaking spaces as spaces, runs of white space as one, ends trimmed. */
function clean(s: string): string {
  // As a browser shows it: white space collapsed, a non-breaking space (&nbsp;) kept as a space of its own.
  return s.replace(/[\t\r\n ]+/gu, ' ').replace(/\u00a0/gu, ' ').trim();
}

/** A line of the portal's tools: 【字号：大 中 小】【打印】【关闭】 and the like, nothing else. */
function isChrome(text: string): boolean {
  if (CHROME.test(text)) return true;
  const rest = text.replace(/【[^】]{0,20}】/gu, (m) => (/字号|字体|打印|关闭|收藏|大\s*中\s*小|分享/u.test(m) ? '' : m));
  return rest !== text && rest.trim() === '';
}

function styleOf(el: Element): string {
  const s = el.properties?.style;
  return typeof s === 'string' ? s.toLowerCase() : '';
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || (c.tagName !== 'br' && hasBlockChild(c))));
}

/** Inline content → lines (split at <br>), each with whether all of it is bold. */
function inlineLines(el: Element): Array<{ text: string; bold: boolean }> {
  const lines: Array<{ parts: Array<{ text: string; bold: boolean }> }> = [{ parts: [] }];
  const walk = (node: ElementContent, bold: boolean) => {
    if (node.type === 'text') lines.at(-1)!.parts.push({ text: node.value, bold });
    else if (isElement(node)) {
      if (DROPPED.has(node.tagName)) return;
      if (node.tagName === 'br') {
        lines.push({ parts: [] });
        return;
      }
      const b = bold || node.tagName === 'strong' || node.tagName === 'b' || /font-weight\s*:\s*(?:bold|[6-9]00)/u.test(styleOf(node));
      for (const c of node.children) walk(c, b);
    }
  };
  for (const c of el.children) walk(c, /font-weight\s*:\s*(?:bold|[6-9]00)/u.test(styleOf(el)));
  return lines
    .map((l) => {
      const raw = l.parts.map((p) => p.text).join('');
      const visible = l.parts.filter((p) => p.text.trim() !== '');
      return { text: raw, bold: visible.length > 0 && visible.every((p) => p.bold) };
    })
    .filter((l) => clean(l.text) !== '');
}

function paragraphStyle(el: Element, bold: boolean, leading: boolean): ParagraphStyle {
  const style = styleOf(el);
  const tag = el.tagName;
  const out: ParagraphStyle = {};
  const h = /^h([1-6])$/u.exec(tag);
  if (h) {
    out.outlineLevel = Number(h[1]) - 1;
    out.styleName = tag;
  }
  if (bold || h) out.bold = true;
  const align = String(el.properties?.align ?? '').toLowerCase();
  if (/text-align\s*:\s*center/u.test(style) || align === 'center') out.centered = true;
  if (/text-indent\s*:\s*[1-9]/u.test(style) || leading) out.indented = true;
  return out;
}

interface Walk {
  blocks: DocBlock[];
  index: number;
}

/** A paragraph element's lines as paragraphs (or chrome, when a portal put its chrome in the body). */
function pushParagraphs(el: Element, w: Walk): void {
  for (const line of inlineLines(el)) {
    const leading = /^[\s\u3000\u00a0]*\u3000/u.test(line.text);
    const text = clean(line.text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, ''));
    if (!text) continue;
    if (isChrome(text)) {
      w.blocks.push({ kind: 'furniture', text, reason: 'portal-chrome', source: { index: ++w.index } });
      continue;
    }
    const style = paragraphStyle(el, line.bold, leading);
    const p: DocParagraph = { kind: 'paragraph', text, source: { index: ++w.index } };
    if (Object.keys(style).length) p.style = style;
    w.blocks.push(p);
  }
}

/** The rows of a table, not those of tables nested inside it. */
function rowsOf(table: Element): Array<{ tr: Element; inHead: boolean }> {
  const rows: Array<{ tr: Element; inHead: boolean }> = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') rows.push({ tr: c, inHead: false });
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of c.children) if (isElement(r) && r.tagName === 'tr') rows.push({ tr: r, inHead: c.tagName === 'thead' });
    }
  }
  return rows;
}

const span = (v: unknown) => {
  const n = Number.parseInt(String(v ?? '1'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

/** A cell's text: its paragraphs joined by one space. */
function cellText(td: Element): string {
  const parts: string[] = [];
  const walk = (el: Element) => {
    if (hasBlockChild(el)) {
      for (const c of el.children) {
        if (isElement(c) && BLOCK_TAGS.has(c.tagName)) walk(c);
        else if (isElement(c) || c.type === 'text') {
          const t = clean(toText(c as Element));
          if (t) parts.push(t);
        }
      }
    } else parts.push(...inlineLines(el).map((l) => clean(l.text)));
  };
  walk(td);
  return parts.filter(Boolean).join(' ');
}

function pushTable(table: Element, w: Walk): void {
  const rows = rowsOf(table);
  const cells = rows.map(({ tr }) => tr.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')));
  // A one-cell table drawn around paragraphs is a box (专栏).
  if (cells.length === 1 && cells[0]!.length === 1) {
    pushBox(cells[0]![0]!, w, 'one-cell-table');
    return;
  }
  const docRows: DocCell[][] = cells.map((row) => row.map((td) => ({ text: cellText(td), rowSpan: span(td.properties?.rowSpan), colSpan: span(td.properties?.colSpan) })));
  const inHead = rows.filter((r) => r.inHead).length;
  let allTh = 0;
  while (allTh < cells.length && cells[allTh]!.length > 0 && cells[allTh]!.every((c) => c.tagName === 'th')) allTh++;
  const headerRows = inHead > 0 ? inHead : allTh > 0 && allTh < cells.length ? allTh : null;
  if (docRows.every((r) => r.every((c) => c.text === ''))) return;
  w.blocks.push({ kind: 'table', rows: docRows, headerRows, source: { index: ++w.index } });
}

function pushBox(el: Element, w: Walk, drawnAs: 'one-cell-table' | 'html-block'): void {
  const inner: Walk = { blocks: [], index: w.index };
  walkBody(el, inner);
  w.index = inner.index;
  const first = inner.blocks[0];
  const title = first?.kind === 'paragraph' && /^专栏/u.test(first.text) ? first.text : null;
  w.blocks.push({ kind: 'box', title, children: title ? inner.blocks.slice(1) : inner.blocks, drawnAs, source: { index: w.index } });
}

/** The blocks of an element of the body, in order. */
function walkBody(el: Element, w: Walk): void {
  if (!hasBlockChild(el)) {
    pushParagraphs(el, w);
    return;
  }
  // Inline runs between block children (text directly in a <div> beside <p>s) are paragraphs of their own.
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length) pushParagraphs({ type: 'element', tagName: el.tagName === 'td' ? 'div' : el.tagName, properties: el.properties, children: run }, w);
    run = [];
  };
  for (const c of el.children) {
    if (isElement(c) && DROPPED.has(c.tagName)) continue;
    if (isElement(c) && (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c))) {
      flush();
      if (c.tagName === 'table') pushTable(c, w);
      else if (/border\s*:\s*[^;]*(?:solid|double|dashed)/u.test(styleOf(c)) && c.tagName !== 'p') pushBox(c, w, 'html-block');
      else walkBody(c, w);
    } else run.push(c);
  }
  flush();
}

/** The leaf blocks of text outside the body, as the portal's chrome. */
function chromeOf(node: Element, skip: ReadonlySet<Element>, out: string[]): void {
  if (skip.has(node) || DROPPED.has(node.tagName)) return;
  if (!hasBlockChild(node)) {
    const t = clean(toText(node));
    if (t) out.push(t);
    return;
  }
  let run = '';
  for (const c of node.children) {
    if (isElement(c) && (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c))) {
      if (clean(run)) out.push(clean(run));
      run = '';
      chromeOf(c, skip, out);
    } else if (isElement(c) && !DROPPED.has(c.tagName)) run += ` ${toText(c)}`;
    else if (c.type === 'text') run += c.value;
  }
  if (clean(run)) out.push(clean(run));
}

/** The 信息公开 table: label and value pairs, whether in one cell (`索引号：…`) or two. */
function readMetadata(container: Element): OfferedMetadata & { docDate?: string } {
  const tokens: string[] = [];
  const walk = (el: Element) => {
    const leaf = !hasBlockChild(el) && !el.children.some((c) => isElement(c) && (c.tagName === 'span' || c.tagName === 'label' || c.tagName === 'em' || c.tagName === 'b' || c.tagName === 'strong'));
    if (leaf || el.tagName === 'td' || el.tagName === 'th') {
      const t = clean(toText(el));
      if (t) tokens.push(t);
      return;
    }
    for (const c of el.children) {
      if (isElement(c)) walk(c);
      else if (c.type === 'text' && clean(c.value)) tokens.push(clean(c.value));
    }
  };
  walk(container);
  const found: Record<string, string> = {};
  for (let i = 0; i < tokens.length; i++) {
    const m = /^([^：:]{1,12})[：:]?\s*(.*)$/u.exec(tokens[i]!);
    if (!m) continue;
    const label = m[1]!.replace(/[\s\u3000]+/gu, '');
    const key = META_LABELS.find(([, re]) => re.test(label))?.[0];
    if (!key) continue;
    let value = m[2]!.trim();
    if (!value && i + 1 < tokens.length) {
      const next = tokens[i + 1]!;
      const nextLabel = /^([^：:]{1,12})[：:]/u.exec(next)?.[1]?.replace(/[\s\u3000]+/gu, '') ?? next.replace(/[\s\u3000：:]+/gu, '');
      if (!META_LABELS.some(([, re]) => re.test(nextLabel))) {
        value = next;
        i++;
      }
    }
    if (value && !(key in found)) found[key] = value;
  }
  const out: OfferedMetadata & { docDate?: string } = {};
  if (found.title) out.title = found.title;
  if (found.issuer) out.issuer = found.issuer;
  if (found.docNo) out.docNo = found.docNo;
  if (found.indexNo) out.indexNo = found.indexNo;
  const code = found.regionCode && /(?<!\d)[1-9]\d{5}(?!\d)/u.exec(found.regionCode)?.[0];
  if (code) out.regionCode = code;
  const date = found.date ?? found.docDate;
  if (date) out.date = { text: date, iso: isoDate(date) };
  return out;
}

/** `2026年3月5日`, `2026-03-05`, `2026/3/5` → `2026-03-05`; anything else → null. */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/u.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Characters of paragraph text directly under an element (its <p>s, its own text), for finding the body. */
function paragraphChars(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (c.type === 'text') n += clean(c.value).length;
    else if (isElement(c) && (c.tagName === 'p' || c.tagName === 'table' || /^h[1-6]$/u.test(c.tagName))) n += clean(toText(c)).length - (c.tagName === 'p' ? linkChars(c) : 0);
  }
  return n;
}

function linkChars(el: Element): number {
  return selectAll('a', el).reduce((n, a) => n + clean(toText(a)).length, 0);
}

function findBody(tree: Root): Element | null {
  for (const sel of BODY_SELECTORS) {
    const el = select(sel, tree);
    if (el && clean(toText(el)).length > 0) return el;
  }
  // Else the element whose own paragraphs hold the most text, as a reader would pick it.
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of selectAll('body div, body td, body section, body main', tree)) {
    const n = paragraphChars(el);
    if (n > bestChars) {
      best = el;
      bestChars = n;
    }
  }
  return bestChars >= 50 ? best : null;
}

export function readHtmlDocument(bytes: Uint8Array): PlanDocument {
  const { text, encoding } = decodeHtml(bytes);
  const tree = unified().use(rehypeParse).parse(text) as Root;
  const body = findBody(tree);
  if (!body) {
    throw new HtmlError(...enZh(I.htmlNoBody, undefined));
  }
  const metadata: OfferedMetadata & { docDate?: string } = {};
  const metaSources = selectAll('table, div, ul, dl', tree).filter((el) => {
    if (el === body || body.children.includes(el)) return false;
    const t = clean(toText(el)).replace(/[\s\u3000]+/gu, '');
    const hits = ['索引号', '发布机构', '成文日期', '文号', '主题分类', '发文机关'].filter((l) => t.includes(l)).length;
    return hits >= 2 && t.length < 800;
  });
  // The innermost container that has the labels.
  const metaEl = metaSources.filter((el) => !metaSources.some((o) => o !== el && selectAll('*', el).includes(o))).at(0) ?? null;
  if (metaEl) Object.assign(metadata, readMetadata(metaEl));
  delete metadata.docDate;
  if (!metadata.title) {
    const articleTitle = select('meta[name="ArticleTitle"]', tree)?.properties?.content;
    const h1 = select('h1', tree);
    const title = typeof articleTitle === 'string' && articleTitle.trim() ? articleTitle.trim() : h1 ? clean(toText(h1)) : '';
    if (title) metadata.title = title;
  }

  const w: Walk = { blocks: [], index: 0 };
  walkBody(body, w);
  // The page's title printed above the body (an <h1>) is the plan's title when the body does not repeat it.
  const h1 = select('h1', tree);
  const h1Text = h1 && !selectAll('h1', body).includes(h1) ? clean(toText(h1)) : '';
  const bodyOpens = w.blocks.slice(0, 6).some((b) => b.kind === 'paragraph' && b.text.replace(/\s/gu, '') === h1Text.replace(/\s/gu, ''));
  const titleBlock: DocBlock[] = h1Text && !bodyOpens ? [{ kind: 'paragraph', text: h1Text, style: { outlineLevel: 0, styleName: 'h1', centered: true } }] : [];

  // Every other text of the page is chrome: listed in page order around the body.
  const before: string[] = [];
  const after: string[] = [];
  const htmlBody = select('body', tree);
  if (htmlBody) {
    const skip = new Set<Element>([body]);
    if (h1 && titleBlock.length) skip.add(h1);
    const all: string[] = [];
    let marker = -1;
    const visit = (el: Element) => {
      if (el === body) {
        marker = all.length;
        return;
      }
      if (skip.has(el) || DROPPED.has(el.tagName)) return;
      if (!hasBlockChild(el) || !selectAll('*', el).some((d) => d === body || skip.has(d))) {
        // One piece of chrome (a navigation bar, the 信息公开 table, the footer) is one line of the report.
        const parts: string[] = [];
        chromeOf(el, skip, parts);
        if (parts.length) all.push(parts.join(' '));
        return;
      }
      let run = '';
      for (const c of el.children) {
        if (isElement(c) && (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c) || c === body)) {
          if (clean(run)) all.push(clean(run));
          run = '';
          visit(c);
        } else if (isElement(c) && !DROPPED.has(c.tagName)) run += ` ${toText(c)}`;
        else if (c.type === 'text') run += c.value;
      }
      if (clean(run)) all.push(clean(run));
    };
    visit(htmlBody);
    if (marker < 0) marker = all.length;
    before.push(...all.slice(0, marker));
    after.push(...all.slice(marker));
  }
  const chrome = (t: string): DocBlock => ({ kind: 'furniture', text: t, reason: 'portal-chrome' });
  const blocks: DocBlock[] = [...before.map(chrome), ...titleBlock, ...w.blocks, ...after.map(chrome)];
  if (!w.blocks.some((b) => b.kind !== 'furniture')) {
    throw new HtmlError(...enZh(I.htmlNoText, undefined));
  }
  return { format: 'html', blocks, metadata, encoding, notes: [] };
}
