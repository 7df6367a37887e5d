/**
 * Plan succession: a 十五五 plan says `succeeds: <plan-id>` of its 十四五 predecessor. A region's plans read
 * as a timeline; an indicator whose concept appears in both plans links to its counterpart; and where the
 * successor's printed baseline differs from the predecessor's last reported value for that year, both are
 * shown side by side (a reader should see that the new plan starts from another figure than the old one ended on).
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { Provenance } from '../../schemas/common.ts';
import type { PlanBundle } from '../model/plan.ts';

/** The plan `plan` succeeds, when the site publishes it. */
export function predecessorOf(plan: PlanBundle, all: readonly PlanBundle[]): PlanBundle | null {
  const id = plan.plan.succeeds;
  return id === undefined ? null : (all.find((p) => p.id === id) ?? null);
}

/** The plans that succeed `plan` (the validator allows one per region). */
export function successorsOf(plan: PlanBundle, all: readonly PlanBundle[]): PlanBundle[] {
  return all.filter((p) => p.plan.succeeds === plan.id);
}

export interface Counterpart {
  /** `predecessor`: the same concept in the plan this one succeeds; `successor`: in the plan that succeeds it. */
  relation: 'predecessor' | 'successor';
  plan: PlanBundle;
  indicator: Indicator;
}

/** The same indicator concept in the predecessor and successor plans. */
export function counterparts(plan: PlanBundle, indicator: Indicator, all: readonly PlanBundle[]): Counterpart[] {
  if (!indicator.concept) return [];
  const same = (p: PlanBundle) => p.indicators.find((i) => i.concept === indicator.concept);
  const out: Counterpart[] = [];
  const before = predecessorOf(plan, all);
  const prev = before && same(before);
  if (before && prev) out.push({ relation: 'predecessor', plan: before, indicator: prev });
  for (const after of successorsOf(plan, all)) {
    const next = same(after);
    if (next) out.push({ relation: 'successor', plan: after, indicator: next });
  }
  return out;
}

export interface BaselineCheck {
  /** The successor's baseline as printed. */
  baseline: Indicator['baseline'];
  /** The predecessor's reported value for the baseline year (or its last reported one before it), if any. */
  reported: { year: number; value: number; provenance: Provenance } | null;
  /** True when both are numbers and they differ. */
  differs: boolean;
}

/**
 * For an indicator of a plan that succeeds another: its printed baseline beside the value the predecessor
 * last reported for that year. Null when the plan succeeds none or the concept is not in the predecessor.
 */
export function baselineCheck(plan: PlanBundle, indicator: Indicator, all: readonly PlanBundle[]): BaselineCheck | null {
  const prev = counterparts(plan, indicator, all).find((c) => c.relation === 'predecessor');
  if (!prev) return null;
  const reported = prev.plan.progress
    .filter((f) => f.year <= indicator.baseline.year)
    .flatMap((f) => f.indicators.filter((e) => e.indicator === prev.indicator.id && e.value !== null).map((e) => ({ year: f.year, value: e.value!, provenance: e.provenance ?? f.provenance })))
    .at(-1) ?? null;
  const b = indicator.baseline.value;
  return { baseline: indicator.baseline, reported, differs: reported !== null && b !== null && reported.value !== b };
}
