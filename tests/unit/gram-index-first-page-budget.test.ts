/**
 * A first page of the national index (docs/search-index.md) fetches a bounded number of files however many
 * candidates a query has: given a budget, `search` counts every file it fetches (shards, heavy postings,
 * record blocks), shows what it verified within it, says its count is not exact and that more may follow.
 * A slip whose exact candidates (its pairs apart) fill the budget is still found as a near match
 * (集团化办校 → 集团化办学), and a result names its plan from its record block (no plan block fetched).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeIndexParts, writeGramIndex, writeIndexPart, type IndexPlanRecords } from '../../src/lib/publish/gram-index.ts';
import { GramIndex } from '../../src/client/search/gram-search.ts';
import { resultsOf } from '../../src/client/search/fetch.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const root = mkdtempSync(join(tmpdir(), 'gram-budget-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const plan = (p: number, texts: string[]): IndexPlanRecords => ({
  plan: { title: `规划${p}`, url: `/p${p}/`, region: `县${p}`, province: '省', city: '' },
  records: texts.map((t, k) => ({ title: `条款${k}`, url: `/p${p}/#c${k}`, kind: '条款', shown: t })),
});

/** Opens the index at `dir`, recording every file it fetches. */
async function counted(dir: string) {
  const fetched: string[] = [];
  const index = await GramIndex.open(async (path) => {
    fetched.push(path);
    return indexJson(readFileSync(join(dir, path))) as unknown;
  });
  return { index, fetched };
}

describe('a first page within a budget of files, at 300 plans', async () => {
  // Every plan holds the pairs of a phrase no plan says (建立控辍保学动态监测机制) and of a slip (集团化办校),
  // apart, in most of its records: thousands of candidates in every block (those of the slip, 1,500, fewer than
  // make a pair heavy). Two plans say 集团化办学.
  // Every pair of the phrase, apart (a pair of it in no record would tell at once that no record says it).
  const decoys = ['建立控辍保学台账，保学动态管理，动态监测到位，监测机制健全。', '组建教育集团，优化办学条件，鼓励社会力量办校。'];
  const plans = Array.from({ length: 300 }, (_, p) => plan(p, [...Array.from({ length: 14 }, (_, k) => decoys[k % 3 === 0 ? 1 : 0]!), p === 150 || p === 250 ? '深化集团化办学改革，扩大优质资源。' : '改善办学条件。', '加强教师队伍建设。']));
  const dir = join(root, 'many');
  await writeGramIndex(plans, dir);

  it('fetches at most its budget for a phrase no plan says, shows nothing unverified, and says more may follow', async () => {
    const { index, fetched } = await counted(dir);
    const page = await index.search('建立控辍保学动态监测机制', { limit: 11, budget: 15 });
    expect(fetched.length).toBeLessThanOrEqual(16);
    expect(page.hits).toEqual([]);
    expect(page.complete).toBe(false);
    expect(page.countsExact).toBe(false);
    // A longer list, given more files, goes on opening the candidates until none is left.
    const all = await index.search('建立控辍保学动态监测机制', { limit: 11, budget: 1000 });
    expect(all.hits).toEqual([]);
    expect(all.complete).toBe(true);
  });

  it('finds 集团化办校 as a near match at rank 1 although its exact candidates fill the budget', async () => {
    const { index, fetched } = await counted(dir);
    const page = await index.search('集团化办校', { limit: 11, budget: 15 });
    expect(fetched.length).toBeLessThanOrEqual(16);
    expect(page.approximate).toBe(true);
    expect(page.hits[0]?.text).toContain('集团化办学');
    expect(page.hits.map((h) => h.url).sort()).toEqual(['/p150/#c14', '/p250/#c14']);
  });
});

describe('a result names its plan from its record block', () => {
  it('in parts merged, across a plan with no records, with no plan block fetched', async () => {
    const parts = [
      [plan(0, ['控辍保学一', '其他']), plan(1, []), plan(2, ['控辍保学二'])],
      [plan(3, []), plan(4, Array.from({ length: 20 }, (_, k) => `控辍保学${k}`))],
    ];
    const partDirs = parts.map((_, k) => join(root, `part${k}`));
    for (const [k, p] of parts.entries()) await writeIndexPart(p, partDirs[k]!);
    const dir = join(root, 'merged');
    await mergeIndexParts(partDirs, dir);
    const { index, fetched } = await counted(dir);
    const { ids } = await index.find('控辍保学');
    const hits = await index.records(ids);
    expect(hits.map((h) => [h.plan, h.planTitle])).toEqual([[0, '规划0'], [2, '规划2'], ...Array.from({ length: 20 }, () => [4, '规划4'])]);
    expect(resultsOf(hits.slice(0, 2)).map((r) => r.meta.plan)).toEqual(['规划0', '规划2']);
    expect(fetched.filter((f) => f.startsWith('p/'))).toEqual([]);
  });
});
