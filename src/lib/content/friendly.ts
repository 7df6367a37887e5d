/**
 * The one door for content errors: parse with a zod schema and turn every issue into a Problem that
 * names the line, the field, what was expected, what was found, and a fix (with the closest known name
 * for a typo such as `indicaters`). Every sentence is an entry of the message catalogue
 * (lib/messages/schema.ts): the one a schema raised with the issue, or the one for the issue's code.
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import type { Located } from './locate.ts';
import { kindOfOptions, statusLabels } from './status-labels.ts';
import type { Lang, Message, Text } from '../messages/catalogue.ts';
import { expectedParts, expectedSentence, foundKey, foundValue, raisedBy, schemaMessages as S, typeWord, unionWord, type ExpectedFound, type Raised } from '../messages/schema.ts';

/** The value at `path` in `root` (undefined where there is none). */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
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

/** An issue as a catalogue entry and its parameters, with what was found at its path. */
export function issueMessage(issue: z.core.$ZodIssue, found: unknown, names: readonly string[] = []): { entry: Message<never>; params: unknown } | { raised: Raised } {
  const path = issue.path as PathSegment[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return { entry: S.unknownField, params: { key: issue.keys[0]!, more: issue.keys.slice(1), guess: suggest(issue.keys[0]!, names) ?? undefined } };
    case 'invalid_type':
      if (found === undefined) return { entry: S.missingField, params: { expected: issue.expected, field: String(path.at(-1)) } };
      if (issue.expected === 'number' && typeof found === 'number') return { entry: S.notFinite, params: { found } };
      return { entry: S.wrongType, params: { expected: issue.expected, found } };
    case 'invalid_value': {
      const options = issue.values.map(String);
      const guess = typeof found === 'string' ? (suggest(found, options) ?? undefined) : undefined;
      const kind = kindOfOptions(options);
      return { entry: S.notOneOf, params: { options, labels: kind ? statusLabels(kind).map(([, l]) => l) : [], found, guess } };
    }
    case 'invalid_union':
      return { entry: S.notEither, params: { words: { en: unionWords(issue, 'en'), zh: unionWords(issue, 'zh') }, found } };
    default:
      return { raised: expectation(issue) };
  }
}

/** What a field expects, for an issue that is not about a type, a listed value or a field: as its schema said, or by its code. */
function expectation(issue: z.core.$ZodIssue): Raised {
  const own = raisedBy(issue);
  if (own) return own;
  const raise = <P>(entry: Message<P>, params: P): Raised => ({ entry: entry as Message<never>, params });
  if (issue.code === 'too_small') return raise(S.tooSmall, { origin: issue.origin, limit: Number(issue.minimum), inclusive: issue.inclusive !== false });
  if (issue.code === 'too_big') return raise(S.tooBig, { origin: issue.origin, limit: Number(issue.maximum), inclusive: issue.inclusive !== false });
  if (issue.code === 'invalid_format') return raise(S.format, { format: issue.format, pattern: (issue as { pattern?: string }).pattern });
  return raise(S.otherwise, { message: issue.message });
}

/** The issue's sentence in `lang`. */
export function issueText(issue: z.core.$ZodIssue, found: unknown, lang: Lang, names: readonly string[] = []): Text {
  const m = issueMessage(issue, found, names);
  if ('raised' in m) return expectedSentence(m.raised, found, lang);
  return (m.entry[lang] as (p: unknown) => Text)(m.params);
}

/**
 * What the issue's sentence says was expected and what was found, apart (the Problem's `expected` and
 * `found`), for every issue whose sentence has them.
 */
export function issueParts(issue: z.core.$ZodIssue, found: unknown, names: readonly string[] = []): ExpectedFound {
  const m = issueMessage(issue, found, names);
  if ('raised' in m) return expectedParts(m.raised, found);
  const both = (f: (lang: Lang) => string) => ({ en: f('en'), zh: f('zh') });
  const p = m.params as { expected?: string; options?: readonly string[]; words?: Record<Lang, readonly string[]>; key?: string };
  switch (m.entry) {
    case S.missingField:
    case S.wrongType:
      return { expected: both((lang) => typeWord(lang, p.expected!)), found: foundValue(found) };
    case S.notFinite:
      return { expected: both((lang) => S.finite[lang]().message), found: foundValue(found) };
    case S.notOneOf:
      return { expected: { en: p.options!.map((o) => `"${o}"`).join(', '), zh: p.options!.map((o) => `“${o}”`).join('、') }, found: foundValue(found) };
    case S.notEither:
      return { expected: { en: p.words!.en.join(' or '), zh: p.words!.zh.join('或') }, found: foundValue(found) };
    case S.unknownField:
      return { found: foundKey(p.key!) };
    default:
      return {};
  }
}

function issueToProblem(issue: z.core.$ZodIssue, doc: Located, file: string, names: string[]): Problem {
  const path = issue.path as PathSegment[];
  const found = valueAt(doc.value, path);
  const en = issueText(issue, found, 'en', names);
  const zh = issueText(issue, found, 'zh', names);
  const parts = issueParts(issue, found, names);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return { file, ...doc.locate(path, key), field: formatPath([...path, key]), message: en.message, fix: en.fix, zh, ...parts };
  }
  return { file, ...doc.locate(path), field: formatPath(path) || '(top level)', message: en.message, fix: en.fix, zh, ...parts };
}

/** What the branches of a union expect, each said once. */
function unionWords(issue: z.core.$ZodIssueInvalidUnion, lang: Lang): string[] {
  const words = new Set<string>();
  for (const branch of issue.errors) {
    for (const i of branch) {
      if (i.path.length > 0) continue;
      const own = i.code === 'invalid_type' || i.code === 'invalid_value' ? undefined : expectation(i);
      const t = own ? ((own.entry[lang] as (p: unknown) => Text)(own.params)) : undefined;
      unionWord(i as { code: string }, t, lang).forEach((w) => words.add(w));
    }
  }
  return [...words];
}
