/**
 * The status method (DESIGN.md, shown on /about/): where an indicator stands against the straight path
 * from its baseline to its target, and, once the target year has a figure, the final verdict. Implemented
 * once, here; pages, downloads and search read its result.
 *
 * Mid-period, for a numeric target: baseline b in year y0, target t in year y1, latest actual a in year y.
 * The straight path expects e = b + (t − b)·(y − y0)/(y1 − y0). `achieved` once a has reached t in the
 * target's direction; otherwise the share of the expected change already made, (a − b)/(e − b), sorts it:
 * at least ON_TRACK → `on-track`, at least AT_RISK → `at-risk`, below → `off-track`. Maintain targets
 * (100 → 100) are `maintained` or `slipped`. Text targets are judged only by a status a progress file
 * records, never guessed.
 *
 * Final verdicts: once there is an actual for the target year (or a later one), the forecast gives way to
 * a verdict: `achieved` or `missed` (maintain targets: `maintained` or `not-maintained`), with the gap in
 * the indicator's own unit and the share of the planned change (a − b)/(t − b) made. When the plan's period
 * is over (decided from the content, see period.ts) without a figure for the target year, the status is
 * `final-not-reported`, never a forecast. A text target gets a verdict only from a judgement (`achieved` or
 * `missed`) that a report for the target year or later records; the progress schema makes an official one
 * cite its source, and an illustrative one is labelled wherever it is shown.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { RecordedIndicatorStatus } from '../../schemas/progress.ts';
import { formatValue, plainAmount } from '../model/format.ts';
import { t as phrase } from '../../i18n/index.ts';

export const ON_TRACK = 0.9;
export const AT_RISK = 0.5;

export type IndicatorStatus =
  | 'achieved'
  | 'missed'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'maintained'
  | 'not-maintained'
  | 'slipped'
  | 'final-not-reported'
  | 'no-data'
  | 'not-assessable';

/** The statuses that are final verdicts (they link to /about/#verdict). */
export const VERDICTS: readonly IndicatorStatus[] = ['achieved', 'missed', 'maintained', 'not-maintained', 'final-not-reported'];

/** A status a bureau recorded in a progress file: the schema's enum, not a copy of it. */
export type RecordedStatus = RecordedIndicatorStatus;

export interface Actual {
  year: number;
  value: number | null;
  /** A status the bureau recorded for this year (needed for text targets). */
  status?: RecordedStatus | undefined;
}

export interface StatusResult {
  status: IndicatorStatus;
  /** True when the status is a final verdict rather than a mid-period reading. */
  final: boolean;
  /** How it was judged: `computed` from numbers, or `recorded` in a progress file. */
  basis: 'computed' | 'recorded' | 'none';
  /** The latest actual value used, if any. */
  latest: { year: number; value: number } | null;
  /** The value the straight path expects in the latest year (mid-period, numeric targets with a baseline). */
  expected: number | null;
  /** Mid-period: (a − b)/(e − b), the share of the expected change made. */
  share: number | null;
  /** Final: the figure the verdict rests on (the target year's, or the first later one). */
  finalValue: { year: number; value: number } | null;
  /** Final: a − t (t − a for a falling target), in the indicator's unit; positive is beyond the target. */
  gap: number | null;
  /** Final: the gap as a reader says it: `差 0.6 个百分点`, `超出 1.2 个百分点`, `差 3 所`, `与目标持平`. */
  gapText: string | null;
  /** Final: (a − b)/(t − b), the share of the planned change made; null without a baseline or for maintain. */
  planShare: number | null;
  /** The latest status a progress file recorded, shown beside the computed one. */
  recorded: { year: number; status: RecordedStatus } | null;
  /** Why, in plain Chinese, for the page. */
  reason: string;
}

type Target = Pick<Indicator, 'baseline' | 'target' | 'direction'> & { unit?: string | null | undefined };

export interface StatusContext {
  /** Whether the plan's period is over, decided from the content (never the clock). */
  periodOver?: boolean;
}

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

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/** The unit a gap is said in: percentage points for a rate, else the indicator's own unit. */
export function gapUnit(unit: string | null | undefined): string {
  if (unit === '%') return phrase('gap.points');
  return unit ?? '';
}

/**
 * `差 0.6 个百分点`, `超出 1.2 个百分点`, `差 3 所`, `与目标持平`; a gap under one 万 or 亿 is also said as a
 * reader counts it: `差 0.055 万人，约 550 人`.
 */
export function formatGap(gap: number, unit: string | null | undefined): string {
  if (gap === 0) return phrase('gap.none');
  const u = gapUnit(unit);
  const plain = plainAmount(gap, unit);
  return phrase(gap > 0 ? 'gap.over' : 'gap.short', { amount: `${Math.abs(gap)}${u ? ` ${u}` : ''}`, plain: plain ? `，${plain}` : '' });
}

/** `95.5%`, `11.3 年`, `0.445 万人`: a value as reported, with its unit, for sentences (the one formatter). */
function withUnit(n: number, unit: string | null | undefined): string {
  return formatValue(n, unit);
}

/** A share as a percentage; one decimal where a whole number would overstate or understate it (99.8%, not 100%). */
export function formatShare(x: number): string {
  const whole = Math.round(x * 100);
  const misleading = (whole === 100 && x < 1) || (whole === 0 && x > 0) || (whole === 100 && x > 1);
  if (!misleading) return `${whole}%`;
  // Toward the target, never across it: a miss reads below 100%, an excess above.
  const tenths = x < 1 ? Math.floor(x * 1000) : Math.ceil(x * 1000);
  return `${tenths / 10}%`;
}
const pct = formatShare;

export function computeStatus(ind: Target, actuals: readonly Actual[], context: StatusContext = {}): StatusResult {
  const numeric = actuals.filter((x): x is Actual & { value: number } => x.value !== null).sort((p, q) => p.year - q.year);
  const withStatus = actuals.filter((x) => x.status !== undefined).sort((p, q) => p.year - q.year);
  const lastRecorded = withStatus.at(-1);
  const recorded = lastRecorded ? { year: lastRecorded.year, status: lastRecorded.status! } : null;
  const last = numeric.at(-1);
  const latest = last ? { year: last.year, value: last.value } : null;
  const base = { latest, expected: null, share: null, recorded, final: false, finalValue: null, gap: null, gapText: null, planShare: null };
  const b = ind.baseline.value;
  const t = ind.target.value;
  const y1 = ind.target.year;
  const notReported = {
    ...base,
    status: 'final-not-reported' as const,
    final: true,
    basis: 'none' as const,
  };

  if (t === null) {
    // A text target (通过自治区评估认定): only a recorded judgement can give it a verdict.
    const judged = withStatus.filter((x) => x.year >= y1 && (x.status === 'achieved' || x.status === 'missed')).at(-1);
    if (judged) {
      return { ...base, status: judged.status as 'achieved' | 'missed', final: true, basis: 'recorded', reason: phrase('reason.textJudged', { year: judged.year }) };
    }
    if (context.periodOver) return { ...notReported, reason: phrase('reason.textNotRecordedAfterPeriod', { year: y1 }) };
    if (recorded && recorded.status !== 'missed') return { ...base, status: recorded.status, basis: 'recorded', reason: phrase('reason.textRecorded', { year: recorded.year }) };
    return { ...base, status: actuals.length ? 'not-assessable' : 'no-data', basis: 'none', reason: phrase('reason.textNotRecorded') };
  }

  const fin = numeric.find((x) => x.year >= y1);
  if (fin) {
    const a = fin.value;
    const maintain = ind.direction === 'maintain' || b === t;
    const raw = ind.direction === 'decrease' ? t - a : a - t;
    const gap = Number(raw.toFixed(Math.max(decimals(a), decimals(t))));
    const gapText = formatGap(gap, ind.unit);
    const planShare = !maintain && b !== null && t !== b ? (a - b) / (t - b) : null;
    const ok = maintain ? a >= t : reached(a, t, ind.direction);
    const status: IndicatorStatus = maintain ? (ok ? 'maintained' : 'not-maintained') : ok ? 'achieved' : 'missed';
    const shareText = planShare !== null ? phrase('reason.planShare', { share: pct(planShare) }) : '';
    return {
      ...base,
      status,
      final: true,
      basis: 'computed',
      finalValue: { year: fin.year, value: a },
      gap,
      gapText,
      planShare,
      reason: phrase(maintain ? 'reason.finalMaintain' : 'reason.final', { year: fin.year, actual: withUnit(a, ind.unit), target: withUnit(t, ind.unit), gap: gapText, share: shareText }),
    };
  }
  if (context.periodOver) {
    const seen = latest ? phrase('reason.latestSeen', { year: latest.year, actual: withUnit(latest.value, ind.unit) }) : '';
    return { ...notReported, reason: phrase('reason.finalNotReported', { year: y1, seen }) };
  }

  // Mid-period: a forecast along the straight path.
  if (!latest) {
    return { ...base, status: 'no-data', basis: 'none', reason: phrase('reason.noData') };
  }
  const a = latest.value;
  if (b === null) {
    if (reached(a, t, ind.direction)) return { ...base, status: 'achieved', basis: 'computed', reason: phrase('reason.reached', { year: latest.year, actual: withUnit(a, ind.unit), target: withUnit(t, ind.unit) }) };
    if (recorded && recorded.status !== 'missed') return { ...base, status: recorded.status, basis: 'recorded', reason: phrase('reason.noBaselineRecorded') };
    return { ...base, status: 'not-assessable', basis: 'none', reason: phrase('reason.noBaseline') };
  }
  if (ind.direction === 'maintain' || b === t) {
    const ok = a >= t;
    return { ...base, status: ok ? 'maintained' : 'slipped', basis: 'computed', reason: phrase(ok ? 'reason.maintained' : 'reason.slipped', { year: latest.year, actual: withUnit(a, ind.unit), target: withUnit(t, ind.unit) }) };
  }
  if (reached(a, t, ind.direction)) {
    return { ...base, status: 'achieved', basis: 'computed', reason: phrase('reason.reached', { year: latest.year, actual: withUnit(a, ind.unit), target: withUnit(t, ind.unit) }) };
  }
  // The target was already met at baseline (e.g. declared `increase` with b ≥ t) and is now lost.
  if (reached(b, t, ind.direction)) {
    return { ...base, status: 'slipped', basis: 'computed', reason: phrase('reason.baselineLost', { year: latest.year, actual: withUnit(a, ind.unit) }) };
  }
  if (latest.year <= ind.baseline.year) {
    return { ...base, status: 'no-data', basis: 'none', reason: phrase('reason.noDataAfterBaseline') };
  }
  const e = expectedValue(ind, latest.year)!;
  const share = (a - b) / (e - b);
  const status = share >= ON_TRACK ? 'on-track' : share >= AT_RISK ? 'at-risk' : 'off-track';
  return {
    ...base,
    expected: e,
    share,
    status,
    basis: 'computed',
    reason: phrase('reason.progress', { year: latest.year, expected: formatValue(e, ind.unit, 2), actual: withUnit(a, ind.unit), percent: Math.round(share * 100) }),
  };
}

/** Order for dashboards: verdicts that failed first, then by severity. */
export const STATUS_ORDER: readonly IndicatorStatus[] = [
  'missed',
  'not-maintained',
  'final-not-reported',
  'off-track',
  'slipped',
  'at-risk',
  'not-assessable',
  'no-data',
  'on-track',
  'maintained',
  'achieved',
];

/** Statuses that count as a failure of the kind a binding indicator must not have. */
export const FAILING: readonly IndicatorStatus[] = ['missed', 'not-maintained', 'off-track', 'slipped'];
