/**
 * The indicator page as a data page: 图表 / 表格 / 来源与说明 work as tabs with JavaScript and as three
 * sections without it; it offers CSV and SVG downloads that carry their context (the PNG, made in the
 * browser, is chart-png-is-drawn-in-the-browser.test.ts), the definition
 * from the catalogue, a GB/T 7714 citation and an embed snippet whose page shows the chart and source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAndWithoutScript } from './browser.ts';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');
const PATH = '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/';
// A fresh page for every test: a goto to the same page with another #anchor would otherwise not load it again
// (a same-document navigation), and the tab opened by the test before would be read.
const pages = withAndWithoutScript({ viewport: { width: 360, height: 740 } });

describe('tabs', () => {
  it('with JavaScript: three tabs, one panel shown at a time, arrow keys move between them', async () => {
    await pages.js.goto(PATH);
    const tabs = pages.js.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['图表', '表格', '来源与说明']);
    expect(await pages.js.getByRole('tab', { name: '图表' }).getAttribute('aria-selected')).toBe('true');
    expect(await pages.js.getByRole('img', { name: /学前教育毛入园率/ }).isVisible()).toBe(true);
    expect(await pages.js.getByRole('table').isVisible()).toBe(false);
    await pages.js.getByRole('tab', { name: '表格' }).click();
    expect(await pages.js.getByRole('table').isVisible()).toBe(true);
    expect(await pages.js.getByRole('img', { name: /学前教育毛入园率/ }).isVisible()).toBe(false);
    await pages.js.waitForURL(/#table$/);
    await pages.js.getByRole('tab', { name: '表格' }).press('ArrowRight');
    expect(await pages.js.getByRole('tab', { name: '来源与说明' }).getAttribute('aria-selected')).toBe('true');
    expect(await pages.js.getByRole('tabpanel').getByText('GB/T 7714—2015 格式').isVisible()).toBe(true);
  });

  it('with JavaScript: a link to a section opens its tab', async () => {
    await pages.js.goto(`${PATH}#cite`);
    expect(await pages.js.getByRole('tab', { name: '来源与说明' }).getAttribute('aria-selected')).toBe('true');
  });

  it('without JavaScript: the three sections are read one after another, and the links jump to each', async () => {
    await pages.nojs.goto(PATH);
    expect(await pages.nojs.getByRole('tab').count()).toBe(0);
    for (const name of ['图表', '表格', '来源与说明']) expect(await pages.nojs.getByRole('heading', { name, level: 2 }).isVisible()).toBe(true);
    expect(await pages.nojs.getByRole('img', { name: /学前教育毛入园率/ }).isVisible()).toBe(true);
    expect(await pages.nojs.getByRole('table').isVisible()).toBe(true);
    await pages.nojs.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '表格' }).click();
    await pages.nojs.waitForURL(/#table$/);
  });
});

describe('data, definition, citation and embedding', () => {
  it('the 表格 has one row per year: the target year shows its reported value and the target side by side', async () => {
    await pages.nojs.goto(PATH);
    const table = pages.nojs.locator('#table table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['年份', '数值', '规划目标', '来源']);
    const years = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(new Set(years).size).toBe(years.length);
    const target = table.locator('tbody tr', { has: pages.nojs.locator('th', { hasText: /^2025$/ }) });
    expect(await target.count()).toBe(1);
    const cells = await target.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\s*9\d(\.\d+)?%/);
    expect(cells[1]!.trim()).toBe('95%'); // printed 95, with its unit as the actual beside it
  });
  it('the definition from the catalogue says why a gross rate can exceed 100%', async () => {
    await pages.nojs.goto(PATH);
    expect(await pages.nojs.locator('.definition').textContent()).toContain('可以超过100%');
  });

  it('offers CSV and SVG downloads, each carrying the title, plan, source and provenance', async () => {
    await pages.nojs.goto(PATH);
    for (const name of ['数据（CSV）', '下载图表（SVG）']) expect(await pages.nojs.getByRole('link', { name }).count()).toBe(1);
    const dir = join(DIST, PATH);
    const csv = readFileSync(join(dir, 'data.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('青铜峡市教育事业发展“十四五”规划');
    expect(csv).toContain('基线');
    expect(csv).toContain('示例数据，非官方统计');
    const svg = readFileSync(join(dir, 'chart.svg'), 'utf8');
    expect(svg).toContain('>学前教育毛入园率 · 青铜峡市</text>');
    expect(svg).toMatch(/class="frame-source"[^>]*>来源：/);
    expect(svg).toMatch(/class="frame-provenance"[^>]*>示例数据，非官方统计/);
  });

  it('every indicator has its downloads', () => {
    const html = readFileSync(join(DIST, 'plans/pingluo-edu-2021-2025/indicators/compulsory-retention/index.html'), 'utf8');
    for (const f of ['data.csv', 'chart.svg']) expect(html).toContain(`href="/plans/pingluo-edu-2021-2025/indicators/compulsory-retention/${f}"`);
    expect(html).toContain('data-chart-png="/plans/pingluo-edu-2021-2025/indicators/compulsory-retention/chart.svg"');
  });

  it('has a GB/T 7714 reference, a plain citation and a permalink', async () => {
    await pages.nojs.goto(PATH);
    const block = pages.nojs.getByRole('region', { name: '引用' });
    const text = (await block.textContent()) ?? '';
    expect(text).toMatch(/青铜峡市人民政府办公室\. 青铜峡市教育事业发展“十四五”规划: 学前教育毛入园率\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/localhost:4321\/plans\/qingtongxia-edu-2021-2025\/indicators\/preschool-gross-enrolment\/\./);
    expect(text).toContain('《青铜峡市教育事业发展“十四五”规划》“学前教育毛入园率”');
    expect(text).toContain('（年度数值为示例数据，非官方统计）');
  });

  it('an embed snippet points at a page with the chart, its source and the label, without site chrome', async () => {
    await pages.nojs.goto(PATH);
    const snippet = await pages.nojs.getByRole('textbox', { name: '嵌入代码' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/localhost:4321\/embed\/qingtongxia-edu-2021-2025\/preschool-gross-enrolment\/" title="学前教育毛入园率（青铜峡市）"/);
    await pages.nojs.goto('/embed/qingtongxia-edu-2021-2025/preschool-gross-enrolment/');
    expect(await pages.nojs.getByRole('img', { name: /学前教育毛入园率/ }).count()).toBe(1);
    // The chart is the SVG download as an image, described in its alt text, not the drawing inline again.
    const img = pages.nojs.locator('img[src="/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/chart.svg"]');
    expect(await img.getAttribute('alt')).toMatch(/^学前教育毛入园率：\d{4}年基线.*（示例数据）.*状态：/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    expect(await pages.nojs.locator('svg').count()).toBe(0);
    expect(await pages.nojs.locator('figcaption.legend').textContent()).toContain('基线');
    expect(await pages.nojs.locator('header, nav, footer').count()).toBe(0);
    expect(await pages.nojs.getByText(/^来源：基线和目标：《青铜峡市教育事业发展“十四五”规划》/).count()).toBe(1);
    expect(await pages.nojs.locator('.illustrative-tag').count()).toBe(1);
  });

  it('the share image (og:image) is the plan\'s card and the illustrative label sits beside the status badge', async () => {
    await pages.nojs.goto(PATH);
    expect(await pages.nojs.locator('meta[property="og:image"]').getAttribute('content')).toBe('http://localhost:4321/plans/qingtongxia-edu-2021-2025/share.png');
    expect(await pages.nojs.locator('.status-box p').first().locator('.badge + .illustrative-tag').textContent()).toBe('示例');
  });
});
