/**
 * Plans laid out as 第X章 / 第X节 / 第X条 with 一、（一）1.（1）① nested inside, a 目录 with dot leaders and
 * an attachment after the body: every heading gets a stable, readable id and citation; a numbering that
 * skips or repeats is published as printed and warned of, with the line and what was expected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { importPlan } from '../../src/lib/import/import-plan.ts';
import { readMarker, outlineLevels } from '../../src/lib/model/numbering.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const dir = join(FIXTURES, 'import');
const text = readFileSync(join(dir, 'chapter-layout.txt'), 'utf8');
const meta = PlanSchema.parse(parse(readFileSync(join(dir, 'chapter-layout.yaml'), 'utf8')));

function importText(t: string) {
  return importPlan(t, meta);
}

describe('第X章/第X节 outlines', () => {
  const r = importText(text);
  const byId = new Map(r.clauses.map((c) => [c.id, c]));

  it('gives chapters, sections and nested numbers ids and citations that read like the document', () => {
    expect(r.clauses.filter((c) => c.level === 1).map((c) => [c.id, c.label])).toEqual([
      ['ch1', '第一章'],
      ['ch2', '第二章'],
      ['ch3', '第三章'],
      ['ch4', '第四章'],
    ]);
    expect(byId.get('ch2-sec2')!.label).toBe('第二章第二节');
    expect(byId.get('ch3-sec1-1-1-1')!.label).toBe('第三章第一节一、（一）1.');
    expect(byId.get('ch3-sec1-1-1-1-1')!.label).toBe('第三章第一节一、（一）1.（1）');
    expect(byId.get('ch3-sec1-1-1-1-1-2')!.label).toBe('第三章第一节一、（一）1.（1）②');
    expect(byId.get('ch3-sec1-1-1-1-1-2')!.parent).toBe('ch3-sec1-1-1-1-1');
    expect(byId.get('ch3-sec1-1-1-1-1-2')!.chapter).toBe('ch3');
    // A section restarts 一、: the second section's 一、 is its own clause.
    expect(byId.get('ch3-sec2-1')!.text).toBe('一、改善办学条件');
    expect(byId.get('ch3-sec1-2-p1')!.label).toBe('第三章第一节二、第1段');
  });

  it('writes chapters as the outermost headings and keeps deep numbers as paragraphs', () => {
    expect(r.body).toContain('\n## 第一章 发展基础与形势\n');
    expect(r.body).toContain('\n### 第一节 发展基础\n');
    expect(r.body).toContain('\n#### 一、扩大普惠性资源供给\n');
    expect(r.body).toContain('\n①完成选址与规划设计。\n');
  });

  it('removes the 目录 with its dot leaders and reports each line, and puts the 附件 after the body', () => {
    const toc = r.parsed.removals.filter((x) => x.rule === 'toc');
    expect(toc.map((x) => x.line)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(r.body).not.toContain('……');
    const annex = r.clauses.find((c) => c.text === '附件')!;
    expect(annex.part).toBe('end');
    expect(annex.id).toBe('end-p1');
    expect(r.clauses.filter((c) => c.part === 'end' && c.kind === 'table')).toHaveLength(1);
  });

  it('counts table captions and the 附件 line as placed, so that lines not placed are the ones to look at', () => {
    expect(r.parsed.unplaced).toEqual([]);
    const stray = importText(text.replace('\n第四章 保障措施\n', '\n第四章 保障措施\n县教育局\n'));
    expect(stray.parsed.unplaced).toEqual([{ line: 68, text: '县教育局' }]);
  });

  it('carries the predecessor a 十五五 plan succeeds into its front matter', () => {
    const withPredecessor = importPlan(text, { ...meta, succeeds: 'hexi-edu-2021-2025' } as typeof meta);
    expect(withPredecessor.planMd).toContain('\nsucceeds: hexi-edu-2021-2025\n---\n');
  });

  it('reads each style at a fixed rank and numbers the levels a document uses', () => {
    expect(['第十二章 保障', '第三节 x', '第二十一条 y', '一、', '（一）', '1.', '（1）', '⑫', '3）'].map((t) => readMarker(t)?.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(readMarker('第十二章 保障')!.n).toBe(12);
    const classic = outlineLevels([4, 5, 6, 7]);
    expect([4, 5, 6, 7].map(classic)).toEqual([1, 2, 3, 4]);
    const chapters = outlineLevels([1, 2, 4, 5]);
    expect([1, 2, 4, 5, 8].map(chapters)).toEqual([1, 2, 3, 4, 7]);
  });
});

describe('numbering out of sequence', () => {
  // A gap in a sequence is reported, never a reason to publish nothing (issue 23).
  const warningOf = (t: string) => {
    const r = importText(t);
    expect(r.warnings).toHaveLength(1);
    expect(r.body.replace(/\\/gu, '')).toContain(r.warnings[0]!.text.trim());
    return r.warnings[0]!;
  };

  it('publishes a skipped section as printed and warns, naming the line and what was expected, in English and Chinese', () => {
    const w = warningOf(text.replace('\n第二节 面临形势\n', '\n第三节 面临形势\n'));
    expect(w.line).toBe(24);
    expect(w.reason).toContain('expected 第二节 after 第一节, found 第三节');
    expect(w.zh).toContain('编号不连续：在“第一节”之后应为“第二节”，实际为“第三节”');
    expect(w.fixZh).toContain('source.notes');
  });

  it('warns of a lost item inside a chapter (（2） missing before （3）)', () => {
    const w = warningOf(text.replace('（2）每年9月底前', '（3）每年9月底前'));
    expect(w.reason).toContain('expected （2） after （1）, found （3）');
  });

  it('accepts numbers that run on across their parents and lists that start again at 1', () => {
    const t = text.replace('    2.推进乡村幼儿园建设。', '    2.推进乡村幼儿园建设。\n（二）提升保教质量。\n    3.开展保教质量评估。').replace(/（二）提升保教质量。到2028年.*\n/u, '');
    expect(() => importText(t)).not.toThrow();
  });
});
