/**
 * One result per clause: a clause that is also a measure or a project appears once, showing its units,
 * status and project figures; titles say what the clause is about; the kind filter keeps working.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultKey, searchFor, shownResults } from '../../scripts/search-quality.ts';
import { freshPage, launchBrowser, openPage, showAllResults } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('one result per clause', () => {
  it('县管校聘: each clause once, the 泾源 measure with its responsible units', async () => {
    await searchFor(page, '', '县管校聘');
    await showAllResults(page);
    const keys = (await shownResults(page)).map(resultKey);
    expect(new Set(keys).size).toBe(keys.length);
    const jy = page.locator('#search-results li').filter({ has: page.locator('a[href$="/jingyuan-edu-quality-2023-2027/text/#s3-6-22"]') });
    expect(await jy.count()).toBe(1);
    expect(await jy.locator('.muted').textContent()).toMatch(/^条款 · 措施 · /);
    expect(await jy.locator('.result-units').textContent()).toMatch(/^责任单位：.+/);
  });

  it('a clause holding a major project shows the project with its area and budget', async () => {
    await searchFor(page, '', '第六中学');
    const item = page.locator('#search-results li').filter({ has: page.locator('a[href$="/pingluo-edu-2021-2025/text/#box7-2"]') });
    expect(await item.locator('.result-project').textContent()).toMatch(/^重大项目：.*平方米.*万元/);
  });

  it('the kind filter still finds measures and projects', async () => {
    await searchFor(page, '', '县管校聘');
    await page.goto(`/search/?q=${encodeURIComponent('县管校聘')}&kind=${encodeURIComponent('措施')}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    for (const kind of await page.locator('#search-results li .muted').allTextContents()) expect(kind).toContain('措施');
  });
});

describe('titles say what the result is', () => {
  it('heading or first sentence · locator with full-width brackets · plan short name', async () => {
    await searchFor(page, '', '双师型');
    await showAllResults(page);
    const titles = await page.locator('#search-results li h2').allTextContents();
    expect(titles).toContain('提升中等职业教育办学水平 · 三、（四）2. · 青铜峡市规划');
    for (const t of titles) {
      expect(t).toMatch(/^.+ · .+ · .+(规划|方案)$/);
      expect(t.split(' · ')[0]).not.toMatch(/^[一二三四五六七八九十（(\d].*[、.）)]$/);
    }
    await searchFor(page, '', '集团化办学');
    await showAllResults(page);
    expect(await page.locator('#search-results li h2').allTextContents()).toContain('深化办学模式改革 · 三、（五）4.第3段 · 兴庆区规划');
  });
});
