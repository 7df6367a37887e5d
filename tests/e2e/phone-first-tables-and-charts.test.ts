/**
 * Phone first (issue 25, item 5), at 360 px and at 1280 px with JavaScript off: no table is wider than its
 * column (a table too wide for a phone stacks its rows, or scrolls inside a frame with its first column held
 * in place), no page scrolls sideways, no two labels of a comparison chart overlap (measured on the
 * rendered text boxes, on every comparison), and an indicator's chart fills a wide column instead of
 * stopping at 480 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PAGES = [
  '/',
  '/about/',
  '/plans/pingluo-edu-2021-2025/',
  '/plans/jingyuan-edu-quality-2023-2027/',
  '/plans/pingluo-edu-2021-2025/text/',
  '/plans/pingluo-edu-2021-2025/measures/',
  '/plans/pingluo-edu-2021-2025/updates/',
  '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/',
  '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/',
  '/compare/',
  '/departments/',
  '/departments/jing-yuan-xian-640424--zi-ran-zi-yuan-ju/',
  '/regions/',
  '/regions/ping-luo-xian/',
  '/updates/',
  '/data/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every comparison page, as the comparison list links them. */
async function comparePages(page: Page): Promise<string[]> {
  await page.goto('/compare/');
  const hrefs = await page.locator('main a[href*="/compare/"]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)].filter((h) => /^\/compare\/[^/]+\/$/.test(h));
}

/** Tables wider than their column, unless they scroll inside a frame no wider than it with the first column sticky. */
async function tablesTooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const cs = getComputedStyle(main);
    const column = main.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
    for (const table of document.querySelectorAll('main table')) {
      const w = table.getBoundingClientRect().width;
      if (w === 0 || w <= column + 1) continue;
      const name = (table.querySelector('caption')?.textContent ?? '').slice(0, 24);
      const frame = table.closest('.table-wrap');
      const scrolls = frame && ['auto', 'scroll'].includes(getComputedStyle(frame).overflowX) && frame.getBoundingClientRect().width <= column + 1;
      const rows = [...table.querySelectorAll('tr')];
      const sticky = rows.every((tr) => tr.firstElementChild && getComputedStyle(tr.firstElementChild).position === 'sticky');
      if (!scrolls || !sticky) out.push(`${name}: ${Math.round(w)} px in a ${Math.round(column)} px column${scrolls ? ', first column not sticky' : ''}`);
    }
    return out;
  });
}

/** Pairs of visible texts of one chart whose boxes share more than half a pixel each way. */
async function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (svgs) =>
    svgs.flatMap((svg) => {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0);
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) out.push(`“${boxes[i]!.text}” / “${boxes[j]!.text}”`);
        }
      return out;
    }),
  );
}

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  let page: Page;
  let compare: string[];
  beforeAll(async () => {
    ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport }));
    compare = await comparePages(page);
  });
  // A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
  beforeEach(async () => {
    page = await freshPage(page);
  });

  it('lists the comparisons to check', () => {
    expect(compare.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PAGES)('no table on %s is wider than its column, and the page does not scroll sideways', async (path) => {
    await page.goto(path);
    expect(await tablesTooWide(page)).toEqual([]);
  });

  it('every comparison: its table fits or scrolls in its frame with the region held in place, and no two chart labels overlap', async () => {
    for (const path of compare) {
      await page.goto(path);
      expect(await tablesTooWide(page), path).toEqual([]);
      expect(await page.locator('svg.chart-compare').count(), path).toBe(1);
      expect(await overlappingLabels(page, 'svg.chart-compare'), path).toEqual([]);
    }
  });

  it("a region's name in a comparison table stays on one line", async () => {
    await page.goto('/compare/preschool-gross-enrolment/');
    const heights = await page.locator('main table').first().locator('tbody th[scope="row"] a').evaluateAll((as) => as.map((a) => a.getClientRects().length));
    expect(heights.length).toBeGreaterThan(0);
    expect(new Set(heights)).toEqual(new Set([1]));
  });

  it("an indicator's chart fills its column: at a phone's width, and past 480 px in a wide one; its labels do not overlap", async () => {
    await page.goto('/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/');
    const { shown, column } = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll('#chart figure svg')].filter((s) => s.getBoundingClientRect().width > 0);
      return { shown: svgs.map((s) => s.getBoundingClientRect().width), column: document.querySelector('#chart')!.getBoundingClientRect().width };
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toBeLessThanOrEqual(column + 1);
    if (viewport.width >= 1280) {
      expect(shown[0]).toBeGreaterThan(480);
      expect(shown[0]).toBeGreaterThan(column * 0.9);
    }
    expect(await overlappingLabels(page, '#chart svg')).toEqual([]);
  });
});
