/**
 * Two more layouts county offices print: a plan (or 实施方案) laid out in 第X条 articles that run on
 * across chapters, and a task list copied out of Word as text, where a cell holding a line break splits
 * its row over two lines.
 */
import { describe, expect, it } from 'vitest';
import { fixtureText, importFixture } from '../helpers/import-fixture.ts';

const ARTICLES = `河西县“十五五”教育事业发展规划

第一章 总则
第一条 为推动全县教育高质量发展，制定本规划。
第二条 本规划期限为2026年至2030年。
第二章 主要任务
第三条 推进学前教育普及普惠。（责任单位：县教育局牵头，县财政局配合）
（一）扩大普惠性资源供给。
（二）提升保教质量。
第四条 推进义务教育优质均衡。
`;

describe('第X条 layouts', () => {
  it('numbers articles on across chapters, with ids and citations as printed', () => {
    const r = importFixture('chapter-layout', ARTICLES);
    const byId = new Map(r.clauses.map((c) => [c.id, c]));
    expect(r.clauses.filter((c) => c.level !== null).map((c) => [c.id, c.label])).toEqual([
      ['ch1', '第一章'],
      ['ch1-art1', '第一章第一条'],
      ['ch1-art2', '第一章第二条'],
      ['ch2', '第二章'],
      ['ch2-art3', '第二章第三条'],
      ['ch2-art3-1', '第二章第三条（一）'],
      ['ch2-art3-2', '第二章第三条（二）'],
      ['ch2-art4', '第二章第四条'],
    ]);
    expect(byId.get('ch2-art3')!.units).toEqual(['县教育局', '县财政局']);
  });
});

describe('a task list copied out of Word as text', () => {
  it('joins a row split by a line break inside a cell back into one row, the cell kept whole', () => {
    const text = fixtureText('chapter-layout').replace(
      '1\t学前教育扩容\t新建城北幼儿园，新增学位360个\t县教育局（牵头）、县发展改革局\t2027年底前',
      '1\t学前教育扩容\t新建城北幼儿园，\n新增学位360个\t县教育局（牵头）、县发展改革局\t2027年底前',
    );
    const r = importFixture('chapter-layout', text);
    const row = r.measures.find((m) => m.id === 'ch3-sec2-1-t1-r1')!;
    expect(row).toMatchObject({ text: '新建城北幼儿园，新增学位360个', lead: ['县教育局'], support: ['县发展改革局'], deadline: { date: '2027-12-31' } });
    expect(r.measures.filter((m) => m.id.startsWith('ch3-sec2-1-t1-'))).toHaveLength(4);
    expect(r.body).toContain('| 1 | 学前教育扩容 | 新建城北幼儿园，新增学位360个 | 县教育局（牵头）、县发展改革局 | 2027年底前 |');
  });
});
