/**
 * How good and how light the shipped search is, measured the way a reader meets it: the built search page
 * in a real Chromium. Used by `npm run bench` (figures) and by the browser test of the judged query set.
 *
 * Quality: each judged query (tests/fixtures/search/judged.json) is typed into the search page; the first
 * ten results are compared with what a careful journalist expects: hit@1, hit@3, mean reciprocal rank, no
 * clause twice in a top ten, and nothing at all for nonsense. Cost: a fresh browser profile opens the search
 * page, types one query and waits for its results; every byte the page and its worker fetch is counted
 * (HTML, CSS, scripts, the search index's manifest, plan table, shards, heavy postings and record blocks), as
 * transferred (gzip).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export interface JudgedQuery {
  q: string;
  kind: string;
  /** Keys of the right results: `<plan>` (the plan), `<plan>#<clause>`, `<plan>/indicators/<id>`. */
  relevant: string[];
  note?: string;
}

export function loadJudged(file = join(import.meta.dirname, '../tests/fixtures/search/judged.json')): JudgedQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/**
 * The key of a result link: a clause is the same clause whether a result opens it in the text, among the
 * measures or among the projects (a project's id is the id of the clause it is printed in).
 */
export function resultKey(href: string): string {
  const url = new URL(href, 'http://x/');
  const m = /\/plans\/([^/]+)\/(?:(text|measures|projects)\/|indicators\/([^/]+)\/)?$/.exec(url.pathname);
  if (!m) return url.pathname + url.hash;
  if (m[3]) return `${m[1]}/indicators/${m[3]}`;
  if (m[2]) return `${m[1]}${url.hash}`;
  return m[1]!;
}

/** Opens the search for `q` and waits until its results (or its "nothing found") are shown. */
export async function searchFor(page: Page, base: string, q: string): Promise<void> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return document.body.dataset.searchReady === 'true' && s !== '' && !s.includes('正在');
  });
}

/** The links of the results shown, in order (the closer matches first, then the partial ones). */
export async function shownResults(page: Page): Promise<string[]> {
  return page.locator('.search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

export interface QueryOutcome {
  q: string;
  kind: string;
  top: string[];
  rank: number | null;
  duplicates: string[];
  ok: boolean;
}

/**
 * Types `q` into the search page already open (as a reader types one query after another) and waits until
 * that query's results are shown: the page marks each finished search with its query (`data-search-shown`),
 * so no earlier result and no timing is mistaken for this one. The box is filled without an input event,
 * so the as-you-type timer does not start a second search of the same words.
 */
export async function typeQuery(page: Page, q: string): Promise<void> {
  await page.evaluate((query) => {
    delete document.body.dataset.searchShown;
    (document.getElementById('q') as HTMLInputElement).value = query;
    (document.getElementById('search-form') as HTMLFormElement).requestSubmit();
  }, q);
  await page.waitForFunction((query) => document.body.dataset.searchShown === query.trim(), q);
}

export async function judge(browser: Browser, base: string, queries: JudgedQuery[]): Promise<QueryOutcome[]> {
  const page = await browser.newPage();
  const out: QueryOutcome[] = [];
  try {
    await page.goto(`${base}/search/`);
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    for (const j of queries) {
      await typeQuery(page, j.q);
      const top = (await shownResults(page)).slice(0, 10).map(resultKey);
      const at = top.findIndex((k) => j.relevant.includes(k));
      const seen = new Set<string>();
      const duplicates = top.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
      const rank = at < 0 ? null : at + 1;
      out.push({ q: j.q, kind: j.kind, top, rank, duplicates, ok: j.relevant.length === 0 ? top.length === 0 : rank === 1 });
    }
  } finally {
    // Not closed: the packaged Chromium runs in a single process and ends with its last page.
    await page.goto('about:blank');
  }
  return out;
}

export interface Scores {
  queries: number;
  hit1: number;
  hit3: number;
  mrr: number;
  withDuplicates: number;
  nonsense: number;
  nonsenseEmpty: number;
}

/** hit@1, hit@3 and MRR over the queries that have right answers; nonsense queries are counted apart. */
export function score(outcomes: QueryOutcome[], queries: JudgedQuery[]): Scores {
  const real = outcomes.filter((_, i) => queries[i]!.relevant.length > 0);
  const nonsense = outcomes.filter((_, i) => queries[i]!.relevant.length === 0);
  const share = (n: number) => n / Math.max(real.length, 1);
  return {
    queries: real.length,
    hit1: share(real.filter((o) => o.rank === 1).length),
    hit3: share(real.filter((o) => o.rank !== null && o.rank <= 3).length),
    mrr: share(real.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0)),
    withDuplicates: outcomes.filter((o) => o.duplicates.length > 0).length,
    nonsense: nonsense.length,
    nonsenseEmpty: nonsense.filter((o) => o.top.length === 0).length,
  };
}

/** What a request of the search page is, for the benchmark's breakdown of where the bytes go. */
export const REQUEST_KINDS = ['page HTML', 'page CSS', 'page JS', 'page icon', 'manifest', 'names', 'plan table', 'shards', 'heavy postings', 'record blocks', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The kind of a request of the search page: the page's own files, or which file of the index (docs/search-index.md). */
export function requestKind(url: string): RequestKind {
  const path = new URL(url).pathname;
  if (/\/search-index\//.test(path)) {
    if (/\/manifest\.json$/.test(path)) return 'manifest';
    if (/\/plans\.json$/.test(path) || /\/p\/\d+\.json$/.test(path)) return 'plan table';
    if (/\/n\/[0-9a-z]+\.json$/.test(path)) return 'names';
    if (/\/g\/\d+\.json$/.test(path)) return 'shards';
    if (/\/h\/[\d-]+\.json$/.test(path)) return 'heavy postings';
    if (/\/r\/\d+\.json$/.test(path)) return 'record blocks';
    return 'other';
  }
  if (/\.css$/.test(path)) return 'page CSS';
  if (/\.(svg|ico|png)$/.test(path)) return 'page icon';
  if (/\.js$/.test(path)) return 'page JS';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page HTML';
  return 'other';
}

export interface QueryCost {
  q: string;
  bytes: number;
  requests: number;
  ms: number;
  /** Bytes and requests per kind of request (the page's files, the index's files). */
  byKind: Partial<Record<RequestKind, { bytes: number; requests: number }>>;
  /** The first result: whether marked 近似匹配, and what its excerpt marks (the stretch it holds). */
  first?: { near: boolean; marked: string };
}

/**
 * The first query of a reader who has never visited: a fresh profile (empty cache) opens the search page,
 * types `q`, and waits for the results. Every request of the page and its workers counts, on the wire.
 * `cpuSlowdown` slows the page's CPU that many times (CDP Emulation.setCPUThrottlingRate).
 */
export async function firstQueryCost(launch: () => Promise<Browser>, base: string, q: string, cpuSlowdown = 1): Promise<QueryCost> {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A cheap phone: Chromium's CPU slowed down (1: not slowed).
    if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const sizes: Array<Promise<[RequestKind, number]>> = [];
    context.on('requestfinished', (req) => sizes.push(req.sizes().then((s) => [requestKind(req.url()), s.responseBodySize + s.responseHeadersSize])));
    await page.goto(`${base}/search/`);
    await page.waitForFunction(() => document.body.dataset.searchReady === 'true');
    await page.locator('#q').fill(q);
    await page.locator('#q').press('Enter');
    await page.waitForFunction(() => /^(找到|没有找到)/.test(document.getElementById('search-status')?.textContent ?? ''));
    const ms = Number(await page.evaluate(() => document.body.dataset.searchMs));
    const top = page.locator('#search-results li').first();
    const first = (await top.count()) > 0 ? { near: (await top.locator('.result-near').count()) > 0, marked: (await top.locator('mark').allTextContents()).join(' ') } : undefined;
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const byKind: QueryCost['byKind'] = {};
    for (const [kind, n] of all) {
      const k = (byKind[kind] ??= { bytes: 0, requests: 0 });
      k.bytes += n;
      k.requests += 1;
    }
    return { q, bytes: all.reduce((n, [, x]) => n + x, 0), requests: all.length, ms, byKind, ...(first ? { first } : {}) };
  } finally {
    await browser.close();
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
