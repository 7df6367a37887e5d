/**
 * Text that came out of a PDF (by the importer or copied by hand): page numbers, running headers and
 * form feeds are removed and each reported with its line; hard-wrapped lines are joined back into
 * paragraphs, across a page break too, without joining two paragraphs or a heading to its text.
 */
import { describe, expect, it } from 'vitest';
import { findPageFurniture, wrapWidth, type Removal } from '../../src/lib/import/artifacts.ts';
import { fixtureText, importFixture } from '../helpers/import-fixture.ts';
import { importShipped } from '../helpers/plans.ts';

describe('page furniture', () => {
  const r = importFixture('pdf-copied');
  const removed = (rule: string) => r.parsed.removals.filter((x) => x.rule === rule).map((x) => [x.line, x.text]);

  it('removes and reports page numbers, running headers and form feeds, line by line', () => {
    expect(removed('page-number')).toEqual([
      [10, '— 1 —'],
      [23, '— 2 —'],
      [30, '— 3 —'],
    ]);
    expect(removed('running-header')).toEqual([
      [11, '北川县教育事业发展“十五五”规划'],
      [24, '北川县教育事业发展“十五五”规划'],
    ]);
    expect(removed('form-feed').map(([l]) => l)).toEqual([11, 24]);
    expect(r.body).not.toMatch(/— \d —/u);
    // The title is kept once, as the title.
    expect(r.body.match(/北川县教育事业发展“十五五”规划/gu)).toHaveLength(1);
  });

  it('joins hard-wrapped lines into paragraphs, across the page break, and keeps paragraphs and headings apart', () => {
    expect(r.body).toContain(
      '\n同时也要看到，城乡之间、校际之间办学条件仍有差距，乡村教师队伍结构性缺编问题依然存在，与人民群众对优质教育的期盼相比还有不小差距，必须坚持问题导向，补齐短板弱项。\n',
    );
    expect(r.body).toContain('\n## 第二章 主要目标\n\n到2030年，全县学前三年毛入园率达到95%以上，九年义务教育巩固率稳定在99%以上，高中阶段毛入学率达到95%。\n');
    expect(r.body).toContain('教育事业取得显著成效。\n\n同时也要看到');
    expect(r.measures.find((m) => m.id === 'ch3-1-1')).toMatchObject({ lead: ['县教育局'], support: ['县发展改革局', '县财政局', '县自然资源局'] });
  });

  it('recognises forms of page numbers and only removes a bare number at a page edge', () => {
    const lines = ['正文第一行。', '-12-', '第 3 页', '第3页 共20页', '· 5 ·', '\f下一页正文', '12', '表中数字', '12', '结尾。'];
    const removals: Removal[] = [];
    const out = findPageFurniture(lines, removals);
    expect([...out].sort()).toEqual([1, 2, 3, 4]);
    expect(lines[5]).toBe('下一页正文');
  });

  it('leaves texts with one paragraph per line alone (the five shipped plans are not hard-wrapped)', () => {
    for (const p of importShipped()) expect(wrapWidth(p.source.split('\n')), p.id).toBeNull();
    expect(wrapWidth(fixtureText('pdf-copied').split('\n'))).toBe(32);
  });
});
