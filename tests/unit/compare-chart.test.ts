/** The comparison chart as an SVG file snapshot, and its label placement. */
import { describe, expect, it } from 'vitest';
import { compareChart, endLabelsFit, spreadLabels, type CompareChartInput } from '../../src/lib/charts/compare-chart.ts';
import { boxOf, overlaps } from '../../src/lib/charts/labels.ts';
import { compareViews } from '../../src/lib/progress/compare.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { REPO } from '../helpers/run.ts';

const input: CompareChartInput = {
  id: 'preschool-gross-enrolment',
  name: '学前教育毛入园率',
  unit: '%',
  series: [
    { label: '青铜峡市', baseline: { year: 2020, value: 88.51 }, target: { year: 2025, value: 95, text: '95' }, actuals: [{ year: 2021, value: 90.2, illustrative: true }] },
    { label: '兴庆区', baseline: { year: 2020, value: 101.93 }, target: { year: 2025, value: 103, text: '103%' }, actuals: [{ year: 2021, value: 102.1, illustrative: true }] },
    { label: '泾源县', baseline: { year: 2023, value: 90 }, target: { year: 2027, value: 95, text: '95' }, actuals: [] },
  ],
  references: [
    { label: '全国', points: [{ year: 2020, value: 85.2 }, { year: 2021, value: 88.1 }] },
    { label: '宁夏', points: [{ year: 2020, value: 57 }, { year: 2020, value: 53.7 }] },
  ],
};

describe('comparison chart', () => {
  it('regions, periods that differ, a national line and two disagreeing sources', async () => {
    const svg = compareChart(input);
    expect(svg).toContain('>2027</text>');
    expect((svg.match(/<rect x="[^"]+" y="[^"]+" width="6" height="6" fill="#8c8c8c" stroke="#fff" stroke-width="1"\/>/g) ?? []).length).toBe(4);
    expect(svg).toContain('空心点为示例数据，非官方统计');
    await expect(svg).toMatchFileSnapshot('__snapshots__/charts/compare.svg');
  });
  it('labels every line with its region', () => {
    const svg = compareChart(input);
    for (const label of ['青铜峡市', '兴庆区', '泾源县', '全国', '宁夏']) expect(svg).toContain(`>${label}</text>`);
  });
  it("draws the reference points over the regions' points, so that a county's point never hides one", () => {
    const svg = compareChart(input);
    expect(svg.indexOf('<g class="reference">')).toBeGreaterThan(svg.lastIndexOf('<g class="series">'));
  });
  it('joins a label moved away from its line to the line by a leader', () => {
    const svg = compareChart(input);
    // 全国 ends in 2021, the chart in 2027: its label sits at the right edge, joined to its last point.
    expect(svg).toMatch(/<line class="leader"[^>]+stroke="#8c8c8c"|<line class="leader"[^>]+stroke="#595959"/);
  });
  it('lists the regions under the chart when their labels cannot all sit at the ends without touching', () => {
    const many: CompareChartInput = {
      ...input,
      series: Array.from({ length: 16 }, (_, i) => ({ label: `第${i + 1}县`, baseline: { year: 2020, value: 90 }, target: { year: 2025, value: 95, text: '95' }, actuals: [{ year: 2022, value: 92, illustrative: false }] })),
    };
    expect(endLabelsFit(16 + 2, 56, 270)).toBe(false);
    const svg = compareChart(many);
    expect(svg).toContain('<g class="labels legend">');
    const texts = [...svg.matchAll(/<g class="legend-entry">.*?<text x="([\d.]+)" y="([\d.]+)" font-size="13"[^>]*>([^<]+)<\/text>/g)].map((m) => boxOf({ x: Number(m[1]), y: Number(m[2]), text: m[3]!, size: 13 }));
    expect(texts).toHaveLength(18);
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    for (const [i, a] of texts.entries()) {
      expect(a.x1).toBeLessThanOrEqual(width);
      for (const b of texts.slice(i + 1)) expect(overlaps(a, b, 0)).toBe(false);
    }
  });
  it('spreads end labels so that none overlaps', () => {
    expect(spreadLabels([100, 101, 102], 13, 0, 300)).toEqual([100, 113, 126]);
    expect(spreadLabels([290, 295], 13, 0, 300)).toEqual([287, 300]);
  });
});

describe('comparisons across the five plans', () => {
  const { model } = loadContent(REPO);
  const views = compareViews(model.plans, model.concepts, model.references);
  it('every concept shared by two or more plans covers every plan that tracks it', () => {
    const shared = views.filter((v) => v.series.length >= 2).map((v) => [v.concept.id, v.series.map((s) => s.plan.plan.region.name).sort().join('、')]);
    expect(Object.fromEntries(shared)).toEqual({
      'preschool-gross-enrolment': '中卫市、兴庆区、平罗县、青铜峡市',
      'preschool-inclusive-coverage': '中卫市、兴庆区、平罗县、青铜峡市',
      'preschool-teachers-trained': '平罗县、青铜峡市',
      'compulsory-retention': '中卫市、兴庆区、平罗县、青铜峡市',
      'upper-secondary-gross-enrolment': '中卫市、兴庆区、平罗县、青铜峡市',
      'vocational-dual-qualified-teachers': '中卫市、平罗县、青铜峡市',
      'special-compulsory-enrolment': '中卫市、兴庆区、平罗县、青铜峡市',
      'special-upper-secondary-enrolment': '平罗县、青铜峡市',
      'expected-years-of-schooling': '中卫市、青铜峡市',
      'working-age-years-of-schooling': '中卫市、兴庆区、平罗县、青铜峡市',
    });
  });
  it('keeps apart what is not the same measure', () => {
    const ids = (name: RegExp) => model.plans.flatMap((p) => p.indicators.filter((i) => name.test(i.name)).map((i) => i.concept ?? null));
    expect(ids(/任职资格合格率|持证上岗比例/)).toEqual([null, null]);
    expect(ids(/就业率/)).toEqual([null, null]);
  });
  it('national figures are reference lines, each with its publisher and document', () => {
    const gross = views.find((v) => v.concept.id === 'preschool-gross-enrolment')!;
    const national = gross.references.find((r) => r.label === '全国')!;
    expect(national.points.map((p) => [p.year, p.text, p.source.publisher])).toEqual([
      [2019, '83.4', '教育部'],
      [2020, '85.2', '国家统计局'],
      [2021, '88.1', '教育部'],
      [2022, '89.7', '教育部'],
      [2023, '91.1', '教育部'],
      [2024, '92.00', '教育部'],
    ]);
    const pub = views.find((v) => v.concept.id === 'preschool-public-coverage')!.references.find((r) => r.label === '宁夏')!;
    expect(pub.points.map((p) => p.value)).toEqual([57, 53.7]);
  });
});
