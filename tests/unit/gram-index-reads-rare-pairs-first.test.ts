/**
 * A query reads its posting lists rarest first (src/client/search/posting-plan.ts, docs/search-index.md,
 * "Query planning"): sizes come from the shards, so of a phrase of common words (推进, 教育, 发展 in most
 * records) the heavy file fetched is that of a rare pair straddling them (进县); heavy files stop once the
 * candidates are few, which changes what is opened and not what is found; a pair in no record ends the
 * query at once, with no heavy file and no record block fetched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeIndexParts, writeIndexPart, type IndexPlanRecords } from '../../src/lib/publish/gram-index.ts';
import { GramIndex } from '../../src/client/search/gram-search.ts';
import { decodeIds, encodeIds, gramShard } from '../../src/client/search/grams.ts';
import { intersect, intersectDeltas, narrowRarestFirst, straddlingPairs, type ShardEntry } from '../../src/client/search/posting-plan.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const root = mkdtempSync(join(tmpdir(), 'gram-plan-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Heavy lists by file name, and the files fetched, in order. */
function heavyFiles(lists: Record<string, number[]>) {
  const fetched: string[] = [];
  const heavy = async (f: string) => {
    fetched.push(f);
    return encodeIds(lists[f]!);
  };
  return { fetched, heavy };
}

describe('narrowing rarest first', () => {
  const lists = { a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], b: [2, 4, 6, 8, 10, 12, 14], c: [4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48] };
  const entries: ShardEntry[] = [
    { n: 12, f: 'c' },
    { n: 10, f: 'a' },
    { n: 7, f: 'b' },
  ];

  it('fetches the rarest heavy file first, then the next, and intersects them', async () => {
    const { fetched, heavy } = heavyFiles(lists);
    expect(await narrowRarestFirst(entries, heavy, { enough: 0, heavyFiles: Infinity })).toEqual([4, 8]);
    expect(fetched).toEqual(['b', 'a', 'c']);
  });

  it('stops fetching heavy files once the candidates are few enough, or at its count of files', async () => {
    const few = heavyFiles(lists);
    expect(await narrowRarestFirst(entries, few.heavy, { enough: 5, heavyFiles: Infinity })).toEqual([2, 4, 6, 8, 10]);
    expect(few.fetched).toEqual(['b', 'a']);
    const one = heavyFiles(lists);
    expect(await narrowRarestFirst(entries, one.heavy, { enough: 0, heavyFiles: 1 })).toEqual(lists.b);
    expect(one.fetched).toEqual(['b']);
  });

  it('intersects every light list, in the shard already, and then no heavy file for candidates no more than `enough`', async () => {
    const { fetched, heavy } = heavyFiles(lists);
    const light: ShardEntry[] = [encodeIds([2, 3, 4, 8, 40]), encodeIds([4, 8, 9, 40])];
    expect(await narrowRarestFirst([...entries, ...light], heavy, { enough: 3, heavyFiles: Infinity })).toEqual([4, 8, 40]);
    expect(fetched).toEqual([]);
  });

  it('leaves out only lists whose ids it keeps: a superset of the exact intersection, for any lists and limits', async () => {
    const ids = fc.uniqueArray(fc.nat(60), { maxLength: 30 }).map((xs) => xs.sort((a, b) => a - b));
    await fc.assert(
      fc.asyncProperty(fc.array(ids, { minLength: 1, maxLength: 5 }), fc.nat(8), fc.nat(3), fc.nat(30), async (ls, light, files, enough) => {
        const named = Object.fromEntries(ls.map((l, k) => [`f${k}`, l]));
        const es: ShardEntry[] = ls.map((l, k) => (l.length <= light ? encodeIds(l) : { n: l.length, f: `f${k}` }));
        const exact = ls.reduce((a, b) => intersect(a, b));
        const got = await narrowRarestFirst(es, heavyFiles(named).heavy, { enough, heavyFiles: files });
        expect(exact.every((id) => got.includes(id))).toBe(true);
        expect(got).toEqual([...got].sort((a, b) => a - b));
        // Nothing left out and nothing few enough: exactly the intersection.
        if (files >= ls.length && enough === 0) expect(got).toEqual(exact);
      }),
      { numRuns: 300 },
    );
  });

  it('intersects a list of deltas as it decodes it, as the decoded list would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200)), fc.uniqueArray(fc.nat(200)), (a, b) => {
        const x = a.sort((p, q) => p - q);
        const y = b.sort((p, q) => p - q);
        expect(intersectDeltas(x, encodeIds(y))).toEqual(intersect(x, decodeIds(encodeIds(y))));
      }),
    );
  });

  it('reads the pairs straddling a phrase of common words, spread over it', () => {
    expect(straddlingPairs('推进县域义务教育优质均衡发展', 3)).toEqual(['进县', '育优', '衡发']);
    expect(straddlingPairs('控辍保学', 3)).toEqual(['辍保']);
    expect(straddlingPairs('双师', 3)).toEqual([]);
  });
});

describe('a phrase of common words in an index whose common pairs are heavy', async () => {
  // 推进, 教育, 发展 … in every record (heavy: more than 3 records); 进县 and the other straddling pairs only
  // where the phrase is said; one record holds every pair of the phrase apart.
  const phrase = '推进县域义务教育优质均衡发展';
  const texts = (p: number) => [
    p % 4 === 0 ? `${phrase}。` : '推进教育发展，推进教育优质发展。',
    '推进县域教育发展，义务教育优质，均衡发展。',
    ...Array.from({ length: 6 }, (_, k) => `推进教育事业发展${k}。`),
  ];
  const plans: IndexPlanRecords[] = Array.from({ length: 12 }, (_, p) => ({
    plan: { title: `规划${p}`, url: `/p${p}/`, region: `县${p}`, province: '省', city: '' },
    records: texts(p).map((t, k) => ({ title: `条款${k}`, url: `/p${p}/#c${k}`, kind: '条款', shown: t })),
  }));
  const dir = join(root, 'common');
  await writeIndexPart(plans, `${dir}-part`);
  await mergeIndexParts([`${dir}-part`], dir, 3);
  const open = async () => {
    const fetched: string[] = [];
    const index = await GramIndex.open(async (path) => {
      fetched.push(path);
      return indexJson(readFileSync(join(dir, path))) as unknown;
    });
    return { index, fetched };
  };
  /** The heavy file of a gram, from its shard. */
  const heavyOf = (gram: string) => {
    const { shards } = indexJson(readFileSync(join(dir, 'manifest.json'))) as { shards: number };
    return (indexJson(readFileSync(join(dir, 'g', `${gramShard(gram, shards)}.json`))) as Record<string, { f: string }>)[gram]!.f;
  };

  it('fetches the heavy files of rare straddling pairs, not those of its common probe pairs', async () => {
    const { index, fetched } = await open();
    const page = await index.search(phrase, { limit: 5, budget: 15 });
    expect(page.approximate).toBe(false);
    expect(page.hits.map((h) => h.url)).toEqual(['/p0/#c0', '/p4/#c0', '/p8/#c0']);
    const heavy = fetched.filter((f) => f.startsWith('h/'));
    expect(heavy.length).toBeLessThanOrEqual(2);
    for (const common of ['推进', '教育', '发展']) expect(heavy).not.toContain(heavyOf(common));
  });

  it('finds what the whole lists find: every record that says it, and no other', async () => {
    const { index } = await open();
    expect((await index.find(phrase)).ids).toEqual([0, 32, 64]);
  });

  it('returns at once, fetching no heavy file and no record, when a pair of the phrase is in no record', async () => {
    // 规划, a probe pair, is in no record; nor is 展义, a pair straddling its probe pairs (推进, 发展, 教育: all heavy).
    for (const q of ['推进县域义务教育优质均衡发展规划', '推进县域发展义务教育']) {
      const { index, fetched } = await open();
      const page = await index.search(q, { limit: 5, budget: 15 });
      expect(page.hits).toEqual([]);
      expect(fetched.filter((f) => f.startsWith('h/') || f.startsWith('r/'))).toEqual([]);
      expect((await index.find(q)).ids).toEqual([]);
    }
  });
});

describe('a word of up to four characters', () => {
  it('fetches the heavy file of its rarer pair only, however many candidates that leaves (the text decides)', async () => {
    // 均衡 in 2,100 records, 发展 in 2,400: more candidates than a first page opens, but 发展 would cut few.
    const records = [...Array.from({ length: 2100 }, (_, k) => `均衡发展${k}`), ...Array.from({ length: 300 }, (_, k) => `发展${k}`)];
    const dir = join(root, 'short');
    await writeIndexPart([{ plan: { title: '规划', url: '/p/', region: '县', province: '省', city: '' }, records: records.map((t, k) => ({ title: `条款${k}`, url: `/p/#c${k}`, kind: '条款', shown: t })) }], `${dir}-part`);
    await mergeIndexParts([`${dir}-part`], dir, 3);
    const fetched: string[] = [];
    const index = await GramIndex.open(async (path) => {
      fetched.push(path);
      return indexJson(readFileSync(join(dir, path))) as unknown;
    });
    const page = await index.search('均衡发展', { limit: 5, budget: 15 });
    expect(page.hits.length).toBe(5);
    expect(fetched.filter((f) => f.startsWith('h/'))).toHaveLength(1);
  });
});
