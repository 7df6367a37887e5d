/**
 * Chinese numbers and dates (issue 25, item 4), on a 360 px phone and a 1280 px laptop with JavaScript off:
 * every figure in a table is written by the one formatter, so a printed `95` of a rate reads `95%` beside an
 * actual `95.1%` and a published `92.00` does not sit beside `91.1%`; dates on pages read 2026年3月15日
 * (downloads keep ISO); a gap in 万人 is also said in people; a target typed as `2025年 > 90%` reads
 * `2025年＞90%`; lists whose items carry their own official numbering show no list number before it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseURL, freshPage, launchBrowser, openPage } from './browser.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PLAN = '/plans/pingluo-edu-2021-2025/';
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The texts of one column's cells (by header text) in the table with this caption. */
async function column(page: Page, table: string, header: string): Promise<string[]> {
  return page.locator(table).evaluate((el, h) => {
    const t = el as HTMLTableElement;
    const heads = [...t.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent!.trim());
    const i = heads.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${heads.join('|')}`);
    return [...t.querySelectorAll('tbody tr')].map((tr) => (tr.children[i]?.textContent ?? '').trim());
  }, header);
}

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport }));
  });
  // A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
  beforeEach(async () => {
    page = await freshPage(page);
  });

  it('a plan page writes its dates as 2026年3月15日, in the text and in the footer', async () => {
    await page.goto(PLAN);
    const latest = (await page.locator('section[aria-labelledby="latest"]').textContent())!;
    expect(latest).toMatch(/发布于\d{4}年\d{1,2}月\d{1,2}日（截至\d{4}年\d{1,2}月\d{1,2}日）/);
    expect(await page.locator('footer').textContent()).toMatch(/数据更新于 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(await page.locator('body').innerText()).not.toMatch(ISO);
  });

  it.each([
    '/',
    '/regions/jing-yuan-xian-640424/',
    '/plans/jingyuan-edu-quality-2023-2027/',
    '/plans/qingtongxia-edu-2021-2025/',
    '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-retention/',
    '/plans/qingtongxia-edu-2021-2025/text/',
  ])('%s writes no ISO date where people read (a GB/T 7714 citation keeps the standard\'s own form)', async (path) => {
    await page.goto(path);
    const text = await page.locator('body').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('.cite-text, code, pre, textarea')) if (/\[EB\/OL\]|<iframe/.test(el.textContent ?? '')) el.remove();
      document.body.append(copy);
      copy.hidden = false;
      const t = copy.innerText;
      copy.remove();
      return t;
    });
    expect(text).not.toMatch(ISO);
  });

  it("the final review writes every figure of a rate with its percent sign, the plan's printed figures as printed", async () => {
    await page.goto(PLAN);
    const table = '.final-review table';
    const rows = await page.locator(`${table} tbody th[scope="row"]`).allTextContents();
    const rate = rows.map((r, i) => [r, i] as const).filter(([r]) => r.includes('（%）')).map(([, i]) => i);
    expect(rate.length).toBeGreaterThan(2);
    for (const header of ['基线', '目标', '终期实际值']) {
      const cells = await column(page, table, header);
      for (const i of rate) if (/\d/.test(cells[i]!)) expect(cells[i], `${header} of ${rows[i]}`).toMatch(/\d%/);
    }
  });

  it('an indicator table writes the printed target 96 as 96% beside the actual 95.4%', async () => {
    await page.goto(`${PLAN}indicators/preschool-gross-enrolment/`);
    const cells = (await page.locator('#table td').allTextContents()).map((c) => c.trim());
    const figures = cells.filter((c) => /^(基线 )?\d/.test(c));
    expect(figures.length).toBeGreaterThan(3);
    for (const c of figures) expect(c).toMatch(/^(基线 )?[\d.]+%/);
    expect(cells).toContain('96%');
  });

  it('a gap in 万人 is said in people beside the printed figure', async () => {
    await page.goto(`${PLAN}indicators/vocational-enrolment/`);
    expect(await page.locator('.status-box').textContent()).toContain('差 0.055 万人，约 550 人');
  });

  it('a comparison writes every value of a rate with its percent sign, never a padded 92.00, and a published target with ＞', async () => {
    await page.goto('/compare/preschool-gross-enrolment/');
    const main = (await page.locator('main').innerText())!;
    expect(main).not.toMatch(/\d\.\d*0%/);
    expect(main).not.toMatch(/ > |&gt;/);
    expect(main).toContain('2025年＞90%');
    const cells = await page.locator('main table').first().locator('tbody td').allTextContents();
    for (const c of cells.map((x) => x.trim()).filter((x) => /^\d/.test(x))) expect(c).toMatch(/^(\d{4}年：)?[\d.]+%/);
  });

  it('the table of contents and the chapters list show no list number before the official numbering', async () => {
    for (const [path, list] of [
      [`${PLAN}text/`, '.toc li'],
      [PLAN, 'ol.chapters li'],
      ['/departments/jing-yuan-xian-640424--zi-ran-zi-yuan-ju/', 'ol.measures li'],
      ['/plans/jingyuan-edu-quality-2023-2027/measures/', 'ol.measures li'],
    ] as const) {
      await page.goto(path);
      const items = page.locator(list);
      expect(await items.count(), path).toBeGreaterThan(0);
      const markers = await items.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).listStyleType))]);
      expect(markers, path).toEqual(['none']);
    }
  });
});

describe('downloads keep ISO dates', () => {
  it("the indicator values download carries its dates as 2026-03-15", async () => {
    const csv = await (await fetch(`${baseURL()}/data/all/indicator-values.csv`)).text();
    expect(csv).toMatch(ISO);
    expect(csv).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });
});
