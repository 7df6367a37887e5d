/**
 * A comparison across many regions: paginated by province and city, summarised, and charted with a
 * bounded number of lines; a comparison of a few regions stays one page with every region drawn.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { compareSummary, compareViews, distribution, latestValue } from '../../src/lib/progress/compare.ts';
import { chartSelection, comparePages, COMPARE_CHART_SERIES, COMPARE_PAGE_SIZE } from '../../src/lib/site/compare-pages.ts';
import { compareChartInput } from '../../src/lib/site/chart-input.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
/** The five shipped plans copied under made-up county names, as the benchmark's synthesizer does. */
function many(count: number): PlanBundle[] {
  return Array.from({ length: count }, (_, i) => {
    const p = model.plans[i % model.plans.length]!;
    const id = `${p.id}-syn${i}`;
    return { ...p, id, plan: { ...p.plan, id, region: { ...p.plan.region, name: `合成${i}县` } } };
  });
}
const view = (plans: PlanBundle[], concept = 'preschool-gross-enrolment') =>
  compareViews(plans, model.concepts, model.references).find((v) => v.concept.id === concept)!;

describe('a comparison of the shipped plans', () => {
  const v = view(model.plans);
  it('is one page without an index, and its chart draws every region', () => {
    const { pages, index } = comparePages(v);
    expect(pages).toHaveLength(1);
    expect(index).toEqual([]);
    expect(pages[0]!.groups.flatMap((g) => g.rows)).toEqual(v.series);
    const chart = compareChartInput(v);
    expect(chart.series).toHaveLength(v.series.length);
    expect(chart.note).toBeUndefined();
  });
});

describe('a comparison of 300 plans', () => {
  const v = view(many(300));
  const { pages, index } = comparePages(v);

  it(`splits into pages of at most ${COMPARE_PAGE_SIZE} rows holding every plan once, in region order`, () => {
    expect(pages.length).toBe(Math.ceil(v.series.length / COMPARE_PAGE_SIZE));
    for (const p of pages) expect(p.groups.reduce((n, g) => n + g.rows.length, 0)).toBeLessThanOrEqual(COMPARE_PAGE_SIZE);
    const rows = pages.flatMap((p) => p.groups.flatMap((g) => g.rows));
    expect(rows).toHaveLength(v.series.length);
    expect(new Set(rows.map((r) => r.plan.id)).size).toBe(v.series.length);
    // A city's rows are together: once a city's group ends, the city does not come back.
    const cities = pages.flatMap((p) => p.groups.map((g) => g.city)).filter((c, i, a) => c !== a[i - 1]);
    expect(new Set(cities).size).toBe(cities.length);
  });

  it('indexes each city with the pages it is on, and marks a city continued from the page before', () => {
    const entries = index.flatMap((p) => p.cities);
    expect(entries.reduce((n, c) => n + c.count, 0)).toBe(v.series.length);
    for (const c of entries) for (const n of c.pages) expect(pages[n - 1]!.groups.some((g) => g.slug === c.slug)).toBe(true);
    const spanning = entries.find((c) => c.pages.length > 1)!;
    expect(pages[spanning.pages[1]! - 1]!.groups.find((g) => g.slug === spanning.slug)!.continued).toBe(true);
  });

  it(`charts the ${COMPARE_CHART_SERIES / 2} highest and ${COMPARE_CHART_SERIES / 2} lowest latest values, and says so`, () => {
    const chart = compareChartInput(v);
    expect(chart.series).toHaveLength(COMPARE_CHART_SERIES);
    expect(chart.note).toContain(`共 ${v.series.length} 个地区`);
    const sel = chartSelection(v.series);
    const values = v.series.map(latestValue).filter((x): x is number => x !== null).sort((a, b) => a - b);
    const shown = sel.shown.map(latestValue).sort((a, b) => a! - b!);
    expect(shown[0]).toBe(values[0]);
    expect(shown.at(-1)).toBe(values.at(-1));
  });

  it('summarises statuses and the spread of values', () => {
    const s = compareSummary(v);
    expect(s.statuses.reduce((n, x) => n + x.count, 0)).toBe(v.series.length);
    expect(s.latest!.n).toBe(v.series.filter((x) => latestValue(x) !== null).length);
    expect(s.latest!.min).toBeLessThanOrEqual(s.latest!.median);
  });
});

describe('distribution', () => {
  it('gives quartiles by linear interpolation', () => {
    expect(distribution([4, 1, 3, 2, 5])).toEqual({ n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(distribution([1, 2])).toEqual({ n: 2, min: 1, q1: 1.25, median: 1.5, q3: 1.75, max: 2 });
    expect(distribution([])).toBeNull();
  });
});
