/**
 * The browser tests wait for an element, a navigation or a condition as long as it takes: Playwright's own
 * 30 s default failed a click on a loaded machine though nothing was wrong, and Vitest's test timeout already
 * catches a hang. Every way a test opens a page (a context, `browser.newPage`, `openPage`) has no deadline.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/** Playwright keeps a page's effective deadlines in `_timeoutSettings` (not public; read only here). */
type Settings = { timeout(o: object): { timeout: number }; navigationTimeout(o: object): { timeout: number } };
const deadlines = (page: Page) => {
  const settings = (page as unknown as { _timeoutSettings: Settings })._timeoutSettings;
  return { action: settings.timeout({}).timeout, navigation: settings.navigationTimeout({}).timeout };
};

it('a page of a new context waits without a deadline', async () => {
  const page = await (await browser.newContext()).newPage();
  expect(deadlines(page)).toEqual({ action: 0, navigation: 0 });
});

it('a page from browser.newPage and from openPage waits without a deadline', async () => {
  expect(deadlines(await browser.newPage())).toEqual({ action: 0, navigation: 0 });
  expect(deadlines((await openPage(browser)).page)).toEqual({ action: 0, navigation: 0 });
});

it('an explicit timeout on one call still applies', async () => {
  const page = await browser.newPage();
  await expect(page.waitForFunction(() => false, undefined, { timeout: 50 })).rejects.toThrow(/Timeout 50ms exceeded/);
});
