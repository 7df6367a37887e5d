/**
 * The conversion artifacts the importer removes, all of them listed here and nowhere else:
 *
 *   1. bookmark    `[bookmark: _Toc461128343]` markers left by a word processor
 *   2. toc         the table of contents (`目 录` and its entries with dot leaders and page numbers);
 *                  the site makes its own
 *   3. page-break  a paragraph cut in two by a page break is joined again (only the break is removed)
 *
 * Nothing else is ever removed; leading and trailing white space of a line is not text and is trimmed.
 * Each function reports what it removed, with the line number, so the import report can list it.
 */

export interface Removal {
  rule: 'bookmark' | 'toc' | 'page-break';
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
const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,})\s*\d+\s*$/u;

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
