/**
 * The search page reads a query the way people type it (src/client/search/query.ts, `queryReader`): a place named in
 * it narrows the search to that place's plans, but only when the name really denotes the plan's region
 * (its full name, a title, or its proper short form), never because a town's name shares its characters.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { searchTerms } from '../../src/lib/publish/search-terms.ts';
import { queryReader } from '../../src/client/search/query.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const jy = model.plans.find((p) => p.id === 'jingyuan-edu-quality-2023-2027')!;
// A plan for 新城区 (a district of 西安市), beside the five real ones.
const xincheng = { ...jy, id: 'xincheng-edu', plan: { ...jy.plan, title: '新城区教育事业发展规划', region: { ...jy.plan.region, name: '新城区', parent: '西安市', province: '陕西省' } } };
const { readQuery } = queryReader(searchTerms([...model.plans, xincheng], model.concepts));

describe('a place in the query', () => {
  it('narrows to the plan when it is the region’s full name, its short form or the plan’s title', () => {
    for (const q of ['新城区 控辍保学', '新城 控辍保学', '新城控辍保学', '新城区教育事业发展规划 控辍保学']) {
      expect(readQuery(q), q).toMatchObject({ plans: ['新城区教育事业发展规划'], words: ['控辍保学'] });
    }
    expect(readQuery('泾源县 控辍保学').plans).toEqual([jy.plan.title]);
    expect(readQuery('涇源縣 控輟保學')).toMatchObject({ plans: [jy.plan.title], words: ['控辍保学'] });
    // 区域 is a word, not a district.
    expect(readQuery('泾源区域教育').plans).toEqual([jy.plan.title]);
  });

  it('does not narrow when a town or another place only shares the short form’s characters', () => {
    for (const q of ['新城镇 学校', '新城乡中心小学', '新城村', '新城街道 幼儿园', '新城社区', '新城县 学校']) {
      const r = readQuery(q);
      expect(r.plans, q).toEqual([]);
      expect(r.places, q).toEqual([]);
      expect(r.words.join(''), q).toBe(q.replace(/\s/g, ''));
    }
    // 青铜峡镇 is a town inside 青铜峡市: the query is about the town, searched as written.
    expect(readQuery('青铜峡镇')).toMatchObject({ plans: [], words: ['青铜峡镇'] });
    expect(readQuery('青铜峡 职业教育').plans).toEqual(['青铜峡市教育事业发展“十四五”规划']);
  });

  it('still narrows when the same query names the region properly elsewhere', () => {
    expect(readQuery('新城镇 新城区')).toMatchObject({ plans: ['新城区教育事业发展规划'], words: ['新城镇'] });
  });
});
