/**
 * A problem found in content, and the one way it is printed: a line a clerk can act on, naming the file,
 * the line and column, the field, what was expected, what was found, and how to fix it.
 */

export interface Problem {
  /** Path relative to the repository root, e.g. `content/progress/pingluo-edu-2021-2025/2023.json`. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path, e.g. `indicators[2].value`. */
  field?: string | undefined;
  /** What is wrong, phrased as what was expected and what was found. */
  message: string;
  /** How to fix it. */
  fix?: string | undefined;
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

export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const field = p.field ? ` ${p.field}:` : '';
  const fix = p.fix ? ` ${p.fix}` : '';
  return `${where}:${field} ${p.message}${fix}`;
}

/** Describes a found value briefly and exactly: `"九十三"`, `-5`, `null`, `an object`, `a list of 3`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}
