/**
 * A reader types a county and a topic, a county alone, traditional characters or a near-miss indicator
 * name: each finds what a careful journalist expects, first (issue 15's failures, on the built site).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultKey, searchFor, shownResults } from '../../scripts/search-quality.ts';
import { follow, freshPage, launchBrowser, openPage } from './browser.ts';

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

async function keys(q: string): Promise<string[]> {
  await searchFor(page, '', q);
  return (await shownResults(page)).map(resultKey);
}

describe('a place in the query narrows to its plan', () => {
  it('泾源县 控辍保学 finds the 泾源 clause, though the clause never names its county', async () => {
    expect((await keys('泾源县 控辍保学'))[0]).toBe('jingyuan-edu-quality-2023-2027#s3-2-9');
    const scope = page.locator('#search-scope');
    expect(await scope.textContent()).toContain('只在《泾源县教育质量提升行动实施方案》中检索');
    // The link loads the search again: the page left still says 找到 (its own results), so the test waits for
    // the new page and for the search it shows to be this one.
    await follow(page, scope.getByRole('link', { name: '改为在全部规划中检索' }));
    await page.waitForFunction(() => document.body.dataset.searchShown === '控辍保学');
    expect(new Set((await shownResults(page)).map((u) => /\/plans\/([^/]+)\//.exec(u)![1])).size).toBeGreaterThan(1);
  });

  it('中卫市 职业教育 ranks 中卫\'s vocational-education clause first, and 中卫 (简称) works alike', async () => {
    expect((await keys('中卫市 职业教育'))[0]).toBe('zhongwei-edu-2021-2025#s3-3-4');
    expect((await keys('中卫 职业教育'))[0]).toBe('zhongwei-edu-2021-2025#s3-3-4');
  });

  it('a county alone returns its plan: title, region, period, issuer, a link to its dashboard', async () => {
    expect(await keys('青铜峡市')).toEqual(['qingtongxia-edu-2021-2025']);
    const first = page.locator('#search-results li').first();
    expect(await first.getByRole('link').textContent()).toBe('青铜峡市教育事业发展“十四五”规划 · 青铜峡市 · 2021—2025年');
    expect(await first.textContent()).toContain('发布：青铜峡市人民政府办公室');
    expect(await keys('泾源')).toEqual(['jingyuan-edu-quality-2023-2027']);
  });
});

describe('a town that shares a county’s short name is not the county', () => {
  it('青铜峡镇 is searched as written, not narrowed to 青铜峡市’s plan; 青铜峡 alone still narrows', async () => {
    await keys('青铜峡镇');
    expect(await page.locator('#search-scope').isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toContain('“青铜峡镇”');
    await keys('青铜峡 学校');
    expect(await page.locator('#search-scope').textContent()).toContain('检索词中的“青铜峡”是地名或规划名');
  });
});

describe('traditional characters are searched as simplified', () => {
  it('控輟保學 finds what 控辍保学 finds', async () => {
    const simplified = await keys('控辍保学');
    expect(simplified.length).toBeGreaterThan(5);
    expect(await keys('控輟保學')).toEqual(simplified);
  });

  it('雙師型 ranks a 双师型 result first, with no single-character matches among the results', async () => {
    const simplified = await keys('双师型');
    expect(await keys('雙師型')).toEqual(simplified);
    for (const text of await page.locator('#search-results li .excerpt').allTextContents()) expect(text).toMatch(/雙師型|双师型/);
  });
});

describe('near-miss indicator names', () => {
  it('学前三年毛入学率 (入学率 said for 入园率) returns the preschool enrolment indicators first', async () => {
    const first = (await keys('学前三年毛入学率')).slice(0, 4).sort();
    expect(first).toEqual(['pingluo', 'qingtongxia', 'xingqing', 'zhongwei'].map((p) => `${p}-edu-2021-2025/indicators/preschool-gross-enrolment`));
  });
});
