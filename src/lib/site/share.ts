/**
 * What a plan's share card says (the drawing is in lib/publish/images.ts). An indicator page shares its
 * plan's card: one PNG per plan, not one per indicator, keeps the build's images few at national scale.
 */
import type { ShareCard } from '../publish/images.ts';
import { hasIllustrative, indicatorViews } from '../progress/views.ts';
import type { PlanBundle } from '../model/plan.ts';
import { statusWord, t } from '../../i18n/index.ts';


export function planCard(plan: PlanBundle): ShareCard {
  const views = indicatorViews(plan);
  const counts = new Map<string, number>();
  for (const v of views) counts.set(statusWord(v.status.status, v.status.final), (counts.get(statusWord(v.status.status, v.status.final)) ?? 0) + 1);
  const meta = plan.plan;
  return {
    title: meta.title,
    subtitle: `${meta.region.name} · ${meta.period.start}—${meta.period.end}年`,
    lines: views.length
      ? [`主要指标 ${views.length} 项`, [...counts.entries()].map(([word, n]) => `${word} ${n}`).join(' · ')]
      : [`措施 ${plan.clauses.filter((c) => c.units.length).length} 项写明责任单位`],
    illustrative: hasIllustrative(plan),
    site: t('site.name'),
  };
}
