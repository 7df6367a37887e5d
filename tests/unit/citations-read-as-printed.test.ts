/**
 * A citation names the box and the item apart (专栏2第1项, never 专栏21.), is unique in its plan, and
 * resolves back to exactly one clause: checked over every clause of the five plans.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { citation, extractClauses, resolveCitation } from '../../src/lib/model/clauses.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);

describe('citations of the five plans', () => {
  it('covers five plans and every clause of them', () => {
    expect(model.plans).toHaveLength(5);
    expect(model.plans.reduce((n, p) => n + p.clauses.length, 0)).toBeGreaterThan(450);
  });
  for (const plan of model.plans) {
    it(`${plan.id}: every citation is unique and resolves back to its own clause`, () => {
      const labels = plan.clauses.map((c) => c.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const c of plan.clauses) {
        expect(resolveCitation(plan.clauses, c.label), c.id).toBe(c);
        expect(resolveCitation(plan.clauses, citation(plan.plan.title, c), plan.plan.title), c.id).toBe(c);
      }
    });
    it(`${plan.id}: items inside a 专栏 name the box and the item apart`, () => {
      for (const c of plan.clauses.filter((x) => x.box !== null && x.kind !== 'box')) {
        expect(c.label, c.id).toMatch(new RegExp(`^专栏${c.box}(第\\d+项|第\\d+段|表格)`));
      }
    });
  }
  it('平罗 专栏2 item 1 reads 专栏2第1项, and all 24 box items of 平罗 read that way', () => {
    const pl = model.plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    expect(pl.clauses.find((c) => c.id === 'box2-1')!.label).toBe('专栏2第1项');
    expect(pl.clauses.filter((c) => /^专栏\d+第\d+项$/.test(c.label))).toHaveLength(24);
    expect(pl.clauses.some((c) => /^专栏\d+\d[.、．]/.test(c.label))).toBe(false);
  });
});

describe('citations in boxes, by construction', () => {
  const md = [
    '# 示例规划',
    '## 一、总则',
    '> 专栏1 重点工程',
    '>',
    '> 1.新建学校。',
    '>',
    '> （1）第一小学。',
    '>',
    '> （2）第二小学。',
    '>',
    '> 说明文字。',
    '>',
    '> | 项目 | 投资 |',
    '> | --- | --- |',
    '> | 甲 | 1 |',
    '>',
    '> 2.改扩建学校。',
    '',
    '> 专栏 没有编号的专栏',
    '',
    '> 专栏 又一个没有编号的专栏',
    '',
  ].join('\n');
  const clauses = extractClauses(md);
  const label = (id: string) => clauses.find((c) => c.id === id)?.label;
  it('counts the items and keeps deeper markers as printed', () => {
    expect(label('box1-1')).toBe('专栏1第1项');
    expect(label('box1-1-1')).toBe('专栏1第1项（1）');
    expect(label('box1-1-2')).toBe('专栏1第1项（2）');
    expect(label('box1-2')).toBe('专栏1第2项');
  });
  it('paragraphs and tables under an item name the item', () => {
    expect(clauses.filter((c) => c.kind === 'paragraph' && c.box === 1).map((c) => c.label)).toEqual(['专栏1第1项（2）第1段']);
    expect(clauses.filter((c) => c.kind === 'table' && c.box === 1).map((c) => c.label)).toEqual(['专栏1第1项（2）表格']);
  });
  it('a label that would repeat is told apart, and each resolves to one clause', () => {
    const boxes = clauses.filter((c) => c.kind === 'box' && c.box === null).map((c) => c.label);
    expect(boxes).toEqual(['专栏', '专栏（第2处）']);
    for (const c of clauses) expect(resolveCitation(clauses, c.label)).toBe(c);
    expect(resolveCitation(clauses, '专栏9第1项')).toBeNull();
  });
});
