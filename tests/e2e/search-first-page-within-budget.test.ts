/**
 * The search page's first query fetches a bounded number of index files however many candidates it has
 * (docs/search-index.md, "A budget of files"): the real search page reads an index of 100 generated plans in
 * which every block holds candidates of a phrase no plan says. The page shows that it verified only part of
 * them and 显示更多结果 goes on until every one is opened; a slip whose exact candidates fill the budget
 * (集团化办校) still finds 集团化办学 first, marked 近似匹配.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { writeGramIndex, type IndexPlanRecords } from '../../src/lib/publish/gram-index.ts';
import { searchFor } from '../../scripts/search-quality.ts';
import { freshPage, launchBrowser, openPage } from './browser.ts';

const root = mkdtempSync(join(tmpdir(), 'budget-site-'));
let browser: Browser;
let page: Page;
const requested: string[] = [];

const plan = (p: number, texts: string[]): IndexPlanRecords => ({
  plan: { title: `合成${p}县规划`, url: `/plans/syn${p}/`, region: `合成${p}县`, province: '宁夏回族自治区', city: '' },
  records: texts.map((t, k) => ({ title: `条款${k}`, url: `/plans/syn${p}/#c${k}`, kind: '条款', shown: t })),
});

beforeAll(async () => {
  const decoys = ['建立控辍保学台账，实行动态管理，健全长效机制。', '组建教育集团，优化办学条件，鼓励社会力量办校。'];
  const plans = Array.from({ length: 100 }, (_, p) => plan(p, [...Array.from({ length: 14 }, (_, k) => decoys[k % 3 === 0 ? 1 : 0]!), p === 50 || p === 80 ? '深化集团化办学改革，扩大优质资源。' : '改善办学条件。', '加强教师队伍建设。']));
  await writeGramIndex(plans, join(root, 'index'));
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  // The page's index is the generated one (routed for the context, so that every fresh page reads it).
  await page.context().route(/\/search-index\//, (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^.*\/search-index\//, '');
    requested.push(file);
    return route.fulfill({ body: readFileSync(join(root, 'index', file)), contentType: 'application/json' });
  });
}, 120_000);
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next, and no
// request of the page before is counted in the next test's files.
beforeEach(async () => {
  page = await freshPage(page);
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

it('a phrase no plan says: at most 16 index files, then 显示更多结果 opens the rest until nothing is left', async () => {
  requested.length = 0;
  const q = '建立控辍保学动态监测机制';
  await searchFor(page, '', q);
  expect(requested.length).toBeLessThanOrEqual(16);
  expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^没有找到完整包含“${q}”的结果：\\d+ 条候选只核对了一部分`));
  const more = page.getByRole('button', { name: '显示更多结果' });
  for (let n = 1; await more.isVisible(); n += 1) {
    await more.click();
    await page.waitForFunction((k) => document.body.dataset.searchMore === String(k), n);
  }
  expect(await page.locator('#search-results li').count()).toBe(0);
  expect(await page.locator('#search-status').textContent()).toBe(`没有找到完整包含“${q}”的结果。`);
});

it('a slip whose exact candidates fill the budget: 集团化办学 first, marked 近似匹配', async () => {
  requested.length = 0;
  await searchFor(page, '', '集团化办校');
  expect(requested.length).toBeLessThanOrEqual(16);
  const first = page.locator('#search-results li').first();
  expect(await first.locator('.result-near').textContent()).toContain('近似匹配');
  expect(await first.textContent()).toContain('集团化办学');
});
