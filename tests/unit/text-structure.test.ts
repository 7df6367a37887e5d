/** The numbering, the artifact rules and the clause ids that progress files depend on. */
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, readMarker } from '../../src/lib/model/numbering.ts';
import { isPageBreakContinuation } from '../../src/lib/import/artifacts.ts';
import { citation, extractClauses } from '../../src/lib/model/clauses.ts';
import { parsePlanText } from '../../src/lib/import/parse-plan.ts';
import { escapeMarkdown } from '../../src/lib/import/to-markdown.ts';
import { parseMarkdown } from '../../src/lib/model/markdown.ts';
import { toString } from 'mdast-util-to-string';
import { importShipped } from '../helpers/plans.ts';

const plans = importShipped();
const clausesOf = (id: string) => plans.find((p) => p.id === id)!.result.clauses;

describe('numbering markers, full-width and half-width alike', () => {
  it.each([
    ['一、发展基础', 1, 1, '一、'],
    ['十一、其他', 1, 11, '十一、'],
    ['（三）发展目标。', 2, 3, '（三）'],
    ['(一) 党建强魂', 2, 1, '(一)'],
    ['（十一）健全机制', 2, 11, '（十一）'],
    ['1.坚持党的领导', 3, 1, '1.'],
    ['1. 强化师德师风建设', 3, 1, '1.'],
    ['1．加强领导', 3, 1, '1．'],
    ['12、推进', 3, 12, '12、'],
    ['（1）坚持不懈', 4, 1, '（1）'],
    ['(2)推进', 4, 2, '(2)'],
  ])('%s', (text, level, n, raw) => {
    expect(readMarker(text)).toMatchObject({ level, n, raw });
  });
  it.each(['2018年市第五小学', '1.5亿元', '（2021-2025年）', '(区)政府', '——坚持', '15%和 20%'])('not a marker: %s', (text) => {
    expect(readMarker(text)).toBeNull();
  });
  it('reads Chinese numerals', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三'].map(parseChineseNumeral)).toEqual([1, 9, 10, 11, 20, 23]);
    expect(['', '十十', '一二', 'x'].map(parseChineseNumeral)).toEqual([null, null, null, null]);
  });
});

describe('page breaks', () => {
  const c = (text: string, extra: Partial<{ structural: boolean; numbered: boolean; tabbed: boolean; annex: boolean }> = {}) => ({
    text,
    structural: false,
    numbered: false,
    tabbed: false,
    annex: false,
    ...extra,
  });
  it('joins running text cut mid-sentence', () => {
    expect(isPageBreakContinuation(c('义务教育均衡发展扎实推进，城乡'), c('义务教育在办学条件'))).toBe(true);
  });
  it('does not join a finished sentence, a heading, a title or a new numbered clause', () => {
    expect(isPageBreakContinuation(c('显著提高。'), c('下一段'))).toBe(false);
    expect(isPageBreakContinuation(c('6.实施教育惠民计划，落实教育扶贫政策', { numbered: true }), c('建立教育部门'))).toBe(false);
    expect(isPageBreakContinuation(c('银川市兴庆区教育局'), c('二〇二一年二月'))).toBe(false);
    expect(isPageBreakContinuation(c('推进开放，'), c('（二）发展', { structural: true }))).toBe(false);
    expect(isPageBreakContinuation(c('附件：任务清单', { annex: true }), c('青铜峡市人民政府办公室'))).toBe(false);
  });
  it('joins the page-broken paragraphs of the real plans', () => {
    const qtx = clausesOf('qingtongxia-edu-2021-2025');
    expect(qtx.find((x) => x.id === 's1-1')!.text).toContain('城乡义务教育在办学条件');
    expect(qtx.find((x) => x.id === 's3-5-p1')!.text).toContain('推进开放大学转型发展');
  });
});

describe('artifacts', () => {
  it('removes bookmark markers and the table of contents, and lists each removal', () => {
    const text = '目 录\n\n一、 发展基础.....\t1\n(一) 基本情况.....\t1\n\n前 言\n\n[bookmark: _Toc1][bookmark: _Toc2]（一）指导思想\n';
    const r = parsePlanText(text, '无标题');
    expect(r.removals.map((x) => [x.rule, x.line])).toEqual([
      ['toc', 1],
      ['toc', 3],
      ['toc', 4],
      ['bookmark', 8],
      ['bookmark', 8],
    ]);
    expect(r.blocks.map((b) => (b.type === 'table' ? '' : 'text' in b ? b.text : b.title))).toEqual(['前 言', '（一）指导思想']);
  });
});

describe('clause ids and citations', () => {
  it('derive from the numbering', () => {
    const qtx = clausesOf('qingtongxia-edu-2021-2025');
    const clause = qtx.find((x) => x.id === 's3-3-2')!;
    expect(clause.text.startsWith('2.推进义务教育优质均衡发展。')).toBe(true);
    expect(citation('青铜峡市教育事业发展“十四五”规划', clause)).toBe('《青铜峡市教育事业发展“十四五”规划》三、（三）2.');
  });
  it('number 专栏 items on their own, and go on with the outer list after the box', () => {
    const pl = clausesOf('pingluo-edu-2021-2025');
    expect(pl.find((x) => x.id === 'box7-2')!.label).toBe('专栏7第2项');
    expect(pl.find((x) => x.id === 's3-4-3-9')!.text.startsWith('（9）大力发展智慧教育')).toBe(true);
    expect(pl.find((x) => x.id === 'box1-t1')!.kind).toBe('table');
  });
  it('give unnumbered paragraphs their place under the nearest numbered parent', () => {
    const xq = clausesOf('xingqing-edu-2021-2025');
    const p = xq.find((x) => x.id === 's3-1-1-p1')!;
    expect(p.text.startsWith('优化布局，提升普及率')).toBe(true);
    expect(p.label).toBe('三、（一）1.第1段');
  });
  it('cover the notice, the title and the closing lines', () => {
    const jy = clausesOf('jingyuan-edu-quality-2023-2027');
    expect(jy.slice(0, 2).map((x) => x.id)).toEqual(['notice-p1', 'notice-p2']);
    expect(jy.find((x) => x.id === 'title')!.text).toBe('泾源县教育质量提升行动实施方案');
    expect(jy.at(-1)!.id).toBe('end-p1');
  });
  it('are unique and URL-safe in every plan', () => {
    for (const plan of plans) {
      const ids = plan.result.clauses.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it('stay the same when the wording of a clause changes', () => {
    const body = plans.find((p) => p.id === 'qingtongxia-edu-2021-2025')!.result.body;
    const edited = body.replace('推进义务教育优质均衡发展。', '推进义务教育优质均衡发展（修订）。');
    expect(extractClauses(edited).map((x) => x.id)).toEqual(extractClauses(body).map((x) => x.id));
  });
});

describe('Markdown escaping', () => {
  it.each(['1. 强化师德', '# 不是标题', '> 不是引用', '- 不是列表', 'a*b_c`d[e]f<g>h&amp;i~j|k\\l', '---', '**党的建设**：加强'])('shows %s as printed', (text) => {
    const md = escapeMarkdown(text);
    const plain = toString(parseMarkdown(md));
    expect(plain).toBe(text.replace(/\*\*/g, ''));
  });
});
