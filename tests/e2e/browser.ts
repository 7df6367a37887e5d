/**
 * A real Chromium for the browser tests, without root: Debian's /usr/bin/chromium when installed,
 * else the one packaged in @sparticuz/chromium. No request may leave the machine.
 */
import { existsSync } from 'node:fs';
import { packagedChromium } from '../helpers/chromium.ts';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const browser = existsSync('/usr/bin/chromium')
    ? await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS, headless: true })
    : await launchPackaged();
  return withoutActionDeadlines(browser);
}

async function launchPackaged(): Promise<Browser> {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: packagedChromium(), args: [...sparticuz.args, ...FLAGS], headless: true });
}

/**
 * Every context of this browser (and so every page, `browser.newPage` included) waits for an element, a
 * navigation or a condition as long as it takes. Playwright's own 30 s default failed a click on a loaded
 * CI machine though nothing was wrong; Vitest's test timeout is what catches a hang.
 */
export function withoutActionDeadlines(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

let base = '';
/** Set by wait-for-site.ts once the shared site is served. */
export const setBaseURL = (url: string): void => void (base = url);
/** The address of the shared built site (only inside a test or hook: the site is built while unit tests run). */
export const baseURL = (): string => {
  if (!base) throw new Error('the shared site is not served yet: call baseURL() inside a test or hook');
  return base;
};

/** A page on the built site; requests to any other host are blocked and recorded. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext({ baseURL: baseURL(), locale: 'zh-CN', ...options });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL()) || url.startsWith('data:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { page: await context.newPage(), external };
}

/**
 * The next test's page: the one before it closed, a new one opened in the same context (same options, same
 * record of requests to other hosts). Nothing one test does to its page (pointer position, focus, scroll,
 * emulated media, viewport, the document itself) carries into the next. A new context per test did the
 * same at three times the processor time: Chromium keeps every context until the browser closes.
 */
export async function freshPage(page: Page): Promise<Page> {
  const context = page.context();
  await page.close();
  return context.newPage();
}

/**
 * A browser with two pages on the built site, one with JavaScript and one without (`options` for both, e.g. a
 * 360 px viewport), each fresh for every test (freshPage), and after the file no request that left the site.
 * Registers the file's hooks; read the pages as `pages.js` and `pages.nojs` inside tests.
 */
export function withAndWithoutScript(options: BrowserContextOptions = {}): { js: Page; nojs: Page; browser: Browser } {
  const pages = {} as { js: Page; nojs: Page; browser: Browser };
  const external: string[][] = [];
  beforeAll(async () => {
    pages.browser = await launchBrowser();
    const a = await openPage(pages.browser, options);
    const b = await openPage(pages.browser, { ...options, javaScriptEnabled: false });
    [pages.js, pages.nojs] = [a.page, b.page];
    external.push(a.external, b.external);
  });
  beforeEach(async () => {
    pages.js = await freshPage(pages.js);
    pages.nojs = await freshPage(pages.nojs);
  });
  afterAll(async () => {
    expect(external.flat()).toEqual([]);
    await pages.browser?.close();
  });
  return pages;
}

/**
 * Search results come ten at a time: clicks 显示更多结果 until every result is shown. Each click is done when
 * the page counts one more longer list shown (`data-search-more`), not when the list grows: a longer list
 * may open candidates in vain and add nothing, and a wait for more items would then never end.
 */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: '显示更多结果' });
  while (await more.isVisible()) {
    const done = await page.evaluate(() => Number(document.body.dataset.searchMore ?? 0));
    await more.click();
    await page.waitForFunction((n) => Number(document.body.dataset.searchMore ?? 0) > n, done);
  }
}

/**
 * Clicks a link and waits until the page it leads to has loaded. A count or a check right after a bare
 * click could still see the page it left: on a loaded machine, a plan page's two charts of an indicator were
 * counted as the indicator page's one.
 */
export async function follow(page: Page, link: Locator): Promise<void> {
  const from = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== from);
}
