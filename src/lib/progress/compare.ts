/**
 * The same measure across regions: for each concept of the catalogue, every plan's indicator that
 * measures it (baseline, yearly values, target, status) and the published reference series (全国, 宁夏)
 * for context. Reference figures are never a region's own value.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import type { PlanBundle } from '../model/plan.ts';
import { indicatorViews, type IndicatorView } from './views.ts';
import { STATUS_ORDER, type IndicatorStatus } from './status.ts';

export interface ReferenceLine {
  area: string;
  label: string;
  /** `national` (the country's line, drawn on an indicator's chart) or `provincial`. */
  kind: ReferenceFile['kind'];
  name: string;
  points: ReferenceFile['series'][number]['points'];
  target?: string | undefined;
}

export interface CompareView {
  concept: Concept;
  /** One per plan that tracks the concept, ordered by region name. */
  series: IndicatorView[];
  references: ReferenceLine[];
  illustrative: boolean;
}

export function referenceLines(concept: string, references: readonly ReferenceFile[]): ReferenceLine[] {
  return references.flatMap((r) =>
    r.series.filter((s) => s.concept === concept).map((s) => ({ area: r.area, label: r.label, kind: r.kind, name: s.name, points: s.points, target: s.target })),
  );
}

/** The national reference line among `lines`, if there is one. */
export const nationalLine = (lines: readonly ReferenceLine[]): ReferenceLine | undefined => lines.find((r) => r.kind === 'national');

export function compareViews(plans: readonly PlanBundle[], concepts: readonly Concept[], references: readonly ReferenceFile[]): CompareView[] {
  const views = plans.flatMap((p) => indicatorViews(p, plans));
  return concepts
    .map((concept) => {
      const series = views
        .filter((v) => v.indicator.concept === concept.id)
        .sort((a, b) => a.plan.plan.region.name.localeCompare(b.plan.plan.region.name, 'zh-CN') || a.plan.id.localeCompare(b.plan.id));
      return { concept, series, references: referenceLines(concept.id, references), illustrative: series.some((s) => s.illustrative) };
    })
    .filter((c) => c.series.length > 0);
}

/** Five numbers that describe how values spread across regions. */
export interface Distribution {
  /** How many regions have a value. */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quartiles by linear interpolation between the sorted values (the usual spreadsheet QUARTILE), to two decimals. */
export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return Math.round((v[lo]! + (v[hi]! - v[lo]!) * (i - lo)) * 100) / 100;
  };
  return { n: v.length, min: v[0]!, q1: q(0.25), median: q(0.5), q3: q(0.75), max: v.at(-1)! };
}

export interface CompareSummary {
  /** Plans by status (a final verdict apart from a mid-period reading), most serious first. */
  statuses: Array<{ status: IndicatorStatus; final: boolean; count: number }>;
  baseline: Distribution | null;
  /** Each region's latest reported value, whatever its year. */
  latest: Distribution | null;
  target: Distribution | null;
}

/** What a comparison across many regions says at a glance: statuses counted, and the spread of values. */
export function compareSummary(view: CompareView): CompareSummary {
  const counts = new Map<string, { status: IndicatorStatus; final: boolean; count: number }>();
  for (const s of view.series) {
    const key = `${s.status.final}:${s.status.status}`;
    const c = counts.get(key) ?? { status: s.status.status, final: s.status.final, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  const nums = (xs: Array<number | null | undefined>) => xs.filter((x): x is number => typeof x === 'number');
  return {
    statuses: [...counts.values()].sort((a, b) => Number(b.final) - Number(a.final) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)),
    baseline: distribution(nums(view.series.map((s) => s.indicator.baseline.value))),
    latest: distribution(nums(view.series.map(latestValue))),
    target: distribution(nums(view.series.map((s) => s.indicator.target.value))),
  };
}

/** A series' latest reported numeric value, or null. */
export function latestValue(s: IndicatorView): number | null {
  return [...s.actuals].filter((a) => a.value !== null).sort((a, b) => a.year - b.year).at(-1)?.value ?? null;
}
