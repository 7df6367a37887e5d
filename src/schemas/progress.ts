/**
 * `content/progress/<plan-id>/<year>.json`: what happened in one year of a plan: indicator values,
 * the status of measures (clauses) and of major projects, each with where it was published.
 */
import { z } from 'zod';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';
import {
  IsoDateSchema,
  LocalIdSchema,
  NonNegativeNumberSchema,
  PlanIdSchema,
  ProvenanceSchema,
  SourceSchema,
  YearSchema,
  refineUnique,
} from './common.ts';

/** Status of a measure (clause): 未启动, 推进中, 滞后, 已完成, 常态化推进. */
export const ClauseStatusSchema = z.enum(['not-started', 'in-progress', 'behind', 'completed', 'ongoing']);
export type ClauseStatus = z.output<typeof ClauseStatusSchema>;

/** Status of a major project: 未开工, 前期准备, 在建, 已完工, 已投用. */
export const ProjectStatusSchema = z.enum(['not-started', 'preparing', 'under-construction', 'completed', 'in-use']);
export type ProjectStatus = z.output<typeof ProjectStatusSchema>;

/**
 * A status recorded by the bureau for an indicator (needed for text targets, which are never guessed).
 * `achieved` / `missed` in a report for the target year or later is the final judgement of a text target.
 */
export const RecordedIndicatorStatusSchema = z.enum(['achieved', 'missed', 'on-track', 'at-risk', 'off-track']);
export type RecordedIndicatorStatus = z.output<typeof RecordedIndicatorStatusSchema>;

/** An earlier figure that a later publication corrected. */
export const RevisionSchema = z.strictObject({
  /** The value as first published. */
  value: NonNegativeNumberSchema.nullable(),
  /** When that value was published, YYYY-MM-DD. */
  published: IsoDateSchema,
  /** Why it changed. */
  note: z.string().optional(),
  source: SourceSchema.optional(),
});

export const IndicatorProgressSchema = z.strictObject({
  /** Indicator id from the plan's indicators.json. */
  indicator: LocalIdSchema,
  /** The year's actual value in the indicator's unit; null when not yet known. */
  value: NonNegativeNumberSchema.nullable(),
  /** The value as printed by the source, when it is text (e.g. 已通过自治区评估认定). */
  text: z.string().optional(),
  /** A status recorded by the bureau (required to judge a text target). */
  status: RecordedIndicatorStatusSchema.optional(),
  /** Overrides the file's provenance for this entry (a mixed file must set it on every entry). */
  provenance: ProvenanceSchema.optional(),
  source: SourceSchema.optional(),
  /** Earlier published values of this figure, oldest first. */
  revisions: z.array(RevisionSchema).optional(),
  note: z.string().optional(),
});

export const ClauseProgressSchema = z.strictObject({
  /** Clause id from plan.md (see README: clause ids). */
  clause: LocalIdSchema,
  status: ClauseStatusSchema.nullable(),
  /** What was done, in a sentence or two. */
  summary: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
  source: SourceSchema.optional(),
});

export const ProjectProgressSchema = z.strictObject({
  /** Project id from the plan's projects.json. */
  project: LocalIdSchema,
  status: ProjectStatusSchema.nullable(),
  summary: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
  source: SourceSchema.optional(),
});

type Entry = { provenance?: 'official' | 'illustrative' | undefined; source?: unknown };

export const ProgressFileSchema = z
  .strictObject({
    /** The plan this file reports on; must equal the folder name. */
    plan: PlanIdSchema,
    /** The year reported on; must equal the file name and lie inside the plan's period. */
    year: YearSchema,
    /** The date the figures describe, YYYY-MM-DD (usually the year's last day). */
    asOf: IsoDateSchema,
    /** The date this file was published, YYYY-MM-DD. */
    published: IsoDateSchema,
    /** `official` (every figure cites a source) or `illustrative` (made up to show how the site works). */
    provenance: ProvenanceSchema,
    indicators: z.array(IndicatorProgressSchema).default([]),
    clauses: z.array(ClauseProgressSchema).default([]),
    projects: z.array(ProjectProgressSchema).default([]),
    /** Why the report lists no entry at all (required then: an empty report must say why). */
    note: z.string().optional(),
  })
  .superRefine((file, ctx) => {
    const lists = [
      ['indicators', file.indicators, 'indicator'],
      ['clauses', file.clauses, 'clause'],
      ['projects', file.projects, 'project'],
    ] as const;
    const all = lists.flatMap(([, list]) => list as ReadonlyArray<Entry>);
    // A file may mix official and illustrative entries only if every entry says which it is.
    const mixed = all.some((e) => e.provenance !== undefined && e.provenance !== file.provenance);
    for (const [key, list, idKey] of lists) {
      const entries = list as ReadonlyArray<Entry & Record<string, unknown>>;
      refineUnique(ctx, entries, (e) => String(e[idKey]), [key], idKey, (id, first) => expecting(E.listedOnce, { what: idKey, id, at: `${key}[${first}]` }));
      entries.forEach((entry, i) => {
        if (mixed && entry.provenance === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'provenance'],
            ...expecting(E.provenanceEachEntry, undefined),
          });
        }
        const provenance = entry.provenance ?? file.provenance;
        // Only a stated figure or status needs a source; an entry left blank states nothing.
        // A recorded judgement (a text target's 已达成) states as much as a figure does, and needs its source as well.
        const hasFigure =
          key === 'indicators'
            ? (entry as { value?: unknown }).value !== null || (entry as { text?: unknown }).text !== undefined || (entry as { status?: unknown }).status !== undefined
            : (entry as { status?: unknown }).status !== null;
        if (provenance === 'official' && hasFigure && entry.source === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'source'],
            ...expecting(E.officialSource, undefined),
          });
        } else if (provenance === 'official' && hasFigure && !(entry.source as { quote?: string }).quote?.trim()) {
          // A reader checks an official figure or status against the sentence that states it.
          ctx.addIssue({
            code: 'custom',
            path: [key, i, 'source', 'quote'],
            ...expecting(E.officialQuote, { figure: key === 'indicators' }),
          });
        }
      });
    }
    if (lists.every(([, list]) => list.length === 0) && !file.note?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        ...expecting(E.emptyReport, undefined),
      });
    }
    const m = /^(\d{4})-/.exec(file.asOf);
    if (m && Number(m[1]) !== file.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        ...expecting(E.dateInYear, { year: file.year, found: file.asOf }),
      });
    }
  });
export type ProgressFile = z.output<typeof ProgressFileSchema>;
