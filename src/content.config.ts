/**
 * Astro content collections over `content/` at the repository root, parsed by the same schemas the
 * validator uses. Cross-file rules are checked by `npm run validate`, which the build runs first.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { PlanSchema } from './schemas/plan.ts';
import { IndicatorsFileSchema } from './schemas/indicators.ts';
import { ProjectsFileSchema } from './schemas/projects.ts';
import { ProgressFileSchema } from './schemas/progress.ts';
import { ConceptsFileSchema } from './schemas/concepts.ts';
import { ReferenceFileSchema } from './schemas/reference.ts';

const CONTENT = process.env.CONTENT_ROOT ? `${process.env.CONTENT_ROOT}/content` : './content';

/** A YAML parser may read `2022-10-25` as a date; the contract stores it as text. */
const datesAsText = (v: unknown): unknown => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(datesAsText);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, datesAsText(x)]));
  return v;
};

const byFolder = ({ entry }: { entry: string }) => entry.split('/')[0]!;

export const collections = {
  plans: defineCollection({
    // The pages render plan.md with their own clause renderer; Astro's renderer is not needed.
    loader: glob({ pattern: '*/plan.md', base: `${CONTENT}/plans`, generateId: byFolder, deferRender: true }),
    schema: z.preprocess(datesAsText, PlanSchema),
  }),
  indicators: defineCollection({
    loader: glob({ pattern: '*/indicators.json', base: `${CONTENT}/plans`, generateId: byFolder }),
    schema: IndicatorsFileSchema,
  }),
  projects: defineCollection({
    loader: glob({ pattern: '*/projects.json', base: `${CONTENT}/plans`, generateId: byFolder }),
    schema: ProjectsFileSchema,
  }),
  catalogue: defineCollection({
    loader: glob({ pattern: 'concepts.json', base: CONTENT }),
    schema: ConceptsFileSchema,
  }),
  reference: defineCollection({
    loader: glob({ pattern: '*.json', base: `${CONTENT}/reference` }),
    schema: ReferenceFileSchema,
  }),
  progress: defineCollection({
    loader: glob({ pattern: '*/*.json', base: `${CONTENT}/progress`, generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
    schema: ProgressFileSchema,
  }),
};
