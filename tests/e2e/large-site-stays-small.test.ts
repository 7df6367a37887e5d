/**
 * Pages that list across plans stay small on a phone however many plans the site holds (issue 17): with
 * a hundred synthetic plans, the overview lists provinces and cities with counts instead of every plan,
 * each comparison is paginated by province and city with a summary first and a chart of at most ten
 * regions, and every plan and every compared figure is still reached by links.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../scripts/synthesize.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { launchBrowser } from './browser.ts';
import { runScript } from '../helpers/run.ts';
import { crawl } from '../helpers/crawl.ts';

const PLANS = 100;
let root = '';
let dist = '';
let ids: string[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'large-site-'));
  ids = synthesize(PLANS, root);
  // LARGE_SITE_DIST: a site already built from `node scripts/synthesize.ts 100 <root>`, to skip the build while developing.
  if (process.env.LARGE_SITE_DIST) return void (dist = process.env.LARGE_SITE_DIST);
  dist = join(root, 'dist');
  const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
  if (r.code !== 0) throw new Error(r.stderr);
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(dist, path, 'index.html'));
const kb = (n: number) => n * 1024;
/** The internal links of a page, as paths without the anchor. */
const links = (path: string) =>
  !existsSync(join(dist, path, 'index.html')) ? [] : [...page(path).toString('utf8').matchAll(/\shref="(\/[^"#?]*)/g)].map((m) => m[1]!).filter((u) => u.endsWith('/'));

describe(`a site of ${PLANS} plans`, () => {
  it('the overview, a comparison page, a later page and a city page have 0 axe violations (WCAG 2.1 AA)', async () => {
    const site = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const pg = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      for (const path of ['/', '/regions/', '/regions/gu-yuan-shi/', '/compare/', '/compare/preschool-gross-enrolment/', '/compare/preschool-gross-enrolment/2/']) {
        await pg.goto(site.base + path);
        await pg.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
        const violations = await pg.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return r.violations.map((v) => `${v.id} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
        });
        expect(violations, path).toEqual([]);
      }
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('has no broken link or anchor', () => {
    const { broken, checked } = crawl(dist);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('the overview is small: provinces and cities with counts, not a card per plan', () => {
    const html = page('');
    expect(html.length).toBeLessThan(kb(40));
    expect(gzipSync(html).length).toBeLessThan(kb(8));
    const text = html.toString('utf8');
    expect(text).toContain(`本站收录 ${PLANS} 个规划`);
    expect(text.match(/class="plan-card"/g) ?? []).toHaveLength(0);
    // The region picker still jumps to each city on the page.
    for (const m of text.matchAll(/<a href="#(region-[^"]+)"/g)) expect(text).toContain(`id="${m[1]}"`);
  });

  it('every plan is two clicks from the overview: overview → its city → the plan', () => {
    const seen = new Set<string>(['/']);
    let frontier = ['/'];
    for (let depth = 0; depth < 2; depth++) {
      frontier = frontier.flatMap((p) => links(p.slice(1))).filter((u) => !seen.has(u) && (seen.add(u), true));
    }
    const missing = ids.filter((id) => !seen.has(`/plans/${id}/`));
    expect(missing).toEqual([]);
  });

  it('region pages stay small too: the region list names cities, a city page lists its counties’ plans', () => {
    expect(page('regions').length).toBeLessThan(kb(40));
    for (const name of readdirSync(join(dist, 'regions'))) {
      if (name === 'index.html') continue;
      expect(gzipSync(page(`regions/${name}`)).length, name).toBeLessThan(kb(15));
    }
  });

  it('the list of comparisons counts regions instead of naming every one', () => {
    expect(page('compare').length).toBeLessThan(kb(30));
  });

  it('each comparison is paginated: a summary, a bounded chart, at most 50 rows a page, and every plan on some page', () => {
    const concepts = readdirSync(join(dist, 'compare')).filter((n) => n !== 'index.html');
    let paged = 0;
    for (const concept of concepts) {
      const first = page(`compare/${concept}`).toString('utf8');
      const pages = [`compare/${concept}`, ...readdirSync(join(dist, 'compare', concept)).filter((n) => /^\d+$/.test(n)).map((n) => `compare/${concept}/${n}`)];
      const rows = new Set<string>();
      for (const p of pages) {
        const html = page(p);
        expect(html.length, p).toBeLessThan(kb(80));
        expect(gzipSync(html).length, p).toBeLessThan(kb(12));
        const inTable = [...html.toString('utf8').matchAll(/<th scope="row"><a href="(\/plans\/[^"]+\/indicators\/[^"]+\/)"/g)].map((m) => m[1]!);
        expect(inTable.length, p).toBeLessThanOrEqual(50);
        for (const u of inTable) rows.add(u);
      }
      const tracked = Number(/共 (\d+) 个规划跟踪这项指标/.exec(first)?.[1] ?? rows.size);
      expect(rows.size, concept).toBe(tracked);
      expect(first.match(/<g class="series">/g)?.length ?? 0, concept).toBeLessThanOrEqual(10);
      if (pages.length > 1) {
        paged++;
        expect(first).toContain('图中只画出最新实际值最高的 5 个和最低的 5 个地区');
        expect(first).toContain('各地数值的分布');
        for (const p of pages.slice(1)) expect(links(posix.join(p))).toContain(`/${pages[0]}/`);
      }
    }
    expect(paged).toBeGreaterThan(0);
  });
});
