/**
 * `content/reference/<area>.json`: published reference figures (national or provincial) for concepts in
 * the catalogue, each with its publisher and document. They give context beside a region's numbers and
 * are never shown as a region's own value. Where two sources disagree, both are kept, each with its source.
 */
import { z } from 'zod';
import { LocalIdSchema, NonNegativeNumberSchema, YearSchema } from './common.ts';

export const ReferencePointSchema = z.strictObject({
  year: YearSchema,
  value: NonNegativeNumberSchema,
  /** The figure as published (`92.00`, `11.3（16–59岁人口）`). */
  text: z.string().min(1),
  source: z.strictObject({
    /** Document title, e.g. 2023年全国教育事业发展统计公报. */
    title: z.string().min(1),
    /** Publisher, e.g. 教育部. */
    publisher: z.string().min(1),
    url: z.string().regex(/^https?:\/\/\S+$/).optional(),
    /** How it was reported (e.g. 新华社 report of a figure from 宁夏回族自治区教育厅). */
    note: z.string().optional(),
  }),
});

export const ReferenceSeriesSchema = z.strictObject({
  /** Concept id from content/concepts.json. */
  concept: LocalIdSchema,
  /** The published indicator name. */
  name: z.string().min(1),
  unit: z.string().min(1),
  points: z.array(ReferencePointSchema).min(1),
  /** A published target for the same measure, as text (e.g. 2025年 > 90%). */
  target: z.string().optional(),
});

export const ReferenceFileSchema = z.strictObject({
  /** The area the figures describe: 全国, 宁夏回族自治区 … */
  area: z.string().min(1),
  /** Short label drawn beside the line on charts: 全国, 宁夏. */
  label: z.string().min(1),
  /**
   * What the area is: `national` (the country's figures, drawn as the reference line on an indicator's
   * chart) or `provincial` (a province's or autonomous region's). Pages find the lines by this, not by name.
   */
  kind: z.enum(['national', 'provincial']),
  /** Always `official`: reference figures are published statistics. */
  provenance: z.literal('official'),
  series: z.array(ReferenceSeriesSchema),
});
export type ReferenceFile = z.output<typeof ReferenceFileSchema>;
