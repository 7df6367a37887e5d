/**
 * `content/plans/<plan-id>/projects.json`: the plan's major projects (重大项目), each with the schools or
 * facilities it names and every area and budget figure it prints, as numbers and verbatim text.
 */
import { z } from 'zod';
import { LocalIdSchema, NonNegativeNumberSchema, PlanIdSchema, refineUnique } from './common.ts';
import { expecting, schemaMessages as E } from '../lib/messages/schema.ts';

/** One printed figure: `总建筑面积25046平方米` → label 总建筑面积, value 25046, unit 平方米. */
export const QuantitySchema = z.strictObject({
  /** The words printed before the figure (总建筑面积, 概算总投资 …). */
  label: z.string(),
  /** The number, in `unit`. */
  value: NonNegativeNumberSchema,
  /** 平方米 for areas, 万元 for budgets, as printed. */
  unit: z.string().min(1),
  /** The figure verbatim, label and unit included. */
  text: z.string().min(1),
});
export type Quantity = z.output<typeof QuantitySchema>;

export const ProjectSchema = z.strictObject({
  /** Stable id within the plan, derived from the clause it comes from (e.g. `box7-2`). */
  id: LocalIdSchema,
  /** Number as printed (`（2）`), or null. */
  no: z.string().nullable(),
  /** Short name: the first phrase of the item as printed. */
  name: z.string().min(1),
  /** Category heading as printed (幼儿园建设, 义务教育学校建设 …), or null. */
  category: z.string().nullable(),
  /** The schools, kindergartens or facilities the item names, as printed. */
  facilities: z.array(z.string().min(1)),
  /** Floor areas (建筑面积) in 平方米. */
  floorArea: z.array(QuantitySchema),
  /** Land areas (占地面积) in 平方米. */
  landArea: z.array(QuantitySchema).default([]),
  /** Other areas printed in 平方米 (改造面积, 运动场地 …). */
  area: z.array(QuantitySchema).default([]),
  /** Budgets (投资) in 万元. */
  budget: z.array(QuantitySchema),
  /** The whole item verbatim. */
  text: z.string().min(1),
  /** Clause id in plan.md the project is printed in. */
  clause: LocalIdSchema,
});
export type Project = z.output<typeof ProjectSchema>;

export const ProjectsFileSchema = z
  .strictObject({
    /** The plan these projects belong to; must equal the folder name. */
    plan: PlanIdSchema,
    projects: z.array(ProjectSchema),
  })
  .superRefine((file, ctx) =>
    refineUnique(ctx, file.projects, (x) => x.id, ['projects'], 'id', (id, first) => expecting(E.uniqueId, { id, at: `projects[${first}]` })),
  );
export type ProjectsFile = z.output<typeof ProjectsFileSchema>;
