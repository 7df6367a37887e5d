/**
 * Tables drawn with characters in a text file (box-drawing lines, double-line boxes, ASCII +---+ grids,
 * Markdown pipe tables) are read as the grid they draw: a missing bar inside a row is a cell spanning
 * columns, a rule left blank under a cell a cell spanning rows, the lines between two rules one row whose
 * cells wrap, a double rule the end of the header; and the recognisers read the table as they read a Word
 * table. The families (txt-box-drawn, txt-ascii-grid, txt-markdown) are in import-generated-families.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDrawnTable } from '../../src/lib/import/drawn-table.ts';
import { importPlan } from '../../src/lib/import/import-plan.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const meta = PlanSchema.parse(parse(readFileSync(join(FIXTURES, 'import', 'chapter-layout.yaml'), 'utf8')));

// Box-drawing characters one column wide, Chinese characters two (a monospaced editor).
const LIGHT = [
  '┌────────┬────────────┬──────────────────┬──────┐',
  '│ 类别   │ 指标       │ 指标值           │ 属性 │',
  '│        │            ├────────┬─────────┤      │',
  '│        │            │ 2025年 │ 2030年  │      │',
  '╞════════╪════════════╪════════╪═════════╪══════╡',
  '│ 学前教 │ 学前教育毛 │ 88.5   │ 95以上  │ 约束 │',
  '│ 育     │ 入园率（%）│        │         │ 性   │',
  '│        ├────────────┼────────┼─────────┼──────┤',
  '│        │ 普惠性幼儿 │ 80     │ 90      │ 预期 │',
  '│        │ 园覆盖率（%│        │         │ 性   │',
  '│        │ ）         │        │         │      │',
  '└────────┴────────────┴────────┴─────────┴──────┘',
];

describe('a table drawn with box-drawing characters', () => {
  it('is read as its grid: merged across and down, wrapped cells joined, the header closed by the double rule', () => {
    const t = readDrawnTable(LIGHT, 0)!;
    expect(t.headerRows).toBe(2);
    expect(t.cells).toEqual([
      [
        { text: '类别', rowSpan: 2, colSpan: 1 },
        { text: '指标', rowSpan: 2, colSpan: 1 },
        { text: '指标值', rowSpan: 1, colSpan: 2 },
        { text: '属性', rowSpan: 2, colSpan: 1 },
      ],
      [
        { text: '2025年', rowSpan: 1, colSpan: 1 },
        { text: '2030年', rowSpan: 1, colSpan: 1 },
      ],
      [
        { text: '学前教育', rowSpan: 2, colSpan: 1 },
        { text: '学前教育毛入园率（%）', rowSpan: 1, colSpan: 1 },
        { text: '88.5', rowSpan: 1, colSpan: 1 },
        { text: '95以上', rowSpan: 1, colSpan: 1 },
        { text: '约束性', rowSpan: 1, colSpan: 1 },
      ],
      [
        { text: '普惠性幼儿园覆盖率（%）', rowSpan: 1, colSpan: 1 },
        { text: '80', rowSpan: 1, colSpan: 1 },
        { text: '90', rowSpan: 1, colSpan: 1 },
        { text: '预期性', rowSpan: 1, colSpan: 1 },
      ],
    ]);
    expect(t.rows[3]).toEqual(['', '普惠性幼儿园覆盖率（%）', '80', '90', '预期性']);
    expect([t.first, t.last]).toEqual([0, LIGHT.length]);
  });

  it('is read the same whether the editor draws box characters one column wide or two', () => {
    // ─ and │ two columns wide (a Chinese font): five ─ span ' 指标     ', ten columns.
    const t = readDrawnTable(['┌─────┬────┬────┐', '│ 指标     │ 2025年 │ 2030年 │', '├─────┼────┼────┤', '│ 巩固率   │ 96     │ 97     │', '└─────┴────┴────┘'], 0);
    expect(t?.rows).toEqual([
      ['指标', '2025年', '2030年'],
      ['巩固率', '96', '97'],
    ]);
  });

  it('imports as an indicator table, every character of its cells kept (the fidelity proof)', () => {
    const text = ['第一章 发展目标', '表1 主要指标', ...LIGHT, '第二章 主要任务', '加强教师队伍建设。'].join('\n');
    const r = importPlan(text, meta, new Set());
    expect(r.fidelity.textRatio).toBe(1);
    expect(r.fidelity.missingCells).toEqual([]);
    expect(r.indicators!.indicators.map((i) => [i.group, i.name, i.baseline.year, i.baseline.value, i.target.year, i.target.text])).toEqual([
      ['学前教育', '学前教育毛入园率', 2025, 88.5, 2030, '95以上'],
      ['学前教育', '普惠性幼儿园覆盖率', 2025, 80, 2030, '90'],
    ]);
  });
});

describe('an ASCII grid and a Markdown pipe table', () => {
  it('reads an ASCII grid whose body is not ruled between rows: one line a row', () => {
    const grid = readDrawnTable(
      ['+------+------------+----------+', '| 序号 | 任务       | 牵头     |', '+======+============+==========+', '| 1    | 消除大班额 | 县教育局 |', '| 2    | 智慧校园   | 县财政局 |', '+------+------------+----------+'],
      0,
    )!;
    expect(grid.headerRows).toBe(1);
    expect(grid.rows).toEqual([
      ['序号', '任务', '牵头'],
      ['1', '消除大班额', '县教育局'],
      ['2', '智慧校园', '县财政局'],
    ]);
  });

  it('reads a Markdown table under its |---| line, a merged cell left empty where it is covered', () => {
    const t = readDrawnTable(['| 指标 | 单位 | 2025年 | 2030年 |', '|:---|:---:|---:|---|', '| 一、学前教育 |  |  |  |', '| 毛入园率 | % | 88 | 95 |'], 0)!;
    expect(t.rows).toEqual([
      ['指标', '单位', '2025年', '2030年'],
      ['一、学前教育', '', '', ''],
      ['毛入园率', '%', '88', '95'],
    ]);
    expect(t.printed.map((p) => p.line)).toEqual([0, 2, 3]);
  });

  it('leaves a line of dashes alone: a separator in the text is not a table', () => {
    expect(readDrawnTable(['----------------', '正文继续。'], 0)).toBeNull();
  });
});
