/**
 * The yardstick of search quality (scripts/search-quality.ts) counts what it should: a clause is the same
 * result whether it opens in the text, the measures or the projects; hit@1, hit@3 and MRR count ranks;
 * a duplicate or an answered nonsense query is caught.
 */
import { describe, expect, it } from 'vitest';
import { resultKey, score, type JudgedQuery, type QueryOutcome } from '../../scripts/search-quality.ts';

describe('search quality yardstick', () => {
  it('keys a result by what it is, under any base path', () => {
    expect(resultKey('/plans/p/text/#s3-2')).toBe('p#s3-2');
    expect(resultKey('/jyj/ghgk/plans/p/measures/#s3-2')).toBe('p#s3-2');
    expect(resultKey('/plans/p/projects/#box7-2')).toBe('p#box7-2');
    expect(resultKey('/plans/p/indicators/x/')).toBe('p/indicators/x');
    expect(resultKey('/plans/p/')).toBe('p');
  });

  it('scores ranks, duplicates and nonsense', () => {
    const queries: JudgedQuery[] = [
      { q: 'a', kind: 'topic', relevant: ['p#1'] },
      { q: 'b', kind: 'topic', relevant: ['p#2'] },
      { q: 'c', kind: 'topic', relevant: ['p#3'] },
      { q: 'd', kind: 'nonsense', relevant: [] },
    ];
    const o = (q: string, top: string[], rank: number | null, duplicates: string[] = []): QueryOutcome => ({ q, kind: '', top, rank, duplicates, ok: rank === 1 });
    const s = score([o('a', ['p#1'], 1), o('b', ['p#9', 'p#9', 'p#2'], 3, ['p#9']), o('c', ['p#8'], null), o('d', ['p#5'], null)], queries);
    expect(s).toEqual({ queries: 3, hit1: 1 / 3, hit3: 2 / 3, mrr: (1 + 1 / 3) / 3, withDuplicates: 1, nonsense: 1, nonsenseEmpty: 0 });
  });
});
