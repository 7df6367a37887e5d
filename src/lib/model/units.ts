/**
 * Responsible units (责任单位): the departments a measure names at its end, `（责任单位：A、B，各乡镇）`.
 * Printed names are kept; a normalised name merges the forms one department is printed under
 * (`统战部` and `县委统战部`).
 */

const UNITS_RE = /[（(]责任单位[：:]\s*([^（）()]+)[）)]\s*$/u;

/** The units printed at the end of a measure, in order, as printed; [] when it names none. */
export function readResponsibleUnits(text: string): string[] {
  const m = UNITS_RE.exec(text.trim());
  if (!m) return [];
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
