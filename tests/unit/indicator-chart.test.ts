/**
 * Indicator charts as SVG file snapshots, one named test per situation (Observable Plot's habit).
 * Numbers in the SVG are rounded at the source, so the files are stable across machines.
 */
import { describe, expect, it } from 'vitest';
import { indicatorChart, type IndicatorChartInput } from '../../src/lib/charts/indicator-chart.ts';

const base: IndicatorChartInput = {
  id: 'preschool-gross-enrolment',
  name: '学前教育毛入园率',
  unit: '%',
  baseline: { year: 2020, value: 88.51, text: '88.51' },
  target: { year: 2025, value: 95, text: '95' },
  actuals: [],
  statusText: '尚无数据',
};
const pts = (values: Array<[number, number]>, illustrative = false) => values.map(([year, value]) => ({ year, value, illustrative }));
const snap = (name: string, input: IndicatorChartInput) => expect(indicatorChart(input)).toMatchFileSnapshot(`__snapshots__/charts/${name}.svg`);

describe('indicator chart', () => {
  it('rising target with official yearly values', async () => {
    await snap('rising', { ...base, actuals: pts([[2021, 90.1], [2022, 91.4], [2023, 92.8]]), statusText: '按计划推进' });
  });
  it('illustrative values are labelled inside the chart and drawn hollow', async () => {
    const svg = indicatorChart({ ...base, actuals: pts([[2021, 90.1]], true), statusText: '按计划推进' });
    expect(svg).toContain('示例数据，非官方统计');
    expect(svg).toContain('fill="#fff" stroke="#0b5cad"');
    await snap('illustrative', { ...base, actuals: pts([[2021, 90.1], [2022, 91.4]], true), statusText: '按计划推进' });
  });
  it('rates above 100% (兴庆区 101.93% → 103%)', async () => {
    const svg = indicatorChart({ ...base, baseline: { year: 2020, value: 101.93, text: '101.93%' }, target: { year: 2025, value: 103, text: '103%' }, actuals: pts([[2021, 102.2]]) });
    expect(svg).toContain('目标 103%');
    expect(svg).toContain('基线 101.93%');
    await snap('above-100', { ...base, baseline: { year: 2020, value: 101.93, text: '101.93%' }, target: { year: 2025, value: 103, text: '103%' }, actuals: pts([[2021, 102.2]]) });
  });
  it('decreasing target', async () => {
    await snap('falling', { ...base, name: '大班额比例', baseline: { year: 2020, value: 12, text: '12' }, target: { year: 2025, value: 0, text: '0' }, actuals: pts([[2021, 9], [2022, 7]]), statusText: '按计划推进' });
  });
  it('maintain target (100 → 100)', async () => {
    await snap('maintain', { ...base, name: '九年义务教育巩固率', baseline: { year: 2020, value: 100, text: '100' }, target: { year: 2025, value: 100, text: '100' }, actuals: pts([[2021, 100], [2022, 99.8]]), statusText: '未能保持' });
  });
  it('text target shows as text, not as a made-up number', async () => {
    const input = { ...base, name: '义务教育优质均衡发展县比例', baseline: { year: 2020, value: null, text: '-' }, target: { year: 2025, value: null, text: '通过自治区 评估认定' } };
    const svg = indicatorChart(input);
    expect(svg).toContain('2025年目标：通过自治区 评估认定');
    expect(svg).not.toContain('class="target"');
    await snap('text-target', input);
  });
  it('no yearly data yet still shows baseline and target', async () => {
    const svg = indicatorChart(base);
    expect(svg).toContain('class="baseline"');
    expect(svg).toContain('class="target"');
    expect(svg).toContain('尚无年度实际数据');
    await snap('no-data', base);
  });
  it('small dashboard chart', async () => {
    await snap('small', { ...base, size: 'small', actuals: pts([[2021, 90.1], [2022, 91.4]], true) });
  });
  it('a national reference line beside the region', async () => {
    await snap('reference', { ...base, actuals: pts([[2021, 90.1]]), reference: { label: '全国', points: [{ year: 2021, value: 88.1 }, { year: 2022, value: 89.7 }] } });
  });
  it('is accessible: role img, title and a description that states the numbers', () => {
    const svg = indicatorChart({ ...base, actuals: pts([[2021, 90.1]], true), statusText: '按计划推进' });
    expect(svg).toMatch(/^<svg[^>]+role="img" aria-labelledby="chart-preschool-gross-enrolment-title chart-preschool-gross-enrolment-desc"/);
    expect(svg).toContain('<desc id="chart-preschool-gross-enrolment-desc">学前教育毛入园率：2020年基线88.51%，2025年目标95%。实际值：2021年90.1%（示例数据）。状态：按计划推进。</desc>');
  });
});
