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
