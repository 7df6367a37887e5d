/**
 * Building blocks shared by every content schema: ids, calendar dates that must exist, printed values,
 * and the citation of a published source. Each field says what it means, its unit and its default.
 */
import { z } from 'zod';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';

/**
 * The longest id: an id names a folder of the built site (plans/<plan-id>/indicators/<id>/), and a file
 * system refuses a name past 255 bytes, so a longer id would pass validation and then fail the build.
 */
export const MAX_ID_LENGTH = 100;
const idTooLong = expecting(E.idTooLong, { max: MAX_ID_LENGTH });

/** A plan id: lowercase ASCII words joined by `-`, e.g. `qingtongxia-edu-2021-2025`. */
export const PlanIdSchema = z
  .string()
  .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s), expecting(E.planId, undefined))
  .refine((s) => s.length <= MAX_ID_LENGTH, idTooLong);

/** An id inside a plan (indicator, clause, project): URL-safe ASCII, e.g. `preschool-gross-enrolment`. */
export const LocalIdSchema = z
  .string()
  .refine((s) => /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(s), expecting(E.localId, undefined))
  .refine((s) => s.length <= MAX_ID_LENGTH, idTooLong);

/** A year of the Gregorian calendar, as a whole number (e.g. 2023). */
export const YearSchema = z
  .number({ error: (i) => (i.input === undefined ? 'a year is required' : `a year as a whole number such as 2023`) })
  .int('a whole-number year such as 2023')
  .refine((y) => y >= 1949, expecting(E.yearFrom, { min: 1949 }))
  .refine((y) => y <= 2100, expecting(E.yearBefore, { max: 2100 }));

/** True when `y-m-d` is a day that exists in the calendar (rejects 2023-02-30). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written `YYYY-MM-DD` that exists (2023-02-30 does not). */
export const IsoDateSchema = z.string().superRefine((s, ctx) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) {
    ctx.addIssue({ code: 'custom', ...expecting(E.date, undefined) });
    return;
  }
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.addIssue({ code: 'custom', ...expecting(E.dateExists, { date: s }) });
  }
});

/** A date that may be only a month (`2021-02`, as printed 二〇二一年二月) or a full day (`2022-10-25`). */
export const IsoDateOrMonthSchema = z.string().superRefine((s, ctx) => {
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) {
    const mm = Number(month[2]);
    if (mm < 1 || mm > 12) ctx.addIssue({ code: 'custom', ...expecting(E.month, { date: s, month: month[2]! }) });
    return;
  }
  const r = IsoDateSchema.safeParse(s);
  if (!r.success) {
    ctx.addIssue({ code: 'custom', ...expecting(E.dateOrMonth, { date: s }) });
  }
});

/** A number that is finite and not negative: counts, rates, years of schooling, areas, budgets. */
export const NonNegativeNumberSchema = z
  .number({ error: (i) => (i.input === undefined ? 'a number is required' : 'a number') })
  .refine(Number.isFinite, expecting(E.finite, undefined))
  .refine((n) => n >= 0, expecting(E.notNegative, undefined));

/**
 * A value as printed in a table cell: `value` is the number it states (null when it states none,
 * e.g. `-` or `通过自治区评估认定`), `text` is the cell exactly as printed (`"101.93%"`, `"-"`, `""`).
 */
export const PrintedValueSchema = z
  .strictObject({
    /** Year the value refers to (the table's column year). */
    year: YearSchema,
    /** The number stated by the cell, in the indicator's unit; null when the cell states no number. */
    value: NonNegativeNumberSchema.nullable(),
    /** The cell verbatim, nothing dropped or reworded. */
    text: z.string(),
  })
  .superRefine((cell, ctx) => {
    // A cell that prints a plain number (88.51, 101.93%, 1,234) states that number: a value rounded (88.5)
    // or dropped (null) on the way would publish a figure the plan does not print.
    const printed = plainNumber(cell.text);
    if (printed !== null && cell.value !== printed) {
      ctx.addIssue({ code: 'custom', path: ['value'], ...expecting(E.valueAsPrinted, { text: cell.text, printed, found: cell.value }) });
    }
  });

/** The number a cell prints when it prints only a number (with % or thousands commas), else null. */
export function plainNumber(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(t)) return null;
  return Number(t.replace(/[,%]/g, ''));
}
export type PrintedValue = z.output<typeof PrintedValueSchema>;

/** Where a figure or statement was published: enough for a reader to find and check it. */
export const SourceSchema = z.strictObject({
  /** Title of the publication (e.g. 2023年全国教育事业发展统计公报). */
  title: z.string().refine((s) => s.length >= 1, expecting(E.sourceTitle, undefined)),
  /** Who published it (e.g. 教育部). */
  publisher: z.string().min(1).optional(),
  /** Where it can be read. Only http(s) addresses. */
  url: z
    .string()
    .refine((s) => /^https?:\/\/\S+$/.test(s), expecting(E.webAddress, undefined))
    .optional(),
  /** Date of publication, YYYY-MM-DD. */
  date: IsoDateSchema.optional(),
  /** The sentence quoted from the publication that states the figure. */
  quote: z.string().optional(),
});
export type Source = z.output<typeof SourceSchema>;

/** `official`: every figure cites a published source. `illustrative`: made up to show how the site works. */
export const ProvenanceSchema = z.enum(['official', 'illustrative'], {
  error: (i) => `"official" or "illustrative" (found ${JSON.stringify(i.input)})`,
});
export type Provenance = z.output<typeof ProvenanceSchema>;

/**
 * Adds an issue for every entry of `list` whose `key` repeats an earlier one: ids are unique within a file.
 * `describe` names what must be unique (`uniqueId`, `listedOnce` of the message catalogue).
 */
export function refineUnique<T>(
  ctx: z.RefinementCtx,
  list: readonly T[],
  key: (item: T) => string,
  at: readonly (string | number)[],
  field: string,
  describe: (id: string, first: number) => ReturnType<typeof expecting>,
): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const id = key(item);
    const first = seen.get(id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [...at, i, field], ...describe(id, first) });
    else seen.set(id, i);
  });
}
