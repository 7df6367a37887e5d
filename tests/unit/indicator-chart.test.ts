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
  it('drawn 640 wide for a wide column, text the same 13 units, the plot taller', async () => {
    const input: IndicatorChartInput = { ...base, size: 'wide', heading: '学前教育毛入园率 · 平罗县', actuals: pts([[2021, 90.1], [2022, 91.4], [2023, 92.8]]), statusText: '按计划推进' };
    const svg = indicatorChart(input);
    expect(svg).toMatch(/viewBox="0 0 640 \d+"/);
    expect(svg).toContain('class="chart chart-wide"');
    expect([...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1])).every((n) => n >= 13)).toBe(true);
    await snap('wide', input);
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
    expect(svg).toContain('目标：通过自治区 评估认定');
    expect(svg).not.toContain('class="target"');
    await snap('text-target', input);
  });
  it('text target is a timeline of the statuses recorded each year, 未报告 where none was', async () => {
    const input: IndicatorChartInput = {
      ...base,
      name: '义务教育优质均衡发展县比例',
      baseline: { year: 2020, value: null, text: '-' },
      target: { year: 2025, value: null, text: '通过自治区 评估认定' },
      recorded: [
        { year: 2021, statusText: '按计划推进', illustrative: true },
        { year: 2023, statusText: '有滞后风险', illustrative: true },
      ],
      statusText: '有滞后风险',
    };
    const svg = indicatorChart(input);
    expect(svg).toContain('class="chart chart-timeline"');
    expect(svg.match(/class="timeline-row"/g)).toHaveLength(6);
    expect(svg).toMatch(/>2022<\/text>.*>未报告</);
    expect(svg).toContain('按计划推进（示例）');
    expect(svg).toContain('示例数据，非官方统计');
    expect(svg).toContain('记录的状态：2021年按计划推进（示例数据），2023年有滞后风险（示例数据）。');
    await snap('text-target-timeline', input);
  });
  it('a downloaded chart carries its title, plan, sources and provenance inside', async () => {
    const input: IndicatorChartInput = {
      ...base,
      actuals: pts([[2021, 90.1], [2022, 91.4]], true),
      statusText: '按计划推进',
      frame: {
        title: '学前教育毛入园率 · 青铜峡市',
        plan: '青铜峡市教育事业发展“十四五”规划',
        sources: ['基线和目标：《青铜峡市教育事业发展“十四五”规划》表一'],
        provenance: '示例数据，非官方统计：年度实际值为演示网站功能而编造',
        url: 'http://localhost:4321/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/',
      },
    };
    const svg = indicatorChart(input);
    expect(svg).toContain('class="frame-title"');
    expect(svg).toContain('>学前教育毛入园率 · 青铜峡市</text>');
    expect(svg).toContain('>《青铜峡市教育事业发展“十四五”规划》</text>');
    expect(svg).toContain('class="frame-source"');
    expect(svg).toMatch(/class="frame-provenance"[^>]*>示例数据，非官方统计/);
    await snap('framed', input);
  });
  it('every text is at least 13 units in the full chart and 12.5 in the small one (12 px on a 360 px phone)', () => {
    for (const size of ['full', 'small'] as const) {
      const svg = indicatorChart({ ...base, size, actuals: pts([[2021, 90.1], [2022, 91.4]], true), reference: { label: '全国', points: [{ year: 2021, value: 88.1 }] } });
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(size === 'full' ? 13 : 12.5);
    }
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
  it('on a page it is headed with the indicator and the place, not with its status (the page states that once)', () => {
    const svg = indicatorChart({ ...base, actuals: pts([[2021, 90.1]], true), statusText: '未达成', heading: '学前教育毛入园率 · 平罗县' });
    expect(svg).toMatch(/<text class="heading"[^>]*>学前教育毛入园率 · 平罗县<\/text>/);
    expect(svg).not.toMatch(/<text[^>]*>状态：/);
    expect(svg).toContain('示例数据，非官方统计');
  });
});
