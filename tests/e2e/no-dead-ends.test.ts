/**
 * No dead ends, on a phone (360 px) and a laptop (1280 px): a region page shows its plans' answers, its
 * departments and the comparisons of its indicators; a department page counts its measures by status and
 * filters them without a script; a search result for a table row names the row, never the table's header
 * line; the footer says what the site is, in Chinese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let page: Page;
let js: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, { javaScriptEnabled: false }));
  ({ page: js } = await openPage(browser));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
  js = await freshPage(js);
});
afterAll(async () => {
  await browser?.close();
});

const fits = async (p: Page, width: number) => expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
const main = async (p: Page) => (await p.locator('main').innerText()).replace(/\s+/gu, ' ');

for (const width of [360, 1280]) {
  describe(`at ${width} px`, () => {
    beforeEach(async () => {
      await page.setViewportSize({ width, height: 800 });
      await js.setViewportSize({ width, height: 800 });
    });

    it('a county’s page shows its plan’s answer and its departments, each with its measures and those behind', async () => {
      await page.goto('/regions/jing-yuan-xian-640424/');
      const text = await main(page);
      expect(text).toMatch(/措施 27 项（最新进展）：.*滞后 7/);
      const departments = page.getByRole('region', { name: '责任单位' });
      // A static page, loaded: nothing arrives later, so it is counted once, not polled against a one-second clock.
      expect(await departments.getByRole('listitem').count()).toBeGreaterThan(5);
      expect(await departments.getByRole('listitem').first().innerText()).toMatch(/^教育体育局：措施 27 项，其中滞后 7 项$/);
      await departments.getByRole('link', { name: '教育体育局' }).click();
      await page.waitForURL(/\/departments\/jing-yuan-xian-640424--jiao-yu-ti-yu-ju\/$/);
      await fits(page, width);
    });

    it('a county with indicators shows their statuses and links to each comparison with other regions', async () => {
      await page.goto('/regions/qing-tong-xia-shi/');
      expect(await page.locator('.plan-card .counts').first().innerText()).toMatch(/\d+ 项/);
      const compare = page.getByRole('region', { name: '与其他地区比较' });
      const link = compare.getByRole('link', { name: /毛入园率/ }).first();
      expect(await link.getAttribute('href')).toBe('/compare/preschool-gross-enrolment/');
      expect(await compare.getByRole('link', { name: '全部比较' }).count()).toBe(1);
      await fits(page, width);
    });

    it('a department page counts its measures by status, and a count shows only those measures, without a script', async () => {
      await page.goto('/departments/jing-yuan-xian-640424--jiao-yu-ti-yu-ju/');
      const filter = page.getByRole('navigation', { name: '按最新进展查看措施' });
      const counts = await filter.getByRole('link').allInnerTexts();
      expect(counts[0]).toBe('全部 27 项');
      expect(counts[1]).toBe('滞后 7 项');
      expect(counts.slice(1).reduce((n, c) => n + Number(/(\d+) 项/.exec(c)![1]), 0)).toBe(27);
      expect(await page.locator('ol.measures > li').count()).toBe(27);
      await filter.getByRole('link', { name: '滞后 7 项' }).click();
      await page.waitForURL(/#status-behind$/);
      const shown = page.locator('ol.measures > li:visible');
      expect(await shown.count()).toBe(7);
      for (const text of await shown.allInnerTexts()) expect(text).toMatch(/最新进展：\d{4}年 滞后/);
      // Each measure's status is a link to what the word means.
      const links = await shown.getByRole('link', { name: '滞后', exact: true }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(links).toHaveLength(7);
      for (const href of links) expect(href).toMatch(/\/about\/#measure-behind$/);
      await filter.getByRole('link', { name: '全部 27 项' }).click();
      await page.waitForURL(/#measures-h$/);
      expect(await page.locator('ol.measures > li:visible').count()).toBe(27);
      await fits(page, width);
    });

    it('search results for a table row name the row, never the table’s header line', async () => {
      await js.goto(`/search/?q=${encodeURIComponent('学前三年毛入园率')}`);
      await js.waitForFunction(() => {
        const s = document.getElementById('search-status')?.textContent ?? '';
        return document.body.dataset.searchReady === 'true' && s !== '' && !s.includes('正在');
      });
      const titles = await js.locator('#search-results li h2').allInnerTexts();
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((t) => /项\s*目|指\s*标\s*20|学\s*段|表格 ·/.test(t))).toEqual([]);
      const hit = js.locator('#search-results li', { has: js.getByRole('link', { name: '学前三年毛入园率 · 指标 · 平罗县规划' }) });
      expect(await hit.locator('.excerpt').innerText()).toMatch(/^学前三年毛入园率：2020年 95%，2025年目标 96%，约束性指标/);
      await fits(js, width);
    });

    it('the footer says what the site is and who issues its texts, in Chinese', async () => {
      for (const path of ['/', '/regions/jing-yuan-xian-640424/', '/departments/jing-yuan-xian-640424--jiao-yu-ti-yu-ju/', '/about/']) {
        await page.goto(path);
        const footer = await page.locator('footer').innerText();
        expect(footer, path).toContain('教育规划实施公开：集中公开各地教育规划的官方文本、主要指标和逐年实施进展');
        expect(footer, path).toContain('规划文本由各地人民政府及其部门印发');
        expect(footer.match(/[A-Za-z]{2,}/g) ?? [], path).toEqual([]);
      }
    });
  });
}
