/**
 * A county bureau hosts the site inside its government portal, not at the root of a domain:
 * `BASE_PATH=/jyj/ghgk/ SITE_URL=https://www.example.gov.cn npm run build`. Every internal link, asset,
 * anchor, search result, chart link, feed entry, sitemap entry and download path must live under the base,
 * served there exactly as the portal would (anything outside the base path is a 404).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';
import { crawl, walk } from '../helpers/crawl.ts';
import { runScript } from '../helpers/run.ts';
import { launchBrowser } from './browser.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const BASE = '/jyj/ghgk/';
const SITE = 'https://www.example.gov.cn';
let dist = '';
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser;
let buildOutput = '';

beforeAll(async () => {
  dist = join(mkdtempSync(join(tmpdir(), 'subpath-')), 'dist');
  // Astro's own log level (not BUILD_QUIET), so that any warning it prints is seen.
  // Built as the pipelines build a site to deploy (`--deploy`: refused without SITE_URL).
  const r = runScript('build.ts', ['--deploy'], { BASE_PATH: BASE, SITE_URL: SITE, DIST_DIR: dist, BUILD_QUIET: '' });
  if (r.code !== 0) throw new Error(r.stderr);
  buildOutput = r.stdout + r.stderr;
  site = await serveStatic(dist, { prefix: BASE });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the site hosted under a sub-path', () => {
  it('builds without a single warning', () => {
    expect(buildOutput).toContain('Built ');
    expect(buildOutput.split('\n').filter((l) => /\bWARN|warning/i.test(l))).toEqual([]);
  });

  it('names its public address, never localhost, in any file it publishes', () => {
    const files = walk(dist).filter((f) => /\.(html|xml|json|txt|csv|svg|js)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    // The search index's record blocks and posting lists are stored compressed: read as the page reads them.
    const text_ = (f: string) => (f.includes('/search-index/') ? JSON.stringify(indexJson(readFileSync(f))) : readFileSync(f, 'utf8'));
    expect(files.filter((f) => text_(f).includes('localhost')).map((f) => f.slice(dist.length))).toEqual([]);
    const text = readFileSync(join(dist, 'plans/pingluo-edu-2021-2025/text/index.html'), 'utf8');
    expect(text).toContain(`平罗县人民政府. 平罗县教育事业发展“十四五”规划（2021-2025年）`);
    expect(text).toContain(`${SITE}${BASE}plans/pingluo-edu-2021-2025/text/#`);
  });

  it('has no broken link, and every internal link lives under the base path', () => {
    const { broken, checked } = crawl(dist, BASE);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts feeds, sitemap, search index and downloads under the base path', () => {
    const feed = readFileSync(join(dist, 'updates.xml'), 'utf8');
    for (const m of feed.matchAll(/(?:href="|<id>)([^"<]+)/g)) expect(m[1]).toMatch(new RegExp(`^${SITE}${BASE}`));
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(100);
    for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
    const pkg = JSON.parse(readFileSync(join(dist, 'data/all/datapackage.json'), 'utf8')) as { resources: Array<{ path: string }> };
    for (const r of pkg.resources) expect(r.path, 'a path relative to datapackage.json').not.toMatch(/^\//);
    const csv = readFileSync(join(dist, 'data/all/clauses.csv'), 'utf8');
    expect(csv).toContain(`${BASE}plans/`);
    expect(csv).not.toMatch(/,\/plans\//);
    // No stray root-relative address anywhere in the pages, scripts or styles.
    for (const file of walk(dist).filter((f) => /\.(html|js|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const rooted = [...text.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith(BASE));
      expect(rooted, file).toEqual([]);
    }
  });

  it('searches, and a result opens its clause under the base path', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${site!.base}${BASE}search/?q=${encodeURIComponent('双师型')}`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('找到'));
    // The page reads the search index under the base path.
    expect(await page.locator('#search-form').getAttribute('data-index')).toBe(`${BASE}search-index/`);
    const hrefs = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // 双师型 is in four of the five plans.
    expect(new Set(hrefs.map((h) => /\/plans\/([^/]+)\//.exec(h)?.[1]).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    const first = page.locator('#search-results li h2 a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href.startsWith(BASE), href).toBe(true);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`${BASE}plans/`)), first.click()]);
    const hash = new URL(page.url()).hash.slice(1);
    if (hash) await expect(page.locator(`[id="${decodeURIComponent(hash)}"]`).count()).resolves.toBe(1);
    expect(failed).toEqual([]);
    await page.close();
  });
});
