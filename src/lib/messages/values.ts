/**
 * How a message quotes a value it found, in each language: briefly and exactly (`"九十三"` / `“九十三”`, `-5`,
 * `a list of 3` / `含 3 项的列表`). Shared by every message that says what was found.
 */

/** Describes a found value briefly and exactly: `"九十三"`, `-5`, `null`, `an object`, `a list of 3`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

/** The same in Chinese: `“九十三”`, `-5`, `null（空值）`, `一个对象 { … }`, `含 3 项的列表`, `空（没有填写）`. */
export function describeValueZh(v: unknown): string {
  if (v === undefined) return '空（没有填写）';
  if (v === null) return 'null（空值）';
  if (typeof v === 'string') return `“${v.length > 60 ? v.slice(0, 57) + '…' : v}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `含 ${v.length} 项的列表`;
  return '一个对象 { … }';
}

/** A found cell value, quoted as a clerk typed it: “九十三”. */
export function shownZh(v: unknown): string {
  if (v === null || v === undefined || v === '') return '空';
  if (v instanceof Date) return `日期 ${v.toISOString().slice(0, 10)}`;
  const s = String(v);
  return `“${s.length > 40 ? s.slice(0, 37) + '…' : s}”`;
}

export function shownEn(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'nothing';
  if (v instanceof Date) return `the date ${v.toISOString().slice(0, 10)}`;
  return JSON.stringify(String(v).slice(0, 40));
}
