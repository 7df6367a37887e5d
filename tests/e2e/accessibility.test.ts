/**
 * Accessibility gate: axe-core in Chromium on every page type, 0 violations at WCAG 2.1 AA; and a
 * keyboard-only walk through navigation and search.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES: Record<string, string> = {
  overview: '/',
  plan: '/plans/qingtongxia-edu-2021-2025/',
  text: '/plans/pingluo-edu-2021-2025/text/',
  indicator: '/plans/xingqing-edu-2021-2025/indicators/preschool-gross-enrolment/',
  'text target indicator': '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/',
  department: '/departments/jing-yuan-xian-640424--xian-wei-tong-zhan-bu/',
  departments: '/departments/',
  measures: '/plans/jingyuan-edu-quality-2023-2027/measures/',
  projects: '/plans/pingluo-edu-2021-2025/projects/',
  comparison: '/compare/preschool-gross-enrolment/',
  'comparison list': '/compare/',
  region: '/regions/ping-luo-xian/',
  'region with departments': '/regions/jing-yuan-xian-640424/',
  'department, one status shown': '/departments/jing-yuan-xian-640424--jiao-yu-ti-yu-ju/#status-behind',
  city: '/regions/yin-chuan-shi/',
  search: '/search/?q=双师型',
  about: '/about/',
  updates: '/updates/',
  'plan updates': '/plans/zhongwei-edu-2021-2025/updates/',
  data: '/data/',
  embed: '/embed/qingtongxia-edu-2021-2025/preschool-gross-enrolment/',
  'embed, text target': '/embed/qingtongxia-edu-2021-2025/compulsory-quality-balanced/',
  'indicator, 表格 tab': '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/#table',
  'not found': '/404.html',
};

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as a script, which the site's own Content-Security-Policy would refuse.
  ({ page } = await openPage(browser, { bypassCSP: true, viewport: { width: 360, height: 740 } }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core, WCAG 2.1 AA', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name}: ${path}`, async () => {
      await page.goto(path);
      if (path.startsWith('/search/')) await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
      });
      expect(violations).toEqual([]);
    });
  }
});

describe('keyboard only', () => {
  it('the skip link comes first and moves to the main content', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null || location.hash === '#main')).toBe(true);
  });

  it('tabs through the navigation to the search box and searches', async () => {
    await page.goto('/');
    const seen: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim(), id: document.activeElement?.id }));
      seen.push(el.id || el.text || el.tag || '');
      if (el.id === 'site-q') break;
    }
    expect(seen).toEqual(expect.arrayContaining(['跳到正文', '首页', '各地比较', '责任单位', '数据下载', '更新记录', '关于本站', 'site-q']));
    await page.keyboard.type('大班额');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    // From the results, Tab reaches the first result link.
    await page.locator('#q').focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans\/.+#/);
  });

  it('focus is visible', async () => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
