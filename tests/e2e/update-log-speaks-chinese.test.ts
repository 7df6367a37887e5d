/**
 * The public log (更新记录, the plan's 更新记录 and the Atom feeds) says in Chinese what changed in the data:
 * no commit message of the content's history and no English word reaches a reader, on a phone or a laptop.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';
import { REPO } from '../helpers/run.ts';

const PLAN = 'qingtongxia-edu-2021-2025';
const PAGES = ['/updates/', `/plans/${PLAN}/updates/`];
const FEEDS = ['/updates.xml', `/plans/${PLAN}/updates.xml`];
const ENGLISH = /[A-Za-z]{2,}/g;

/** The subjects of the commits that changed content/ (what the log used to show as 提交说明). */
const messages = execFileSync('git', ['log', '--format=%s', '--', 'content'], { cwd: REPO, encoding: 'utf8' })
  .split('\n')
  .map((m) => m.trim())
  .filter((m) => m.length >= 12);

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

describe('the update log', () => {
  it('has commits to compare with', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  for (const width of [360, 1280]) {
    it(`at ${width} px: lists changes in Chinese, never a commit message nor an English word`, async () => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of PAGES) {
        await page.goto(path);
        expect(await page.locator('ol.updates > li').count(), path).toBeGreaterThan(0);
        const text = await page.locator('main').innerText();
        expect(text, path).not.toContain('提交说明');
        expect(messages.filter((m) => text.includes(m.slice(0, 24))), path).toEqual([]);
        expect(text.match(ENGLISH) ?? [], path).toEqual([]);
        // Dates as readers write them (2026年12月1日); the ISO date stays in the <time> element's datetime.
        for (const day of await page.locator('ol.updates > li time').allInnerTexts()) expect(day, path).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
        // Every entry names what changed: a plan and what was published, updated or revised.
        for (const headline of await page.locator('ol.updates > li strong').allInnerTexts()) expect(headline, path).toMatch(/^(发布|更新|修订|撤下)/);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
    });
  }

  it('shows a corrected figure as old → new with its reason', async () => {
    await page.goto(`/plans/${PLAN}/updates/`);
    // The lines sit in a closed <details>: its text is there, shown on a tap.
    expect(await page.locator('main').textContent()).toMatch(/学前教育毛入园率 2023年：修订 91\.83% → 92\.43%（原因：.+）/);
  });
});

describe('the Atom feeds', () => {
  it('say the same in Chinese: no commit message, no English word in any text a feed reader shows', async () => {
    for (const path of FEEDS) {
      const res = await page.request.get(path);
      expect(res.ok(), path).toBe(true);
      const xml = await res.text();
      expect(messages.filter((m) => xml.includes(m.slice(0, 24))), path).toEqual([]);
      expect(xml, path).not.toContain('提交说明');
      const feed = new XMLParser({ ignoreAttributes: true }).parse(xml).feed;
      const entries = [feed.entry].flat().filter(Boolean) as Array<Record<string, string>>;
      expect(entries.length, path).toBeGreaterThan(0);
      const shown = [feed.title, feed.subtitle, feed.rights, ...entries.flatMap((e) => [e.title, e.summary, e.content])].map(String);
      expect(shown.flatMap((t) => t.match(ENGLISH) ?? []), path).toEqual([]);
      for (const e of entries) expect(e.title, path).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 /);
    }
  });
});
