/**
 * The judged query set (tests/fixtures/search/judged.json: places with topics, plans, traditional
 * characters, indicator names and slips, units, nonsense), typed into the built search page: the first
 * result is right for at least 95%, one of the first three for at least 98%, no clause appears twice in a
 * top ten, and every nonsense query returns nothing. `npm run bench` prints the same scores.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { judge, loadJudged, score } from '../../scripts/search-quality.ts';
import { baseURL, launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('meets the targets on the judged set', async () => {
  const judged = loadJudged();
  expect(judged.length).toBeGreaterThanOrEqual(40);
  const outcomes = await judge(browser, baseURL(), judged);
  const s = score(outcomes, judged);
  const misses = outcomes.filter((o) => !o.ok).map((o) => `${o.q} → ${o.top.slice(0, 3).join(', ') || 'nothing'}`);
  expect(s.hit1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(s.hit3).toBeGreaterThanOrEqual(0.98);
  expect(outcomes.filter((o) => o.duplicates.length > 0).map((o) => o.q)).toEqual([]);
  expect(s.nonsenseEmpty).toBe(s.nonsense);
}, 600_000);
