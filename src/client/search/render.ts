/**
 * What a result shows, and the CSV of every result: pure functions (excerpt, lines, groups, CSV), and the
 * few DOM builders that turn them into elements. Only the builders touch `document`.
 */
import type { ResultData } from './fetch.ts';

/** An excerpt: its pieces of text in order, the marked ones as `{ mark }`, with … where text was cut. */
export interface Excerpt {
  cutBefore: boolean;
  parts: Array<string | { mark: string }>;
  cutAfter: boolean;
}

const EXCERPT_LEAD = 30;
const EXCERPT_LENGTH = 120;

/**
 * The excerpt of a result: its own text (verbatim) around the first place a query word occurs, with every
 * occurrence marked. `normalise` must keep lengths (traditional → simplified, full-width → half-width), so
 * that the marks fall on the printed characters.
 */
export function excerpt(text: string, words: readonly string[], normalise: (s: string) => string): Excerpt {
  const norm = normalise(text);
  const hits: Array<[number, number]> = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = norm.indexOf(w); i >= 0; i = norm.indexOf(w, i + w.length)) hits.push([i, i + w.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const from = hits.length > 0 ? Math.max(0, hits[0]![0] - EXCERPT_LEAD) : 0;
  const to = Math.min(text.length, from + EXCERPT_LENGTH);
  const parts: Excerpt['parts'] = [];
  let at = from;
  for (const [a, b] of hits) {
    if (a < at || a >= to) continue;
    parts.push(text.slice(at, a), { mark: text.slice(a, Math.min(b, to)) });
    at = Math.min(b, to);
  }
  parts.push(text.slice(at, to));
  return { cutBefore: from > 0, parts, cutAfter: to < text.length };
}

/** The lines under a result's title: [class, text], and whether its excerpt follows (not for a plan). */
export function resultLines(r: ResultData): { lines: Array<[string, string]>; withExcerpt: boolean } {
  const m = r.meta;
  const lines: Array<[string, string]> = [['muted', [m.kind, m.plan, m.status].filter(Boolean).join(' · ')]];
  // A near match says so before anything else: the reader's words are not in it as typed.
  if (r.approximate) lines.unshift(['result-near', '近似匹配（与检索词有一字之差）']);
  if (m.units) lines.push(['result-units', `责任单位：${m.units}`]);
  if (m.project) lines.push(['result-project', `重大项目：${m.project}`]);
  if (m.kind !== '规划') return { lines, withExcerpt: true };
  lines.push(['result-plan', [m.issuer ? `发布：${m.issuer}` : '', '打开规划首页查看指标、措施和项目进展'].filter(Boolean).join(' · ')]);
  return { lines, withExcerpt: false };
}

/** Results grouped by plan, in the order the plans first occur. */
export function groupByPlan(data: readonly ResultData[]): Array<[string, ResultData[]]> {
  const byPlan = new Map<string, ResultData[]>();
  for (const r of data) byPlan.set(r.meta.plan ?? '', [...(byPlan.get(r.meta.plan ?? '') ?? []), r]);
  return [...byPlan];
}

/** A CSV cell: quoted, and a leading = + - @ made inert so a spreadsheet does not run it as a formula. */
export function csvCell(v: unknown): string {
  const s = String(v ?? '');
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
}

/** The verbatim text of a result (an indicator's search aliases left out). */
export const verbatim = (r: ResultData): string => (r.meta.text ?? '').replace(/（也称：[^）]*）$/, '');

/** The CSV's first line (with the BOM a spreadsheet needs to read UTF-8). */
export const CSV_HEADER = `\uFEFF${['引用', '链接', '原文', '规划', '类别', '责任单位'].map(csvCell).join(',')}\r\n`;

/** Rows of the CSV, each ending in CRLF; links made absolute against `pageUrl`. Written page by page. */
export function csvRows(data: readonly ResultData[], pageUrl: string): string {
  return data.map((r) => `${[r.meta.cite ?? r.meta.title, new URL(r.url, pageUrl).href, verbatim(r), r.meta.plan, r.meta.kind, r.meta.units ?? ''].map(csvCell).join(',')}\r\n`).join('');
}

/** Every result as CSV for a spreadsheet (UTF-8 with BOM, CRLF); links made absolute against `pageUrl`. */
export function resultsCsv(data: readonly ResultData[], pageUrl: string): string {
  return CSV_HEADER + csvRows(data, pageUrl);
}

/** The name of the CSV download. */
export const csvName = (q: string): string => `搜索结果-${q.trim() || '全部'}.csv`;

// DOM builders.

function line(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

export function excerptNode(e: Excerpt): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  if (e.cutBefore) p.append('…');
  for (const part of e.parts) {
    if (typeof part === 'string') p.append(part);
    else p.append(Object.assign(document.createElement('mark'), { textContent: part.mark }));
  }
  if (e.cutAfter) p.append('…');
  return p;
}

/** One result: its title linking to the clause, its lines, and its excerpt with `words` marked. */
export function resultItem(r: ResultData, words: readonly string[], normalise: (s: string) => string): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  h.className = 'result-title';
  h.append(Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title }));
  const { lines, withExcerpt } = resultLines(r);
  li.append(h, ...lines.map(([c, text]) => line(c, text)));
  if (withExcerpt) li.append(excerptNode(excerpt(r.meta.text ?? '', words, normalise)));
  return li;
}

export function option(value: string, text = value): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/** Options under one <optgroup> per place (省 · 地级市), in the order of `rows` ([value, group, text?]). */
export function groupedOptions(rows: ReadonlyArray<readonly [string, string, string?]>): HTMLOptGroupElement[] {
  const out: HTMLOptGroupElement[] = [];
  for (const [value, group, text] of rows) {
    if (out.at(-1)?.label !== group) out.push(Object.assign(document.createElement('optgroup'), { label: group }));
    out.at(-1)!.append(option(value, text ?? value));
  }
  return out;
}

/** Counts before any record is opened: `宁夏回族自治区 12 条` … for a province or city list. */
export const countLine = (label: string, counts: ReadonlyArray<[string, number]>, max = 30): string =>
  `${label}：${counts.slice(0, max).map(([name, n]) => `${name} ${n} 条`).join('，')}${counts.length > max ? `，另有 ${counts.length - max} 处` : ''}`;
