/**
 * The search index holds one record per plan, per clause and per indicator: a clause that is also a measure
 * or a project is one record carrying its units, status and project figures; titles say what a clause is
 * about; the texts stay verbatim; what the search page needs to read a query comes from the content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { clauseHeading, clauseTitle, headingPrefix, normaliseLocator, searchRecordCount, searchRecords, spaced } from '../../src/lib/publish/search-records.ts';
import { placeShortName, searchTerms } from '../../src/lib/publish/search-terms.ts';
import { ConceptsFileSchema } from '../../src/schemas/concepts.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const records = searchRecords(model.plans, model.plans, model.concepts);
const byUrl = (url: string) => records.find((r) => r.url === url)!;

describe('search records', () => {
  it('are one per plan, clause and indicator: no clause twice, no measure or project records of their own', () => {
    const urls = records.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => /\/(measures|projects)\//.test(u))).toEqual([]);
    // A table of indicators is found row by row as those indicators (tests/unit/search-names-table-rows.test.ts).
    const clauses = model.plans.reduce((n, p) => n + p.clauses.filter((c) => c.kind !== 'title' && !(c.kind === 'table' && p.indicators.some((i) => i.source.clause === c.id))).length, 0);
    const indicators = model.plans.reduce((n, p) => n + p.indicators.length, 0);
    expect(records.length).toBe(model.plans.length + clauses + indicators);
  });

  it('a plan is a result: title, region, period, issuer, opening its dashboard', () => {
    const r = byUrl('/plans/qingtongxia-edu-2021-2025/');
    expect(r.filters.kind).toEqual(['规划']);
    expect(r.meta).toMatchObject({ kind: '规划', region: '青铜峡市', period: '2021—2025年', issuer: '青铜峡市人民政府办公室' });
  });

  it('a clause that is a measure carries its units and is found by the kind filter 措施 too', () => {
    const jy = model.plans.find((p) => p.id === 'jingyuan-edu-quality-2023-2027')!;
    const c = jy.clauses.find((x) => x.units.includes('人社局'))!;
    const r = byUrl(`/plans/${jy.id}/text/#${c.id}`);
    expect(r.filters.kind).toEqual(['条款', '措施']);
    expect(r.meta.units).toContain('人社局');
    expect(r.filters.unit).toContain('人社局');
  });

  it('a clause that holds a major project carries the project and its figures', () => {
    const pl = model.plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const p = pl.projects.find((x) => x.floorArea.length > 0)!;
    const r = byUrl(`/plans/${pl.id}/text/#${p.clause}`);
    expect(r.filters.kind).toContain('项目');
    expect(r.meta.project).toContain(p.name);
    expect(r.meta.project).toContain(p.floorArea[0]!.text);
  });

  it('titles say what the clause is about, where it stands and in which plan', () => {
    const qt = model.plans.find((p) => p.id === 'qingtongxia-edu-2021-2025')!;
    expect(clauseTitle(qt, qt.clauses.find((c) => c.id === 's3-4-2')!)).toBe('提升中等职业教育办学水平 · 三、（四）2. · 青铜峡市规划');
    expect(clauseHeading({ text: '——各类教育协同发展。加大公办幼儿园建设力度', marker: null })).toBe('各类教育协同发展');
    expect(clauseHeading({ text: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', marker: null })).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…');
  });

  it('normalises brackets in locators only, never in the official text', () => {
    expect(normaliseLocator('三、(五)4.第3段')).toBe('三、（五）4.第3段');
    const xq = model.plans.find((p) => p.id === 'xingqing-edu-2021-2025')!;
    const c = xq.clauses.find((x) => x.label.includes('(') && x.text.includes('('))!;
    const r = byUrl(`/plans/${xq.id}/text/#${c.id}`);
    expect(r.meta.title).toContain(normaliseLocator(c.label));
    expect(r.meta.title).not.toContain('(');
    expect(r.meta.text).toBe(c.text);
  });

  it('indexes every Chinese character as a word, the heading first', () => {
    const r = byUrl('/plans/qingtongxia-edu-2021-2025/text/#s3-4-2');
    expect(r.content).toBe(spaced(r.content.replace(/ (\p{Script=Han}) /gu, '$1')));
    expect(r.content).toContain(' 双  师  型 ');
    expect(headingPrefix('2.提升中等职业教育办学水平。加强学校特色专业')).toBe('2.提升中等职业教育办学水平。');
  });

  it('an indicator is found by its catalogue aliases and common slips, and by the names other plans give it', () => {
    const r = byUrl('/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/');
    for (const name of ['学前教育毛入园率', '学前三年毛入学率', '学前教育三年毛入园率']) expect(r.meta.text).toContain(name);
    // The table's group heading is shown, not searched.
    expect(r.meta.group).toBe('学前教育');
    // A filter of its own marks indicators, so that the page's check of which results are indicators
    // loads a file that lists only them, not the kind filter's list of every record.
    expect(r.filters.indicator).toEqual(['指标']);
    expect(records.filter((x) => x.filters.indicator).length).toBe(model.plans.reduce((n, p) => n + p.indicators.length, 0));
  });
});

describe('record counts', () => {
  it('counts each plan’s records exactly', () => {
    for (const p of model.plans) expect(searchRecordCount(p), p.id).toBe(searchRecords([p], model.plans, model.concepts).length);
  });

});

describe('search terms for the page', () => {
  const terms = searchTerms(model.plans, model.concepts);
  it('names every plan by its place, the place without its suffix, its title and its short name', () => {
    const jy = '泾源县教育质量提升行动实施方案';
    expect(terms.plans).toContainEqual([jy, '泾源县', '宁夏回族自治区 · 固原市', '640424', '泾源', '泾源县方案']);
    expect(placeShortName('青铜峡市')).toBe('青铜峡');
    expect(placeShortName('兴庆区')).toBe('兴庆');
    expect(placeShortName('某县')).toBeNull();
  });

  it('lists the plans grouped by province and city, a prefecture-level city under its province', () => {
    expect(terms.plans.map(([, region, group]) => `${group}：${region}`)).toEqual([
      '宁夏回族自治区：中卫市',
      '宁夏回族自治区 · 固原市：泾源县',
      '宁夏回族自治区 · 石嘴山市：平罗县',
      '宁夏回族自治区 · 吴忠市：青铜峡市',
      '宁夏回族自治区 · 银川市：兴庆区',
    ]);
  });

  it('maps the traditional forms of the index characters to simplified, and leaves 著 and 乾 alone', () => {
    const map = new Map<string, string>();
    for (let i = 0; i < terms.t2s.length; i += 2) map.set(terms.t2s[i]!, terms.t2s[i + 1]!);
    expect(map.get('輟')).toBe('辍');
    expect(map.get('學')).toBe('学');
    expect(map.get('師')).toBe('师');
    expect(map.has('著')).toBe(false);
    expect(terms.indicators).toContain('学前三年毛入学率');
  });
});

describe('indicator catalogue aliases (content/concepts.json)', () => {
  it('refuses an empty alias, naming where it is', () => {
    const r = ConceptsFileSchema.safeParse({ concepts: [{ id: 'x', name: 'x', unit: '%', direction: 'increase', definition: 'x', aliases: [''] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['concepts', 0, 'aliases', 0]);
  });
});
