/**
 * The site's own search records, as the national index holds them (indexPlan, indexRecord): a clause
 * printed in traditional characters (督導) is found by its simplified form, a filter (措施) narrows, and the
 * plan table knows each plan's province and city for counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { indexPlan, indexRecord, writeGramIndex } from '../../src/lib/publish/gram-index.ts';
import { GramIndex } from '../../src/client/search/gram-search.ts';
import { REPO } from '../helpers/run.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'gram-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the national index of the shipped plans', async () => {
  const { plans, concepts } = loadContent(REPO).model;
  await writeGramIndex(plans.map((p) => ({ plan: indexPlan(p), records: searchRecords([p], plans, concepts).map(indexRecord) })), join(dir, 'index'));
  const index = await GramIndex.open(async (path) => indexJson(readFileSync(join(dir, 'index', path))) as unknown);

  it('finds a clause printed in traditional characters by its simplified form, showing the text as printed', async () => {
    const { hits } = await index.search('督导体制');
    expect(hits.some((h) => h.url.includes('qingtongxia') && h.text.includes('督導'))).toBe(true);
  });

  it('narrows by a filter: only measures', async () => {
    const all = await index.find('控辍保学');
    const measures = await index.find('控辍保学', undefined, { kind: '措施' });
    expect(measures.ids.length).toBeGreaterThan(0);
    expect(measures.ids.length).toBeLessThan(all.ids.length);
    expect((await index.records(measures.ids)).every((r) => r.kind.includes('措施'))).toBe(true);
  });

  it('lists each plan with its province and city', async () => {
    const rows = await index.planRows(Array.from({ length: index.planCount }, (_, k) => k));
    const jingyuan = [...rows.values()].find((p) => p[2] === '泾源县')!;
    expect([jingyuan[3], jingyuan[4]]).toEqual(['宁夏回族自治区', '固原市']);
  });

  it('finds the plans a name in the query denotes from the names table, each with its index', async () => {
    const named = await index.names('泾源县控辍保学');
    expect(named.some((r) => r[1] === '泾源县')).toBe(true);
    const rows = await index.planRows(named.map((r) => r[6]));
    expect(named.every((r) => rows.get(r[6])![0] === r[0])).toBe(true);
    expect(await index.names('控辍保学')).toEqual([]);
  });
});
