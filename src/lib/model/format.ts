/**
 * One way to write a value with its unit, for pages, charts, tables and downloads alike: `93.1%` (a percent
 * sign closes up), `12 万元`, `9.5 年` (any other unit after a space), `—` for no value. A number is
 * written with the digits it has, never padded (`92`, not `92.00`): the site does not invent precision
 * that was not printed. A figure printed in the official text keeps its text exactly as printed.
 */

/** The unit as written after a number: `%` closes up, any other unit after a space, none when there is none. */
export function unitSuffix(unit: string | null | undefined): string {
  return unit === '%' ? '%' : unit ? ` ${unit}` : '';
}

/**
 * A number with at most `digits` decimals (rounded, trailing zeros dropped): for values the site computes
 * (an expected value, a gap), so that they carry no more precision than the figures they come from.
 */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Decimal digits of a number as written: 88.51 → 2, 95 → 0. */
export function decimals(n: number): number {
  return (String(n).split('.')[1] ?? '').length;
}

/** `93.1%`, `9.5 年`, `12`; `—` for no value. `digits` rounds a computed value (see roundTo). */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, digits?: number): string {
  if (value === null || value === undefined) return '—';
  return `${digits === undefined ? value : roundTo(value, digits)}${unitSuffix(unit)}`;
}

/**
 * A figure as printed in the official text, followed by the unit where the text is a number that does not
 * carry it (`95` → `95%`, `11.3（16—59岁人口）` → `11.3（16—59岁人口） 年`); the text itself is never changed,
 * and text that is not a number or already carries its unit (`101.93%`, `通过自治区评估认定`, `-`) is
 * shown exactly as printed.
 */
export function formatPrinted(text: string, unit: string | null | undefined): string {
  return /^\d/.test(text) && !(unit && text.includes(unit)) ? `${text}${unitSuffix(unit)}` : text;
}

/**
 * A date as Chinese readers write it on a page: `2026-03-15` → `2026年3月15日`, `2026-03` → `2026年3月`,
 * `2026` → `2026年`. Downloads keep ISO dates; anything that is not an ISO date is shown as given.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  return `${y}年${mo ? `${Number(mo)}月` : ''}${mo && d ? `${Number(d)}日` : ''}`;
}

const SCALES: ReadonlyArray<[prefix: string, factor: number, smaller: string]> = [
  ['亿', 1e4, '万'],
  ['万', 1e4, ''],
];

/**
 * An amount counted in 万 or 亿 (0.055 万人) as a reader counts it, when it is less than one of them:
 * `约 550 人`, `约 3000 万元` for 0.3 亿元. Null when the unit carries no such multiplier, when the plain
 * number would be no easier to read (1.2 万人), or when there is nothing to say (0). Shown beside the
 * figure as printed, never in its place.
 */
export function plainAmount(value: number, unit: string | null | undefined): string | null {
  if (!unit || value === 0 || Math.abs(value) >= 1) return null;
  const scale = SCALES.find(([p]) => unit.startsWith(p) && unit.length > p.length);
  if (!scale) return null;
  const [prefix, factor, smaller] = scale;
  const n = Math.abs(value) * factor;
  // Whole units of the smaller unit, two significant figures below 100 so that 0.0012 万人 is 约 12 人.
  const rounded = n >= 100 ? Math.round(n) : Number(n.toPrecision(2));
  return `约 ${rounded}${unitSuffix(smaller + unit.slice(prefix.length))}`;
}

/**
 * A comparison typed with ASCII signs in content (`2025年 > 90%`) in the signs a printed Chinese document
 * uses (`2025年＞90%`, `≥`, `≤`, `＜`). Nothing else in the text changes.
 */
export function formatComparison(text: string): string {
  return text
    .replace(/\s*>=\s*/g, '≥')
    .replace(/\s*<=\s*/g, '≤')
    .replace(/\s*>\s*/g, '＞')
    .replace(/\s*<\s*/g, '＜');
}
