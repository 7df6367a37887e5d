/**
 * 十四五 has ended: a reader sees 已达成 / 未达成 with the gap on the indicator page, the plan's 终期评估
 * (summary, binding indicators named, a table that prints on A4 with its title and provenance on every
 * page), the overview, the downloads; every verdict links to its definition on /about/ (#status-missed …). The running
 * plan (泾源 2023–2027) keeps the mid-period method. Each plan page shows its reporting year by year.
 */
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseURL, freshPage, launchBrowser, openPage } from './browser.ts';

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

const PL = '/plans/pingluo-edu-2021-2025/';

describe('final verdicts', () => {
  it('an indicator page gives the verdict, the gap in its unit and the share, linked to the method', async () => {
    await page.goto(`${PL}indicators/preschool-gross-enrolment/`);
    const box = page.locator('.status-box');
    expect(await box.getByRole('heading', { name: '终期结论' }).count()).toBe(1);
    const badge = box.getByRole('link', { name: '未达成' });
    expect(await badge.getAttribute('href')).toBe('/about/#status-missed');
    expect(await box.textContent()).toContain('差 0.6 个百分点');
    expect(await box.textContent()).toContain('从基线到目标，走完了 40%');
    expect(await box.locator('.illustrative-tag').textContent()).toBe('示例');
    expect(await box.textContent()).not.toMatch(/基本符合预期|略有滞后|明显滞后|提前实现/);
  });

  it("the plan page opens with the 终期评估's summary, binding indicators named; its section has a row per indicator", async () => {
    await page.goto(PL);
    const answer = page.locator('.answer');
    expect(await answer.textContent()).toContain('主要指标 11 项（约束性 5 项）：未达成 6 项、已达成 5 项。');
    expect(await answer.textContent()).toContain('其中约束性指标 5 项：未达成 2 项（学前三年毛入园率、九年义务教育巩固率）');
    const section = page.locator('section.final-review');
    expect(await section.getByRole('heading', { name: '终期评估' }).count()).toBe(1);
    const table = section.getByRole('table');
    expect(await table.locator('tbody tr').count()).toBe(11);
    const row = table.getByRole('row', { name: /学前三年毛入园率/ });
    expect(await row.textContent()).toContain('2025年 95.4');
    expect(await row.textContent()).toContain('差 0.6 个百分点');
    expect(await row.getByRole('link', { name: '未达成' }).getAttribute('href')).toBe('/about/#status-missed');
    const verdictLinks = await table.locator('tbody a.badge').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(verdictLinks).toHaveLength(11);
    // Each verdict links to its own definition, and only verdicts are there (no mid-period word).
    for (const href of verdictLinks) expect(href).toMatch(/^\/about\/#status-(achieved|missed|maintained|not-maintained|final-not-reported)$/);
    expect(await page.locator('.dashboard').textContent()).not.toMatch(/基本符合预期|略有滞后|明显滞后|提前实现/);
  });

  it('prints on A4 with the header, the plan title and the provenance repeated on every page', async () => {
    await page.goto(PL);
    await page.emulateMedia({ media: 'print' });
    const head = page.locator('section.final-review thead');
    expect(await head.evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    const titleRow = head.locator('tr.print-only');
    expect(await titleRow.isVisible()).toBe(true);
    expect(await titleRow.textContent()).toContain('平罗县教育事业发展“十四五”规划（2021-2025年） · 终期评估表');
    expect(await titleRow.textContent()).toContain('实际值为示例数据，非官方统计');
    expect(await page.locator('section[aria-labelledby="reporting"]').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await titleRow.isVisible()).toBe(false);
  });

  it('the overview gives each ended plan its summary; the running plan has none', async () => {
    await page.goto('/');
    const card = page.locator('.plan-card').filter({ hasText: '平罗县' });
    expect(await card.textContent()).toMatch(/终期评估：共 11 项指标：.*已达成 5 项，.*未达成 6 项/);
    expect(await card.textContent()).toContain('未达成 2 项（学前三年毛入园率、九年义务教育巩固率）');
    expect(await page.locator('.plan-card').filter({ hasText: '泾源县' }).textContent()).not.toContain('终期评估');
  });

  it('/about/ explains final verdicts and how "over" is decided', async () => {
    await page.goto('/about/');
    const text = await page.locator('main').textContent();
    expect(await page.locator('#verdict').count()).toBe(1);
    expect(text).toContain('终期数据未报告');
    expect(text).toContain('网站不读取生成时的日期');
  });

  it('the running plan keeps the mid-period method and has no 终期评估', async () => {
    await page.goto('/plans/jingyuan-edu-quality-2023-2027/');
    expect(await page.getByRole('heading', { name: '终期评估' }).count()).toBe(0);
  });
});

describe('reporting year by year', () => {
  it('each plan page shows its coverage per year', async () => {
    await page.goto(PL);
    const items = await page.locator('section[aria-labelledby="reporting"] li').allTextContents();
    expect(items).toHaveLength(5);
    expect(items[3]).toContain('2024 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告');
    await page.goto('/plans/jingyuan-edu-quality-2023-2027/');
    expect(await page.locator('section[aria-labelledby="reporting"] li').allTextContents()).toEqual([
      '2023 年度：27 项任务中 27 项已报告示例',
      '2024 年度：27 项任务中 27 项已报告示例',
      '2025 年度：27 项任务中 27 项已报告示例',
    ]);
  });
  it('a measure shows its latest status with its year and each year\'s report', async () => {
    await page.goto('/plans/jingyuan-edu-quality-2023-2027/measures/');
    const first = page.locator('ol.measures > li').first();
    expect(await first.textContent()).toMatch(/最新进展：2025年 /);
    expect(await first.locator('.history').textContent()).toMatch(/^逐年：2023年 \S+；2024年 \S+；2025年 \S+$/);
  });
});

describe('downloads', () => {
  const csv = async (path: string) => parse(await (await fetch(new URL(path, baseURL()))).text(), { columns: true, bom: true }) as Array<Record<string, string>>;
  it('indicators.csv carries the verdict, the gap and the share', async () => {
    const rows = await csv('/data/all/indicators.csv');
    const row = rows.find((r) => r.plan_id === 'pingluo-edu-2021-2025' && r.indicator_id === 'preschool-gross-enrolment')!;
    expect(row).toMatchObject({ status: '未达成', status_kind: '终期结论', gap: '-0.6', gap_text: '差 0.6 个百分点', plan_share: '0.4' });
  });
  it('measures.csv and projects.csv carry the source columns', async () => {
    for (const path of ['/data/all/measures.csv', '/data/all/projects.csv']) {
      const rows = await csv(path);
      for (const col of ['source_title', 'source_publisher', 'source_url', 'source_date', 'source_quote', 'unreported_years']) expect(Object.keys(rows[0]!), path).toContain(col);
    }
  });
});
