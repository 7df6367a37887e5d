/** A citizen opens the site on a phone, JavaScript off, and sees every published plan. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('shows the overview without JavaScript and makes no outside request', async () => {
  const { page, external } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  await page.goto('/');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('教育规划实施进展');
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(external).toEqual([]);
});
