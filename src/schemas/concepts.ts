/**
 * `content/concepts.json`: the indicator catalogue. A concept is one measure that several plans track
 * under their own names (学前教育毛入园率 / 学前三年毛入园率); a plan's indicator names its concept in
 * indicators.json (`concept`). Only what is truly the same measure is mapped.
 */
import { z } from 'zod';
import { LocalIdSchema } from './common.ts';

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
});
export type Concept = z.output<typeof ConceptSchema>;

export const ConceptsFileSchema = z
  .strictObject({ concepts: z.array(ConceptSchema) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.concepts.forEach((c, i) => {
      const first = seen.get(c.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `a unique id (\`${c.id}\` is already used by concepts[${first}])` });
      else seen.set(c.id, i);
    });
  });
export type ConceptsFile = z.output<typeof ConceptsFileSchema>;
