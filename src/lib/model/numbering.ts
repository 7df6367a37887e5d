/**
 * The numbering of Chinese official documents, outermost first. Each style has a fixed rank:
 *   0 `第一部分`/`第一编`  1 `第一章`  2 `第一节`  3 `第一条`
 *   4 `一、`  5 `（一）`/`(一)`  6 `1.`/`1、`/`1．`  7 `（1）`/`(1)`  8 `①`  9 `1）`/`1)`
 * Full-width and half-width brackets and dots alike. A document uses some of these styles; its outline
 * levels are the styles it uses, outermost first (`outlineLevels`): in a plan laid out as 一、（一）1.（1）
 * they are levels 1–4 as always, in a plan laid out as 第一章/第一节/一、 the chapter is level 1.
 * Shared by the importer (to structure a plain text) and by the clause model (ids and citations).
 */

/** Depth in a document's outline, 1 = outermost style the document uses. */
export type Level = number;

/** Style rank, fixed for every document (see the table above). */
export type Rank = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface Marker {
  /** The style of the marker (fixed across documents). */
  rank: Rank;
  /**
   * Level for a document laid out as 一、（一）1.（1） (rank − 3); for 第…章/节/条 ranks it is ≤ 0. Use
   * `outlineLevels` for the level within a given document.
   */
  level: Level;
  /** The number as an integer (三 → 3, 12 → 12, ③ → 3). */
  n: number;
  /** The marker exactly as printed, e.g. `（三）`, `2.`, `(1)`, `第二章`. */
  raw: string;
  /** The marker and any spaces after it: how many characters of the text it takes. */
  length: number;
}

/** Id segment prefix of the 第…章/节/条 styles (`ch2-sec1-3`); the 一、… styles are bare numbers. */
export const RANK_PREFIX: Partial<Record<Rank, string>> = { 0: 'pt', 1: 'ch', 2: 'sec', 3: 'art' };

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23; null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const head = s.slice(0, ten);
  const rest = s.slice(ten + 1);
  if (rest.includes('十') || head.length > 1 || rest.length > 1) return null;
  const tens = head === '' ? 1 : (DIGITS[head] ?? null);
  const ones = rest === '' ? 0 : (DIGITS[rest] ?? null);
  if (tens === null || ones === null) return null;
  return tens * 10 + ones;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const PATTERNS: ReadonlyArray<{ rank: Rank; re: RegExp; numeral: 'zh' | 'ascii' | 'circled' }> = [
  { rank: 0, re: /^第([一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|编)[\s　]*/u, numeral: 'zh' },
  { rank: 1, re: /^第([一二三四五六七八九十]{1,3}|\d{1,2})章[\s　]*/u, numeral: 'zh' },
  { rank: 2, re: /^第([一二三四五六七八九十]{1,3}|\d{1,2})节[\s　]*/u, numeral: 'zh' },
  { rank: 3, re: /^第([一二三四五六七八九十百零〇]{1,5}|\d{1,3})条[\s　]*/u, numeral: 'zh' },
  { rank: 4, re: /^([一二三四五六七八九十]{1,3})、\s*/u, numeral: 'zh' },
  { rank: 5, re: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/u, numeral: 'zh' },
  // `1.` but not a decimal (`1.5亿`), a date (`2018年`) or a ratio.
  { rank: 6, re: /^(\d{1,2})(?:[.．](?!\d)|、)\s*/u, numeral: 'ascii' },
  { rank: 7, re: /^[（(](\d{1,2})[）)]\s*/u, numeral: 'ascii' },
  { rank: 8, re: new RegExp(`^([${CIRCLED}])\\s*`, 'u'), numeral: 'circled' },
  { rank: 9, re: /^(\d{1,2})[）)]\s*/u, numeral: 'ascii' },
];

function numberOf(digits: string, numeral: 'zh' | 'ascii' | 'circled'): number | null {
  if (numeral === 'circled') return CIRCLED.indexOf(digits) + 1;
  if (/^\d+$/u.test(digits)) return Number(digits);
  return numeral === 'zh' ? parseChineseNumeral(digits) : null;
}

/** The numbering marker that opens `text`, or null. */
export function readMarker(text: string): Marker | null {
  for (const { rank, re, numeral } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = numberOf(m[1]!, numeral);
    if (n === null || n < 1) continue;
    return { rank, level: rank - 3, n, raw: m[0].trimEnd(), length: m[0].length };
  }
  return null;
}

/**
 * Levels of a document's styles: the 第…部分/章/节/条 styles it uses are numbered 1, 2, … outermost
 * first, and the 一、… styles follow them in their fixed order. A plan without 第… styles keeps
 * 一、 = 1, （一） = 2, 1. = 3, （1） = 4 (so its Markdown and ids do not change).
 */
export function outlineLevels(ranksUsed: Iterable<number>): (rank: number) => Level {
  const used = new Set(ranksUsed);
  const outer = ([0, 1, 2, 3] as const).filter((r) => used.has(r));
  return (rank) => (rank <= 3 ? outer.indexOf(rank as 0 | 1 | 2 | 3) + 1 : outer.length + rank - 3);
}

/** Id segment of a marker: `ch2`, `sec1`, `art5` for the 第… styles, the bare number otherwise. */
export function idSegment(m: Pick<Marker, 'rank' | 'n'>): string {
  return `${RANK_PREFIX[m.rank] ?? ''}${m.n}`;
}

/** Numbering styles we do not know; a text that uses them stops the importer rather than being guessed at. */
export const UNKNOWN_NUMBERING: ReadonlyArray<{ re: RegExp; name: string }> = [
  { re: /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.、．]/u, name: 'Roman numerals Ⅰ、Ⅱ、' },
  { re: /^[（(][a-zA-Z][）)]/u, name: 'lettered items (a)(b)' },
];

/** `专栏 1 …`, `专栏1：…`: the opening line of a box; returns its number and title text. */
export function readBoxTitle(text: string): { n: number | null; title: string } | null {
  const m = /^专栏\s*(\d+)?\s*[：:]?\s*/u.exec(text);
  if (!m) return null;
  return { n: m[1] ? Number(m[1]) : null, title: text.slice(m[0].length) };
}

/** `附件：…` / `附件1：…` / a line `附件` or `附件2` alone: an attachment line at the end of a document. */
export function isAnnexLine(text: string): boolean {
  return /^附件\s*[\d一二三四五六七八九十]*\s*(?:[：:]|$)/u.test(text.trim());
}
