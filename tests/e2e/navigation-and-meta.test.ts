/**
 * Finding one's way: the overview lists plans by province → city → county with a region picker; a page
 * that does not exist answers in Chinese with a search box; every page has a favicon and a description
 * of its own; plans and indicators name a share image.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');
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

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

describe('navigation', () => {
  it('the overview orders plans by region: cities by pinyin, a city before its counties', async () => {
    await page.goto('/');
    const cities = await page.locator('h4.city-heading').allTextContents();
    expect(cities).toEqual(['固原市', '石嘴山市', '吴忠市', '银川市', '中卫市']);
    const titles = await page.locator('.plan-card .plan-title').allTextContents();
    expect(titles[0]).toBe('泾源县教育质量提升行动实施方案');
    expect(titles.at(-1)).toBe('中卫市教育事业发展“十四五”规划');
  });

  it('the region picker works without a script and jumps to the city', async () => {
    await page.goto('/');
    await page.getByText('按地区查找').click();
    await page.getByRole('link', { name: '石嘴山市' }).click();
    await page.waitForURL(/#region-shi-zui-shan-shi$/);
    expect(await page.locator('#region-shi-zui-shan-shi').isVisible()).toBe(true);
  });

  it('a missing page answers in Chinese, with a search box and the way home', async () => {
    const res = await page.goto('/no-such-page/');
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.getByRole('searchbox', { name: /搜索全部规划的条款/ }).count()).toBe(1);
    expect(await page.getByRole('main').getByRole('link', { name: /首页/ }).count()).toBe(1);
  });

  it('every page has the favicon and a description of its own', () => {
    const descriptions = new Map<string, string[]>();
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      // Sources are named by publisher and document, never by the importer's file name.
      expect(html, file).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
      const d = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
      expect(d.length, file).toBeGreaterThan(10);
      descriptions.set(d, [...(descriptions.get(d) ?? []), file]);
    }
    const shared = [...descriptions.entries()].filter(([, files]) => files.length > 1).map(([d, files]) => `${d}: ${files.length}`);
    expect(shared).toEqual([]);
    expect(readFileSync(join(DIST, 'favicon.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('a plan names its share card, a 1200×630 PNG', () => {
    const html = readFileSync(join(DIST, 'plans/pingluo-edu-2021-2025/index.html'), 'utf8');
    expect(html).toContain('<meta property="og:image" content="http://localhost:4321/plans/pingluo-edu-2021-2025/share.png">');
    const png = readFileSync(join(DIST, 'plans/pingluo-edu-2021-2025/share.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
