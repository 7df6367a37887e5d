/**
 * `content/concepts.json`: the indicator catalogue. A concept is one measure that several plans track
 * under their own names (学前教育毛入园率 / 学前三年毛入园率); a plan's indicator names its concept in
 * indicators.json (`concept`). Only what is truly the same measure is mapped.
 */
import { z } from 'zod';
import { LocalIdSchema, refineUnique } from './common.ts';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';

export const ConceptSchema = z.strictObject({
  /** Stable id, e.g. `preschool-gross-enrolment`; the URL is /compare/<id>/. */
  id: LocalIdSchema,
  /** Canonical Chinese name. */
  name: z.string().min(1),
  /** Unit shared by every indicator mapped to it (`%`, `年`). */
  unit: z.string().min(1),
  /** Which way progress runs. */
  direction: z.enum(['increase', 'decrease', 'maintain']),
  /** What it measures, in plain words; and what it is not (indicators kept apart). */
  definition: z.string().min(1),
  /**
   * Other names readers type for it, common slips included (学前三年毛入学率 for 毛入园率), so that search
   * finds the indicator by them. Search only: never shown as the indicator's name. Default: none.
   */
  aliases: z.array(z.string().min(1)).optional(),
});
export type Concept = z.output<typeof ConceptSchema>;

export const ConceptsFileSchema = z
  .strictObject({ concepts: z.array(ConceptSchema) })
  .superRefine((file, ctx) =>
    refineUnique(ctx, file.concepts, (x) => x.id, ['concepts'], 'id', (id, first) => expecting(E.uniqueId, { id, at: `concepts[${first}]` })),
  );
export type ConceptsFile = z.output<typeof ConceptsFileSchema>;
