/**
 * Integrity gates over the built site: every internal link and #anchor resolves (a crawl of dist/), and
 * every script, style, font and image comes from the site itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(DIST);
const pages = files.filter((f) => f.endsWith('.html'));
const idsCache = new Map<string, Set<string>>();
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

function ids(file: string): Set<string> {
  let set = idsCache.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idsCache.set(file, set);
  }
  return set;
}

function target(urlPath: string): string | null {
  const p = join(DIST, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
  return existsSync(p) && statSync(p).isFile() ? p : null;
}

describe('links', () => {
  it('every internal link and #anchor in the built site resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const here = '/' + posix.relative(DIST, file).replace(/index\.html$/, '');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decode(m[1]!);
        if (/^(?:https?:|mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${here}`);
        const dest = target(url.pathname);
        checked++;
        if (!dest) broken.push(`${here} → ${raw}`);
        else if (url.hash && dest.endsWith('.html') && !ids(dest).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${here} → ${raw} (no such anchor)`);
      }
    }
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
