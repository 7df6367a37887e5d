/**
 * The names table of the national index (docs/search-index.md, format 3): a place named in a query is read
 * from a few small files however many plans share its first characters (合成0县 … 合成999县), so that the
 * search page carries no plan list; a query naming no place reads none of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAME_FILE_PLANS, writeGramIndex } from '../../src/lib/publish/gram-index.ts';
import { GramIndex } from '../../src/client/search/gram-search.ts';
import { queryReader } from '../../src/client/search/query.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the names table at a thousand plans of one first pair', async () => {
  const plans = Array.from({ length: 1000 }, (_, i) => ({
    plan: { title: `合成${i}县教育规划`, url: `/p${i}/`, region: `合成${i}县`, province: `省${i % 3}`, city: '', regionShort: `合成${i}`, planShort: `合成${i}县规划` },
    records: [{ title: '条款', url: `/p${i}/#c`, kind: '条款', shown: '控辍保学' }],
  }));
  await writeGramIndex(plans, dir);
  const fetched: string[] = [];
  const index = await GramIndex.open(async (p) => {
    fetched.push(p);
    return indexJson(readFileSync(join(dir, p))) as unknown;
  });

  it('keeps every names file to a few plans', () => {
    for (const f of readdirSync(join(dir, 'n'))) {
      const entries = Object.values(indexJson(readFileSync(join(dir, 'n', f))) as Record<string, { r: unknown[] }>);
      for (const e of entries) expect(e.r.length).toBeLessThanOrEqual(NAME_FILE_PLANS);
    }
  });

  it('finds the plan a place in the query names, in a few files, and the reader narrows to it', async () => {
    fetched.length = 0;
    const named = await index.names('合成123县控辍保学');
    expect(fetched.every((f) => f.startsWith('n/'))).toBe(true);
    expect(fetched.length).toBeLessThanOrEqual(5);
    const { readQuery } = queryReader({ plans: named, units: {}, t2s: '' });
    expect(readQuery('合成123县控辍保学')).toMatchObject({ plans: ['合成123县教育规划'], words: ['控辍保学'] });
    expect(named.find((r) => r[0] === '合成123县教育规划')![6]).toBe(123);
    // The short form too: 合成45 (not the start of 合成456).
    expect(queryReader({ plans: await index.names('合成45 控辍保学'), units: {}, t2s: '' }).readQuery('合成45 控辍保学').plans).toEqual(['合成45县教育规划']);
  });

  it('reads no names file for a query that names no place', async () => {
    fetched.length = 0;
    expect(await index.names('控辍保学 双师型')).toEqual([]);
    expect(fetched).toEqual([]);
  });
});
