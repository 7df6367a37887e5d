/**
 * For a journalist: 全部结果 lists every match grouped by plan with counts, downloads them as CSV
 * (citation, URL, text, plan, kind, units), and its URL holds the query and the filters. A plan page and
 * a department page search within themselves.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { REPO } from '../helpers/run.ts';
import { freshPage, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, { acceptDownloads: true }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});
const { model } = loadContent(REPO);
/** Every record whose own text contains `q`, counted by plan title: what 全部结果 must list. */
function truth(q: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of searchRecords(model.plans, model.plans, model.concepts)) if (r.meta.text!.includes(q)) counts.set(r.meta.plan!, (counts.get(r.meta.plan!) ?? 0) + 1);
  return counts;
}

describe('全部结果', () => {
  it('lists every clause that says 双师型, grouped by plan with counts, and downloads them as CSV', async () => {
    await page.goto(`/search/?q=${encodeURIComponent('双师型')}`);
    await page.getByRole('link', { name: /^全部结果/ }).click();
    await page.waitForURL(/view=all/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('双师型');
    await page.getByRole('heading', { name: '全部结果' }).waitFor();
    // A table of indicators is found row by row as those indicators (tests/unit/search-names-table-rows.test.ts).
    const indicatorTable = (p: (typeof model.plans)[number], id: string) => p.indicators.some((i) => i.source.clause === id);
    const expected = model.plans.flatMap((p) => p.clauses.filter((c) => c.kind !== 'title' && c.text.includes('双师型') && !(c.kind === 'table' && indicatorTable(p, c.id))).map((c) => `${p.id}#${c.id}`));
    const groups = await page.locator('#search-groups h3').allTextContents();
    const total = Number(/找到 (\d+) 条/.exec((await page.locator('#search-status').textContent())!)![1]);
    expect(groups.reduce((n, g) => n + Number(/（(\d+) 条）$/.exec(g)![1]), 0)).toBe(total);
    expect(groups.sort()).toEqual([...truth('双师型')].map(([plan, n]) => `《${plan}》（${n} 条）`).sort());
    // Counts by province, city and plan come first, from the index alone.
    const counts = (await page.locator('#search-counts').textContent())!;
    expect(counts).toContain(`按省份：宁夏回族自治区 ${total} 条`);
    expect(counts).toMatch(/按地级市：.*固原市 \d+ 条/);
    expect(counts).toContain('按规划：《');
    const hrefs = await page.locator('#search-groups a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const k of expected) expect(hrefs).toContain(`/plans/${k.replace('#', '/text/#')}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(['引用', '链接', '原文', '规划', '类别', '责任单位']);
    expect(rows.length - 1).toBe(total);
    const qt = rows.find((r) => r[1]!.endsWith('/plans/qingtongxia-edu-2021-2025/text/#s3-4-2'))!;
    const clause = model.plans.find((p) => p.id === 'qingtongxia-edu-2021-2025')!.clauses.find((c) => c.id === 's3-4-2')!;
    expect(qt[0]).toBe('《青铜峡市教育事业发展“十四五”规划》三、（四）2.');
    expect(qt[1]).toMatch(/^http:\/\//);
    expect(qt[2]).toBe(clause.text);
    expect(qt[3]).toBe('青铜峡市教育事业发展“十四五”规划');
  });

  it('the URL holds the filters too, so a shared link restores the same list', async () => {
    const plan = '中卫市教育事业发展“十四五”规划';
    await page.goto(`/search/?q=${encodeURIComponent('双师型')}&plan=${encodeURIComponent(plan)}&view=all`);
    await page.getByRole('heading', { name: '全部结果' }).waitFor();
    expect(await page.locator('#search-groups h3').allTextContents()).toEqual([`《${plan}》（${truth('双师型').get(plan)} 条）`]);
  });
});

describe('search within a plan or a department', () => {
  it('from a plan page, the search is narrowed to that plan', async () => {
    await page.goto('/plans/zhongwei-edu-2021-2025/');
    await page.getByLabel('在本规划中搜索').fill('双师型');
    await page.getByRole('button', { name: '在本规划中搜索' }).click();
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    expect(await page.locator('select[name="plan"]').inputValue()).toBe('中卫市教育事业发展“十四五”规划');
    for (const href of await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toContain('/plans/zhongwei-edu-2021-2025/');
  });

  it('from a department page, the search is narrowed to that unit\'s measures', async () => {
    await page.goto('/departments/jing-yuan-xian-640424--ren-she-ju/');
    await page.getByLabel('在该单位负责的措施中搜索').fill('教师');
    await page.getByRole('button', { name: '在该单位负责的措施中搜索' }).click();
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    expect(await page.locator('select[name="unit"]').inputValue()).toBe('人社局');
    for (const units of await page.locator('#search-results li .result-units').allTextContents()) expect(units).toContain('人社局');
  });
});
