/**
 * The plan dashboard on a 360 px phone: a summary line, binding indicators first, the latest value and
 * its year beside every indicator, the illustrative label beside the status, and the 完成情况表 in
 * stacked rows so that its status column is on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

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

describe('plan dashboard at 360 px', () => {
  it('opens with a summary line counting indicators by status', async () => {
    await page.goto('/plans/pingluo-edu-2021-2025/');
    expect(await page.locator('.dashboard-summary').textContent()).toMatch(/^主要指标 \d+ 项（约束性 \d+ 项）：.+ \d+ 项/);
  });

  it('lists binding indicators first, each with its latest value and year and the label beside its status', async () => {
    await page.goto('/plans/pingluo-edu-2021-2025/');
    const cards = page.locator('.indicator-card');
    const n = await cards.count();
    const binding = await cards.evaluateAll((els) => els.map((el) => el.querySelector('.attr-binding') !== null));
    const firstNonBinding = binding.indexOf(false);
    expect(binding.slice(firstNonBinding === -1 ? n : firstNonBinding)).not.toContain(true);
    for (let i = 0; i < n; i++) {
      expect(await cards.nth(i).locator('.latest').textContent()).toMatch(/^最新：(\d{4}年：.+|未报告)$/);
      expect(await cards.nth(i).locator('.badge + .illustrative-tag').count()).toBe(1);
    }
  });

  it('the 完成情况表 shows every row as a stack: the status is on screen without scrolling sideways', async () => {
    for (const path of ['/plans/pingluo-edu-2021-2025/', '/plans/qingtongxia-edu-2021-2025/']) {
      await page.goto(path);
      const badges = page.locator('.status-table tbody .badge');
      expect(await badges.count()).toBeGreaterThan(0);
      const right = await badges.evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(360);
      const wrap = page.locator('.status-table .table-wrap').first();
      expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    }
  });
});
