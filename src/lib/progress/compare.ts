/**
 * The same measure across regions: for each concept of the catalogue, every plan's indicator that
 * measures it (baseline, yearly values, target, status) and the published reference series (全国, 宁夏)
 * for context. Reference figures are never a region's own value.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import type { PlanBundle } from '../model/plan.ts';
import { indicatorViews, type IndicatorView } from './views.ts';

export interface ReferenceLine {
  area: string;
  label: string;
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
    r.series.filter((s) => s.concept === concept).map((s) => ({ area: r.area, label: r.label, name: s.name, points: s.points, target: s.target })),
  );
}

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
