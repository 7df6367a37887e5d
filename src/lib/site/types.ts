/** The types pages and components receive, seen from the site layer (pages import only lib/site). */
export type { PlanBundle } from '../model/plan.ts';
export type { CompareView, Distribution, ReferenceLine } from '../progress/compare.ts';
export type { IndicatorStatus } from '../progress/status.ts';
export type { BaselineCheck, Counterpart } from '../progress/succession.ts';
export type { DepartmentView, IndicatorView, RegionView } from '../progress/views.ts';
export type { Citation } from '../publish/citation.ts';
export type { RenderedClause } from '../publish/render-text.ts';
export type { UpdateView } from '../publish/updates.ts';
export type { Concept } from '../../schemas/concepts.ts';
