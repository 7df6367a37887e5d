/**
 * The staff guide's pictures are taken here, so they show the workbook and the site as they are today:
 * the 台账 as Excel shows it (drawn from the .xlsx the code writes), the indicator page with the year's
 * figure, and the Chinese update log. Every run of the suite takes them (and checks what they show);
 * `npm run docs:screenshots` (UPDATE_SCREENSHOTS=1) also writes them into docs/images/, so that an
 * ordinary test run never leaves changed files in anyone's work tree. The guide must show every one.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { REPO } from '../helpers/run.ts';
import { openWorkbook } from '../helpers/workbook.ts';
import { sheetHtml } from '../helpers/workbook-html.ts';
import { baseURL, launchBrowser } from './browser.ts';

const IMAGES = join(REPO, 'docs/images');
const FONT_DIR = join(REPO, 'node_modules/@fontsource/noto-sans-sc');
const PL = 'pingluo-edu-2021-2025';

let browser: Browser;
let context: BrowserContext;
/** The Noto Sans SC faces, served from node_modules on the site's own address (no request leaves the machine). */
const fontCss = () => readFileSync(join(FONT_DIR, '400.css'), 'utf8').replace(/url\(\.\/files\//g, `url(${baseURL()}/__fonts/files/`);

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: baseURL(), locale: 'zh-CN', viewport: { width: 1100, height: 640 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${baseURL()}/__fonts/`)) return route.fulfill({ path: join(FONT_DIR, url.slice(`${baseURL()}/__fonts/`.length)) });
    if (url.startsWith(baseURL()) || url.startsWith('data:') || url === 'about:blank') return route.continue();
    return route.abort();
  });
});
afterAll(async () => browser?.close());

/** Keeps the picture in docs/images/ when asked to (npm run docs:screenshots), else in a temporary folder. */
const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? IMAGES : mkdtempSync(join(tmpdir(), 'screenshots-'));
function keep(name: string, png: Buffer): void {
  expect(png.length).toBeGreaterThan(10_000);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  if (!existsSync(path) || !readFileSync(path).equals(png)) writeFileSync(path, png);
}

describe('pictures for docs/更新指南.md', () => {
  it('the workbook’s 指标 and 任务 sheets, as a clerk sees them', async () => {
    const { model } = loadContent(REPO);
    const plan = model.plans.find((p) => p.id === PL)!;
    const wb = await openWorkbook(await writeWorkbook(plan, 2025, plan.progress.find((p) => p.year === 2025)!));
    const page = await context.newPage();
    for (const [sheet, file, columns] of [['指标', 'workbook-indicators.png', 9], ['任务', 'workbook-tasks.png', 7]] as const) {
      await page.setContent(sheetHtml(wb, sheet, { columns, rows: 13, fontCss: fontCss() }), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.getByText(sheet === '指标' ? '2025年数值' : '2025年状态').count()).toBeGreaterThan(0);
      keep(file, await page.screenshot({ fullPage: true }));
    }
    await page.close();
  });

  it('the indicator page and the update log of the built site', async () => {
    const page = await context.newPage();
    const font = () => page.addStyleTag({ content: `${fontCss()}\n* { font-family: 'Noto Sans SC', sans-serif !important; }` }).then(() => page.evaluate(() => document.fonts.ready));
    await page.goto(`/plans/${PL}/indicators/preschool-gross-enrolment/`);
    await font();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('学前三年毛入园率');
    keep('site-indicator.png', await page.screenshot());
    await page.goto('/updates/');
    await font();
    expect(await page.locator('ol.updates > li').count()).toBeGreaterThan(0);
    keep('site-updates.png', await page.screenshot());
    await page.close();
  });

  it('the guide shows every picture', () => {
    const guide = readFileSync(join(REPO, 'docs/更新指南.md'), 'utf8');
    for (const name of readdirSync(IMAGES).filter((n) => n.endsWith('.png'))) expect(guide).toContain(`](images/${name})`);
    for (const name of ['workbook-indicators.png', 'workbook-tasks.png', 'site-indicator.png', 'site-updates.png']) expect(existsSync(join(IMAGES, name))).toBe(true);
  });
});
