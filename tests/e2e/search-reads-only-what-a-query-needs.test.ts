/**
 * The search page reads the national index (docs/search-index.md) only in the parts a query needs: a query
 * finds clauses of every plan, filters span them all, and a search within one place opens only the records
 * of its plan. (Until issue 28 this file checked that Pagefind's shards were merged; the index replaced them.)
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { synthesize } from '../../scripts/synthesize.ts';
import { runScript } from '../helpers/run.ts';
import { launchBrowser, showAllResults } from './browser.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let base = '';
let browser: Browser;
let dist = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'index-'));
  synthesize(10, root);
  dist = join(root, 'dist');
  const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
  if (r.code !== 0) throw new Error(r.stderr);
  site = await serveStatic(dist);
  base = site.base;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('finds clauses of every plan, and a filter spans them all', async () => {
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
  // The URL sets a filter, so the filters are open and their region menu lists every plan's region (menus.json).
  await page.waitForFunction(() => document.querySelectorAll('select[name="region"] option').length === 11);
  // Without a filter, the menus' rows are fetched only when the reader opens the filters.
  const menus: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/search-index/menus.json')) menus.push(r.url());
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent('双师型')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  expect(await page.locator('select[name="region"] option').count()).toBe(1);
  expect(menus).toHaveLength(0);
  await page.locator('.filters-box summary').click();
  await page.waitForFunction(() => document.querySelectorAll('select[name="region"] option').length === 11);
  expect(menus).toHaveLength(1);
  // Not closed: the packaged Chromium runs in a single process and ends with its last page.
  await page.goto('about:blank');
});

it('a search within one place opens only the records of its plan; a place alone opens only its plan’s own record', async () => {
  const read = (f: string) => indexJson(readFileSync(join(dist, 'search-index', f))) as unknown;
  const { block, counts } = read('manifest.json') as { block: number; counts: number[] };
  // Each plan's row from the plan block, its first record id and record count from the manifest's counts.
  const index = (read('p/0.json') as string[][]).map((r, k) => [...r, counts.slice(0, k).reduce((a, b) => a + b, 0), counts[k]!] as [string, string, string, string, string, number, number]);
  const page = await browser.newPage();
  const blocks: number[] = [];
  page.on('request', (r) => {
    const m = /\/search-index\/r\/(\d+)\.json$/.exec(r.url());
    if (m) blocks.push(Number(m[1]));
  });
  // 合成7县 copies 青铜峡市 (the ten plans copy the real five in turn), which says 双师型.
  const own = index.find((p) => p[2] === '合成7县')!;
  const ownBlocks = (first: number, count: number) => new Set(Array.from({ length: count }, (_, k) => Math.floor((first + k) / block)));
  await page.goto(`${base}/search/?q=${encodeURIComponent('合成7县 双师型')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  const urls = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(urls.length).toBeGreaterThan(0);
  for (const u of urls) expect(u).toContain('/plans/qingtongxia-edu-2021-2025-syn7/');
  expect(blocks.length).toBeGreaterThan(0);
  for (const b of blocks) expect(ownBlocks(own[5], own[6]).has(b), `block ${b}`).toBe(true);
  // A place alone lists its plan: only the block of the plan's own record (its first) is opened.
  blocks.length = 0;
  const other = index.find((p) => p[2] === '合成8县')!;
  await page.goto(`${base}/search/?q=${encodeURIComponent('合成8县')}`);
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
  expect(await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/plans/xingqing-edu-2021-2025-syn8/']);
  expect(blocks).toEqual([Math.floor(other[5] / block)]);
  await page.close();
});
