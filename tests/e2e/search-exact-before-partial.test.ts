/**
 * Results that contain the whole query come first; results that only share some of its characters are
 * counted and kept apart under 部分字词匹配, shown only on request; a slip of one character finds what was
 * meant, marked 近似匹配; nonsense returns nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { searchFor } from '../../scripts/search-quality.ts';
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

describe('exact before loose', () => {
  it('特岗教师: every result shown contains the whole phrase', async () => {
    await searchFor(page, '', '特岗教师');
    await showAllResults(page);
    const excerpts = await page.locator('#search-results li .excerpt').allTextContents();
    expect(excerpts.length).toBe(2);
    for (const e of excerpts) expect(e).toContain('特岗教师');
  });

  it('双型师 (the characters of 双师型 in the wrong order) shows nothing as a match; partial matches wait under 部分字词匹配', async () => {
    await searchFor(page, '', '双型师');
    expect(await page.locator('#search-status').textContent()).toBe('没有找到完整包含“双型师”的结果。');
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.getByRole('heading', { name: '部分字词匹配' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^显示部分字词匹配的结果（\d+ 条）$/ }).click();
    await page.getByRole('heading', { name: '部分字词匹配' }).waitFor();
    expect(await page.locator('#search-partial li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-partial-note').textContent()).toContain('不含完整的检索词');
  });

  it('a slip of one character (双师形, 控缀保学) finds the phrase meant first, each result marked 近似匹配', async () => {
    for (const [q, meant] of [['双师形', '双师型'], ['控缀保学', '控辍保学']]) {
      await searchFor(page, '', q!);
      expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^没有找到完整包含“${q}”的结果；以下 \\d+ 条是近似匹配`));
      const first = page.locator('#search-results li').first();
      expect(await first.locator('.result-near').textContent()).toContain('近似匹配');
      expect(await first.locator('.excerpt mark').first().textContent()).toBe(meant);
    }
  });

  it('nonsense (鲸鱼火箭, 火星基地) shows no result', async () => {
    for (const q of ['鲸鱼火箭', '火星基地']) {
      await searchFor(page, '', q);
      expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^没有找到(与|完整包含)“${q}”`));
      expect(await page.locator('.search-results li').count()).toBe(0);
    }
  });
});
