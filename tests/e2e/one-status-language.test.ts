/**
 * One status language (issue 25, item 2), at 360 px and 1280 px with JavaScript off: one page explains side by
 * side, with examples, the final verdicts, the mid-period statuses in the words official 中期评估 reports use
 * (提前实现 / 基本符合预期 / 滞后 …), and the measure and project statuses; every status badge and every
 * measure or project status on the site links to its own definition there; a status never rests on colour
 * alone; the builder's phrase 完成规划期应有变化 is gone, in sentences and as a column heading.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PAGES_WITH_STATUSES = [
  '/',
  '/plans/pingluo-edu-2021-2025/',
  '/plans/jingyuan-edu-quality-2023-2027/',
  '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/',
  '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/',
  '/plans/jingyuan-edu-quality-2023-2027/measures/',
  '/plans/pingluo-edu-2021-2025/projects/',
  '/compare/preschool-gross-enrolment/',
];
/** Old words that were said four ways; none reaches a reader. */
const OLD_WORDS = /按计划推进|有滞后风险|完成规划期应有变化|应有变化的/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  let page: Page;
  let about: Map<string, string>;
  beforeAll(async () => {
    ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport }));
    await page.goto('/about/');
    // Each defined term on the status page: its anchor and the word it defines.
    about = new Map(
      await page.locator('#statuses ~ dl.status-terms dt[id]').evaluateAll((dts) => dts.map((dt) => [dt.id, dt.textContent!.replace(/[✔✖●▲▼○◌？]/g, '').trim()] as [string, string])),
    );
  });
  // A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
  beforeEach(async () => {
    page = await freshPage(page);
  });

  it('one page explains the four vocabularies side by side, in a table that fits the column', async () => {
    await page.goto('/about/#statuses');
    const table = page.locator('table.status-overview');
    const headers = (await table.locator('thead th').allTextContents()).join('|');
    for (const h of ['终期结论', '中期进度', '措施', '项目']) expect(headers).toContain(h);
    const text = (await table.textContent())!;
    for (const word of ['已达成', '未达成', '终期数据未报告', '提前实现', '基本符合预期', '略有滞后', '明显滞后', '推进中', '滞后', '已完成', '在建', '已投用', '未开工']) expect(text).toContain(word);
    const column = await page.locator('main').evaluate((m) => m.clientWidth);
    expect((await table.boundingBox())!.width).toBeLessThanOrEqual(column);
  });

  it('says that its mid-period words are those of official 中期评估 reports, with a worked example for each', async () => {
    await page.goto('/about/');
    expect(await page.locator('#progress + p').textContent()).toContain('提前实现、快于预期、基本符合预期、滞后');
    for (const id of ['status-achieved-early', 'status-on-track', 'status-at-risk', 'status-off-track', 'status-achieved', 'status-missed']) {
      expect(await page.locator(`#${id} + dd`).textContent(), id).toMatch(/例：\d{4}年/);
    }
    expect(about.get('status-achieved-early')).toBe('提前实现');
    expect(about.get('status-on-track')).toBe('基本符合预期');
    expect(about.get('status-achieved')).toBe('已达成');
    expect(about.get('measure-behind')).toBe('滞后');
    expect(about.get('project-under-construction')).toBe('在建');
  });

  it.each(PAGES_WITH_STATUSES)('every status on %s links to its own definition, which names the same word', async (path) => {
    await page.goto(path);
    const links = await page.locator('main a.badge, main a.task-status, main .answer a[href*="#measure-"]').evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).getAttribute('href')!, word: a.textContent!.replace(/[✔✖●▲▼○◌？]/g, '').trim() })),
    );
    expect(links.length, path).toBeGreaterThan(0);
    for (const { href, word } of links) {
      const [target, anchor] = href.split('#');
      expect(target, `${word} → ${href}`).toBe('/about/');
      expect(about.get(anchor!), `${word} → ${href}`).toBe(word);
    }
    // No badge is shown without a link, except where the page explains the badge itself.
    expect(await page.locator('main span.badge').count(), path).toBe(0);
  });

  it.each(PAGES_WITH_STATUSES)('a status on %s is never colour alone: each badge has its symbol and its word', async (path) => {
    await page.goto(path);
    const badges = await page.locator('main .badge').evaluateAll((els) => els.map((el) => ({ icon: el.querySelector('[aria-hidden="true"]')?.textContent ?? '', text: el.textContent!.trim() })));
    for (const b of badges) {
      expect(b.icon.trim(), b.text).toMatch(/^[✔✖●▲▼○◌？]$/);
      expect(b.text.replace(b.icon, '').trim().length, b.text).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([...PAGES_WITH_STATUSES, '/about/'])('%s speaks the one status language: no old word, no builder’s phrase', async (path) => {
    await page.goto(path);
    expect(await page.locator('body').innerText()).not.toMatch(OLD_WORDS);
  });

  it('the final review calls its share column by what it means to a reader', async () => {
    await page.goto('/plans/pingluo-edu-2021-2025/');
    const headers = await page.locator('.final-review thead th').allTextContents();
    expect(headers).toContain('从基线到目标走完了');
    await page.goto('/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/');
    expect(await page.locator('.status-box').textContent()).toContain('从基线到目标，走完了 40%');
  });
});
