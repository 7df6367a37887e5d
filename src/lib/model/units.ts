/**
 * Responsible units (责任单位): the departments a measure names at its end, `（责任单位：A、B，各乡镇）`.
 * Printed names are kept; a normalised name merges the forms one department is printed under
 * (`统战部` and `县委统战部`).
 */

import { readResponsibility } from './responsibility.ts';

const UNITS_RE = /[（(]责任单位[：:]\s*([^（）()]+)[）)]\s*$/u;

/**
 * The units printed at the end of a measure, in order, as printed; [] when it names none. Besides
 * `（责任单位：A、B）`, the other phrasings plans use (`（牵头单位：A；配合单位：B）`, `A牵头，B配合`,
 * `A牵头、B按职责分工负责`) are read by responsibility.ts, lead units first.
 */
export function readResponsibleUnits(text: string): string[] {
  const m = UNITS_RE.exec(text.trim());
  if (!m || /牵头|配合|协助|参与|负责/u.test(m[1]!)) {
    const r = readResponsibility(text);
    return r ? [...r.lead, ...r.units, ...r.support] : [];
  }
  return m[1]!
    .split(/[、，,；;]/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Party-committee prefixes that a printed name may drop (`统战部` for `县委统战部`). */
const PREFIXES = ['县委', '市委', '区委', '旗委'];

/**
 * Maps each printed name to the fullest form printed among `names`: `统战部` → `县委统战部` when
 * both occur. Names with no longer form map to themselves.
 */
export function normaliseUnitNames(names: Iterable<string>): Map<string, string> {
  const all = new Set(names);
  const out = new Map<string, string>();
  for (const name of all) {
    const fuller = PREFIXES.map((p) => p + name).find((f) => all.has(f));
    out.set(name, fuller ?? name);
  }
  return out;
}
