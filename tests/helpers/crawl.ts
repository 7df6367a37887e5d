/**
 * A crawl of a built site on disk: every internal `href`/`src` of every page must resolve to a file, and
 * every `#anchor` to an id on the page it names. With a base path (a site hosted in a portal's sub-folder),
 * every internal link must also live under that base.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export interface CrawlResult {
  /** `page → link` for every link that does not resolve (or lies outside the base path). */
  broken: string[];
  /** How many links and sources were checked. */
  checked: number;
}

export function crawl(dist: string, base = '/'): CrawlResult {
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      idsCache.set(file, set);
    }
    return set;
  };
  const target = (urlPath: string): string | null => {
    if (!urlPath.startsWith(base)) return null;
    const p = join(dist, decodeURIComponent(urlPath.slice(base.length)));
    if (urlPath.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
    return existsSync(p) && statSync(p).isFile() ? p : null;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const here = base + posix.relative(dist, file).replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(?:https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${here}`);
      const dest = target(url.pathname);
      checked++;
      if (!dest) broken.push(`${here} → ${raw}${url.pathname.startsWith(base) ? '' : ` (outside ${base})`}`);
      else if (url.hash && dest.endsWith('.html') && !ids(dest).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${here} → ${raw} (no such anchor)`);
    }
  }
  return { broken, checked };
}
