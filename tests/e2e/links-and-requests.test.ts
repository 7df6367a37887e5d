/**
 * Integrity gates over the built site: every internal link and #anchor resolves (a crawl of dist/), and
 * every script, style, font and image comes from the site itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';
import { crawl, walk } from '../helpers/crawl.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');

// Read once the shared site is built (the e2e setup file waits for it before this file's hooks).
let files: string[] = [];
let pages: string[] = [];
beforeAll(() => {
  files = walk(DIST);
  pages = files.filter((f) => f.endsWith('.html'));
});

describe('links', () => {
  it('every internal link and #anchor in the built site resolves', () => {
    const { broken, checked } = crawl(DIST);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('no request leaves the site', () => {
  it('scripts, styles, fonts and images are all local', () => {
    const outside: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<(script|img|iframe|source|video|audio|link|embed|object)\b[^>]*>/g)) {
        const attr = /\s(?:src|href|data)="([^"]*)"/.exec(m[0]);
        if (m[1] === 'link' && !/rel="(?:stylesheet|preload|icon|modulepreload|prefetch|manifest)"/.test(m[0])) continue;
        if (attr && /^(?:[a-z]+:)?\/\//i.test(attr[1]!)) outside.push(`${file}: ${m[0].slice(0, 80)}`);
      }
      for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) outside.push(`${file}: url(${m[1]})`);
      for (const m of html.matchAll(/@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")]+)/g)) outside.push(`${file}: @import ${m[1]}`);
    }
    for (const file of files.filter((f) => /\.(css|js|svg)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"]|fetch\(\s*['"]|import\(\s*['"])((?:https?:)?\/\/[^'")]+)/g)) outside.push(`${file}: ${m[1]}`);
    }
    expect(outside).toEqual([]);
  });

  it('every page carries a Content-Security-Policy that allows only the site\'s own scripts', () => {
    for (const file of pages) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
      expect(csp, file).not.toContain("'unsafe-inline' 'self'; script");
    }
  });
});
