/**
 * The national search index (src/lib/publish/gram-index.ts, src/client/search/gram-search.ts) gives the
 * same answers as reading every record: random small corpora, written in random partitions and merged,
 * queried with phrases, pairs of phrases, single characters and a place + topic drawn from their own text,
 * with and without a filter (no words and a filter: every record it holds).
 * Typos of one character are found as near matches, after nothing exact; nonsense finds nothing.
 */
import { describe, expect, it, afterAll } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEAVY_POSTINGS, mergeIndexParts, writeIndexPart, writeGramIndex, type IndexPlanRecords } from '../../src/lib/publish/gram-index.ts';
import { GramIndex, probeGrams, queryWords } from '../../src/client/search/gram-search.ts';
import { normaliseText } from '../../src/client/search/grams.ts';
import { indexJsonSync as indexJson } from '../helpers/index-files.ts';

const root = mkdtempSync(join(tmpdir(), 'gram-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

const fromDisk = (dir: string) => async (path: string) => indexJson(readFileSync(join(dir, path))) as unknown;

/** A few characters, so that pairs recur across records and false candidates are common. */
const ALPHABET = [...'教育学校控辍保学双师型推进发展县市２0a Ａ　，'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((cs) => cs.join(''));
const corpus = fc.array(fc.array(text, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 });

function plansOf(texts: string[][]): IndexPlanRecords[] {
  return texts.map((rs, p) => ({
    plan: { title: `规划${p}`, url: `/p${p}/`, region: `县${p}`, province: `省${p % 2}`, city: p % 3 === 0 ? '' : `市${p % 3}` },
    records: rs.map((t, k) => ({ title: `条款${k}`, url: `/p${p}/#c${k}`, kind: '条款', shown: t, facets: { kind: k % 2 ? ['条款', '措施'] : ['条款'] } })),
  }));
}

/** What a reader of every record finds: records whose text holds every word of the query. */
function scan(texts: string[][], query: string, within?: number[], measuresOnly = false): number[] {
  const words = queryWords(query);
  const out: number[] = [];
  let id = 0;
  texts.forEach((rs, p) =>
    rs.forEach((t, k) => {
      const n = normaliseText(t);
      if ((words.length > 0 || measuresOnly || within) && (!within || within.includes(p)) && (!measuresOnly || k % 2 === 1) && words.every((w) => n.includes(w))) out.push(id);
      id += 1;
    }),
  );
  return out;
}

/** A stretch of some record's text (possibly empty), as a reader might copy it. */
const pick = (texts: string[][], r: number, start: number, length: number): string => {
  const all = texts.flat();
  const t = [...all[r % all.length]!];
  const s = start % (t.length + 1);
  return t.slice(s, s + length).join('');
};

/** The index of `texts` in two parts cut at `cut`, merged; a gram in more than `heavyAbove` records is heavy. */
async function build(texts: string[][], cut: number, heavyAbove?: number): Promise<string> {
  const dir = join(root, `i${dirs++}`);
  const plans = plansOf(texts);
  const at = cut % (plans.length + 1);
  const parts = [plans.slice(0, at), plans.slice(at)].filter((p) => p.length > 0);
  const partDirs = parts.map((_, k) => `${dir}-part${k}`);
  for (const [k, p] of parts.entries()) await writeIndexPart(p, partDirs[k]!, 7);
  await mergeIndexParts(partDirs, dir, heavyAbove);
  return dir;
}

describe('the national index finds what a scan of every record finds', () => {
  it('for phrases, pairs, single characters and place + topic, with and without a filter, common pairs heavy or not, over 1,200 random queries', async () => {
    const query = fc.record({ r: fc.nat(), s: fc.nat(), n: fc.integer({ min: 1, max: 6 }), r2: fc.nat(), s2: fc.nat(), n2: fc.integer({ min: 1, max: 3 }), kind: fc.constantFrom('phrase', 'pair', 'char', 'place'), measures: fc.boolean() });
    await fc.assert(
      // Heavy grams (a file of their own, read rarest first and left out once the candidates are few) from a
      // record or two up, so that small corpora take the paths of common pairs in a national index.
      fc.asyncProperty(corpus, fc.nat(), fc.option(fc.integer({ min: 1, max: 6 })), fc.array(query, { minLength: 12, maxLength: 12 }), async (texts, cut, heavy, queries) => {
        const index = await GramIndex.open(fromDisk(await build(texts, cut, heavy ?? undefined)));
        for (const q of queries) {
          const phrase = pick(texts, q.r, q.s, q.kind === 'char' ? 1 : q.n);
          const text = q.kind === 'pair' ? `${phrase} ${pick(texts, q.r2, q.s2, q.n2)}` : phrase;
          const within = q.kind === 'place' ? [q.r2 % texts.length] : undefined;
          const expected = scan(texts, text, within, q.measures);
          const found = await index.find(text, within, q.measures ? { kind: '措施' } : {});
          if (expected.length > 0 || !found.approximate) expect({ text, within, ids: found.ids }).toEqual({ text, within, ids: expected });
          // The first page opens only what it shows: every hit a true match, none missing when there are some.
          const page = await index.search(text, { limit: 5, ...(within ? { within } : {}), ...(q.measures ? { facets: { kind: '措施' } } : {}) });
          if (expected.length > 0) {
            expect(page.approximate).toBe(false);
            expect(page.hits.length).toBeGreaterThan(0);
            expect(page.hits.every((h) => expected.includes(h.id))).toBe(true);
            // Each names its plan from its record block.
            expect(page.hits.every((h) => h.planTitle === `规划${h.plan}`)).toBe(true);
            expect(page.counts.total).toBeGreaterThanOrEqual(expected.length);
          }
          const counted = index.counts(found.ids);
          expect(counted.byPlan.reduce((n, [, c]) => n + c, 0)).toBe(found.ids.length);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('typos and nonsense', () => {
  const texts = [
    ['（三）加强教师队伍建设。建设一支双师型教师队伍，提高职业教育质量。', '落实控辍保学责任制，确保适龄儿童少年不失学辍学。', '双师课堂覆盖乡村学校。'],
    ['推进控辍保学常态化，建立控辍保学动态监测机制。', '学前三年毛入园率达到95%。', '加快建设双师型教师队伍。'],
  ];
  const open = async () => {
    const dir = join(root, `t${dirs++}`);
    await writeGramIndex(plansOf(texts), dir);
    return GramIndex.open(fromDisk(dir));
  };

  it('finds a phrase with one wrong character as a near match: 双师形 → 双师型, 控缀保学 → 控辍保学', async () => {
    const index = await open();
    const a = await index.search('双师形');
    expect(a.approximate).toBe(true);
    // 双师课 is also one edit away; 双师型, the phrase more records share, comes first.
    expect(a.hits.map((h) => h.url)).toEqual(['/p0/#c0', '/p1/#c2', '/p0/#c2']);
    expect(a.hits.every((h) => h.approximate)).toBe(true);
    const b = await index.search('控缀保学');
    expect(b.approximate).toBe(true);
    expect(b.hits.map((h) => h.url).sort()).toEqual(['/p0/#c1', '/p1/#c0']);
  });

  it('finds a phrase with a character missing or extra', async () => {
    const index = await open();
    expect((await index.find('控保学')).ids).toEqual([1, 3]);
    expect((await index.find('控辍辍保学')).ids).toEqual([1, 3]);
    expect((await index.find('控辍保学')).approximate).toBe(false);
  });

  it('ranks exact matches only: a near match is looked for only when nothing is exact', async () => {
    const index = await open();
    const r = await index.search('双师');
    expect(r.approximate).toBe(false);
    expect(r.hits.map((h) => h.url).sort()).toEqual(['/p0/#c0', '/p0/#c2', '/p1/#c2']);
  });

  it('does not correct the first character of a three-character word: 双型师 is no slip for 技能型师资', async () => {
    const dir = join(root, `t${dirs++}`);
    await writeGramIndex(plansOf([...texts, ['培养技能型师资。']]), dir);
    const index = await GramIndex.open(fromDisk(dir));
    expect((await index.find('双型师')).ids).toEqual([]);
    expect((await index.search('双型师')).hits).toEqual([]);
    expect((await index.find('双师形')).ids.length).toBeGreaterThan(0);
  });

  it('finds a slip whose other pairs are all heavy (双师 in over 2,000 records), by the rarest heavy pair', async () => {
    const dir = join(root, `t${dirs++}`);
    const many = Array.from({ length: HEAVY_POSTINGS + 50 }, (_, k) => `第${k}期课堂用双师`);
    // Without the heavy pair's file the slip has no candidate at all (师形 is in no record).
    await writeGramIndex(plansOf([['建设双师型教师队伍。', '双师型教师占比提高。'], many]), dir);
    const index = await GramIndex.open(fromDisk(dir));
    const found = await index.search('双师形');
    expect(found.approximate).toBe(true);
    expect(found.hits.map((h) => h.url)).toEqual(['/p0/#c0', '/p0/#c1']);
  });

  it('looks up three covering pairs of a long phrase: its first, middle and last', () => {
    expect(probeGrams('建立控辍保学动态监测机制')).toEqual(['建立', '动态', '机制']);
    expect(probeGrams('控辍保学')).toEqual(['控辍', '保学']);
  });

  it('finds nothing for nonsense', async () => {
    const index = await open();
    for (const q of ['鑫犇淼', '火星移民计划', '量子纠缠态', 'xyzzy']) expect((await index.find(q)).ids).toEqual([]);
  });

  it('counts results by plan, province and city before any record is opened', async () => {
    const dir = join(root, `c${dirs++}`);
    await writeGramIndex(plansOf(texts), dir);
    const fetched: string[] = [];
    const index = await GramIndex.open(async (p) => {
      fetched.push(p);
      return fromDisk(dir)(p);
    });
    const { ids } = await index.find('控辍');
    const counts = index.counts(ids);
    expect(counts).toEqual({ total: 2, byPlan: [[0, 1], [1, 1]] });
    expect(await index.placeCounts(counts.byPlan)).toEqual({ byProvince: [['省0', 1], ['省1', 1]], byCity: [['市1', 1]] });
    expect(fetched.filter((p) => p.startsWith('r/') || p.startsWith('p/'))).toEqual([]);
  });
});
