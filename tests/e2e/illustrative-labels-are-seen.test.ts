/**
 * Illustrative labelling that is seen (issue 25, item 3): a page with made-up data carries one banner,
 * which shows the marker it explains; each illustrative value carries that marker once; no element says
 * the label twice (the measures page printed 【示例】 and （示例数据，非官方统计） on one line).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

/** One page of each type that shows illustrative data. */
const PAGES = {
  overview: '/',
  plan: '/plans/pingluo-edu-2021-2025/',
  indicator: '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/',
  measures: '/plans/jingyuan-edu-quality-2023-2027/measures/',
  projects: '/plans/pingluo-edu-2021-2025/projects/',
  department: '/departments/jing-yuan-xian-640424--jiao-yu-ti-yu-ju/',
  comparison: '/compare/preschool-gross-enrolment/',
  data: '/data/',
};

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(PAGES))('%s page', (_, path) => {
  it('has one banner, and the banner shows the marker the values carry', async () => {
    await page.goto(path);
    const banner = page.locator('.illustrative-note');
    expect(await banner.count()).toBe(1);
    const mark = (await banner.locator('.illustrative-key').textContent())!;
    expect(mark).toBe('示例');
    for (const m of await page.locator('main .illustrative-tag').allTextContents()) expect(m).toBe(mark);
  });

  it('no line, cell or item carries the label twice', async () => {
    await page.goto(path);
    const doubled = await page.locator('main').evaluate((main) => {
      const blocks = [...main.querySelectorAll('p, td, th, dd, dt, caption, figcaption, h1, h2, h3, h4, h5, li')].filter(
        (el) => !el.closest('.illustrative-note') && !el.querySelector('p, li, td, dd, div, section, table'),
      );
      return blocks.map((el) => el.textContent ?? '').filter((text) => (text.match(/示例/g) ?? []).length > 1);
    });
    expect(doubled).toEqual([]);
  });
});

it('each illustrative value on a plan page carries one marker', async () => {
  await page.goto(PAGES.plan);
  const rows = page.locator('section.final-review tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (let i = 0; i < (await rows.count()); i++) {
    expect(await rows.nth(i).locator('.illustrative-tag').count()).toBe(1);
  }
  const measures = page.locator('ol.measures > li');
  await page.goto(PAGES.measures);
  for (let i = 0; i < (await measures.count()); i++) {
    const text = (await measures.nth(i).textContent())!;
    expect(text).not.toContain('【示例】');
    expect(text).not.toContain('非官方统计');
  }
});

it('a plan without indicators: its measures counted by illustrative statuses carry one marker, on its card and its page', async () => {
  const plan = '/plans/jingyuan-edu-quality-2023-2027/';
  await page.goto('/');
  const card = page.locator('li.plan-card', { has: page.locator(`a[href$="${plan}"]`) });
  const cardLine = card.locator('p.counts', { hasText: '措施' });
  expect(await cardLine.count()).toBe(1);
  expect(await cardLine.locator('.illustrative-tag').count()).toBe(1);
  await page.goto(plan);
  const answer = page.locator('main p.counts', { hasText: '按最新进展' });
  expect(await answer.count()).toBe(1);
  expect(await answer.locator('.illustrative-tag').count()).toBe(1);
});
