/**
 * A reader sees every year's value on the chart, a corrected figure marked as revised with its first
 * published value, the update log and its feed, and the downloads — all labelled as illustrative.
 */
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseURL, freshPage, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, { javaScriptEnabled: false }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('yearly progress on the site', () => {
  it('the chart shows every yearly value, labelled illustrative inside and beside it', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/');
    // The chart is drawn for a phone and for a wide column; the one shown is read.
    const chart = page.locator('figure.chart-full svg').filter({ visible: true });
    expect(await chart.locator('.actuals circle').count()).toBe(5);
    expect(await chart.textContent()).toContain('示例数据，非官方统计');
    expect(await page.locator('.illustrative-note').count()).toBe(1);
  });

  it('a corrected figure shows the current value, says it was revised, and keeps the first one', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/');
    const row = page.getByRole('row', { name: /^2023/ });
    const text = await row.textContent();
    expect(text).toContain('92.43%');
    expect(text).toContain('已修订');
    expect(text).toContain('91.83%，2024年3月15日发布');
  });

  it('every page that shows data says when its data was last updated', async () => {
    for (const path of ['/', '/plans/pingluo-edu-2021-2025/', '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/', '/data/']) {
      await page.goto(path);
      expect(await page.locator('footer').textContent(), path).toMatch(/数据更新于 \d{4}年\d{1,2}月\d{1,2}日/);
    }
  });

  it('the update log lists what changed, and its Atom feeds parse', async () => {
    await page.goto('/updates/');
    expect(await page.locator('ol.updates > li').count()).toBeGreaterThan(0);
    // The site-wide log is bounded whatever the number of plans, and says so; each plan's own log is complete.
    expect(await page.locator('#bounds').textContent()).toMatch(/只列出最近 100 次更新，每次更新最多列出 10 个规划、每个规划 10 处变化。每个规划的完整更新记录/);
    const site = new XMLParser().parse(await (await fetch(new URL('/updates.xml', baseURL()))).text());
    expect(site.feed.subtitle).toContain('本订阅只有最近 100 次更新');
    for (const path of ['/updates.xml', '/plans/jingyuan-edu-quality-2023-2027/updates.xml']) {
      const res = await fetch(new URL(path, baseURL()));
      expect(res.status).toBe(200);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(await res.text());
      expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(doc.feed.title).toBeTruthy();
    }
  });

  it('the downloads page links CSV, JSON and datapackage.json for all plans and each plan', async () => {
    await page.goto('/data/');
    expect(await page.getByRole('table').getByRole('link', { name: 'datapackage.json' }).count()).toBe(6);
    const res = await fetch(new URL('/data/all/indicators.csv', baseURL()));
    const body = new Uint8Array(await res.arrayBuffer());
    expect([...body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('the downloads page offers one archive of every table of every plan, and says what it holds', async () => {
    await page.goto('/data/');
    const link = page.getByRole('link', { name: 'tables.zip' });
    expect(await link.getAttribute('href')).toBe('/data/all/tables.zip');
    expect(await page.locator('#archive').textContent()).toMatch(/全部 5 个规划的全部 5 个表格.*共 11 个文件/);
    const res = await fetch(new URL('/data/all/tables.zip', baseURL()));
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toHaveLength(11);
    const csv = await (await fetch(new URL('/data/all/indicators.csv', baseURL()))).arrayBuffer();
    expect(Buffer.from(files['indicators.csv']!).equals(Buffer.from(csv))).toBe(true);
  });
});
