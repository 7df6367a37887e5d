/**
 * The plan dashboard: binding indicators first (the commitments a government is held to), then the
 * failing ones, then printed order; each with its latest value and the year it is for; and a summary
 * line counting indicators by status.
 */
import type { PlanBundle } from '../model/plan.ts';
import { measureViews, type IndicatorView } from '../progress/views.ts';
import { FAILING, STATUS_ORDER } from '../progress/status.ts';
import { statusWord } from '../../i18n/index.ts';
import { formatValue } from '../model/format.ts';

export function dashboardOrder(views: readonly IndicatorView[]): IndicatorView[] {
  const rank = (v: IndicatorView) => STATUS_ORDER.indexOf(v.status.status);
  const binding = (v: IndicatorView) => Number(v.indicator.attribute === 'binding');
  const failing = (v: IndicatorView) => Number(FAILING.includes(v.status.status));
  return [...views].sort((a, b) => binding(b) - binding(a) || failing(b) - failing(a) || rank(a) - rank(b) || a.indicator.no - b.indicator.no);
}

/** `2023年：93.1%`, or the status recorded for a text target, or null when nothing was reported. */
export function latestText(v: IndicatorView): string | null {
  const latest = v.status.latest;
  if (latest) return `${latest.year}年：${formatValue(latest.value, v.indicator.unit)}`;
  const recorded = [...v.actuals].reverse().find((a) => a.recordedStatus);
  return recorded ? `${recorded.year}年：${statusWord(recorded.recordedStatus!, recorded.year >= v.indicator.target.year)}` : null;
}

/** `主要指标 11 项（约束性 4 项）：基本符合预期 6 项、略有滞后 2 项、…` */
export function dashboardSummary(views: readonly IndicatorView[]): string {
  const counts = new Map<string, number>();
  for (const v of views) counts.set(statusWord(v.status.status, v.status.final), (counts.get(statusWord(v.status.status, v.status.final)) ?? 0) + 1);
  const rank = new Map(views.map((v) => [statusWord(v.status.status, v.status.final), STATUS_ORDER.indexOf(v.status.status)]));
  const binding = views.filter((v) => v.indicator.attribute === 'binding').length;
  const parts = [...counts.entries()].sort(([a], [b]) => rank.get(a)! - rank.get(b)!).map(([word, n]) => `${word} ${n} 项`);
  return `主要指标 ${views.length} 项${binding ? `（约束性 ${binding} 项）` : ''}：${parts.join('、')}。`;
}

/** Measures counted by latest status (`clauseStatus.*` keys), and whether any status counted is illustrative. */
export interface MeasureCounts {
  counts: Array<[string, number]>;
  /** A status counted rests on an illustrative report: the line carries the one 示例 marker. */
  illustrative: boolean;
}

/**
 * For a plan without an indicator table, its answer: its measures by latest status, as i18n keys with
 * counts (`clauseStatus.behind` 7); `clauseStatus.none` counts those with no report yet.
 */
export function measureStatusCounts(plan: PlanBundle, names: Parameters<typeof measureViews>[1], all: readonly PlanBundle[]): MeasureCounts {
  const counts = new Map<string, number>();
  let illustrative = false;
  for (const m of measureViews(plan, names, all)) {
    const key = `clauseStatus.${m.latest?.status ?? 'none'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (m.latest?.provenance === 'illustrative') illustrative = true;
  }
  return { counts: [...counts.entries()], illustrative };
}
