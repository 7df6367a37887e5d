/** From an indicator to its comparison across regions and back; the national line on both. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { follow, freshPage, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
});
// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
});

it('goes from 平罗 毛入园率 to the comparison, sees every region and the country, and comes back', async () => {
  await page.goto('/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/');
  expect(await page.locator('figure.chart-full svg').filter({ visible: true }).locator('.reference').count()).toBe(1);
  expect(await page.getByText('灰线为全国数据').count()).toBe(1);
  await follow(page, page.getByRole('link', { name: '与其他地区比较：学前教育毛入园率' }));
  expect(page.url()).toContain('/compare/preschool-gross-enrolment/');
  const chart = page.getByRole('img', { name: /学前教育毛入园率：各地比较/ });
  expect(await chart.count()).toBe(1);
  const rows = page.getByRole('table').first().getByRole('row');
  expect(await rows.count()).toBe(5);
  for (const region of ['青铜峡市', '中卫市', '平罗县', '兴庆区']) expect(await page.getByRole('link', { name: region, exact: true }).count()).toBeGreaterThan(0);
  expect(await page.getByRole('table').nth(1).textContent()).toContain('国家统计局：《中国儿童发展纲要（2011—2020年）》终期统计监测报告');
  await follow(page, page.getByRole('link', { name: '平罗县', exact: true }));
  expect(page.url()).toContain('/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/');
});

it('the comparison list and region pages exist', async () => {
  await page.goto('/compare/');
  expect(await page.getByRole('table').getByRole('row').count()).toBe(12);
  await page.goto('/regions/ping-luo-xian/');
  expect(await page.getByRole('link', { name: '平罗县教育事业发展“十四五”规划（2021-2025年）' }).count()).toBe(1);
});
