/**
 * What the pages show, computed from the plan model, one concern per module; this index keeps one import
 * path for the pages:
 *   indicator-views.ts  indicators with yearly actuals and their status or final verdict
 *   task-views.ts       measures, projects and departments with responsible units and latest reports
 *   plan-views.ts       whole plans: last update, illustrative data, chapters, regions
 * Pure functions; no Astro.
 */
export * from './indicator-views.ts';
export * from './task-views.ts';
export * from './plan-views.ts';
export { cityOfRegion, nameIsShared, regionLabel, regionSlug } from './slugs.ts';
