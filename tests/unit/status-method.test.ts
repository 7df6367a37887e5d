/** The status method of DESIGN.md, on every situation an indicator can be in. */
import { describe, expect, it } from 'vitest';
import { computeStatus, expectedValue, type Actual } from '../../src/lib/progress/status.ts';

const ind = (b: number | null, t: number | null, direction: 'increase' | 'decrease' | 'maintain' = 'increase', y0 = 2020, y1 = 2025) => ({
  baseline: { year: y0, value: b, text: b === null ? '-' : String(b) },
  target: { year: y1, value: t, text: t === null ? '通过自治区评估认定' : String(t) },
  direction,
});
const act = (year: number, value: number | null, status?: Actual['status']): Actual => ({ year, value, status });

describe('computeStatus', () => {
  it('rising target: on track, at risk, off track by the share of the expected change', () => {
    // 88.51 → 95 over 2020–2025; in 2023 the straight path expects 92.404.
    expect(expectedValue(ind(88.51, 95), 2023)).toBeCloseTo(92.404, 3);
    expect(computeStatus(ind(88.51, 95), [act(2023, 92.2)]).status).toBe('on-track');
    expect(computeStatus(ind(88.51, 95), [act(2023, 91)]).status).toBe('at-risk');
    expect(computeStatus(ind(88.51, 95), [act(2023, 89)]).status).toBe('off-track');
    expect(computeStatus(ind(88.51, 95), [act(2023, 89)]).share).toBeCloseTo(0.49 / 3.894, 3);
  });
  it('achieved once the target is reached', () => {
    expect(computeStatus(ind(88.51, 95), [act(2024, 95)]).status).toBe('achieved');
  });
  it('falling target: lower is better', () => {
    expect(computeStatus(ind(60, 45, 'decrease'), [act(2023, 50)]).status).toBe('on-track');
    expect(computeStatus(ind(60, 45, 'decrease'), [act(2023, 58)]).status).toBe('off-track');
    expect(computeStatus(ind(60, 45, 'decrease'), [act(2022, 44)]).status).toBe('achieved');
  });
  it('maintain target (100 → 100): maintained or slipped', () => {
    expect(computeStatus(ind(100, 100, 'maintain'), [act(2023, 100)]).status).toBe('maintained');
    expect(computeStatus(ind(100, 100, 'maintain'), [act(2023, 99.6)]).status).toBe('slipped');
  });
  it('rates above 100% (兴庆区 101.93 → 103)', () => {
    expect(computeStatus(ind(101.93, 103), [act(2022, 102.4)]).status).toBe('on-track');
    expect(computeStatus(ind(101.93, 103), [act(2025, 103.5)]).status).toBe('achieved');
  });
  it('a target already met at baseline and then lost', () => {
    expect(computeStatus(ind(96, 95), [act(2023, 94)]).status).toBe('slipped');
    expect(computeStatus(ind(96, 95), [act(2023, 97)]).status).toBe('achieved');
  });
  it('missing years: the latest year with a value is used', () => {
    const r = computeStatus(ind(88.51, 95), [act(2021, 90), act(2022, null), act(2023, 92.3), act(2024, null)]);
    expect(r.latest).toEqual({ year: 2023, value: 92.3 });
  });
  it('no data at all', () => {
    expect(computeStatus(ind(88.51, 95), []).status).toBe('no-data');
    expect(computeStatus(ind(88.51, 95), [act(2023, null)]).status).toBe('no-data');
  });
  it('null baseline: achieved when reached, otherwise only a recorded status judges it', () => {
    expect(computeStatus(ind(null, 3), [act(2023, 3)]).status).toBe('achieved');
    expect(computeStatus(ind(null, 3), [act(2023, 1)]).status).toBe('not-assessable');
    expect(computeStatus(ind(null, 3), [act(2023, 1, 'on-track')])).toMatchObject({ status: 'on-track', basis: 'recorded' });
  });
  it('text targets are judged by a recorded status, never guessed', () => {
    expect(computeStatus(ind(null, null), [act(2023, null)]).status).toBe('not-assessable');
    expect(computeStatus(ind(null, null), [act(2022, null, 'on-track'), act(2024, null, 'achieved')])).toMatchObject({
      status: 'achieved',
      basis: 'recorded',
      recorded: { year: 2024, status: 'achieved' },
    });
    expect(computeStatus(ind(null, null), []).status).toBe('no-data');
  });
  it('a figure for a year after the target year gives a verdict, not a forecast', () => {
    expect(computeStatus(ind(88.51, 95), [act(2026, 94.9)])).toMatchObject({ status: 'missed', final: true, finalValue: { year: 2026, value: 94.9 } });
  });
  it('keeps a recorded status beside the computed one', () => {
    const r = computeStatus(ind(88.51, 95), [act(2023, 89, 'on-track')]);
    expect(r).toMatchObject({ status: 'off-track', basis: 'computed', recorded: { year: 2023, status: 'on-track' } });
  });
});
