/**
 * The numbering of Chinese official documents, outermost first:
 *   level 1 `一、`   level 2 `（一）`/`(一)`   level 3 `1.`/`1、`/`1．`/`1. `   level 4 `（1）`/`(1)`
 * Full-width and half-width brackets and dots alike. Shared by the importer (to structure a plain text)
 * and by the clause model (to give every clause of a Markdown plan its id and citation).
 */

export type Level = 1 | 2 | 3 | 4;

export interface Marker {
  level: Level;
  /** The number as an integer (三 → 3, 12 → 12). */
  n: number;
  /** The marker exactly as printed, e.g. `（三）`, `2.`, `(1)`. */
  raw: string;
  /** The marker and any spaces after it: how many characters of the text it takes. */
  length: number;
}

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

const PATTERNS: ReadonlyArray<{ level: Level; re: RegExp; numeral: 'zh' | 'ascii' }> = [
  { level: 1, re: /^([一二三四五六七八九十]{1,3})、\s*/u, numeral: 'zh' },
  { level: 2, re: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*/u, numeral: 'zh' },
  // `1.` but not a decimal (`1.5亿`), a date (`2018年`) or a ratio.
  { level: 3, re: /^(\d{1,2})(?:[.．](?!\d)|、)\s*/u, numeral: 'ascii' },
  { level: 4, re: /^[（(](\d{1,2})[）)]\s*/u, numeral: 'ascii' },
];

/** The numbering marker that opens `text`, or null. */
export function readMarker(text: string): Marker | null {
  for (const { level, re, numeral } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = numeral === 'zh' ? parseChineseNumeral(m[1]!) : Number(m[1]);
    if (n === null || n < 1) continue;
    return { level, n, raw: m[0].trimEnd(), length: m[0].length };
  }
  return null;
}

/** Numbering styles we do not know; a text that uses them stops the importer rather than being guessed at. */
export const UNKNOWN_NUMBERING: ReadonlyArray<{ re: RegExp; name: string }> = [
  { re: /^第[一二三四五六七八九十百\d]+[章节条编部分]/u, name: '第…章/节/条' },
  { re: /^[①②③④⑤⑥⑦⑧⑨⑩]/u, name: 'circled numbers ①②③' },
  { re: /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][.、．]/u, name: 'Roman numerals Ⅰ、Ⅱ、' },
  { re: /^[（(][a-zA-Z][）)]/u, name: 'lettered items (a)(b)' },
];

/** `专栏 1 …`, `专栏1：…`: the opening line of a box; returns its number and title text. */
export function readBoxTitle(text: string): { n: number | null; title: string } | null {
  const m = /^专栏\s*(\d+)?\s*[：:]?\s*/u.exec(text);
  if (!m) return null;
  return { n: m[1] ? Number(m[1]) : null, title: text.slice(m[0].length) };
}

/** `附件：…` / `附件1：…`: an attachment line at the end of a document. */
export function isAnnexLine(text: string): boolean {
  return /^附件\s*\d*\s*[：:]/u.test(text);
}
