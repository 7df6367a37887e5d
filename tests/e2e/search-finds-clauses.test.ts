/**
 * A journalist searches in Chinese and lands on the exact clauses, in every plan, with citations;
 * filters narrow the results; the URL holds the search so it can be shared.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { REPO } from '../helpers/run.ts';
import { freshPage, launchBrowser, openPage, showAllResults } from './browser.ts';

let browser: Browser;
let page: Page;
let external: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, external } = await openPage(browser));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  expect(external).toEqual([]);
  await browser?.close();
});

async function search(query: string): Promise<string[]> {
  await page.goto(`/search/?${query}`);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return document.body.dataset.searchReady === 'true' && s !== '' && !s.includes('正在');
  });
  await showAllResults(page);
  return page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe('search', () => {
  it('双师型 finds the clauses in all four plans that mention it', async () => {
    const urls = await search('q=双师型');
    for (const url of [
      '/plans/qingtongxia-edu-2021-2025/text/#s3-4-2',
      '/plans/qingtongxia-edu-2021-2025/text/#s3-7-4',
      '/plans/zhongwei-edu-2021-2025/text/#s3-3-4',
      '/plans/zhongwei-edu-2021-2025/text/#box5-p1',
      '/plans/pingluo-edu-2021-2025/text/#s3-4-3-4',
      '/plans/jingyuan-edu-quality-2023-2027/text/#s3-6-21',
    ]) expect(urls).toContain(url);
    const first = page.locator('#search-results li').first();
    expect(await first.locator('.excerpt').textContent()).toContain('双师型');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });

  it('大班额 finds the 义务教育 clauses', async () => {
    const urls = await search('q=大班额');
    expect(urls).toEqual(expect.arrayContaining([
      '/plans/jingyuan-edu-quality-2023-2027/text/#s3-2-6',
      '/plans/qingtongxia-edu-2021-2025/text/#s3-3-2',
      '/plans/xingqing-edu-2021-2025/text/#s3-1-2-p1',
    ]));
  });

  it('人社局, filtered to measures, finds exactly the 泾源 measures it is responsible for', async () => {
    const { model } = loadContent(REPO);
    const jy = model.plans.find((p) => p.id === 'jingyuan-edu-quality-2023-2027')!;
    const expected = jy.clauses.filter((c) => c.units.includes('人社局')).map((c) => `/plans/${jy.id}/text/#${c.id}`);
    expect(expected.length).toBeGreaterThan(5);
    const urls = await search('q=人社局');
    expect(urls.sort()).toEqual(expected.sort());
    expect(await page.locator('#search-unit').textContent()).toContain('“人社局”是责任单位名称');
    // An alias finds the unit it stands for (统战部 → 县委统战部).
    const alias = await search('q=统战部');
    expect(alias.length).toBe(2);
    expect(await page.locator('#search-unit').textContent()).toContain('（即县委统战部）');
  });

  it('毛入园率 finds the four indicators first', async () => {
    const urls = await search('q=毛入园率');
    // Indicator statuses computed from illustrative values say so in the result too.
    expect(await page.locator('#search-results li').first().locator('.muted').textContent()).toMatch(/· .+（示例数据，非官方统计）$/);
    expect(await page.locator('details.filters-box').getAttribute('open')).toBeNull();
    expect(urls.slice(0, 4).sort()).toEqual([
      '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/',
      '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/',
      '/plans/xingqing-edu-2021-2025/indicators/preschool-gross-enrolment/',
      '/plans/zhongwei-edu-2021-2025/indicators/preschool-gross-enrolment/',
    ]);
  });

  it('filters narrow the results: plan, kind, attribute', async () => {
    const all = await search('q=双师型');
    const zw = await search(`q=双师型&plan=${encodeURIComponent('中卫市教育事业发展“十四五”规划')}`);
    expect(zw.length).toBeGreaterThan(0);
    expect(zw.length).toBeLessThan(all.length);
    for (const u of zw) expect(u).toContain('/plans/zhongwei-edu-2021-2025/');
    const binding = await search(`q=毛入园率&kind=${encodeURIComponent('指标')}&attribute=${encodeURIComponent('约束性')}`);
    expect(binding.sort()).toEqual([
      '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/',
      '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/',
      '/plans/zhongwei-edu-2021-2025/indicators/preschool-gross-enrolment/',
    ]);
  });

  it('shows ten results at a time and loads more on request', async () => {
    await page.goto('/search/?q=2025年');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    expect(await page.locator('#search-results li').count()).toBe(10);
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 20);
  });

  it('a result opens the clause itself, marked at its anchor', async () => {
    await search('q=双师型');
    await page.locator('#search-results a[href="/plans/qingtongxia-edu-2021-2025/text/#s3-7-4"]').click();
    await page.waitForURL(/#s3-7-4$/);
    expect(await page.locator('#s3-7-4').evaluate((el) => el.matches(':target'))).toBe(true);
  });

  it('the URL restores the search, filters included, and typing updates it', async () => {
    // The region is kept by its division code (two 新城区 are two regions); a link naming it still finds it.
    await search(`q=大班额&region=${encodeURIComponent('泾源县')}`);
    expect(await page.locator('#q').inputValue()).toBe('大班额');
    expect(await page.locator('select[name="region"]').inputValue()).toBe('640424');
    expect(await page.locator('details.filters-box').getAttribute('open')).not.toBeNull();
    await page.locator('#q').fill('督导');
    await page.locator('#q').press('Enter');
    await page.waitForURL(/q=%E7%9D%A3%E5%AF%BC/);
    expect(new URL(page.url()).searchParams.get('region')).toBe('640424');
  });

  it('the header search box on every page leads to the search', async () => {
    await page.goto('/plans/pingluo-edu-2021-2025/');
    await page.getByRole('searchbox', { name: '搜索全部规划' }).fill('双师型');
    await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  });

  it('says clearly when nothing matches, with suggestions', async () => {
    await search('q=zzzzqqqq');
    expect(await page.locator('#search-status').textContent()).toBe('没有找到与“zzzzqqqq”相关的结果。');
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty a').count()).toBeGreaterThan(3);
  });

  it('Chinese as a reader types it: words, numbers with units, full-width forms, traditional characters', async () => {
    const half = await search('q=2025年');
    const full = await search('q=２０２５年');
    expect(full.length).toBe(half.length);
    expect(half.length).toBeGreaterThan(10);
    expect(await search('q=55%')).toEqual(expect.arrayContaining(['/plans/qingtongxia-edu-2021-2025/indicators/vocational-dual-qualified-teachers/']));
    await search('q=责任单位');
    expect(Number(/找到 (\d+) 条/.exec((await page.locator('#search-status').textContent())!)![1])).toBeGreaterThanOrEqual(27);
    // 督導體制 is printed in traditional characters: the simplified and the printed forms both find it.
    expect(await search('q=督导体制')).toContain('/plans/qingtongxia-edu-2021-2025/text/#s3-8-3');
    expect(await search('q=督導')).toContain('/plans/qingtongxia-edu-2021-2025/text/#s3-8-3');
  });

  it('is usable from the keyboard', async () => {
    await page.goto('/search/');
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    await page.locator('#q').focus();
    await page.keyboard.type('大班额');
    await page.keyboard.press('Enter');
    // Typed slowly (a loaded machine), 大 or 大班 may have been searched at a typing pause: its 找到 is not this one's.
    await page.waitForFunction(() => document.body.dataset.searchShown === '大班额' && (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  });
});

describe('search without JavaScript', () => {
  it('says so and points to the plans by region (no list of every plan: the page stays small at 10,000 plans)', async () => {
    const { page: p } = await openPage(browser, { javaScriptEnabled: false });
    await p.goto('/search/?q=双师型');
    expect(await p.getByText('搜索需要在浏览器中启用 JavaScript').isVisible()).toBe(true);
    expect(await p.locator('#no-js a[href$="/regions/"]').count()).toBe(1);
  });
});
