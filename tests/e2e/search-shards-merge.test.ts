/**
 * A large site is indexed in shards (bounded memory); the search page merges them, so a query finds
 * clauses of every plan whichever shard holds it, and filters span all shards. A search within a place
 * loads only the shard that holds its plan.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { synthesize } from '../../scripts/synthesize.ts';
import { runScript } from '../helpers/run.ts';
import { launchBrowser, showAllResults } from './browser.ts';

let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let base = '';
let browser: Browser;
let dist = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'shards-'));
  synthesize(10, root);
  dist = join(root, 'dist');
  const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist, SEARCH_SHARD_RECORDS: '400' });
  if (r.code !== 0) throw new Error(r.stderr);
  site = await serveStatic(dist);
  base = site.base;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('finds clauses of plans in every shard', async () => {
  const shards = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as string[];
  expect(shards.length).toBeGreaterThanOrEqual(2);
  for (const s of shards) expect(existsSync(join(dist, s, 'pagefind-entry.json'))).toBe(true);
  const page = await browser.newPage();
  await page.goto(`${base}/search/?q=${encodeURIComponent('双师型')}&kind=${encodeURIComponent('条款')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  await showAllResults(page);
  const urls = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const plans = new Set(urls.map((u) => /\/plans\/([^/]+)\//.exec(u)![1]));
  // The ten plans copy the real five in turn; all but the copies of 兴庆区 (which never says 双师型) match.
  expect([...plans].sort()).toEqual(
    [0, 1, 2, 4, 5, 6, 7, 9].map((i) => `${['jingyuan-edu-quality-2023-2027', 'pingluo-edu-2021-2025', 'qingtongxia-edu-2021-2025', 'xingqing-edu-2021-2025', 'zhongwei-edu-2021-2025'][i % 5]}-syn${i}`).sort(),
  );
  const regions = await page.locator('select[name="region"] option').count();
  expect(regions).toBe(11);
});

it('a search within one place loads only its plan’s shard; a place alone loads none', async () => {
  const shards = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as string[];
  expect(shards.length).toBeGreaterThanOrEqual(3);
  const page = await browser.newPage();
  const metas: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.pf_meta')) metas.push(new URL(r.url()).pathname.split('/')[1]!);
  });
  // 合成7县 copies 青铜峡市 (the ten plans copy the real five in turn), which says 双师型.
  await page.goto(`${base}/search/?q=${encodeURIComponent('合成7县 双师型')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  const urls = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(urls.length).toBeGreaterThan(0);
  for (const u of urls) expect(u).toContain('/plans/qingtongxia-edu-2021-2025-syn7/');
  expect(metas[0]).toBe('pagefind');
  expect(metas).toHaveLength(2);
  expect(metas[1]).toMatch(/^pagefind-\d+$/);
  // A place alone lists its plan, which the first index holds.
  metas.length = 0;
  await page.goto(`${base}/search/?q=${encodeURIComponent('合成8县')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  expect(await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/plans/xingqing-edu-2021-2025-syn8/']);
  expect(metas).toEqual(['pagefind']);
  // The same page, then a search everywhere: every shard is merged.
  await page.locator('#q').fill('双师型');
  await page.locator('#q').press('Enter');
  await page.waitForFunction(() => /^找到/.test(document.getElementById('search-status')?.textContent ?? '') && new URLSearchParams(location.search).get('q') === '双师型');
  expect(metas.slice(1).sort()).toEqual(shards.map((s) => s.split('/')[1]!).sort());
  await page.close();
});
