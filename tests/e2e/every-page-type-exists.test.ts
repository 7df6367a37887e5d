/**
 * Every page type exists for all five plans: 42 indicator pages each with an SVG chart, a data table and
 * a status; every clause of every text page has its anchor; no reading page needs a script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');
const { model } = loadContent(REPO);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

describe('built pages', () => {
  it('42 indicator pages, each with an SVG chart, a data table and a status', () => {
    const pages = model.plans.flatMap((p) => p.indicators.map((i) => `plans/${p.id}/indicators/${i.id}`));
    expect(pages).toHaveLength(42);
    for (const page of pages) {
      const doc = html(page);
      expect(doc, page).toMatch(/<svg[^>]+role="img"/);
      expect(doc, page).toContain('<table');
      expect(doc, page).toMatch(/class="badge badge-[a-z-]+"/);
      expect(readFileSync(join(DIST, page, 'chart.svg'), 'utf8')).toMatch(/^<\?xml[^>]+>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it('every clause of every plan has its anchor on the text page', () => {
    for (const plan of model.plans) {
      const doc = html(`plans/${plan.id}/text`);
      const ids = new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const missing = plan.clauses.filter((c) => c.kind !== 'title' && !ids.has(c.id)).map((c) => c.id);
      expect(missing, plan.id).toEqual([]);
    }
  });

  it('reading pages carry no script needed to read them', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
    for (const file of walk(DIST)) {
      if (file.includes('/search/')) continue; // search is the one page that needs a script
      const scripts = [...readFileSync(file, 'utf8').matchAll(/<script[^>]*>/g)].map((m) => m[0]);
      for (const s of scripts) expect(s, file).toMatch(/src="\/(copy-cite|tabs|chart-png)\.js"/);
    }
  });
});
