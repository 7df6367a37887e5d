/**
 * The parts of the search page (src/client/search/): URL state, filters, fetching and ranking, and what a
 * result shows. The page itself is exercised in the browser tests (tests/e2e/search-*.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersFor, planRows, regionRows, shardsFor } from '../../src/client/search/filters.ts';
import { rankExact, searcher, type Pagefind, type Result } from '../../src/client/search/fetch.ts';
import { csvCell, excerpt, groupByPlan, resultLines, resultsCsv } from '../../src/client/search/render.ts';
import { readUrlState, stateUrl, withParam } from '../../src/client/search/url-state.ts';
import type { SearchTerms } from '../../src/lib/publish/search-terms.ts';

const terms: Pick<SearchTerms, 'plans' | 'shards' | 'indicators'> = {
  plans: [
    ['甲县规划', '甲县', '宁夏回族自治区 · 固原市', 1, '甲', ''],
    ['乙县规划', '乙县', '宁夏回族自治区 · 固原市', 2, '乙', ''],
    ['乙县方案', '乙县', '宁夏回族自治区 · 固原市', 2, '乙', ''],
    ['丙区规划', '丙区', '宁夏回族自治区 · 中卫市', 3, '丙', ''],
  ],
  shards: ['/pagefind-1/', '/pagefind-2/', '/pagefind-3/'],
  indicators: ['学前教育毛入园率'],
};
const noQuery = { words: [], plans: [], places: [], unit: undefined };

describe('URL state', () => {
  it('reads query, filters, view and fulltext', () => {
    expect(readUrlState('?q=%E5%8F%8C%E5%B8%88%E5%9E%8B&plan=%E7%94%B2&view=all&fulltext=1')).toMatchObject({ q: '双师型', view: 'all', fulltext: true, filters: { plan: '甲', region: '' } });
    expect(readUrlState('')).toMatchObject({ q: '', view: null, fulltext: false });
  });
  it('writes only what is set, and keeps fulltext only for the same query', () => {
    expect(stateUrl('/search/', '', '  ', {}, null)).toBe('/search/');
    expect(stateUrl('/b/search/', '?q=a&fulltext=1', 'a', { kind: '条款' }, 'all')).toBe('/b/search/?q=a&fulltext=1&kind=%E6%9D%A1%E6%AC%BE&view=all');
    expect(stateUrl('/search/', '?q=a&fulltext=1', 'b', {}, null)).toBe('/search/?q=b');
    expect(withParam('?q=a&plan=x', 'q', 'b')).toBe('?q=b&plan=x');
  });
  it('reads back every state it writes', () => {
    const value = fc.string({ maxLength: 6 });
    fc.assert(
      fc.property(value, value, value, fc.constantFrom(null, 'all'), (q, plan, unit, view) => {
        const back = readUrlState(new URL(stateUrl('/s/', '', q, { plan, unit }, view), 'http://x').search);
        expect(back).toMatchObject({ q: q.trim(), view, filters: { plan, unit } });
      }),
    );
  });
});

describe('filters', () => {
  it('narrow to the plans a query names, and to the unit it names unless fulltext', () => {
    expect(filtersFor({ ...noQuery, plans: ['甲县规划'] }, { kind: '条款', region: '' }, false)).toEqual({ kind: '条款', plan: { any: ['甲县规划'] } });
    expect(filtersFor({ ...noQuery, plans: ['甲县规划'] }, { plan: '乙县规划' }, false)).toEqual({ plan: '乙县规划' });
    expect(filtersFor({ ...noQuery, words: ['教育局'], unit: '县教育局' }, {}, false)).toEqual({ unit: '县教育局' });
    expect(filtersFor({ ...noQuery, words: ['教育局'], unit: '县教育局' }, {}, true)).toEqual({});
  });
  it('ask only for the shards of the named plans or region', () => {
    expect(shardsFor({}, terms)).toBeNull();
    expect(shardsFor({ plan: '甲县规划' }, terms)).toEqual([1]);
    expect(shardsFor({ region: '乙县' }, terms)).toEqual([2]);
    expect(shardsFor({ plan: { any: ['甲县规划', '丙区规划'] } }, terms)).toEqual([1, 3]);
    expect(shardsFor({ plan: '甲县规划', kind: '规划' }, terms)).toEqual([]);
  });
  it('list each region once, and only the chosen region’s plans (and the one the URL names)', () => {
    expect(regionRows(terms)).toEqual([['甲县', '宁夏回族自治区 · 固原市'], ['乙县', '宁夏回族自治区 · 固原市'], ['丙区', '宁夏回族自治区 · 中卫市']]);
    expect(planRows(terms, '乙县').map(([t]) => t)).toEqual(['乙县规划', '乙县方案']);
    expect(planRows(terms, '乙县', '丙区规划').map(([t]) => t)).toEqual(['乙县规划', '乙县方案', '丙区规划']);
    expect(planRows(terms, '')).toHaveLength(4);
  });
});

describe('fetching', () => {
  const result = (id: string): Result => ({ id, data: async () => ({ url: `/${id}/`, meta: { title: id } }) });
  it('ranks exact matches by relevance, named indicators first, and keeps the rest apart', () => {
    const found = rankExact([result('a'), result('b'), result('c')], [result('c'), result('x'), result('a'), result('b')], new Set(['b']));
    expect(found.exact.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(found.partial.map((r) => r.id)).toEqual(['x']);
  });
  it('merges each shard once, only when asked, and finds results in every word', async () => {
    const calls: string[] = [];
    const fake: Pagefind = {
      options: async () => {},
      mergeIndex: async (url) => void calls.push(`merge ${url}`),
      search: async (term, { filters }) => {
        calls.push(`search ${term} ${JSON.stringify(filters)}`);
        if (term === null) return { results: [result('all')] };
        if (term.startsWith('"')) return { results: term.includes('甲') ? [result('1'), result('2')] : [result('2'), result('3')] };
        return { results: [result('3'), result('2'), result('1')] };
      },
    };
    const s = searcher(fake, terms);
    await s.mergeShards([2]);
    await s.mergeShards([2, 9]);
    expect(calls).toEqual(['merge /pagefind-2/']);
    await s.mergeShards(null);
    expect(calls.filter((c) => c.startsWith('merge'))).toEqual(['merge /pagefind-2/', 'merge /pagefind-1/', 'merge /pagefind-3/']);
    const found = await s.find(['甲', '乙'], { kind: '条款' });
    expect(found.exact.map((r) => r.id)).toEqual(['2']);
    expect(found.partial.map((r) => r.id)).toEqual(['3', '1']);
    expect((await s.find([], {})).exact.map((r) => r.id)).toEqual(['all']);
  });
});

describe('what a result shows', () => {
  const same = (s: string) => s;
  it('an excerpt around the first hit, every hit marked, cut with …', () => {
    const text = `${'前'.repeat(40)}双师型教师${'后'.repeat(200)}双师型`;
    const e = excerpt(text, ['双师型'], same);
    expect(e.cutBefore).toBe(true);
    expect(e.cutAfter).toBe(true);
    expect(e.parts).toEqual(['前'.repeat(30), { mark: '双师型' }, `教师${'后'.repeat(85)}`]);
    expect(excerpt('無標記', ['标'], (s) => s.replace('標', '标')).parts).toEqual(['無', { mark: '標' }, '記']);
  });
  it('keeps the text as printed: the pieces join to a slice of it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }), (text, words) => {
        const e = excerpt(text, words, same);
        const joined = e.parts.map((p) => (typeof p === 'string' ? p : p.mark)).join('');
        expect(text.includes(joined)).toBe(true);
        expect(joined.length).toBeLessThanOrEqual(120);
      }),
    );
  });
  it('lines: kind, plan and status; units and project; a plan links to its dashboard instead of an excerpt', () => {
    expect(resultLines({ url: '/', meta: { title: 't', kind: '措施', plan: 'p', units: '教育局', text: 'x' } })).toEqual({ lines: [['muted', '措施 · p'], ['result-units', '责任单位：教育局']], withExcerpt: true });
    expect(resultLines({ url: '/', meta: { title: 't', kind: '规划', issuer: '县政府' } }).lines.at(-1)).toEqual(['result-plan', '发布：县政府 · 打开规划首页查看指标、措施和项目进展']);
  });
  it('groups by plan and writes a CSV whose formulas are inert', () => {
    const data = [{ url: '/a/', meta: { title: 'A', plan: 'p1', kind: '条款', text: '=SUM(1)（也称：x）' } }, { url: '/b/', meta: { title: 'B', plan: 'p2' } }, { url: '/c/', meta: { title: 'C', plan: 'p1' } }];
    expect(groupByPlan(data).map(([p, rs]) => [p, rs.length])).toEqual([['p1', 2], ['p2', 1]]);
    const csv = resultsCsv(data, 'https://example.gov.cn/jyj/search/');
    expect(csv.startsWith('\uFEFF"引用","链接"')).toBe(true);
    expect(csv).toContain('"A","https://example.gov.cn/a/","\'=SUM(1)","p1","条款",""\r\n');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
