/**
 * The conversion artifacts the importer removes, all of them listed here and nowhere else:
 *
 *   1. bookmark    `[bookmark: _Toc461128343]` markers left by a word processor
 *   2. toc         the table of contents (`目 录` and its entries with dot leaders and page numbers);
 *                  the site makes its own
 *   3. page-break  a paragraph cut in two by a page break is joined again (only the break is removed)
 *   4. form-feed   the page break character of text taken from a PDF
 *   5. page-number `— 12 —`, `-12-`, `第 3 页`, `第3页 共20页`, `· 5 ·`; a bare `12` only at a page's edge
 *   6. running-header  a short line repeated at the top or bottom of pages (the title, the office)
 *   7. hard-wrap   a line of a hard-wrapped text (a PDF's printed lines) joined to the next (only the
 *                  line break is removed)
 *
 * Nothing else is ever removed; leading and trailing white space of a line is not text and is trimmed.
 * Each function reports what it removed, with the line number, so the import report can list it.
 */
import { isDrawnLine } from './drawn-table.ts';

export interface Removal {
  rule: 'bookmark' | 'toc' | 'page-break' | 'form-feed' | 'page-number' | 'running-header' | 'hard-wrap' | 'repeated-table-header' | 'portal-chrome';
  /** 1-based line number in the source. */
  line: number;
  /** What was removed (for page-break: the two ends that were joined). */
  text: string;
}

const BOOKMARK = /\[bookmark: [^\]\n]*\]/gu;

/** Rule 1: removes bookmark markers from one line. */
export function removeBookmarks(text: string, line: number, removals: Removal[]): string {
  return text.replace(BOOKMARK, (m) => {
    removals.push({ rule: 'bookmark', line, text: m });
    return '';
  });
}

const TOC_HEADING = /^目\s*录$/u;
const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,}|-{4,}|\t)\s*\d+\s*$/u;

/**
 * Rule 2: the line numbers (0-based indexes) of a table of contents: a `目 录` line and the entries
 * with dot leaders and page numbers that follow it (blank lines between them allowed).
 */
export function findTableOfContents(lines: readonly string[], removals: Removal[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((raw, i) => {
    if (!TOC_HEADING.test(raw.trim())) return;
    let j = i + 1;
    const entries: number[] = [];
    while (j < lines.length && (lines[j]!.trim() === '' || TOC_ENTRY.test(lines[j]!.trim()))) {
      if (lines[j]!.trim() !== '') entries.push(j);
      j++;
    }
    if (entries.length === 0) return;
    for (const k of [i, ...entries]) {
      out.add(k);
      removals.push({ rule: 'toc', line: k + 1, text: lines[k]!.trim() });
    }
  });
  return out;
}

/** Characters that can end a paragraph: sentence ends, colons, closing brackets and quotes. */
const PARAGRAPH_END = /[。！？；：…!?;:）)”’」』》】\]*]$/u;
/** Punctuation that only running text has; a line without any is a heading, title or signature. */
const RUNNING_TEXT = /[，。；、：,;]/u;
const SENTENCE_END_INSIDE = /[。！？；]/u;

export interface JoinCandidate {
  text: string;
  /** Whether it opens with a structural marker (numbering, 专栏, 表, 附件, ——, a date …). */
  structural: boolean;
  /** Whether it opens with a numbering marker. */
  numbered: boolean;
  /** Whether its line began with a tab: a new cell or paragraph in one-line-per-paragraph conversions. */
  tabbed: boolean;
  /** Whether it is an attachment line (附件：…), which ends the text it stands in. */
  annex: boolean;
}

/**
 * Rule 3: is `next` the rest of `prev`, cut off by a page break? Only when `prev` is running text that
 * stops mid-sentence and `next` does not open a new structural unit. A numbered line without a full
 * stop inside is a heading (`6.实施教育惠民计划，落实教育扶贫政策`), never the first half of a sentence.
 */
export function isPageBreakContinuation(prev: JoinCandidate, next: JoinCandidate): boolean {
  if (next.structural || next.tabbed || prev.annex) return false;
  const p = prev.text.trim();
  if (p === '' || PARAGRAPH_END.test(p)) return false;
  if (!RUNNING_TEXT.test(p)) return false;
  if (prev.numbered && !SENTENCE_END_INSIDE.test(p)) return false;
  return true;
}

const PAGE_NUMBER =
  /^(?:[-—–－_~～]{1,3}\s*\d{1,4}\s*[-—–－_~～]{1,3}|第\s*\d{1,4}\s*页(?:\s*[，,、/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[，,]?\s*第\s*\d{1,4}\s*页|[-—–－]?\s*[·•]\s*\d{1,4}\s*[·•]\s*[-—–－]?)$/u;
const BARE_NUMBER = /^\d{1,4}$/u;

/**
 * Rules 4–6, page furniture of text that came from a PDF (read by the importer or copied by hand):
 *   4. form-feed       the page break character itself
 *   5. page-number     `— 12 —`, `-12-`, `第 3 页`, `第3页 共20页`, `· 5 ·`; a bare `12` only as the first
 *                      or last line of a page
 *   6. running-header  a short line printed again at the top or bottom of two or more pages (the plan's
 *                      title, the issuing office), with its page number if it has one
 * Returns the 0-based indexes of the lines removed whole; `lines` get their form feeds removed in place.
 */
export function findPageFurniture(lines: string[], removals: Removal[]): Set<number> {
  const out = new Set<number>();
  const boundaries = new Set<number>();
  lines.forEach((l, i) => {
    if (!l.includes('\f')) return;
    removals.push({ rule: 'form-feed', line: i + 1, text: '\\f' });
    lines[i] = l.replace(/\f/gu, '');
    boundaries.add(i);
  });
  const nonBlank = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const pos = new Map(nonBlank.map((i, k) => [i, k]));
  // Where pages begin and end: a form feed, or a page number line.
  const pageNumber = (t: string) => PAGE_NUMBER.test(t.replace(/\s+/gu, ' ').trim());
  nonBlank.forEach((i) => {
    if (pageNumber(lines[i]!)) boundaries.add(i);
  });
  /** Non-blank lines within `reach` non-blank lines of a page boundary (the boundary line included). */
  const nearBoundary = (i: number, reach: number) => {
    const k = pos.get(i);
    if (k === undefined) return false;
    for (let d = -reach; d <= reach; d++) {
      const j = nonBlank[k + d];
      if (j !== undefined && boundaries.has(j)) return true;
      // A form feed sits on the first line of a page: the line before it ends the page before.
      if (j !== undefined && d > 0 && boundaries.has(j) && lines[j]!.trim() === '') return true;
    }
    return false;
  };
  // A bare number is a page number only as the last line before a form feed or the first line of a page.
  const pageEdges = new Set<number>();
  for (const b of boundaries) {
    if (pageNumber(lines[b]!)) continue;
    pageEdges.add(b);
    const k = pos.get(b);
    const before = k === undefined ? nonBlank.filter((j) => j < b).at(-1) : nonBlank[k - 1];
    if (before !== undefined) pageEdges.add(before);
  }
  if (pageEdges.size > 0 && nonBlank.length > 0) pageEdges.add(nonBlank.at(-1)!);
  for (const i of nonBlank) {
    const t = lines[i]!.trim();
    if (pageNumber(t) || (BARE_NUMBER.test(t) && pageEdges.has(i))) {
      out.add(i);
      removals.push({ rule: 'page-number', line: i + 1, text: t });
    }
  }
  const groups = new Map<string, number[]>();
  for (const i of nonBlank) {
    const t = lines[i]!.trim();
    if (out.has(i) || t.length > 50 || /\t/u.test(lines[i]!.replace(/^\t/u, '')) || !nearBoundary(i, 2)) continue;
    const key = t.replace(/\d+/gu, '#').replace(/\s+/gu, '');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    for (const i of idx) {
      out.add(i);
      removals.push({ rule: 'running-header', line: i + 1, text: lines[i]!.trim() });
    }
  }
  removals.sort((a, b) => a.line - b.line);
  return out;
}

/** Width of a line as printed: CJK and full-width characters 1, ASCII ½; an ideographic indent counts. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text.replace(/^[ \t\f]+/u, '').trimEnd()) w += c.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * The width of a full line when the text is hard-wrapped (a PDF's lines, or text copied from one): the
 * width most lines share, give or take one character; null when the text holds one paragraph per line.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  // Not the rows of a table (cells apart by tabs or by two spaces or more), nor the lines of a drawn grid.
  const prose = lines.filter((l) => l.trim().length >= 10 && !l.replace(/^\t/u, '').includes('\t') && !/\S(?: {2,}|\u3000{2,})\S/u.test(l.trim()) && !isDrawnLine(l));
  if (prose.length < 5) return null;
  const charCount = (l: string) => [...l.replace(/^[ \t\f]+/u, '').trimEnd()].length;
  // Measured as printed, or by characters (wrapped every N characters, digits counted as one).
  // The width most lines share (give or take one), where either it is common (three lines in ten) or
  // hardly any line is longer (a text with many short lines: cells copied one a line, headings, dates).
  let best: number | null = null;
  let bestCount = 0;
  for (const measure of [displayWidth, charCount]) {
    const widths = prose.map((l) => Math.round(measure(l)));
    const counts = new Map<number, number>();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const w of counts.keys()) {
      const c = (counts.get(w - 1) ?? 0) + (counts.get(w) ?? 0) + (counts.get(w + 1) ?? 0);
      const longer = widths.filter((x) => x > w + 1).length;
      const wraps = c >= 5 && w >= 15 && (c >= widths.length * 0.3 || (c >= widths.length * 0.1 && longer <= widths.length * 0.1));
      if (wraps && (c > bestCount || (c === bestCount && w > best!))) [best, bestCount] = [w, c];
    }
  }
  return best;
}

const INDENT = /^(?:[ \u3000]{2,}|\u3000)/u;

/**
 * Rule 7, hard-wrap: in a hard-wrapped text, `next` continues `prev` when `prev` runs to the full width (printed
 * or counted in characters) and
 * `next` opens no new unit: not structural, not indented (首行缩进 opens a paragraph) and, in a text
 * without indentation, `prev` does not end a sentence.
 */
export function isHardWrapContinuation(prev: JoinCandidate & { raw: string }, next: JoinCandidate & { raw: string }, width: number, indented: boolean): boolean {
  if (next.structural || next.tabbed || prev.annex) return false;
  // Full by the printed width, or by the count of characters (an editor or a converter that wraps every
  // N characters, digits and Latin letters counted as one like a Chinese character).
  const chars = [...prev.raw.replace(/^[ \t\f]+/u, '').trimEnd()].length;
  if (displayWidth(prev.raw) < width - 1.5 && chars < width - 1.5) return false;
  if (indented) return !INDENT.test(next.raw);
  return !PARAGRAPH_END.test(prev.text.trim());
}

/** Whether a text marks its paragraphs by indenting their first lines (as the PDF reader writes them). */
export function marksIndent(lines: readonly string[]): boolean {
  return lines.filter((l) => INDENT.test(l) && l.trim() !== '').length >= 3;
}
