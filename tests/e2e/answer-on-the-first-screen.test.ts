/**
 * The answer first (issue 25, item 1): on a 360 px phone and on a 1280 px laptop, the overview, a plan and an
 * indicator open with their verdict or status summary on the first screen, before metadata, search boxes and
 * notes about the text; the indicator page says its verdict once, titles its chart with the indicator and
 * the place, and puts download, cite and embed as buttons under the chart. JavaScript off throughout.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PLANS = ['pingluo-edu-2021-2025', 'qingtongxia-edu-2021-2025', 'xingqing-edu-2021-2025', 'zhongwei-edu-2021-2025', 'jingyuan-edu-quality-2023-2027'];
const INDICATOR = '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const top = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.y;

describe.each(VIEWPORTS)('at $width × $height', (viewport) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport }));
  });
  // A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
  beforeEach(async () => {
    page = await freshPage(page);
  });

  it('the overview opens with the summary across plans', async () => {
    await page.goto('/');
    expect(await top(page, '.answer')).toBeLessThan(viewport.height);
    expect(await top(page, '.answer')).toBeLessThan(await top(page, '.plan-card'));
  });

  it.each(PLANS)('the page of %s opens with its summary, before its metadata and search box', async (id) => {
    await page.goto(`/plans/${id}/`);
    const answer = await top(page, '.answer');
    expect(answer).toBeLessThan(viewport.height);
    expect(answer).toBeLessThan(await top(page, '.meta-list'));
    expect(answer).toBeLessThan(await top(page, '.search-within'));
  });

  it('the indicator page opens with its verdict', async () => {
    await page.goto(INDICATOR);
    expect(await top(page, '.status-box')).toBeLessThan(viewport.height);
  });
});

describe('what the first screen says', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport: VIEWPORTS[0] }));
  });
  // A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
  beforeEach(async () => {
    page = await freshPage(page);
  });

  it('the overview counts plans, verdicts, failed binding indicators and reports, and prints no empty count', async () => {
    await page.goto('/');
    const answer = page.locator('.answer');
    const text = (await answer.textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/收录规划 5 个：规划期已结束 4 个，实施中 1 个。/);
    expect(text).toMatch(/已结束的 4 个规划共有主要指标 \d+ 项，终期结论：\s*✔ 已达成 \d+ 项，\s*✖ 未达成 \d+ 项。/);
    expect(text).toMatch(/约束性指标（政府必须完成的承诺）共 \d+ 项，其中 \d+ 项未达成或没有终期数据/);
    expect(text).toMatch(/年度报告：应发布 \d+ 份，已发布 \d+ 份/);
    expect(await answer.getByRole('link', { name: '平罗县学前三年毛入园率' }).getAttribute('href')).toBe(INDICATOR);
    expect(await page.locator('main').textContent()).not.toContain('终期数据未报告 0 项');
  });

  it("a plan card's binding sentence is red only where something failed", async () => {
    await page.goto('/');
    const cards = page.locator('.plan-card .binding');
    expect(await cards.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await cards.count()); i++) {
      const line = cards.nth(i);
      expect(await line.evaluate((el) => el.classList.contains('alert'))).toBe(false);
      for (const red of await line.locator('.alert').allTextContents()) expect(red).not.toMatch(/已达成/);
    }
    const pingluo = page.locator('.plan-card').filter({ hasText: '平罗县' }).locator('.binding .alert');
    expect(await pingluo.textContent()).toBe('未达成 2 项（学前三年毛入园率、九年义务教育巩固率）');
  });

  it('a plan without indicators answers with its measures by status', async () => {
    await page.goto('/plans/jingyuan-edu-quality-2023-2027/');
    expect(await page.locator('.answer').textContent()).toMatch(/措施 27 项，按最新进展：.*滞后 7 项/);
  });

  it('the indicator page says its verdict once, in a sentence with the figures', async () => {
    await page.goto(INDICATOR);
    const box = (await page.locator('.status-box').textContent())!;
    expect(box.match(/未达成/g)).toHaveLength(1);
    expect(box).toContain('2025年实际值为 95.4%，规划目标为 96%，差 0.6 个百分点。');
  });

  it('the chart is titled with the indicator and the place, and its status is not repeated in it', async () => {
    await page.goto(INDICATOR);
    const svg = page.locator('#chart svg').first();
    expect(await svg.locator('text.heading').allTextContents()).toEqual(['学前三年毛入园率 · 平罗县']);
    expect((await svg.locator('text').allTextContents()).join('')).not.toContain('状态：');
  });

  // The PNG button, shown only with JavaScript, is chart-png-is-drawn-in-the-browser.test.ts's.
  it('download, cite and embed are buttons under the chart', async () => {
    await page.goto(INDICATOR);
    const chartBottom = await page.locator('#chart svg').first().evaluate((el) => el.getBoundingClientRect().bottom);
    for (const name of ['数据（CSV）', '下载图表（SVG）', '引用', '嵌入本图表']) {
      const button = page.locator('#chart .actions').getByRole('link', { name, exact: true });
      expect(await button.getAttribute('class'), name).toBe('button');
      expect((await button.boundingBox())!.y, name).toBeGreaterThan(chartBottom);
    }
    await page.locator('#chart .actions').getByRole('link', { name: '引用', exact: true }).click();
    await page.waitForURL(/#cite$/);
  });
});
