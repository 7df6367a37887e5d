/**
 * A citizen and a journalist read the site with JavaScript off: overview → plan → indicator → the clause
 * it comes from and back; a clause permalink lands on the clause; a department lists its measures.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { follow, freshPage, launchBrowser, openPage } from './browser.ts';

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

describe('reading without JavaScript', () => {
  it('overview lists all five plans with status counts', async () => {
    await page.goto('/');
    for (const title of ['青铜峡市教育事业发展“十四五”规划', '中卫市教育事业发展“十四五”规划', '平罗县教育事业发展“十四五”规划（2021-2025年）', '泾源县教育质量提升行动实施方案', '兴庆区教育事业“十四五”发展规划']) {
      expect(await page.getByRole('link', { name: title, exact: true }).count()).toBe(1);
    }
    const cards = page.locator('.plan-card');
    expect(await cards.filter({ hasText: '平罗县' }).locator('.badge').count()).toBeGreaterThan(0);
    expect(await cards.filter({ hasText: '泾源县' }).textContent()).toMatch(/措施 27 项（最新进展）/);
  });

  it('follows a plan to an indicator: chart, target, data table, status and the method', async () => {
    await page.goto('/');
    await follow(page, page.getByRole('link', { name: '青铜峡市教育事业发展“十四五”规划', exact: true }));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('青铜峡市教育事业发展“十四五”规划');
    await follow(page, page.locator('.dashboard').getByRole('link', { name: '学前教育毛入园率', exact: true }));
    expect(page.url()).toContain('/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/');
    const chart = page.getByRole('img', { name: /学前教育毛入园率/ });
    expect(await chart.count()).toBe(1);
    expect(await page.locator('svg .target').filter({ visible: true }).count()).toBe(1);
    const table = page.getByRole('table');
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(2);
    expect(await table.textContent()).toContain('88.51');
    expect(await page.locator('a[href="/about/#method"]').count()).toBeGreaterThan(0);
    expect(await page.getByText('约束性：约束性指标是政府必须完成的承诺。').count()).toBe(1);
  });

  it('an indicator links back to its clause, and the clause links to the indicator', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/');
    await follow(page, page.getByRole('link', { name: /《青铜峡市教育事业发展“十四五”规划》二、（三）表格/ }));
    expect(page.url()).toMatch(/\/plans\/qingtongxia-edu-2021-2025\/text\/#s2-3-t1$/);
    const clause = page.locator('#s2-3-t1');
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
    await follow(page, clause.getByRole('link', { name: '指标：学前教育毛入园率' }));
    expect(page.url()).toContain('/indicators/preschool-gross-enrolment/');
  });

  it('a clause permalink lands on the clause, marks it, and shows a ready citation', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/text/#s3-3-2');
    const clause = page.locator('#s3-3-2');
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await clause.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const box = await clause.boundingBox();
    expect(box!.y).toBeLessThan(740);
    // Without a script the permalink shows the clause's label, and the page says how to cite it by that label.
    expect(await clause.getByRole('link', { name: '固定链接：三、（三）2.' }).getAttribute('href')).toBe('#s3-3-2');
    expect((await clause.locator('.permalink .label').boundingBox())!.width).toBeGreaterThan(20);
    expect(await page.locator('#cite-how').textContent()).toContain('写作《青铜峡市教育事业发展“十四五”规划》加条款编号');
  });

  it('a department lists the 泾源 measures it is responsible for, under both printed names', async () => {
    await page.goto('/departments/');
    const kind = page.getByRole('listitem').filter({ has: page.getByText('县委统战部', { exact: true }) });
    await follow(page, kind.getByRole('link', { name: '泾源县', exact: true }));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('县委统战部（泾源县）');
    expect(await page.getByText('原文写法：县委统战部、统战部').count()).toBe(1);
    const items = page.locator('ol.measures > li');
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('《泾源县教育质量提升行动实施方案》三、（一）3.');
  });

  it('measures show their responsible units; projects show area and budget', async () => {
    await page.goto('/plans/jingyuan-edu-quality-2023-2027/measures/');
    expect(await page.locator('ol.measures > li').count()).toBe(27);
    await page.goto('/plans/pingluo-edu-2021-2025/projects/');
    expect(await page.locator('#box7-2').textContent()).toContain('总建筑面积25046平方米');
    expect(await page.locator('#box7-2').textContent()).toContain('概算总投资11190万元');
  });

  it('a plan prints as its A4 完成情况表: the table, without cards, charts or navigation', async () => {
    await page.goto('/plans/qingtongxia-edu-2021-2025/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dashboard').isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    const table = page.locator('.status-table table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(11);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('the about page explains the method with its thresholds', async () => {
    await page.goto('/about/');
    expect(await page.locator('#method').count()).toBe(1);
    expect(await page.getByText(/≥ 0.9/).count()).toBeGreaterThan(0);
  });
});
