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
  if (unit === '%') return '个百分点';
  return unit ?? '';
}

/**
 * `差 0.6 个百分点`, `超出 1.2 个百分点`, `差 3 所`, `与目标持平`; a gap under one 万 or 亿 is also said as a
 * reader counts it: `差 0.055 万人，约 550 人`.
 */
export function formatGap(gap: number, unit: string | null | undefined): string {
  if (gap === 0) return '与目标持平';
  const u = gapUnit(unit);
  const plain = plainAmount(gap, unit);
  return `${gap > 0 ? '超出' : '差'} ${Math.abs(gap)}${u ? ` ${u}` : ''}${plain ? `，${plain}` : ''}`;
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
      return { ...base, status: judged.status as 'achieved' | 'missed', final: true, basis: 'recorded', reason: `目标为文字表述，按${judged.year}年进展文件记录的终期判断。` };
    }
    if (context.periodOver) return { ...notReported, reason: `规划期已结束，进展文件没有记录${y1}年是否达成这一文字目标，不作推算。` };
    if (recorded && recorded.status !== 'missed') return { ...base, status: recorded.status, basis: 'recorded', reason: `目标为文字表述，按${recorded.year}年进展文件记录的状态判断。` };
    return { ...base, status: actuals.length ? 'not-assessable' : 'no-data', basis: 'none', reason: '目标为文字表述，尚无记录的完成状态，不作推算。' };
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
    const shareText = planShare !== null ? `，从基线到目标走完了${pct(planShare)}` : '';
    return {
      ...base,
      status,
      final: true,
      basis: 'computed',
      finalValue: { year: fin.year, value: a },
      gap,
      gapText,
      planShare,
      reason: `${fin.year}年实际值${withUnit(a, ind.unit)}，${maintain ? '应保持' : '目标'}${withUnit(t, ind.unit)}：${gapText}${shareText}。`,
    };
  }
  if (context.periodOver) {
    const seen = latest ? `最近一次实际值为${latest.year}年的${withUnit(latest.value, ind.unit)}，` : '';
    return { ...notReported, reason: `规划期已结束，尚未报告${y1}年（目标年）的实际值；${seen}不据此推算终期结论。` };
  }

  // Mid-period: a forecast along the straight path.
  if (!latest) {
    return { ...base, status: 'no-data', basis: 'none', reason: '尚无年度实际数据。' };
  }
  const a = latest.value;
  if (b === null) {
    if (reached(a, t, ind.direction)) return { ...base, status: 'achieved', basis: 'computed', reason: `${latest.year}年实际值${withUnit(a, ind.unit)}已达到目标${withUnit(t, ind.unit)}。` };
    if (recorded && recorded.status !== 'missed') return { ...base, status: recorded.status, basis: 'recorded', reason: '规划未给出基线数值，按进展文件记录的状态判断。' };
    return { ...base, status: 'not-assessable', basis: 'none', reason: '规划未给出基线数值，无法计算应有进度。' };
  }
  if (ind.direction === 'maintain' || b === t) {
    const ok = a >= t;
    return { ...base, status: ok ? 'maintained' : 'slipped', basis: 'computed', reason: ok ? `${latest.year}年实际值${withUnit(a, ind.unit)}保持在目标${withUnit(t, ind.unit)}。` : `${latest.year}年实际值${withUnit(a, ind.unit)}低于应保持的${withUnit(t, ind.unit)}。` };
  }
  if (reached(a, t, ind.direction)) {
    return { ...base, status: 'achieved', basis: 'computed', reason: `${latest.year}年实际值${withUnit(a, ind.unit)}已达到目标${withUnit(t, ind.unit)}。` };
  }
  // The target was already met at baseline (e.g. declared `increase` with b ≥ t) and is now lost.
  if (reached(b, t, ind.direction)) {
    return { ...base, status: 'slipped', basis: 'computed', reason: `基线已达到目标，${latest.year}年实际值${withUnit(a, ind.unit)}未能保持。` };
  }
  if (latest.year <= ind.baseline.year) {
    return { ...base, status: 'no-data', basis: 'none', reason: '尚无基线年之后的实际数据。' };
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
    reason: `${latest.year}年按计划进度应达到${formatValue(e, ind.unit, 2)}，实际${withUnit(a, ind.unit)}，实际进度是计划进度的${Math.round(share * 100)}%。`,
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
