/**
 * The plan and region menus of the search page stay usable at a thousand plans: both are grouped by where
 * the region is (省 · 地级市), and once a region is chosen the plan menu lists only its plans. They are
 * filled from the plan list the page already carries, so opening the page fetches no filter file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { searchTerms } from '../../src/lib/publish/search-terms.ts';
import { REPO } from '../helpers/run.ts';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const JY = '泾源县教育质量提升行动实施方案';
// The options as a reader sees them (a region's value is its division code, its text its name).
const groupsOf = (page: Page, name: string) =>
  page.locator(`select[name="${name}"] optgroup`).evaluateAll((gs) => gs.map((g): [string, string[]] => [(g as HTMLOptGroupElement).label, [...g.querySelectorAll('option')].map((o) => o.textContent ?? '')]));
const planOptions = (page: Page) => page.locator('select[name="plan"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));

describe('the plan menu on the real site', () => {
  it('groups plans and regions by province and city, and a region narrows the plan menu to its plans', async () => {
    const { page, external } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/search/');
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    await page.locator('details.filters-box summary').click();
    // The menus' rows are fetched on opening: on a loaded machine they were read before they arrived.
    await page.locator('details.filters-box[data-menus="filled"]').waitFor();
    expect(await page.locator('select[name="region"][aria-busy]').count()).toBe(0);
    expect(await groupsOf(page, 'region')).toEqual([
      ['宁夏回族自治区', ['中卫市']],
      ['宁夏回族自治区 · 固原市', ['泾源县']],
      ['宁夏回族自治区 · 石嘴山市', ['平罗县']],
      ['宁夏回族自治区 · 吴忠市', ['青铜峡市']],
      ['宁夏回族自治区 · 银川市', ['兴庆区']],
    ]);
    expect((await groupsOf(page, 'plan')).map(([label]) => label)).toEqual((await groupsOf(page, 'region')).map(([label]) => label));
    expect(await planOptions(page)).toHaveLength(6);
    await page.getByRole('combobox', { name: '地区' }).selectOption('泾源县');
    expect(await planOptions(page)).toEqual(['', JY]);
    await page.getByRole('combobox', { name: '规划' }).selectOption(JY);
    await page.waitForURL(/plan=/);
    expect(new URL(page.url()).searchParams.get('plan')).toBe(JY);
    // Another region: the plan chosen in the first is dropped, since it is not there.
    await page.getByRole('combobox', { name: '地区' }).selectOption('平罗县');
    expect(await page.getByRole('combobox', { name: '规划' }).inputValue()).toBe('');
    expect(requests.filter((u) => u.includes('.pf_filter'))).toEqual([]);
    expect(external).toEqual([]);
  });

  it('the menus say they are busy while their rows are on the way, and the filter box says when they are filled', async () => {
    const { page } = await openPage(browser);
    // menus.json is held until the test lets it go: the in-between state is seen without a guess at timing.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/search-index/menus.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/search/');
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    await page.locator('details.filters-box summary').click();
    await page.locator('select[name="region"][aria-busy="true"]').waitFor({ state: 'attached' });
    expect(await page.locator('select[name="plan"][aria-busy="true"]').count()).toBe(1);
    expect(await page.locator('details.filters-box[data-menus]').count()).toBe(0);
    release();
    await page.locator('details.filters-box[data-menus="filled"]').waitFor();
    expect(await page.locator('select[aria-busy]').count()).toBe(0);
    expect(await page.locator('select[name="region"] option').count()).toBeGreaterThan(1);
  });

  it('a plan in the URL is chosen in its menu, with or without its region', async () => {
    const { page } = await openPage(browser);
    await page.goto(`/search/?q=${encodeURIComponent('大班额')}&plan=${encodeURIComponent(JY)}`);
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    expect(await page.getByRole('combobox', { name: '规划' }).inputValue()).toBe(JY);
    await page.goto(`/search/?q=${encodeURIComponent('大班额')}&region=${encodeURIComponent('泾源县')}&plan=${encodeURIComponent(JY)}`);
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    expect(await page.getByRole('combobox', { name: '规划' }).inputValue()).toBe(JY);
    expect(await planOptions(page)).toEqual(['', JY]);
  });
});

describe('the plan menu at a thousand plans', () => {
  it('has a thousand plans in groups of one city each, and a chosen region leaves only its own plans', async () => {
    // The real search page, given the plan list of 1,000 plans (two in each of 500 counties) in 40 cities of 8 provinces.
    const { model } = loadContent(REPO);
    const clones = Array.from({ length: 1000 }, (_, k) => {
      const p = model.plans[k % model.plans.length]!;
      // Made-up regions carry no division code (the real region's code would make them all one region).
      return { ...p, plan: { ...p.plan, title: `合成${k}县${p.plan.title}`, region: { ...p.plan.region, code: undefined, name: `合成${k % 500}县`, parent: `合成${(k % 500) % 40}市`, province: `合成${(k % 500) % 8}省` } } };
    });
    // The menus' rows the index's menus.json would hold for them (each with its plan index), fetched on opening the filters.
    const rows = JSON.stringify(searchTerms(clones, model.concepts).plans.map((r, k) => [...r.slice(0, 6), k]));
    const { page } = await openPage(browser);
    await page.route('**/search-index/menus.json', (route) => route.fulfill({ contentType: 'application/json', body: rows }));
    await page.goto('/search/');
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    await page.locator('details.filters-box summary').click();
    await page.waitForFunction(() => document.querySelectorAll('select[name="plan"] option').length > 1000);
    const plans = await groupsOf(page, 'plan');
    expect(plans).toHaveLength(40);
    expect(plans.reduce((n, [, os]) => n + os.length, 0)).toBe(1000);
    for (const [label] of plans) expect(label).toMatch(/^合成\d省 · 合成\d+市$/);
    const regions = await groupsOf(page, 'region');
    expect(regions.reduce((n, [, os]) => n + os.length, 0)).toBe(500);
    await page.getByRole('combobox', { name: '地区' }).selectOption('合成7县');
    expect((await planOptions(page)).slice(1).sort()).toEqual([`合成507县${model.plans[507 % 5]!.plan.title}`, `合成7县${model.plans[7 % 5]!.plan.title}`].sort());
  });
});

describe('a shared search link', () => {
  it('keeps a filter value that its menu does not list (a large site lists only the common ones)', async () => {
    const { page } = await openPage(browser);
    await page.goto(`/search/?q=${encodeURIComponent('学校')}&chapter=${encodeURIComponent('某县自己的一章')}`);
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    expect(await page.locator('select[name="chapter"]').inputValue()).toBe('某县自己的一章');
  });
});
