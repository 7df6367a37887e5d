/**
 * The status method (DESIGN.md, shown on /about/): where an indicator stands against the straight path
 * from its baseline to its target. Implemented once, here; pages, downloads and search read its result.
 *
 * For a numeric target: baseline b in year y0, target t in year y1, latest actual a in year y. The
 * straight path expects e = b + (t − b)·(y − y0)/(y1 − y0). `achieved` once a has reached t in the
 * target's direction; otherwise the share of the expected change already made, (a − b)/(e − b), sorts it:
 * at least ON_TRACK → `on-track`, at least AT_RISK → `at-risk`, below → `off-track`. A year after the
 * target year without the target reached is `off-track`. Maintain targets (100 → 100) are `maintained`
 * or `slipped`. Text targets are judged only by a status a progress file records, never guessed.
 */
import type { Indicator } from '../../schemas/indicators.ts';

export const ON_TRACK = 0.9;
export const AT_RISK = 0.5;

export type IndicatorStatus =
  | 'achieved'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'maintained'
  | 'slipped'
  | 'no-data'
  | 'not-assessable';

export interface Actual {
  year: number;
  value: number | null;
  /** A status the bureau recorded for this year (needed for text targets). */
  status?: 'achieved' | 'on-track' | 'at-risk' | 'off-track' | undefined;
}

export interface StatusResult {
  status: IndicatorStatus;
  /** How it was judged: `computed` from numbers, or `recorded` in a progress file. */
  basis: 'computed' | 'recorded' | 'none';
  /** The latest actual value used, if any. */
  latest: { year: number; value: number } | null;
  /** The value the straight path expects in the latest year (numeric targets with a baseline). */
  expected: number | null;
  /** (a − b)/(e − b), the share of the expected change made. */
  share: number | null;
  /** The latest status a progress file recorded, shown beside the computed one. */
  recorded: { year: number; status: NonNullable<Actual['status']> } | null;
  /** Why, in plain Chinese, for the page. */
  reason: string;
}

type Target = Pick<Indicator, 'baseline' | 'target' | 'direction'>;

/** The straight path's expected value in `year` (clamped to the plan's baseline and target years). */
export function expectedValue(ind: Target, year: number): number | null {
  const b = ind.baseline.value;
  const t = ind.target.value;
  if (b === null || t === null) return null;
  const y0 = ind.baseline.year;
  const y1 = ind.target.year;
  const y = Math.min(Math.max(year, y0), y1);
  return b + ((t - b) * (y - y0)) / (y1 - y0);
}

function reached(a: number, t: number, direction: Indicator['direction']): boolean {
  return direction === 'decrease' ? a <= t : a >= t;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function computeStatus(ind: Target, actuals: readonly Actual[]): StatusResult {
  const numeric = actuals.filter((x): x is Actual & { value: number } => x.value !== null).sort((p, q) => p.year - q.year);
  const withStatus = actuals.filter((x) => x.status !== undefined).sort((p, q) => p.year - q.year);
  const lastRecorded = withStatus.at(-1);
  const recorded = lastRecorded ? { year: lastRecorded.year, status: lastRecorded.status! } : null;
  const last = numeric.at(-1);
  const latest = last ? { year: last.year, value: last.value } : null;
  const base = { latest, expected: null, share: null, recorded };
  const b = ind.baseline.value;
  const t = ind.target.value;

  if (t === null) {
    // A text target (通过自治区评估认定): only a recorded status can judge it.
    if (recorded) return { ...base, status: recorded.status, basis: 'recorded', reason: `目标为文字表述，按${recorded.year}年进展文件记录的状态判断。` };
    return { ...base, status: actuals.length ? 'not-assessable' : 'no-data', basis: 'none', reason: '目标为文字表述，尚无记录的完成状态，不作推算。' };
  }
  if (!latest) {
    return { ...base, status: 'no-data', basis: 'none', reason: '尚无年度实际数据。' };
  }
  const a = latest.value;
  if (b === null) {
    if (reached(a, t, ind.direction)) return { ...base, status: 'achieved', basis: 'computed', reason: `${latest.year}年实际值${fmt(a)}已达到目标${fmt(t)}。` };
    if (recorded) return { ...base, status: recorded.status, basis: 'recorded', reason: '规划未给出基线数值，按进展文件记录的状态判断。' };
    return { ...base, status: 'not-assessable', basis: 'none', reason: '规划未给出基线数值，无法计算应有进度。' };
  }
  if (ind.direction === 'maintain' || b === t) {
    const ok = a >= t;
    return { ...base, status: ok ? 'maintained' : 'slipped', basis: 'computed', reason: ok ? `${latest.year}年实际值${fmt(a)}保持在目标${fmt(t)}。` : `${latest.year}年实际值${fmt(a)}低于应保持的${fmt(t)}。` };
  }
  if (reached(a, t, ind.direction)) {
    return { ...base, status: 'achieved', basis: 'computed', reason: `${latest.year}年实际值${fmt(a)}已达到目标${fmt(t)}。` };
  }
  // The target was already met at baseline (e.g. declared `increase` with b ≥ t) and is now lost.
  if (reached(b, t, ind.direction)) {
    return { ...base, status: 'slipped', basis: 'computed', reason: `基线已达到目标，${latest.year}年实际值${fmt(a)}未能保持。` };
  }
  const e = expectedValue(ind, latest.year)!;
  if (latest.year > ind.target.year) {
    return { ...base, expected: e, status: 'off-track', basis: 'computed', reason: `目标年${ind.target.year}年已过，${latest.year}年实际值${fmt(a)}仍未达到目标${fmt(t)}。` };
  }
  if (latest.year <= ind.baseline.year) {
    return { ...base, status: 'no-data', basis: 'none', reason: '尚无基线年之后的实际数据。' };
  }
  const share = (a - b) / (e - b);
  const status = share >= ON_TRACK ? 'on-track' : share >= AT_RISK ? 'at-risk' : 'off-track';
  return {
    ...base,
    expected: e,
    share,
    status,
    basis: 'computed',
    reason: `${latest.year}年按直线进度应达到${fmt(e)}，实际${fmt(a)}，完成了应有变化的${Math.round(share * 100)}%。`,
  };
}

/** Order for dashboards: binding indicators off track first, then by severity. */
export const STATUS_ORDER: readonly IndicatorStatus[] = ['off-track', 'slipped', 'at-risk', 'not-assessable', 'no-data', 'on-track', 'maintained', 'achieved'];
