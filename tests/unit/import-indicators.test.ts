/**
 * The 42 indicator rows of the five plans, cell by cell against the official text: every printed cell
 * is kept verbatim in a `text` field, with the number it states beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { importShipped } from '../helpers/plans.ts';

const plans = importShipped();
const indicatorsOf = (id: string): Indicator[] => plans.find((p) => p.id === id)!.result.indicators?.indicators ?? [];

/** Rows of a tab-separated table, read straight from the source: lines with a tab after the first cell. */
function tabRows(source: string): string[][] {
  return source
    .split('\n')
    .filter((l) => l.replace(/^\t/, '').includes('\t') && !/\.{3,}/.test(l)) // not the table of contents
    .map((l) => l.trimEnd().split('\t').map((c) => c.trim()))
    .filter((cells) => !cells.some((c) => /^\d{4}\s*年$/.test(c)));
}

describe('indicator tables, cell by cell', () => {
  it('42 rows in all: 11 + 11 + 11 + 0 + 9', () => {
    expect(plans.map((p) => [p.id, p.result.indicators?.indicators.length ?? 0])).toEqual([
      ['jingyuan-edu-quality-2023-2027', 0],
      ['pingluo-edu-2021-2025', 11],
      ['qingtongxia-edu-2021-2025', 11],
      ['xingqing-edu-2021-2025', 9],
      ['zhongwei-edu-2021-2025', 11],
    ]);
  });

  // Tab-separated tables: 青铜峡 and 中卫 (group | name | 2020 | 2025 | attribute), 兴庆区 (name | 2020 | 2025).
  for (const [id, layout] of [
    ['qingtongxia-edu-2021-2025', 'grouped'],
    ['zhongwei-edu-2021-2025', 'grouped'],
    ['xingqing-edu-2021-2025', 'plain'],
  ] as const) {
    it(`${id}: every row's cells match the printed line`, () => {
      const plan = plans.find((p) => p.id === id)!;
      const rows = tabRows(plan.source);
      const inds = indicatorsOf(id);
      expect(rows).toHaveLength(inds.length);
      rows.forEach((cells, i) => {
        const ind = inds[i]!;
        const [name, base, target, attr] = layout === 'grouped' ? cells.slice(1) : cells;
        expect(ind.source.cells).toEqual(cells);
        expect(name).toContain(ind.name);
        expect(ind.baseline.text).toBe(base);
        expect(ind.target.text).toBe(target);
        expect(ind.attribute).toBe(attr === '约束性' ? 'binding' : attr === '预期性' ? 'expected' : null);
      });
    });
  }

  it('平罗 专栏1, flattened one cell per line, read back into its 11 rows', () => {
    const rows = indicatorsOf('pingluo-edu-2021-2025').map((i) => [i.group, i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);
    expect(rows).toEqual([
      ['学前教育', '学前三年毛入园率', '%', '95', '96', 'binding'],
      ['学前教育', '普惠性学前教育覆盖率', '%', '81.8', '92', 'expected'],
      ['学前教育', '学前教育教师接受专业教育比例', '%', '89', '91', 'expected'],
      ['义务教育', '九年义务教育巩固率', '%', '97.2', '98', 'binding'],
      ['高中阶段教育', '高中阶段毛入学率', '%', '93.4', '95', 'binding'],
      ['职业教育', '中职在校生', '万人', '0.338', '0.5', 'expected'],
      ['职业教育', '中职就业率', '%', '97.2', '97.6', 'expected'],
      ['职业教育', '中职“双师型”教师占专业课教师比例', '%', '36.9', '55', 'expected'],
      ['特殊教育', '残疾儿童青少年义务教育阶段入学率', '%', '95.3', '98', 'binding'],
      ['特殊教育', '残疾青少年高中阶段毛入学率', '%', '30', '40', 'expected'],
      ['教育贡献', '劳动年龄人口平均受教育年限', '年', '10.8', '11.3', 'binding'],
    ]);
  });

  it('兴庆区 表一: values written with %, rates above 100%, no attribute column', () => {
    const [first] = indicatorsOf('xingqing-edu-2021-2025');
    expect(first).toMatchObject({
      name: '学前三年毛入园率',
      unit: '%',
      group: null,
      attribute: null,
      baseline: { year: 2020, value: 101.93, text: '101.93%' },
      target: { year: 2025, value: 103, text: '103%' },
      direction: 'increase',
    });
  });

  it('cells that state no number keep their text and a null value', () => {
    const qtx = indicatorsOf('qingtongxia-edu-2021-2025').find((i) => i.no === 5)!;
    expect(qtx.baseline).toEqual({ year: 2020, value: null, text: '-' });
    expect(qtx.target).toEqual({ year: 2025, value: null, text: '通过自治区 评估认定' });
    const zw = indicatorsOf('zhongwei-edu-2021-2025').find((i) => i.no === 5)!;
    expect(zw.baseline).toEqual({ year: 2020, value: null, text: '—' });
    expect(zw.unit).toBe('个');
  });

  it('maintain targets (100 → 100) and the group column of wrapped cells', () => {
    const qtx = indicatorsOf('qingtongxia-edu-2021-2025');
    expect(qtx.find((i) => i.id === 'compulsory-retention')!.direction).toBe('maintain');
    expect(qtx.find((i) => i.no === 6)!.group).toBe('高中阶段 教育');
  });

  it('every indicator points at its table clause', () => {
    for (const plan of plans) {
      const tables = new Set(plan.result.clauses.filter((c) => c.kind === 'table').map((c) => c.id));
      for (const ind of plan.result.indicators?.indicators ?? []) expect(tables).toContain(ind.source.clause);
    }
  });
});
