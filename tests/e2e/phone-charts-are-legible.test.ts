/**
 * A reader on a 360 px phone: every chart's text is at least 12 px and no two chart labels overlap
 * (measured on the rendered text boxes), no page type scrolls sideways, and an indicator whose target
 * is text shows a timeline of recorded statuses rather than an empty chart.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let page: Page;
let external: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, external } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterEach(() => {
  expect(external).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

const CHART_PAGES = [
  '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/',
  '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/',
  '/plans/xingqing-edu-2021-2025/indicators/preschool-gross-enrolment/',
  '/plans/pingluo-edu-2021-2025/',
  '/plans/zhongwei-edu-2021-2025/',
  '/compare/preschool-gross-enrolment/',
];

interface TextBox {
  text: string;
  px: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every text of every chart on the page: its rendered size in px and its box on screen. */
async function chartTexts(p: Page): Promise<TextBox[][]> {
  return p.$$eval('svg.chart', (svgs) =>
    svgs.map((svg) =>
      [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const r = t.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(t).fontSize);
          const scale = (t as SVGTextElement).getScreenCTM()?.a ?? 1;
          return { text: t.textContent ?? '', px: size * scale, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }),
    ),
  );
}

describe('charts on a 360 px phone', () => {
  it.each(CHART_PAGES)('no chart text under 12 px on %s', async (path) => {
    await page.goto(path);
    const charts = await chartTexts(page);
    expect(charts.length).toBeGreaterThan(0);
    const small = charts.flat().filter((t) => t.px < 11.95).map((t) => `${t.text} ${t.px.toFixed(1)}px`);
    expect(small).toEqual([]);
  });

  it.each(CHART_PAGES)('no two chart labels overlap on %s', async (path) => {
    await page.goto(path);
    const overlaps: string[] = [];
    for (const texts of await chartTexts(page)) {
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!;
          const b = texts[j]!;
          // Boxes may touch; they may not share more than half a pixel.
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          if (w > 0.5 && h > 0.5) overlaps.push(`“${a.text}” / “${b.text}”`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  // The embed page shows the chart as an image of its SVG download, whose text cannot be measured on screen.
  it('the embed page draws its chart image no smaller than the SVG, whose text is 12 px and up', async () => {
    await page.goto('/embed/qingtongxia-edu-2021-2025/preschool-gross-enrolment/');
    const img = await page.locator('.embed-chart img').evaluate((el: HTMLImageElement) => ({ shown: el.getBoundingClientRect().width, natural: el.naturalWidth, src: el.src }));
    expect(img.natural).toBeGreaterThan(0);
    expect(img.shown).toBeGreaterThanOrEqual(img.natural);
    const sizes = [...(await (await page.request.get(img.src)).text()).matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('a text target (通过自治区评估认定) shows the statuses recorded each year, not an empty chart', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/');
    const chart = page.getByRole('img', { name: /义务教育/ }).first();
    expect(await chart.locator('.timeline-row').count()).toBeGreaterThanOrEqual(5);
    const text = (await chart.textContent()) ?? '';
    expect(text).toContain('目标：通过自治区');
    expect(text).toMatch(/基本符合预期|略有滞后|明显滞后|提前实现|已达成/);
    expect(await chart.locator('.target, .actuals').count()).toBe(0);
  });
});

const PAGE_TYPES = [
  '/',
  '/plans/pingluo-edu-2021-2025/',
  '/plans/xingqing-edu-2021-2025/text/',
  '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/',
  '/plans/qingtongxia-edu-2021-2025/indicators/compulsory-quality-balanced/',
  '/plans/pingluo-edu-2021-2025/measures/',
  '/plans/zhongwei-edu-2021-2025/projects/',
  '/plans/pingluo-edu-2021-2025/updates/',
  '/departments/',
  '/compare/',
  '/compare/preschool-gross-enrolment/',
  '/regions/',
  '/search/',
  '/about/',
  '/updates/',
  '/data/',
  '/embed/qingtongxia-edu-2021-2025/preschool-gross-enrolment/',
  '/404.html',
];

describe('no horizontal scroll at 360 px', () => {
  it.each(PAGE_TYPES)('%s fits the screen', async (path) => {
    await page.goto(path);
    const wide = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      offenders: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    expect(wide.offenders).toEqual([]);
    expect(wide.scroll).toBeLessThanOrEqual(360);
  });
});
