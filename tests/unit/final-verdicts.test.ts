/**
 * Final verdicts (DESIGN.md, /about/#verdict): once the target year has a figure, 已达成 / 未达成 (保持达标 /
 * 未保持) with the gap in the indicator's own unit and the share of the planned change; a period over without
 * that figure is 终期数据未报告; a text target only by a recorded judgement; a running plan keeps the forecast.
 */
import { describe, expect, it } from 'vitest';
import { computeStatus, formatGap, formatShare, type Actual } from '../../src/lib/progress/status.ts';

type Dir = 'increase' | 'decrease' | 'maintain';
const ind = (b: number | null, t: number | null, unit: string | null = '%', direction: Dir = 'increase', y0 = 2020, y1 = 2025) => ({
  baseline: { year: y0, value: b, text: b === null ? '-' : String(b) },
  target: { year: y1, value: t, text: t === null ? '通过自治区评估认定' : String(t) },
  direction,
  unit,
});
const act = (year: number, value: number | null, status?: Actual['status']): Actual => ({ year, value, status });

describe('numeric targets with a figure for the target year', () => {
  it('missed: the gap in percentage points and the share of the planned change', () => {
    const r = computeStatus(ind(95, 96), [act(2024, 95.9), act(2025, 95.4)]);
    expect(r).toMatchObject({ status: 'missed', final: true, basis: 'computed', gap: -0.6, gapText: '差 0.6 个百分点', finalValue: { year: 2025, value: 95.4 } });
    expect(r.planShare).toBeCloseTo(0.4, 6);
    expect(r.expected).toBeNull();
    expect(r.share).toBeNull();
    expect(r.reason).toBe('2025年实际值95.4%，目标96%：差 0.6 个百分点，从基线到目标走完了40%。');
  });
  it('achieved beyond the target: 超出 1.2 个百分点', () => {
    const r = computeStatus(ind(90, 95), [act(2025, 96.2)]);
    expect(r).toMatchObject({ status: 'achieved', final: true, gap: 1.2, gapText: '超出 1.2 个百分点' });
    expect(r.planShare).toBeCloseTo(1.24, 6);
  });
  it('exactly on target', () => {
    expect(computeStatus(ind(90, 95), [act(2025, 95)])).toMatchObject({ status: 'achieved', gap: 0, gapText: '与目标持平', planShare: 1 });
  });
  it('a count target says the gap in its own unit: 差 3 所', () => {
    expect(computeStatus(ind(10, 20, '所'), [act(2025, 17)])).toMatchObject({ status: 'missed', gapText: '差 3 所' });
    expect(computeStatus(ind(10.8, 11.3, '年'), [act(2025, 11.4)])).toMatchObject({ status: 'achieved', gapText: '超出 0.1 年' });
    expect(computeStatus(ind(1, 2, null), [act(2025, 1.5)])).toMatchObject({ gapText: '差 0.5' });
  });
  it('the gap is exact to the printed decimals (no floating-point noise)', () => {
    expect(computeStatus(ind(0.338, 0.5, '万人'), [act(2025, 0.445)])).toMatchObject({ gap: -0.055, gapText: '差 0.055 万人，约 550 人' });
    expect(computeStatus(ind(88.51, 95), [act(2025, 94.99)])).toMatchObject({ gap: -0.01, gapText: '差 0.01 个百分点' });
  });
  it('a falling target: lower is better, and the gap says so', () => {
    expect(computeStatus(ind(12, 5, '%', 'decrease'), [act(2025, 6)])).toMatchObject({ status: 'missed', gapText: '差 1 个百分点' });
    expect(computeStatus(ind(12, 5, '%', 'decrease'), [act(2025, 4)])).toMatchObject({ status: 'achieved', gapText: '超出 1 个百分点' });
  });
  it('maintain target (100 → 100): 保持达标 or 未保持, with no share of a change that was never planned', () => {
    expect(computeStatus(ind(100, 100, '%', 'maintain'), [act(2025, 100)])).toMatchObject({ status: 'maintained', final: true, planShare: null, gapText: '与目标持平' });
    expect(computeStatus(ind(100, 100, '%', 'maintain'), [act(2025, 99.6)])).toMatchObject({ status: 'not-maintained', final: true, gapText: '差 0.4 个百分点' });
  });
  it('rates above 100% (兴庆区 101.93 → 103)', () => {
    expect(computeStatus(ind(101.93, 103), [act(2025, 102.73)])).toMatchObject({ status: 'missed', gapText: '差 0.27 个百分点' });
  });
  it('null baseline: a verdict without a share', () => {
    expect(computeStatus(ind(null, 3, '个'), [act(2025, 3)])).toMatchObject({ status: 'achieved', planShare: null, gapText: '与目标持平' });
    expect(computeStatus(ind(null, 3, '个'), [act(2025, 2)])).toMatchObject({ status: 'missed', gapText: '差 1 个' });
  });
  it('the verdict rests on the target year, not a later figure', () => {
    expect(computeStatus(ind(90, 95), [act(2025, 94), act(2026, 96)])).toMatchObject({ status: 'missed', finalValue: { year: 2025, value: 94 } });
  });
  it('a verdict does not need the period to be over, and the period being over does not change it', () => {
    const a = computeStatus(ind(90, 95, '%', 'increase', 2020, 2023), [act(2023, 96)]);
    const b = computeStatus(ind(90, 95, '%', 'increase', 2020, 2023), [act(2023, 96)], { periodOver: true });
    expect(a).toEqual(b);
    expect(a.status).toBe('achieved');
  });
});

describe('a period over without a figure for the target year', () => {
  it('says 终期数据未报告, keeps the latest earlier figure, and forecasts nothing', () => {
    const r = computeStatus(ind(88.51, 95), [act(2023, 94), act(2024, 94.5), act(2025, null)], { periodOver: true });
    expect(r).toMatchObject({ status: 'final-not-reported', final: true, latest: { year: 2024, value: 94.5 }, expected: null, share: null, gap: null });
    expect(r.reason).toContain('尚未报告2025年（目标年）的实际值');
    expect(r.reason).toContain('2024年的94.5%');
  });
  it('with no figure at all', () => {
    expect(computeStatus(ind(88.51, 95), [], { periodOver: true })).toMatchObject({ status: 'final-not-reported', latest: null });
  });
  it('a target already reached in an earlier year is still not a final verdict', () => {
    expect(computeStatus(ind(88.51, 95), [act(2024, 96)], { periodOver: true }).status).toBe('final-not-reported');
  });
});

describe('a running plan keeps the mid-period method', () => {
  it('forecasts along the straight path (泾源 2023–2027 in 2025)', () => {
    const r = computeStatus(ind(80, 90, '%', 'increase', 2022, 2027), [act(2025, 85.6)]);
    expect(r).toMatchObject({ status: 'on-track', final: false, gap: null, gapText: null });
    expect(r.expected).toBeCloseTo(86, 6);
  });
  it('an early achievement is 已达成 but not final', () => {
    expect(computeStatus(ind(80, 90, '%', 'increase', 2022, 2027), [act(2025, 91)])).toMatchObject({ status: 'achieved', final: false });
  });
});

describe('text targets', () => {
  const text = ind(null, null);
  it('get a verdict only from a judgement recorded for the target year or later', () => {
    expect(computeStatus(text, [act(2025, null, 'achieved')])).toMatchObject({ status: 'achieved', final: true, basis: 'recorded' });
    expect(computeStatus(text, [act(2025, null, 'missed')])).toMatchObject({ status: 'missed', final: true, basis: 'recorded' });
  });
  it('an earlier recorded 已达成 is a mid-period reading, not a verdict', () => {
    expect(computeStatus(text, [act(2024, null, 'achieved')])).toMatchObject({ status: 'achieved', final: false });
  });
  it('without a final judgement, an ended period says 终期数据未报告; a running one 无法评估', () => {
    expect(computeStatus(text, [act(2025, null, 'on-track')], { periodOver: true }).status).toBe('final-not-reported');
    expect(computeStatus(text, [act(2023, null)]).status).toBe('not-assessable');
  });
});

describe('wording', () => {
  it('formatGap', () => {
    expect(formatGap(-0.6, '%')).toBe('差 0.6 个百分点');
    expect(formatGap(1.2, '%')).toBe('超出 1.2 个百分点');
    expect(formatGap(-3, '所')).toBe('差 3 所');
    expect(formatGap(0, '所')).toBe('与目标持平');
  });
  it('formatShare never rounds a miss up to 100%', () => {
    expect(formatShare(0.4)).toBe('40%');
    expect(formatShare(0.9985)).toBe('99.8%');
    expect(formatShare(0.9996)).toBe('99.9%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(1.002)).toBe('100.2%');
    expect(formatShare(0.001)).toBe('0.1%');
  });
});
