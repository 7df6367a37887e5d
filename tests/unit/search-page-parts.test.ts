/**
 * The parts of the search page (src/client/search/): URL state, filters, fetching and ranking, and what a
 * result shows. The page itself is exercised in the browser tests (tests/e2e/search-*.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetsFor, filtersFor, planRows, plansFor, regionOf, regionRows } from '../../src/client/search/filters.ts';
import { askFor, indicatorsFirst, resultData } from '../../src/client/search/fetch.ts';
import type { IndexHit } from '../../src/client/search/gram-search.ts';
import { csvCell, excerpt, groupByPlan, resultLines, resultsCsv } from '../../src/client/search/render.ts';
import { readUrlState, stateUrl, withParam } from '../../src/client/search/url-state.ts';
import type { SearchTerms } from '../../src/lib/publish/search-terms.ts';

const terms: Pick<SearchTerms, 'plans' | 'indicators'> = {
  plans: [
    ['甲县规划', '甲县', '宁夏回族自治区 · 固原市', '640401', '甲', ''],
    ['乙县规划', '乙县', '宁夏回族自治区 · 固原市', '640402', '乙', ''],
    ['乙县方案', '乙县', '宁夏回族自治区 · 固原市', '640402', '乙', ''],
    ['丙区规划', '丙区', '宁夏回族自治区 · 中卫市', '640501', '丙', ''],
    // Two regions printed 新城区, told apart by their codes.
    ['新城区规划', '新城区', '陕西省 · 西安市', '610102', '新城', ''],
    ['新城区方案', '新城区', '内蒙古自治区 · 呼和浩特市', '150102', '新城', ''],
  ],
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
  it('confine a search to the named plans or the region (by its code), and pass the other filters as record values', () => {
    expect(plansFor({}, terms)).toBeNull();
    expect(plansFor({ plan: '甲县规划' }, terms)).toEqual(['甲县规划']);
    expect(plansFor({ region: '640402' }, terms)).toEqual(['乙县规划', '乙县方案']);
    expect(plansFor({ plan: { any: ['甲县规划', '丙区规划'] } }, terms)).toEqual(['甲县规划', '丙区规划']);
    expect(plansFor({ plan: '甲县规划', region: '640402' }, terms)).toEqual([]);
    expect(plansFor({ region: '610102' }, terms)).toEqual(['新城区规划']);
    expect(facetsFor({ plan: '甲县规划', kind: '措施', unit: '教育局' })).toEqual({ kind: '措施', unit: '教育局' });
  });
  it('list each region once by its key, two 新城区 apart, and only the chosen region’s plans (and the one the URL names)', () => {
    expect(regionRows(terms)).toEqual([
      ['640401', '宁夏回族自治区 · 固原市', '甲县'],
      ['640402', '宁夏回族自治区 · 固原市', '乙县'],
      ['640501', '宁夏回族自治区 · 中卫市', '丙区'],
      ['610102', '陕西省 · 西安市', '新城区'],
      ['150102', '内蒙古自治区 · 呼和浩特市', '新城区'],
    ]);
    expect(planRows(terms, '640402').map(([t]) => t)).toEqual(['乙县规划', '乙县方案']);
    expect(planRows(terms, '640402', '丙区规划').map(([t]) => t)).toEqual(['乙县规划', '乙县方案', '丙区规划']);
    expect(planRows(terms, '')).toHaveLength(6);
  });
  it('read a URL’s region by its key, or by a name only one region has', () => {
    expect(regionOf(terms, '640402')).toBe('640402');
    expect(regionOf(terms, '乙县')).toBe('640402');
    expect(regionOf(terms, '新城区')).toBe('');
    expect(regionOf(terms, '')).toBe('');
  });
});

describe('asking the index', () => {
  // The rows the page knows carry each plan's index in the index (the menus' rows, or those the query names).
  const known = { plans: terms.plans.map(([a, b, c, d, e, f], k): SearchTerms['plans'][number] => [a, b, c, d, e, f, k]) };
  it('turns plan titles and region keys into plan indexes of the index, and keeps the words and filter values', () => {
    expect(askFor(known, ['双师型'], {})).toEqual({ text: '双师型', facets: {} });
    expect(askFor(known, ['双师型', '教师'], { region: '640402', kind: '条款' })).toEqual({ text: '双师型 教师', within: [1, 2], facets: { kind: '条款' } });
    expect(askFor(known, [], { plan: { any: ['丙区规划'] } })).toEqual({ text: '', within: [3], facets: {} });
  });
  const hit = (id: number, kind: string): IndexHit => ({ id, title: `t${id}`, url: `/${id}/`, kind, text: 'x', plan: 0, planTitle: '甲县规划', approximate: false, extra: {} });
  it('puts the indicators a query names first, unless the reader chose a kind', () => {
    const hits = [hit(1, '条款'), hit(2, '指标'), hit(3, '条款'), hit(4, '指标')];
    expect(indicatorsFirst(hits, ['毛入园率'], terms, {}).map((h) => h.id)).toEqual([2, 4, 1, 3]);
    expect(indicatorsFirst(hits, ['毛入园率'], terms, { kind: '条款' }).map((h) => h.id)).toEqual([1, 2, 3, 4]);
    expect(indicatorsFirst(hits, ['双师型'], terms, {}).map((h) => h.id)).toEqual([1, 2, 3, 4]);
  });
  it('shows a hit with its plan’s title (from its record block), its lines, and whether it is a near match', () => {
    expect(resultData({ ...hit(5, '措施'), approximate: true, extra: { units: '教育局' } })).toEqual({
      url: '/5/',
      approximate: true,
      meta: { title: 't5', kind: '措施', plan: '甲县规划', text: 'x', units: '教育局' },
    });
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
    expect(resultLines({ url: '/', approximate: true, meta: { title: 't', kind: '条款', plan: 'p' } }).lines[0]).toEqual(['result-near', '近似匹配（与检索词有一字之差）']);
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
