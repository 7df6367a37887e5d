/**
 * The indicator page's data table (表格) has one row per year: the target year's reported value and the
 * plan's target share a row, so a reader never sees two "2025" rows.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { indicatorViews, yearRows } from '../../src/lib/progress/views.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const views = model.plans.flatMap((p) => indicatorViews(p, model.plans));

describe('indicator data table', () => {
  it('a target year with a reported value is one row holding both', () => {
    const view = views.find((v) => v.plan.id === 'pingluo-edu-2021-2025' && v.indicator.id === 'preschool-gross-enrolment')!;
    const rows = yearRows(view);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const last = rows.at(-1)!;
    expect(last.target?.text).toBe(view.indicator.target.text);
    expect(last.actual?.year).toBe(2025);
    expect(rows[0]!.baseline?.text).toBe(view.indicator.baseline.text);
    expect(rows.filter((r) => r.target)).toHaveLength(1);
  });

  it('no year appears twice for any shipped indicator, and the baseline and target years are always there', () => {
    for (const view of views) {
      const years = yearRows(view).map((r) => r.year);
      expect(new Set(years).size, `${view.plan.id}/${view.indicator.id}`).toBe(years.length);
      expect(years).toContain(view.indicator.baseline.year);
      expect(years).toContain(view.indicator.target.year);
    }
  });

  it('a target year not yet reached is its own row, neither reported nor due', () => {
    const view = views.find((v) => v.plan.id === 'pingluo-edu-2021-2025' && v.indicator.id === 'preschool-gross-enrolment')!;
    const later = { ...view, indicator: { ...view.indicator, target: { ...view.indicator.target, year: 2027 } } };
    const rows = yearRows(later);
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2027]);
    expect(rows.at(-1)).toMatchObject({ year: 2027, actual: null, due: false, baseline: null });
    expect(rows.find((r) => r.year === 2025)!.target).toBeNull();
  });
});
