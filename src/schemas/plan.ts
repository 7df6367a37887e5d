/**
 * The front matter of `content/plans/<plan-id>/plan.md`: who issued the plan, for which region and
 * period. The body below it is the official text as Markdown.
 */
import { z } from 'zod';
import { IsoDateOrMonthSchema, PlanIdSchema, YearSchema } from './common.ts';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';
import { regionMessages as R } from '../lib/messages/regions.ts';

/** Administrative level of the region a plan covers. */
export const RegionLevelSchema = z.enum(['province', 'prefecture', 'county-level-city', 'county', 'district']);

/**
 * A 6-digit administrative division code (GB/T 2260), e.g. "640381". Written in quotes; a clerk's unquoted
 * `code: 640381` (a YAML number) means the same code and is read as one.
 */
export const RegionCodeSchema = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(z.string().refine((s) => /^[1-9]\d{5}$/.test(s), expecting(R.codeFormat, undefined)));

/** A name (and code) a region was known by before it changed (撤县设区, a merger), so that it stays findable by it. */
export const FormerRegionSchema = z.strictObject({
  /** The earlier printed name, e.g. 平罗县 before it became a district. */
  name: z.string().refine((s) => s.trim().length >= 1, expecting(E.regionName, { example: '平罗县' })),
  /** The earlier code, when it had another one (absent when the code stayed). */
  code: RegionCodeSchema.optional(),
  /** The last year the earlier name was in use (absent when not known). */
  until: YearSchema.optional(),
});

export const RegionSchema = z.strictObject({
  /** Printed name of the region, e.g. 青铜峡市. */
  name: z.string().refine((s) => s.length >= 1, expecting(E.regionName, { example: '青铜峡市' })),
  /** prefecture (地级市), county-level-city (县级市), county (县), district (市辖区). */
  level: RegionLevelSchema,
  /** The region it belongs to (e.g. 吴忠市), or null for a prefecture. */
  parent: z.string().min(1).nullable(),
  /** Province-level region, e.g. 宁夏回族自治区. */
  province: z.string().min(1),
  /**
   * Its administrative division code (GB/T 2260), which tells apart regions printed under one name (新城区 of
   * 西安市 is 610102, of 呼和浩特市 150102); name, level, parent and province must agree with it. Optional: a
   * region without one gets a warning that suggests it.
   */
  code: RegionCodeSchema.optional(),
  /** Names (and codes) it had before (撤县设区, mergers); it stays findable under them. Absent when none. */
  former: z.array(FormerRegionSchema).optional(),
});

/** What a column of a printed table holds (the importer reads it from the header; staff correct it in the profile). */
export const ColumnRoleSchema = z.enum([
  'no', 'group', 'name', 'unit', 'baseline', 'milestone', 'target', 'attribute', 'task', 'measure', 'units', 'lead', 'support',
  'deadline', 'project', 'content', 'budget', 'area', 'period', 'note', 'other',
]);
/** What a printed table is: an indicator table, a task list (each row a measure), a project table, or other. */
export const TableKindSchema = z.enum(['indicators', 'tasks', 'projects', 'other']);

/**
 * A table whose header the importer could not read right and staff described in the structure profile: its
 * kind and the role of each column, so that the site reads it the same way (a task list's rows are measures).
 */
export const TableReadingSchema = z.strictObject({
  /** The table's clause id (s3-t1, ch3-sec2-1-t1). */
  clause: z.string().min(1),
  kind: TableKindSchema,
  roles: z.array(ColumnRoleSchema).min(1),
});

export const PlanSchema = z
  .strictObject({
    /** The plan id; must equal the folder name. */
    id: PlanIdSchema,
    /** The full official title, as printed (or as published where the text lost it). */
    title: z.string().refine((s) => s.length >= 1, expecting(E.fullTitle, undefined)),
    region: RegionSchema,
    /** The issuing body or bodies as printed, or null when the text does not say. */
    issuer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).nullable(),
    /** Date of issue, YYYY-MM-DD or YYYY-MM when only the month is printed; null when not stated. */
    issued: IsoDateOrMonthSchema.nullable(),
    /** First and last year the plan covers. */
    period: z.strictObject({ start: YearSchema, end: YearSchema }),
    /** A five-year plan (规划) or an action plan (实施方案 / 行动). */
    kind: z.enum(['five-year-plan', 'action-plan']),
    /** Where the text came from: the publication and the file the importer read. */
    source: z.string().refine((s) => s.length >= 1, expecting(E.textSource, undefined)),
    /**
     * The id of the plan this one follows for the same region (a 十五五 plan names its 十四五 predecessor).
     * Absent when it follows none that the site publishes.
     */
    succeeds: PlanIdSchema.optional(),
    /** Notes about the text itself (e.g. a title line missing from the converted file). */
    notes: z.array(z.string()).default([]),
    /** Tables read as staff described them in the structure profile (written by the importer; absent when none). */
    tables: z.array(TableReadingSchema).optional(),
    /**
     * SHA-256 (hex) of the verbatim source text `content/sources/<id>.txt`, recorded in the source metadata
     * so that a changed official text is caught by the importer and the tests. Absent in plan.md.
     */
    sourceSha256: z
      .string()
      .refine((s) => /^[0-9a-f]{64}$/.test(s), expecting(E.sha256, undefined))
      .optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.end < plan.period.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'end'],
        ...expecting(E.endAfterStart, { start: plan.period.start, found: plan.period.end }),
      });
    }
  });
export type Plan = z.output<typeof PlanSchema>;
export type TableReading = z.output<typeof TableReadingSchema>;
export type Region = z.output<typeof RegionSchema>;
export type FormerRegion = z.output<typeof FormerRegionSchema>;
