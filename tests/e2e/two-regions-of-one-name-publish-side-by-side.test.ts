/**
 * Two regions printed under one name are two regions: a plan of 西安市新城区 (610102) and one of 呼和浩特市
 * 新城区 (150102) publish side by side, each region with its own page (its address carries its code), its
 * own departments and its place in the region list; a region's former name is on its page.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { freshPage, launchBrowser } from './browser.ts';

const XIAN = { id: 'xian-xincheng-edu-2021-2025', city: '西安市', province: '陕西省', code: '610102', title: '西安市新城区教育事业发展“十四五”规划（虚构，测试用）' };
const HOHHOT = { id: 'hohhot-xincheng-edu-2021-2025', city: '呼和浩特市', province: '内蒙古自治区', code: '150102', title: '呼和浩特市新城区教育事业发展“十四五”规划（虚构，测试用）' };
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser;
let page: Page;

/** The fixture's demo plan, copied as the plan of one 新城区 (the text is the fixture's, invented for tests). */
function addPlan(root: string, p: typeof XIAN, extra = ''): void {
  const from = join(root, 'content/plans/demo-edu-2021-2025');
  const to = join(root, 'content/plans', p.id);
  cpSync(from, to, { recursive: true });
  for (const f of readdirSync(to)) writeFileSync(join(to, f), readFileSync(join(to, f), 'utf8').replaceAll('demo-edu-2021-2025', p.id));
  const md = readFileSync(join(to, 'plan.md'), 'utf8')
    .replace(/^title: .*$/m, `title: ${p.title}`)
    .replace(/region:\n(?: {2}.*\n)+?(?=issuer:)/, `region:\n  name: 新城区\n  level: district\n  parent: ${p.city}\n  province: ${p.province}\n  code: "${p.code}"\n${extra}`);
  writeFileSync(join(to, 'plan.md'), md);
}

beforeAll(async () => {
  const root = fixtureRoot();
  addPlan(root, XIAN);
  addPlan(root, HOHHOT, '  former:\n    - name: 新城县\n      until: 1990\n');
  const dist = join(mkdtempSync(join(tmpdir(), 'two-xincheng-')), 'dist');
  const built = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
  if (built.code !== 0) throw new Error(built.stderr);
  site = await serveStatic(dist);
  browser = await launchBrowser();
  page = await (await browser.newContext({ baseURL: site.base, locale: 'zh-CN' })).newPage();
}, 300_000);

// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('two regions named 新城区', () => {
  it('each has its own page, at an address that carries its code, listing only its own plan', async () => {
    for (const [p, other] of [[XIAN, HOHHOT], [HOHHOT, XIAN]] as const) {
      const res = await page.goto(`/regions/xin-cheng-qu-${p.code}/`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('新城区');
      const main = (await page.locator('main').textContent())!;
      expect(main).toContain(p.city);
      expect(main).toContain(p.code);
      expect(main).toContain(p.title);
      expect(main).not.toContain(other.title);
    }
  });

  it('the region list shows both, each with its city, and each plan links to its own region', async () => {
    await page.goto('/regions/');
    const links = page.getByRole('link', { name: '新城区' });
    expect(await links.count()).toBe(2);
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort()).toEqual(['/regions/xin-cheng-qu-150102/', '/regions/xin-cheng-qu-610102/']);
    for (const p of [XIAN, HOHHOT]) {
      await page.goto(`/plans/${p.id}/`);
      await page.getByRole('link', { name: '新城区', exact: true }).click();
      await page.waitForURL(`**/regions/xin-cheng-qu-${p.code}/`);
    }
  });

  it('each region has its own departments: the two 教育体育局 are two pages', async () => {
    await page.goto('/departments/');
    const hrefs = await page.locator('a[href*="xin-cheng-qu"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(hrefs).toContain('/departments/xin-cheng-qu-610102--jiao-yu-ti-yu-ju/');
    expect(hrefs).toContain('/departments/xin-cheng-qu-150102--jiao-yu-ti-yu-ju/');
    const res = await page.goto('/departments/xin-cheng-qu-610102--jiao-yu-ti-yu-ju/');
    expect(res?.status()).toBe(200);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('西安市新城区');
    expect(main).not.toContain(HOHHOT.title);
  });

  it('a region that changed keeps its former name on its page', async () => {
    await page.goto(`/regions/xin-cheng-qu-${HOHHOT.code}/`);
    expect(await page.locator('main').textContent()).toContain('曾用名：新城县');
  });

  it("the former name's address sends the reader to the region's page", async () => {
    await page.goto('/regions/xin-cheng-xian/');
    await page.waitForURL('**/regions/xin-cheng-qu-150102/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('新城区');
  });
});
