/**
 * Messages of the content schemas (src/schemas) and of the validator's reading of a zod issue
 * (lib/content/friendly.ts), each written once in Chinese and once in English. A schema raises what a field
 * expects by entry (`expecting(schemaMessages.yearFrom, { min: 1949 })`), and the issue carries the entry;
 * an issue zod raises by itself (a missing field, a wrong type, an unknown field) is read by its code and
 * its parameters. They replaced a table of regular expressions that translated the English after the fact.
 */
import { defineMessages, type Lang, type Message, type Text } from './catalogue.ts';
import { describeValue, describeValueZh } from './values.ts';

/**
 * What a field expects, as a phrase (`a number that is not negative` / `不小于 0 的数字`): the validator says
 * "expected <phrase>, found <value>." / "应为<phrase>，实际为<value>。". `saysFound`: the phrase says itself
 * what was found. `sentence`: the entry is the whole sentence in both languages.
 */
export interface Expectation<P = void> extends Message<P> {
  saysFound?: true;
  sentence?: true;
}

/** An expectation raised by a schema: the entry and its parameters, carried by the zod issue. */
export interface Raised {
  entry: Expectation<never>;
  params: unknown;
}

/**
 * The options of a schema check or issue that raise `entry`: zod's message is its English (what other
 * readers of the issue show), and `params.expected` the entry, which the validator says in either language.
 */
export function expecting<P>(entry: Expectation<P>, params: P): { message: string; params: { expected: Raised } } {
  return { message: entry.en(params).message, params: { expected: { entry: entry as Expectation<never>, params } } };
}

/** The expectation an issue carries, if a schema raised it by entry. */
export function raisedBy(issue: unknown): Raised | undefined {
  const expected = (issue as { params?: { expected?: Raised } }).params?.expected;
  return expected && typeof expected.entry?.en === 'function' ? expected : undefined;
}

/** The whole sentence of a raised expectation in `lang`, with what was found. */
export function expectedSentence(raised: Raised, found: unknown, lang: Lang): Text {
  const { entry } = raised;
  const t = (entry[lang] as (p: unknown) => Text)(raised.params);
  if (entry.sentence) return t;
  if (lang === 'en') return { message: entry.saysFound ? `expected ${t.message}.` : `expected ${t.message}, found ${describeValue(found)}.`, fix: t.fix };
  return { message: entry.saysFound ? `应为${t.message}。` : `应为${t.message}，实际为${describeValueZh(found)}。`, fix: t.fix };
}

/** What was expected and what was found, each in both languages: the parts of a problem's sentence, for readers that want them apart. */
export interface ExpectedFound {
  expected?: Record<Lang, string> | undefined;
  found?: Record<Lang, string> | undefined;
}

/** A found value as the sentences quote it, in both languages. */
export const foundValue = (found: unknown): Record<Lang, string> => ({ en: describeValue(found), zh: describeValueZh(found) });
/** A field's name as found, quoted in each language's marks. */
export const foundKey = (key: string): Record<Lang, string> => ({ en: `"${key}"`, zh: `“${key}”` });

/**
 * The parts of a raised expectation's sentence (expectedSentence): the phrase it expects, and the value found
 * unless the phrase says it itself. An entry that is a whole sentence of its own has no parts.
 */
export function expectedParts(raised: Raised, found: unknown): ExpectedFound {
  const { entry } = raised;
  if (entry.sentence) return {};
  const phrase = (lang: Lang) => (entry[lang] as (p: unknown) => Text)(raised.params).message;
  return { expected: { en: phrase('en'), zh: phrase('zh') }, found: entry.saysFound ? undefined : foundValue(found) };
}

/** What zod's type names stand for, in words a clerk knows. */
export const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { number: 'a number', string: 'text in double quotes', boolean: 'true or false', object: 'an object { … }', array: 'a list [ … ]', int: 'a whole number', null: 'null' },
  zh: { number: '数字', string: '用英文双引号括起的文字', boolean: 'true 或 false', object: '一个对象 { … }', array: '一个列表 [ … ]', int: '整数', null: 'null' },
};
/** A zod type name (`number`) in words a clerk knows (`a number` / `数字`). */
export const typeWord = (lang: Lang, t: string) => TYPE_WORDS[lang][t] ?? t;

/** A bound zod checks: of a text's length, a list's length or a number; `inclusive`: the bound itself is allowed. */
type Bound = { origin: string; limit: number; inclusive: boolean };

export const schemaMessages = defineMessages({
  // What a schema expects of a field, raised by entry.
  idTooLong: {
    en: (p: { max: number }) => ({ message: `an id of at most ${p.max} characters (it names a folder and a web address of the site)` }),
    zh: (p: { max: number }) => ({ message: `不超过 ${p.max} 个字符的编号（编号是网站文件夹名和网址的一部分，太长会使网站无法生成）` }),
  } satisfies Expectation<{ max: number }>,
  planId: {
    en: () => ({ message: 'a plan id made of lowercase letters, digits and "-"' }),
    zh: () => ({ message: '由小写字母、数字和“-”组成的规划编号' }),
  } satisfies Expectation,
  localId: {
    en: () => ({ message: 'an id made of lowercase letters, digits, "-" and "."' }),
    zh: () => ({ message: '由小写字母、数字、“-”和“.”组成的编号' }),
  } satisfies Expectation,
  yearFrom: {
    en: (p: { min: number }) => ({ message: `a year from ${p.min} on` }),
    zh: (p: { min: number }) => ({ message: `${p.min} 年及以后的年份` }),
  } satisfies Expectation<{ min: number }>,
  yearBefore: {
    en: (p: { max: number }) => ({ message: `a year before ${p.max}` }),
    zh: (p: { max: number }) => ({ message: `${p.max} 年以前的年份` }),
  } satisfies Expectation<{ max: number }>,
  date: {
    en: () => ({ message: 'a date written YYYY-MM-DD, such as 2023-12-31' }),
    zh: () => ({ message: '写成 YYYY-MM-DD 的日期，如 2023-12-31' }),
  } satisfies Expectation,
  dateExists: {
    en: (p: { date: string }) => ({ message: `a date that exists in the calendar (${p.date} does not)` }),
    zh: (p: { date: string }) => ({ message: `日历上存在的日期（${p.date} 不存在）` }),
  } satisfies Expectation<{ date: string }>,
  month: {
    en: (p: { date: string; month: string }) => ({ message: `a month from 01 to 12 (${p.date} has ${p.month})` }),
    zh: (p: { date: string; month: string }) => ({ message: `01 到 12 的月份（${p.date} 的月份是 ${p.month}）` }),
  } satisfies Expectation<{ date: string; month: string }>,
  dateOrMonth: {
    en: (p: { date: string }) => ({ message: `a date written YYYY-MM-DD or YYYY-MM (${p.date} is neither, or does not exist)` }),
    zh: (p: { date: string }) => ({ message: `写成 YYYY-MM-DD 或 YYYY-MM 的日期（${p.date} 都不是，或不存在）` }),
  } satisfies Expectation<{ date: string }>,
  finite: {
    en: () => ({ message: 'a finite number (not NaN or Infinity)' }),
    zh: () => ({ message: '有限的数字（不能是 NaN 或 Infinity）' }),
  } satisfies Expectation,
  notNegative: {
    en: () => ({ message: 'a number that is not negative', fix: 'Write the figure itself, not its change from last year.' }),
    zh: () => ({ message: '不小于 0 的数字', fix: '请填写这个数本身，不要填写与上一年相比的变化量。' }),
  } satisfies Expectation,
  sourceTitle: {
    en: () => ({ message: 'the title of the publication' }),
    zh: () => ({ message: '出处的标题' }),
  } satisfies Expectation,
  webAddress: {
    en: () => ({ message: 'a web address starting with http:// or https://' }),
    zh: () => ({ message: '以 http:// 或 https:// 开头的网址' }),
  } satisfies Expectation,
  uniqueId: {
    en: (p: { id: string; at: string }) => ({ message: `a unique id (\`${p.id}\` is already used by ${p.at})` }),
    zh: (p: { id: string; at: string }) => ({ message: `不重复的编号（“${p.id}”已被 ${p.at} 使用）` }),
  } satisfies Expectation<{ id: string; at: string }>,
  listedOnce: {
    en: (p: { what: string; id: string; at: string }) => ({ message: `each ${p.what} listed once (\`${p.id}\` is already listed at ${p.at})` }),
    zh: (p: { what: string; id: string; at: string }) => ({ message: `每项只列一次（“${p.id}”已在 ${p.at} 列出）` }),
  } satisfies Expectation<{ what: string; id: string; at: string }>,
  targetAfterBaseline: {
    saysFound: true,
    en: (p: { baseline: number; found: number }) => ({ message: `a target year after the baseline year ${p.baseline} (found ${p.found})` }),
    zh: (p: { baseline: number; found: number }) => ({ message: `晚于基期年份 ${p.baseline} 的目标年份（实际为 ${p.found}）` }),
  } satisfies Expectation<{ baseline: number; found: number }>,
  valueAsPrinted: {
    saysFound: true,
    en: (p: { text: string; printed: number; found: number | null }) => ({
      message: `the number the cell prints: its text is "${p.text}", so value ${p.printed} (found ${p.found === null ? 'null' : p.found})`,
      fix: `Write "value": ${p.printed}, as printed; never round or drop an official figure.`,
    }),
    zh: (p: { text: string; printed: number; found: number | null }) => ({
      message: `原文所印的数：text 为“${p.text}”，value 应为 ${p.printed}（实际为 ${p.found === null ? 'null' : p.found}）`,
      fix: `请写 "value": ${p.printed}，与原文一致；官方数字不能四舍五入或删去。`,
    }),
  } satisfies Expectation<{ text: string; printed: number; found: number | null }>,
  percentAtMost100: {
    saysFound: true,
    en: (p: { found: number }) => ({ message: `a percentage of at most 100 (found ${p.found}); only gross enrolment rates (毛入园率/毛入学率) may exceed 100%` }),
    zh: (p: { found: number }) => ({ message: `不超过 100 的百分比（实际为 ${p.found}）；只有毛入园率、毛入学率可以超过 100%` }),
  } satisfies Expectation<{ found: number }>,
  regionName: {
    en: (p: { example: string }) => ({ message: `the region name, e.g. "${p.example}"` }),
    zh: (p: { example: string }) => ({ message: `地区名称，如 ${p.example}` }),
  } satisfies Expectation<{ example: string }>,
  fullTitle: {
    en: () => ({ message: 'the full official title' }),
    zh: () => ({ message: '完整的正式标题' }),
  } satisfies Expectation,
  textSource: {
    en: () => ({ message: 'where the text came from' }),
    zh: () => ({ message: '文本的来源' }),
  } satisfies Expectation,
  sha256: {
    en: () => ({ message: 'the SHA-256 of the source text: 64 lowercase hexadecimal digits' }),
    zh: () => ({ message: '原文的 SHA-256：64 位小写十六进制数字' }),
  } satisfies Expectation,
  endAfterStart: {
    saysFound: true,
    en: (p: { start: number; found: number }) => ({ message: `an end year not before the start year ${p.start} (found ${p.found})` }),
    zh: (p: { start: number; found: number }) => ({ message: `不早于起始年份 ${p.start} 的结束年份（实际为 ${p.found}）` }),
  } satisfies Expectation<{ start: number; found: number }>,
  provenanceEachEntry: {
    saysFound: true,
    en: () => ({ message: '"official" or "illustrative" on every entry, because this file mixes the two (found none)' }),
    zh: () => ({ message: '每个条目都注明“official”或“illustrative”，因为本文件混合了官方数据和示例数据（实际没有注明）' }),
  } satisfies Expectation,
  officialSource: {
    saysFound: true,
    en: () => ({ message: 'a source (title, publisher, url, date, quote) for an official figure (found none); cite where it was published, or mark the entry "illustrative"' }),
    zh: () => ({ message: '官方数据的出处（标题 title、发布单位 publisher、网址 url、日期 date、原文引句 quote）（实际没有）；请注明发布出处，或把该条目标为“illustrative”' }),
  } satisfies Expectation,
  officialQuote: {
    sentence: true,
    en: (p: { figure: boolean }) => ({
      message: `expected the sentence quoted from the source that states this official ${p.figure ? 'figure' : 'status'} (found no quote).`,
      fix: 'Copy the sentence of the source that states this figure or status into "quote".',
    }),
    zh: (p: { figure: boolean }) => ({
      message: `官方${p.figure ? '数值' : '状态'}的来源应有原文引句（source.quote），实际没有。`,
      fix: '从来源文件中摘录写明这一数值或状态的原句，填入 "quote"。',
    }),
  } satisfies Expectation<{ figure: boolean }>,
  emptyReport: {
    sentence: true,
    en: () => ({
      message: `expected at least one entry in "indicators", "clauses" or "projects", or a "note" saying why this year's report has none (found an empty report).`,
      fix: 'Report this year\'s figures or the progress of tasks and projects; when there is truly nothing to report, add a "note" saying why.',
    }),
    zh: () => ({
      message: '年度报告应至少有一项指标、任务或项目的进展，或用 note 写明没有的原因；实际 indicators、clauses、projects 都是空的，也没有 note。',
      fix: '填写本年度的指标数值或任务、项目进展；确实没有可报告的内容时，加一项 "note" 写明原因。',
    }),
  } satisfies Expectation,
  dateInYear: {
    saysFound: true,
    en: (p: { year: number; found: string }) => ({ message: `a date in the reported year ${p.year} (found ${p.found})` }),
    zh: (p: { year: number; found: string }) => ({ message: `报告年度 ${p.year} 年内的日期（实际为 ${p.found}）` }),
  } satisfies Expectation<{ year: number; found: string }>,

  // What zod's own checks expect, by the issue's code and parameters (no schema gave its own words).
  tooSmall: {
    en: (p: Bound) => ({
      message: p.origin === 'string' ? (p.limit <= 1 ? 'text that is not empty' : `text of at least ${p.limit} characters`) : p.origin === 'array' ? (p.limit <= 1 ? 'a list of at least one item' : `a list of at least ${p.limit} items`) : `a number ${p.inclusive ? 'not less than' : 'greater than'} ${p.limit}`,
    }),
    zh: (p: Bound) => ({
      message: p.origin === 'string' ? (p.limit <= 1 ? '非空的文字' : `至少 ${p.limit} 个字的文字`) : p.origin === 'array' ? (p.limit <= 1 ? '至少一项的列表' : `至少 ${p.limit} 项的列表`) : `${p.inclusive ? '不小于' : '大于'} ${p.limit} 的数`,
    }),
  } satisfies Expectation<Bound>,
  tooBig: {
    en: (p: Bound) => ({ message: p.origin === 'string' ? `text of at most ${p.limit} characters` : p.origin === 'array' ? `a list of at most ${p.limit} items` : `a number ${p.inclusive ? 'not greater than' : 'less than'} ${p.limit}` }),
    zh: (p: Bound) => ({ message: p.origin === 'string' ? `至多 ${p.limit} 个字的文字` : p.origin === 'array' ? `至多 ${p.limit} 项的列表` : `${p.inclusive ? '不大于' : '小于'} ${p.limit} 的数` }),
  } satisfies Expectation<Bound>,
  format: {
    en: (p: { format: string; pattern: string | undefined }) => ({ message: p.format === 'regex' ? `text in the required format (${p.pattern ?? ''})` : `text in the ${p.format} format` }),
    zh: (p: { format: string; pattern: string | undefined }) => ({ message: p.format === 'regex' ? `符合规定格式的文字（${p.pattern ?? ''}）` : `${p.format} 格式的文字` }),
  } satisfies Expectation<{ format: string; pattern: string | undefined }>,
  otherwise: {
    en: (p: { message: string }) => ({ message: p.message }),
    zh: () => ({ message: '符合要求的值' }),
  } satisfies Expectation<{ message: string }>,

  // The sentences the validator says of an issue zod raises by itself.
  unknownField: {
    en: (p: { key: string; more: readonly string[]; guess: string | undefined }) => ({
      message: `expected only known fields here, found an unknown field "${p.key}"${p.more.length ? ` (and ${p.more.map((k) => `"${k}"`).join(', ')})` : ''}.`,
      fix: p.guess ? `Did you mean "${p.guess}"? Rename it.` : 'Remove it, or check its spelling against the README.',
    }),
    zh: (p: { key: string; more: readonly string[]; guess: string | undefined }) => ({
      message: `这里只应有已知的字段，实际有未知字段“${p.key}”${p.more.length ? `（还有 ${p.more.map((k) => `“${k}”`).join('、')}）` : ''}。`,
      fix: p.guess ? `是否应为“${p.guess}”？请改名。` : '删除它，或对照 README 检查拼写。',
    }),
  },
  missingField: {
    en: (p: { expected: string; field: string }) => ({ message: `expected ${typeWord('en', p.expected)}, found nothing: the field is missing.`, fix: `Add "${p.field}".` }),
    zh: (p: { expected: string; field: string }) => ({ message: `应为${typeWord('zh', p.expected)}，实际缺少这个字段。`, fix: `添加“${p.field}”。` }),
  },
  notFinite: {
    en: (p: { found: number }) => ({ message: `expected a finite number (not NaN or Infinity), found ${p.found}.`, fix: 'Write the number in digits, e.g. 93.1.' }),
    zh: (p: { found: number }) => ({ message: `应为有限的数字（不能是 NaN 或 Infinity），实际为 ${p.found}。`, fix: '用阿拉伯数字填写，例如 93.1。' }),
  },
  wrongType: {
    en: (p: { expected: string; found: unknown }) => ({
      message: `expected ${typeWord('en', p.expected)}, found ${describeValue(p.found)}.`,
      fix: p.expected === 'number' && typeof p.found === 'string' ? 'Write the number in digits without quotes, e.g. 93.1.' : undefined,
    }),
    zh: (p: { expected: string; found: unknown }) => ({
      message: `应为${typeWord('zh', p.expected)}，实际为${describeValueZh(p.found)}。`,
      fix: p.expected === 'number' && typeof p.found === 'string' ? '用阿拉伯数字填写，不加引号，例如 93.1。' : undefined,
    }),
  },
  notOneOf: {
    en: (p: { options: readonly string[]; labels: readonly string[]; found: unknown; guess: string | undefined }) => ({
      message: `expected one of ${p.options.map((o) => `"${o}"`).join(', ')}, found ${describeValue(p.found)}.`,
      fix: p.guess ? `Did you mean "${p.guess}"?` : undefined,
    }),
    zh: (p: { options: readonly string[]; labels: readonly string[]; found: unknown; guess: string | undefined }) => ({
      message: `应为以下之一：${p.options.map((o) => `“${o}”`).join('、')}${p.labels.length ? `（也可写中文：${p.labels.map((l) => `“${l}”`).join('、')}）` : ''}，实际为${describeValueZh(p.found)}。`,
      fix: p.guess ? `是否应为“${p.guess}”？` : undefined,
    }),
  },
  notEither: {
    en: (p: { words: Record<Lang, readonly string[]>; found: unknown }) => ({ message: `expected ${p.words.en.join(' or ') || 'another kind of value'}, found ${describeValue(p.found)}.` }),
    zh: (p: { words: Record<Lang, readonly string[]>; found: unknown }) => ({ message: `应为${p.words.zh.join('或') || '另一种值'}，实际为${describeValueZh(p.found)}。` }),
  },
});

/** The words of one branch of a union in `lang`: a type, a listed value, or what the branch's schema expects. */
export function unionWord(issue: { code: string; expected?: string; values?: readonly unknown[] }, expectation: Text | undefined, lang: Lang): string[] {
  if (issue.code === 'invalid_type') return [typeWord(lang, issue.expected ?? '')];
  if (issue.code === 'invalid_value') return (issue.values ?? []).map((v) => (lang === 'en' ? JSON.stringify(v) : `“${String(v)}”`));
  return expectation ? [expectation.message] : [];
}
