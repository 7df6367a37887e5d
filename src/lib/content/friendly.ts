/**
 * The one door for content errors: parse with a zod schema and turn every issue into a Problem that
 * names the line, the field, what was expected, what was found, and a fix (with the closest known name
 * for a typo such as `indicaters`).
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { describeValue, formatPath, type PathSegment, type Problem } from './problems.ts';
import type { Located } from './locate.ts';

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
    };
  }
  const where = { file, ...doc.locate(path), field: formatPath(path) || '(top level)' };
  if (issue.code === 'invalid_type') {
    if (found === undefined) {
      return { ...where, message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found nothing: the field is missing.`, fix: `Add "${String(path.at(-1))}".` };
    }
    if (issue.expected === 'number' && typeof found === 'number') {
      return { ...where, message: `expected a finite number (not NaN or Infinity), found ${found}.`, fix: 'Write the number in digits, e.g. 93.1.' };
    }
    const numberAsText = issue.expected === 'number' && typeof found === 'string';
    return {
      ...where,
      message: `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(found)}.`,
      fix: numberAsText ? 'Write the number in digits without quotes, e.g. 93.1.' : undefined,
    };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const guess = typeof found === 'string' ? suggest(found, options) : null;
    return {
      ...where,
      message: `expected one of ${options.map((o) => `"${o}"`).join(', ')}, found ${describeValue(found)}.`,
      fix: guess ? `Did you mean "${guess}"?` : undefined,
    };
  }
  if (issue.code === 'invalid_union') {
    return { ...where, message: `expected ${unionWords(issue)}, found ${describeValue(found)}.` };
  }
  const message = issue.message.includes('found') ? `expected ${issue.message}.` : `expected ${issue.message}, found ${describeValue(found)}.`;
  return { ...where, message };
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
