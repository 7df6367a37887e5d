/**
 * The one door for content errors: parse with a zod schema and turn every issue into a Problem that
 * names the line, the field, what was expected, what was found, and a fix (with the closest known name
 * for a typo such as `indicaters`).
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { describeValue, describeValueZh, formatPath, type PathSegment, type Problem } from './problems.ts';
import type { Located } from './locate.ts';
import { kindOfOptions, statusLabels } from './status-labels.ts';

const TYPE_WORDS_ZH: Record<string, string> = {
  number: '数字',
  string: '用英文双引号括起的文字',
  boolean: 'true 或 false',
  object: '一个对象 { … }',
  array: '一个列表 [ … ]',
  int: '整数',
  null: 'null',
};

/**
 * Chinese for what a schema's own messages expect (the English text after "expected"). A schema may also
 * give its Chinese directly: `ctx.addIssue({ code: 'custom', message, params: { zh: '……' } })`.
 */
const EXPECTED_ZH: Array<[RegExp, (...g: string[]) => string]> = [
  [/^a plan id made of lowercase letters, digits and "-"$/, () => '由小写字母、数字和“-”组成的规划编号'],
  [/^an id made of lowercase letters, digits, "-" and "\."$/, () => '由小写字母、数字、“-”和“.”组成的编号'],
  [/^a year is required$/, () => '年份（必填）'],
  [/^a year as a whole number such as 2023$/, () => '整数年份，如 2023'],
  [/^a whole-number year such as 2023$/, () => '整数年份，如 2023'],
  [/^a year from 1949 on$/, () => '1949 年及以后的年份'],
  [/^a year before 2100$/, () => '2100 年以前的年份'],
  [/^a date written YYYY-MM-DD, such as 2023-12-31$/, () => '写成 YYYY-MM-DD 的日期，如 2023-12-31'],
  [/^a date that exists in the calendar \((.*) does not\)$/, (d) => `日历上存在的日期（${d} 不存在）`],
  [/^a month from 01 to 12 \((.*) has (.*)\)$/, (d, m) => `01 到 12 的月份（${d} 的月份是 ${m}）`],
  [/^a date written YYYY-MM-DD or YYYY-MM \((.*) is neither, or does not exist\)$/, (d) => `写成 YYYY-MM-DD 或 YYYY-MM 的日期（${d} 都不是，或不存在）`],
  [/^a number is required$/, () => '数字（必填）'],
  [/^a number$/, () => '数字'],
  [/^a finite number \(not NaN or Infinity\)$/, () => '有限的数字（不能是 NaN 或 Infinity）'],
  [/^a number that is not negative$/, () => '不小于 0 的数字'],
  [/^the title of the publication$/, () => '出处的标题'],
  [/^a web address starting with http:\/\/ or https:\/\/$/, () => '以 http:// 或 https:// 开头的网址'],
  [/^"official" or "illustrative" \(found (.*)\)$/s, (f) => `“official”（官方）或“illustrative”（示例），实际为 ${f === 'undefined' ? '空' : f.replace(/^"(.*)"$/s, '“$1”')}`],
  [/^a unique id \(`(.*)` is already used by (.*)\)$/, (id, at) => `不重复的编号（“${id}”已被 ${at} 使用）`],
  [/^each (\w+) listed once \(`(.*)` is already listed at (.*)\)$/, (_w, id, at) => `每项只列一次（“${id}”已在 ${at} 列出）`],
  [/^a target year after the baseline year (\d+) \(found (.*)\)$/, (b, f) => `晚于基期年份 ${b} 的目标年份（实际为 ${f}）`],
  [/^a percentage of at most 100 \(found (.*)\); only gross enrolment rates .*$/s, (v) => `不超过 100 的百分比（实际为 ${v}）；只有毛入园率、毛入学率可以超过 100%`],
  [/^the region name, e\.g\. (.*)$/, (e) => `地区名称，如 ${e}`],
  [/^the full official title$/, () => '完整的正式标题'],
  [/^where the text came from$/, () => '文本的来源'],
  [/^the SHA-256 of the source text: 64 lowercase hexadecimal digits$/, () => '原文的 SHA-256：64 位小写十六进制数字'],
  [/^an end year not before the start year (\d+) \(found (.*)\)$/, (s, f) => `不早于起始年份 ${s} 的结束年份（实际为 ${f}）`],
  [/^"official" or "illustrative" on every entry, because this file mixes the two \(found none\)$/, () => '每个条目都注明“official”或“illustrative”，因为本文件混合了官方数据和示例数据（实际没有注明）'],
  [
    /^a source \(title, publisher, url, date, quote\) for an official figure \(found none\); cite where it was published, or mark the entry "illustrative"$/,
    () => '官方数据的出处（标题 title、发布单位 publisher、网址 url、日期 date、原文引句 quote）（实际没有）；请注明发布出处，或把该条目标为“illustrative”',
  ],
  [/^a date in the reported year (\d+) \(found (.*)\)$/, (y, f) => `报告年度 ${y} 年内的日期（实际为 ${f}）`],
];

function expectedZh(issue: z.core.$ZodIssue): string | null {
  const params = (issue as { params?: { zh?: unknown } }).params;
  if (params && typeof params.zh === 'string') return params.zh;
  for (const [re, f] of EXPECTED_ZH) {
    const m = re.exec(issue.message);
    if (m) return f(...m.slice(1));
  }
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string') return min <= 1 ? '非空的文字' : `至少 ${min} 个字的文字`;
    if (issue.origin === 'array') return min <= 1 ? '至少一项的列表' : `至少 ${min} 项的列表`;
    return `不小于 ${min} 的数`;
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return `至多 ${max} 个字的文字`;
    if (issue.origin === 'array') return `至多 ${max} 项的列表`;
    return `不大于 ${max} 的数`;
  }
  if (issue.code === 'invalid_format') return issue.format === 'regex' ? `符合规定格式的文字（${(issue as { pattern?: string }).pattern ?? ''}）` : `${issue.format} 格式的文字`;
  return null;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text in double quotes',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  int: 'a whole number',
  null: 'null',
};

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** Every field name any schema knows, for suggesting the intended one when a name is misspelt. */
function fieldNames(schema: z.ZodType, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const visit = (s: unknown) => s && typeof s === 'object' && '_zod' in s && fieldNames(s as z.ZodType, out, seen);
  if (def.type === 'object') {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
      out.add(k);
      visit(v);
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'schema']) visit(def[key]);
  for (const key of ['options', 'items']) if (Array.isArray(def[key])) (def[key] as unknown[]).forEach(visit);
  return out;
}

function suggest(word: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0) return null;
  const best = closest(word, candidates as string[]);
  const near = distance(word, best) <= Math.max(2, Math.floor(word.length / 3));
  return near || (word.length >= 3 && best.startsWith(word)) ? best : null;
}

export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  doc: Located,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(doc.value);
  if (result.success) return { ok: true, data: result.data };
  const names = [...fieldNames(schema)];
  const problems = result.error.issues.map((issue) => issueToProblem(issue, doc, file, names));
  return { ok: false, problems };
}

function issueToProblem(issue: z.core.$ZodIssue, doc: Located, file: string, names: string[]): Problem {
  const path = issue.path as PathSegment[];
  const found = valueAt(doc.value, path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const guess = suggest(key, names);
    return {
      file,
      ...doc.locate(path, key),
      field: formatPath([...path, key]),
      message: `expected only known fields here, found an unknown field "${key}"${issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : ''}.`,
      fix: guess ? `Did you mean "${guess}"? Rename it.` : 'Remove it, or check its spelling against the README.',
      zh: {
        message: `这里只应有已知的字段，实际有未知字段“${key}”${issue.keys.length > 1 ? `（还有 ${issue.keys.slice(1).map((k) => `“${k}”`).join('、')}）` : ''}。`,
        fix: guess ? `是否应为“${guess}”？请改名。` : '删除它，或对照 README 检查拼写。',
      },
    };
  }
  const where = { file, ...doc.locate(path), field: formatPath(path) || '(top level)' };
  if (issue.code === 'invalid_type') {
    if (found === undefined) {
      return {
        ...where,
        message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found nothing: the field is missing.`,
        fix: `Add "${String(path.at(-1))}".`,
        zh: { message: `应为${TYPE_WORDS_ZH[issue.expected] ?? issue.expected}，实际缺少这个字段。`, fix: `添加“${String(path.at(-1))}”。` },
      };
    }
    if (issue.expected === 'number' && typeof found === 'number') {
      return {
        ...where,
        message: `expected a finite number (not NaN or Infinity), found ${found}.`,
        fix: 'Write the number in digits, e.g. 93.1.',
        zh: { message: `应为有限的数字（不能是 NaN 或 Infinity），实际为 ${found}。`, fix: '用阿拉伯数字填写，例如 93.1。' },
      };
    }
    const numberAsText = issue.expected === 'number' && typeof found === 'string';
    return {
      ...where,
      message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(found)}.`,
      fix: numberAsText ? 'Write the number in digits without quotes, e.g. 93.1.' : undefined,
      zh: {
        message: `应为${TYPE_WORDS_ZH[issue.expected] ?? issue.expected}，实际为${describeValueZh(found)}。`,
        fix: numberAsText ? '用阿拉伯数字填写，不加引号，例如 93.1。' : undefined,
      },
    };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const guess = typeof found === 'string' ? suggest(found, options) : null;
    return {
      ...where,
      message: `expected one of ${options.map((o) => `"${o}"`).join(', ')}, found ${describeValue(found)}.`,
      fix: guess ? `Did you mean "${guess}"?` : undefined,
      zh: {
        message: `应为以下之一：${options.map((o) => `“${o}”`).join('、')}${labelsZh(options)}，实际为${describeValueZh(found)}。`,
        fix: guess ? `是否应为“${guess}”？` : undefined,
      },
    };
  }
  if (issue.code === 'invalid_union') {
    return {
      ...where,
      message: `expected ${unionWords(issue)}, found ${describeValue(found)}.`,
      zh: { message: `应为${unionWordsZh(issue)}，实际为${describeValueZh(found)}。` },
    };
  }
  const message = issue.message.includes('found') ? `expected ${issue.message}.` : `expected ${issue.message}, found ${describeValue(found)}.`;
  // A schema rule may carry its whole Chinese message (and fix) in params.zh.
  const own = (issue as { params?: { zh?: unknown } }).params?.zh;
  if (own && typeof own === 'object') return { ...where, message, zh: own as NonNullable<Problem['zh']> };
  const exp = expectedZh(issue);
  if (exp === null) return { ...where, message };
  return { ...where, message, zh: { message: /实际/.test(exp) ? `应为${exp}。` : `应为${exp}，实际为${describeValueZh(found)}。` } };
}

/** The Chinese labels of status ids, shown beside the ids a clerk may write instead (`推进中`). */
function labelsZh(options: readonly string[]): string {
  const kind = kindOfOptions(options);
  return kind ? `（也可写中文：${statusLabels(kind).map(([, l]) => `“${l}”`).join('、')}）` : '';
}

function unionWordsZh(issue: z.core.$ZodIssueInvalidUnion): string {
  const words = new Set<string>();
  for (const branch of issue.errors) {
    for (const i of branch) {
      if (i.path.length > 0) continue;
      if (i.code === 'invalid_type') words.add(TYPE_WORDS_ZH[i.expected] ?? i.expected);
      else if (i.code === 'invalid_value') i.values.forEach((v) => words.add(`“${String(v)}”`));
      else words.add(expectedZh(i) ?? i.message);
    }
  }
  return [...words].join('或') || '另一种值';
}

function unionWords(issue: z.core.$ZodIssueInvalidUnion): string {
  const words = new Set<string>();
  for (const branch of issue.errors) {
    for (const i of branch) {
      if (i.path.length > 0) continue;
      if (i.code === 'invalid_type') words.add(TYPE_WORDS[i.expected] ?? i.expected);
      else if (i.code === 'invalid_value') i.values.forEach((v) => words.add(JSON.stringify(v)));
      else words.add(i.message);
    }
  }
  return [...words].join(' or ') || 'another kind of value';
}
