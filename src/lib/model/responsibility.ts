/**
 * Who must carry out a measure, in every way plans print it, with the lead unit (牵头) and the supporting
 * units (配合, 参与, 按职责分工负责) kept apart:
 *   （责任单位：县教育局、县财政局）            all listed, none marked as lead
 *   （牵头单位：县教育局；配合单位：县财政局）
 *   县教育局牵头，县发展改革局、县财政局配合
 *   县教育局牵头、各乡（镇）人民政府按职责分工负责
 *   县教育局（牵头）、县发展改革局               a cell of a task table
 * Names are kept exactly as printed, nested brackets included (各县（区）人民政府, 各乡（镇）).
 */

export interface Responsibility {
  /** Lead units (牵头), as printed. */
  lead: string[];
  /** Supporting units (配合, 参与, 按职责分工负责), as printed. */
  support: string[];
  /** Units listed without a role (责任单位：A、B), as printed. */
  units: string[];
  /** The phrase they were read from, as printed. */
  text: string;
}

/** Splits a list of unit names on 、，, ；, but never inside brackets (各县（区）人民政府). */
export function splitUnits(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of list) {
    if ('（(【['.includes(c)) depth++;
    if ('）)】]'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;和及]/u.test(c) && !(c === '和' || c === '及') ) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.map((s) => s.replace(/^(?:由|以及|及|和|等)/u, '').replace(/(?:等(?:部门|单位)?)$/u, '').trim()).filter((s) => s.length > 1);
}

const LEAD_MARK = /[（(]\s*牵头\s*(?:单位)?[）)]$/u;
const SUPPORT_WORDS = /(?:配合|协助|参与|协同|按职责分工负责|按照职责分工负责|分工负责|共同负责|按职责负责)$/u;

/** A cell or phrase of unit names with roles: `县教育局（牵头）、县发展改革局`, `A牵头，B配合`. */
export function readUnitList(text: string): Responsibility | null {
  const t = text.trim().replace(/[。；;]$/u, '');
  if (t === '') return null;
  const lead: string[] = [];
  const support: string[] = [];
  const units: string[] = [];
  // `A牵头，B、C配合` / `A牵头、B按职责分工负责`: split where a role word ends a part.
  const parts = t.split(/(?<=牵头)[，,、；;]|(?<=(?:配合|协助|参与|协同|负责))[，,；;]/u);
  for (const part of parts) {
    const p = part.trim();
    if (p === '') continue;
    if (/牵头$/u.test(p) && !LEAD_MARK.test(p)) {
      lead.push(...splitUnits(p.replace(/(?:为|作为)?牵头$/u, '')));
      continue;
    }
    if (SUPPORT_WORDS.test(p)) {
      support.push(...splitUnits(p.replace(SUPPORT_WORDS, '')));
      continue;
    }
    for (const name of splitUnits(p)) {
      if (LEAD_MARK.test(name)) lead.push(name.replace(LEAD_MARK, '').trim());
      else if (lead.length > 0 && parts.length === 1) support.push(name);
      else units.push(name);
    }
  }
  // `A（牵头）、B、C`: the others in the list support the lead.
  if (lead.length > 0 && units.length > 0 && support.length === 0) support.push(...units.splice(0));
  if (lead.length + support.length + units.length === 0) return null;
  return { lead, support, units, text: text.trim() };
}

const LABELLED = /[（(]?\s*(责任单位|牵头单位|责任部门|牵头部门|配合单位|协办单位|参与单位)\s*[：:]\s*/gu;

/**
 * The responsibility a measure's text names, wherever the plan prints it: `（责任单位：…）` at its end,
 * `牵头单位：…；配合单位：…`, or a sentence `X牵头，Y配合` / `X牵头、Y按职责分工负责`. Null when none.
 */
export function readResponsibility(text: string): Responsibility | null {
  const t = text.trim();
  const labels = [...t.matchAll(LABELLED)];
  if (labels.length > 0) {
    const start = labels[0]!.index!;
    const lead: string[] = [];
    const support: string[] = [];
    const units: string[] = [];
    labels.forEach((m, k) => {
      const from = m.index! + m[0].length;
      const to = labels[k + 1]?.index ?? t.length;
      const list = stripClosing(t.slice(from, to));
      const role = m[1]!;
      const names = readUnitList(list);
      if (!names) return;
      if (/牵头/u.test(role)) lead.push(...names.lead, ...names.units, ...names.support);
      else if (/配合|协办|参与/u.test(role)) support.push(...names.lead, ...names.units, ...names.support);
      else {
        lead.push(...names.lead);
        support.push(...names.support);
        units.push(...names.units);
      }
    });
    if (lead.length + support.length + units.length === 0) return null;
    return { lead, support, units, text: t.slice(start) };
  }
  // A sentence that assigns roles: the last clause of the text naming 牵头.
  const m = /(?:^|[。；;，,])([^。；;，,]{2,60}?牵头(?:[，,、][^。；;]{2,80}?(?:配合|协助|参与|按职责分工负责|分工负责|共同负责))?)[。；;]?\s*$/u.exec(t);
  if (m) {
    const r = readUnitList(m[1]!);
    if (r && r.lead.length > 0) return r;
  }
  return null;
}

/** Drops the bracket that closes `（责任单位：…）` and trailing punctuation, keeping brackets inside names. */
function stripClosing(list: string): string {
  let s = list.trim().replace(/[。；;，,\s]+$/u, '');
  const opens = (s.match(/[（(]/gu) ?? []).length;
  const closes = (s.match(/[）)]/gu) ?? []).length;
  if (closes > opens && /[）)]$/u.test(s)) s = s.slice(0, -1);
  return s.replace(/[；;，,\s]+$/u, '');
}
