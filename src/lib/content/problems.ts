/**
 * The one kind of problem a person is shown, wherever it was found: in a content file (file, line, column,
 * field) or in a workbook (its file, and the sheet, row, column header and cell), with what was expected,
 * what was found and how to fix it, in English and Chinese and by its catalogue entry. Content problems are
 * printed here; workbook problems by lib/sheets/problems.ts, in the clerk's words for the sheet and cell.
 */

import { langOf, type Said } from '../messages/catalogue.ts';

/** Environment variables, as a command hands them in (its environment). */
type Env = Readonly<Record<string, string | undefined>>;

export interface Problem {
  /**
   * Path relative to the repository root, e.g. `content/progress/pingluo-edu-2021-2025/2023.json`; for a
   * workbook, its file as the clerk named it.
   */
  file: string;
  /** Line in the file (1-based). */
  line?: number | undefined;
  /** Character in the line (1-based): always a position in text, never a spreadsheet column. */
  column?: number | undefined;
  /** The workbook's sheet, e.g. 指标. */
  sheet?: string | undefined;
  /** Row number as Excel shows it (the header is row 1). */
  row?: number | undefined;
  /** The spreadsheet column's header as printed in row 1, e.g. 2024年数值. */
  header?: string | undefined;
  /** The cell's address, e.g. D12. */
  cell?: string | undefined;
  /** Field path, e.g. `indicators[2].value`. */
  field?: string | undefined;
  /** What is wrong, phrased as what was expected and what was found. */
  message: string;
  /**
   * What was expected, apart from the sentence, in both languages (`a year from 1949 on` / `1949 年及以后的年份`),
   * where the catalogue entry says it as a part (every schema and field error); the sentence is unchanged.
   */
  expected?: { en: string; zh: string } | undefined;
  /** What was found, apart from the sentence, in both languages (`"九十三"` / `“九十三”`, `nothing` / `空（没有填写）`). */
  found?: { en: string; zh: string } | undefined;
  /** How to fix it. */
  fix?: string | undefined;
  /** The same in simplified Chinese, for the clerks who read the validator (the default output language). */
  zh?: { message: string; fix?: string | undefined } | undefined;
  /** The catalogue entry the problem was raised by, and its parameters (absent for the few still written inline). */
  said?: Said | undefined;
}

/** The language problems are printed in: Chinese for staff (the default of every CLI), English for developers. */
export type MessageLang = 'zh' | 'en';

/**
 * The language a CLI prints problems in: `--lang en` (or `--lang=en`, or CONTENT_LANG=en) for English,
 * Chinese otherwise. Returns the arguments without the flag. The command passes its environment in: library
 * code reads none (STYLE.md, habit 13).
 */
export function messageLang(argv: readonly string[], env: Env): { lang: MessageLang; rest: string[] } {
  let lang: MessageLang = langOf(env.CONTENT_LANG);
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      lang = v === 'en' ? 'en' : 'zh';
    } else rest.push(a);
  }
  return { lang, rest };
}


export type PathSegment = string | number;

/** `['indicators', 2, 'value']` → `indicators[2].value`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** One line per problem in English: `file:line:col: field: expected …, found …. Fix.` (for developers). */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const field = p.field ? ` ${p.field}:` : '';
  const fix = p.fix ? ` ${p.fix}` : '';
  return `${where}:${field} ${p.message}${fix}`;
}

/**
 * One line per problem in Chinese: `file:line:col：字段 field：应为……，实际为……。修改方法：……`. The text comes
 * from `zh`, which every message of the catalogue (src/lib/messages/) carries; a message without it is
 * printed in English rather than not at all (tests/unit/messages-speak-both-languages.test.ts keeps that from
 * happening to anything the validator says).
 */
export function formatProblemZh(p: Problem): string {
  const zh = p.zh;
  if (!zh) return formatProblem(p);
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const field = p.field ? `字段 ${p.field}：` : '';
  const fix = zh.fix ? `修改方法：${zh.fix}` : '';
  return `${where}：${field}${zh.message}${fix}`;
}

/** The formatter for a language: `problems.map(problemFormatter(lang))`. */
export function problemFormatter(lang: MessageLang): (p: Problem) => string {
  return lang === 'en' ? formatProblem : formatProblemZh;
}

export { describeValue, describeValueZh } from '../messages/values.ts';
