/**
 * `content/plans/<plan-id>/indicators.json`: the plan's indicator table (主要指标), one entry per row,
 * every printed cell kept verbatim beside the number it states.
 */
import { z } from 'zod';
import { LocalIdSchema, PlanIdSchema, PrintedValueSchema, refineUnique } from './common.ts';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';

/** Gross enrolment rates (毛入园率 / 毛入学率) count pupils of any age, so they may exceed 100%. */
export function mayExceedHundred(name: string): boolean {
  return /毛入[园学]率/.test(name);
}

export const IndicatorSchema = z
  .strictObject({
    /** Stable id within the plan, e.g. `preschool-gross-enrolment`. */
    id: LocalIdSchema,
    /** Row number as printed (1, 2, …). */
    no: z.number().int().positive(),
    /** Name as printed, without its row number. */
    name: z.string().min(1),
    /** Unit from the name or cells: `%`, `年`, `万人`; null when none is printed. */
    unit: z.string().min(1).nullable(),
    /** The table's group or 学段 column (学前教育, 义务教育 …); null when the table has none. */
    group: z.string().nullable(),
    /** Value in the baseline year (usually 2020). */
    baseline: PrintedValueSchema,
    /** Value to reach by the target year (usually 2025). */
    target: PrintedValueSchema,
    /** 约束性 → binding (a commitment), 预期性 → expected (a goal); null when the table has no such column. */
    attribute: z.enum(['binding', 'expected']).nullable(),
    /** Which way progress runs: increase, decrease, or maintain (e.g. 100 → 100). */
    direction: z.enum(['increase', 'decrease', 'maintain']),
    /** The table's footnote for this indicator (marker ① in the name), verbatim; absent when none. */
    note: z.string().min(1).optional(),
    /** `prose`: a target printed only in running text (到2030年…达到95%以上), confirmed by staff in the structure profile. */
    origin: z.literal('prose').optional(),
    /** Concept in the cross-plan catalogue this indicator measures, if any. */
    concept: LocalIdSchema.optional(),
    /** Where the row stands in the official text. */
    source: z.strictObject({
      /** Clause id of the table in plan.md. */
      clause: LocalIdSchema,
      /** The row as printed, cells joined by tabs. */
      raw: z.string().min(1),
      /** The row's cells, each verbatim (a cell spanning rows is repeated on each row). */
      cells: z.array(z.string()).optional(),
    }),
  })
  .superRefine((ind, ctx) => {
    if (ind.target.year <= ind.baseline.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'year'],
        ...expecting(E.targetAfterBaseline, { baseline: ind.baseline.year, found: ind.target.year }),
      });
    }
    if (ind.unit === '%' && !mayExceedHundred(ind.name)) {
      for (const key of ['baseline', 'target'] as const) {
        const v = ind[key].value;
        if (v !== null && v > 100) {
          ctx.addIssue({
            code: 'custom',
            path: [key, 'value'],
            ...expecting(E.percentAtMost100, { found: v }),
          });
        }
      }
    }
  });
export type Indicator = z.output<typeof IndicatorSchema>;

export const IndicatorsFileSchema = z
  .strictObject({
    /** The plan these indicators belong to; must equal the folder name. */
    plan: PlanIdSchema,
    indicators: z.array(IndicatorSchema),
  })
  .superRefine((file, ctx) =>
    refineUnique(ctx, file.indicators, (x) => x.id, ['indicators'], 'id', (id, first) => expecting(E.uniqueId, { id, at: `indicators[${first}]` })),
  );
export type IndicatorsFile = z.output<typeof IndicatorsFileSchema>;
