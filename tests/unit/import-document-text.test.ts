/**
 * One entry point for every reader: a PlanDocument is written to the verbatim text the importer keeps and
 * proves (documentToText), with hints that carry each table's grid and header rows, each box and each
 * note to the parser, and page furniture listed apart with its reason; importDocument imports it.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/lib/import/document.ts';
import { documentToText } from '../../src/lib/import/document-text.ts';
import { importDocument } from '../../src/lib/import/import-plan.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';

const meta = PlanSchema.parse({
  id: 'beiling-edu-2026-2030',
  title: '北岭县“十五五”教育发展规划',
  region: { name: '北岭县', level: 'county', parent: '示例市', province: '示例省' },
  issuer: '北岭县人民政府',
  issued: '2026-04-01',
  period: { start: 2026, end: 2030 },
  kind: 'five-year-plan',
  source: '测试用的示例文件，不是官方文件',
});

const c = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
const p = (text: string) => ({ kind: 'paragraph' as const, text });

const doc: PlanDocument = {
  format: 'pdf',
  metadata: {},
  notes: [],
  blocks: [
    p('北岭县“十五五”教育发展规划'),
    p('一、发展目标'),
    { kind: 'furniture', text: '— 1 —', reason: 'page-number' },
    p('表1 主要指标'),
    {
      kind: 'table',
      headerRows: 1,
      rows: [
        [c('指标'), c('单位'), c('2025年'), c('2030年')],
        [c('学前三年毛入园率'), c('%'), c('90'), c('95')],
      ],
    },
    { kind: 'note', mark: '', text: '注：数据来源于县教育局。' },
    p('二、主要任务'),
    { kind: 'box', title: '专栏1 学前教育普惠工程', drawnAs: 'one-cell-table', children: [p('（1）新建城南幼儿园。'), p('（2）改扩建乡镇中心幼儿园3所。')] },
    p('三、保障措施'),
  ],
};

describe('documentToText', () => {
  it('writes paragraphs one a line, a table after a blank line with its cells tab-separated, a box apart, furniture listed not written', () => {
    const r = documentToText(doc);
    expect(r.text).toBe(
      [
        '北岭县“十五五”教育发展规划',
        '一、发展目标',
        '表1 主要指标',
        '',
        '指标\t单位\t2025年\t2030年',
        '学前三年毛入园率\t%\t90\t95',
        '',
        '注：数据来源于县教育局。',
        '二、主要任务',
        '',
        '专栏1 学前教育普惠工程',
        '（1）新建城南幼儿园。',
        '（2）改扩建乡镇中心幼儿园3所。',
        '',
        '',
        '三、保障措施',
        '',
      ].join('\n'),
    );
    expect(r.furniture).toEqual([{ line: 3, text: '— 1 —', reason: 'page-number' }]);
    expect(r.hints.tables).toEqual([{ first: 5, last: 6, cells: (doc.blocks[4] as { rows: unknown }).rows, headerRows: 1 }]);
    expect(r.hints.boxes).toEqual([{ first: 11, last: 13, title: '专栏1 学前教育普惠工程' }]);
    expect(r.hints.notes).toEqual([{ first: 8, last: 8 }]);
  });

  it('leaves a cell covered by a merge empty, so the columns line up', () => {
    const r = documentToText({
      format: 'html',
      metadata: {},
      notes: [],
      blocks: [
        {
          kind: 'table',
          headerRows: 2,
          rows: [
            [c('指标', 2), c('指标值', 1, 2)],
            [c('2025年（基期）'), c('2030年（目标）')],
            [c('巩固率'), c('96'), c('97')],
          ],
        },
      ],
    });
    expect(r.text).toBe('指标\t指标值\t\n\t2025年（基期）\t2030年（目标）\n巩固率\t96\t97\n\n');
  });
});

describe('importDocument', () => {
  it('imports any reader’s document through the pipeline, with the furniture reported and the text proven', () => {
    const r = importDocument(doc, meta);
    expect(r.fidelity.textRatio).toBe(1);
    expect(r.indicators!.indicators.map((i) => [i.name, i.baseline.value, i.target.value, i.target.year])).toEqual([['学前三年毛入园率', 90, 95, 2030]]);
    expect(r.parsed.removals).toContainEqual({ rule: 'page-number', line: 3, text: '— 1 —' });
    expect(r.profile.source?.kind).toBe('pdf');
    expect(r.text).toBe(documentToText(doc).text);
  });
});
