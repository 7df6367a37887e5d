/**
 * A PDF's tables rebuilt from where their text and rules are printed (src/lib/import/pdf-geometry.ts,
 * pdf-layout.ts), on pages described point by point: columns from the text's x-ranges where there are no
 * rules, a wrapped cell vertically centred in its row kept as one cell, two cells a narrow gap apart kept
 * apart (also when pdf.js joined them with a space), a two-row header with merged cells, a ruled grid with
 * a merged cell, and a table continued on the next page joined with its repeated header and the page's
 * furniture set apart.
 */
import { describe, expect, it } from 'vitest';
import type { DocBlock, DocTable } from '../../src/lib/import/document.ts';
import { advance, gridFromRules, gridFromText, type Frag, type Rule } from '../../src/lib/import/pdf-geometry.ts';
import { layoutDocument } from '../../src/lib/import/pdf-layout.ts';
import type { PageContent } from '../../src/lib/import/pdf-page.ts';

const SIZE = 10;
/** A piece of text printed from x at baseline y (from the top), its width from its characters. */
const at = (text: string, x: number, y: number, size = SIZE): Frag => ({ text, x0: x, x1: x + [...text].reduce((w, c) => w + advance(c), 0) * size, y, size });
const texts = (rows: DocTable['rows']) => rows.map((r) => r.map((c) => c.text + (c.rowSpan > 1 ? `↓${c.rowSpan}` : '') + (c.colSpan > 1 ? `→${c.colSpan}` : '')));
/** Rows of cells at column starts `xs`, `pitch` apart from `top`. */
const rowsAt = (rows: string[][], xs: number[], top: number, pitch = 20) => rows.flatMap((r, i) => r.flatMap((t, c) => (t ? [at(t, xs[c]!, top + i * pitch)] : [])));

describe('a table without ruling lines', () => {
  it('takes its columns from where the text is printed and its rows from the lines', () => {
    const frags = rowsAt(
      [
        ['指标', '单位', '2025年', '2030年'],
        ['学前教育毛入园率', '%', '90.6', '95'],
        ['九年义务教育巩固率', '%', '98.7', '99.2'],
      ],
      [72, 180, 230, 290],
      100,
    );
    const g = gridFromText(frags);
    expect(texts(g.rows)).toEqual([
      ['指标', '单位', '2025年', '2030年'],
      ['学前教育毛入园率', '%', '90.6', '95'],
      ['九年义务教育巩固率', '%', '98.7', '99.2'],
    ]);
    expect(g.headerRows).toBe(1);
  });

  it('keeps two cells a narrow gap apart as two cells, also when pdf.js joined them with a space (单位 2025年)', () => {
    // 单位 ends at 200, 2025年 starts 3 points further: one piece from pdf.js, with a space for the gap.
    const joined: Frag = { text: '单位 2025年', x0: 180, x1: 235.5, y: 100, size: SIZE };
    const frags = [at('指标', 72, 100), joined, at('学前教育毛入园率', 72, 120), at('%', 185, 120), at('90.6', 208, 120), at('九年义务教育巩固率', 72, 140), at('%', 185, 140), at('98.7', 208, 140)];
    const g = gridFromText(frags);
    expect(texts(g.rows)[0]).toEqual(['指标', '单位', '2025年']);
    expect(texts(g.rows)[1]).toEqual(['学前教育毛入园率', '%', '90.6']);
  });

  it('keeps two cells a point apart as two cells in every line, the header printed again below the first included', () => {
    // pdf.js joins 单位 and 2025年 (a point apart; its digits narrower than the text alone tells): cut at the
    // space, the two pieces nearly touch, and must not close the gap that the cells of the body leave.
    const joined = (y: number): Frag => ({ text: '单位 2025年', x0: 180, x1: 231, y, size: SIZE });
    const frags = [
      at('指标', 72, 100),
      joined(100),
      ...rowsAt([['学前教育毛入园率', '%', '90.6'], ['九年义务教育巩固率', '%', '98.7']], [72, 186, 208], 120),
      at('指标', 72, 160),
      joined(160),
      ...rowsAt([['高中阶段教育毛入学率', '%', '92.1']], [72, 186, 208], 180),
    ];
    const g = gridFromText(frags, [], 110);
    expect(texts(g.rows)).toEqual([
      ['指标', '单位', '2025年'],
      ['学前教育毛入园率', '%', '90.6'],
      ['九年义务教育巩固率', '%', '98.7'],
      ['指标', '单位', '2025年'],
      ['高中阶段教育毛入学率', '%', '92.1'],
    ]);
  });

  it('ends a column past a name wrapped to its full width, not at the middle of the gap the header words leave', () => {
    // The names wrap at 100 points, to 228; the centred header words leave the gap 193–232 between the
    // name's column and the unit's, whose middle the names' lines reach past.
    const row = (y: number, kind: string, first: string, second: string, unit: string, value: string) => [
      at(kind, 73, y),
      at(first, 128, y - 6.75),
      at(second, 178 - ([...second].length * SIZE) / 2, y + 6.75),
      at(unit, 238, y),
      at(value, 270, y),
    ];
    const frags = [
      ...rowsAt([['类型', '具体指标', '单位', '2025年']], [84, 153, 232, 265], 100),
      ...row(130, '学前教育', '公办幼儿园在园幼儿占', '比', '%', '55.4'),
      ...row(165, '义务教育', '义务教育学校心理健康', '教育专兼职教师配备率', '%', '82'),
      ...row(200, '人力资源', '劳动年龄人口平均受教', '育年限', '年', '10.5'),
    ];
    expect(texts(gridFromText(frags).rows)).toEqual([
      ['类型', '具体指标', '单位', '2025年'],
      ['学前教育', '公办幼儿园在园幼儿占比', '%', '55.4'],
      ['义务教育', '义务教育学校心理健康教育专兼职教师配备率', '%', '82'],
      ['人力资源', '劳动年龄人口平均受教育年限', '年', '10.5'],
    ]);
  });

  it('reads a cell wrapped onto two lines, centred above and below its row, as one cell of that row', () => {
    const frags = [
      ...rowsAt([['指标', '单位', '2030年']], [72, 200, 250], 100),
      // Row 1: the name wraps; its lines stand 6.75 points above and below the row's other cells.
      at('义务教育学校心理健康', 72, 126.25),
      at('%', 200, 133),
      at('通过国家督', 250, 126.25),
      at('导评估', 250, 139.75),
      at('教师配备率', 72, 139.75),
      ...rowsAt([['高中阶段教育毛入学率', '%', '95']], [72, 200, 250], 163),
    ];
    expect(texts(gridFromText(frags).rows)).toEqual([
      ['指标', '单位', '2030年'],
      ['义务教育学校心理健康教师配备率', '%', '通过国家督导评估'],
      ['高中阶段教育毛入学率', '%', '95'],
    ]);
  });

  it('reads a two-row header: a cell spanning the year columns, the others merged down through both rows', () => {
    const frags = [
      at('规划目标', 245, 100),
      // 指标 and 单位 are centred between the two header rows.
      at('指标', 100, 110),
      at('单位', 190, 110),
      at('2025年', 230, 120),
      at('2030年', 290, 120),
      ...rowsAt([['学前教育毛入园率', '%', '90.6', '95']], [72, 190, 235, 295], 145),
      ...rowsAt([['九年义务教育巩固率', '%', '98.7', '99.2']], [72, 190, 235, 295], 165),
    ];
    const g = gridFromText(frags);
    expect(g.headerRows).toBe(2);
    expect(texts(g.rows)).toEqual([
      ['指标↓2', '单位↓2', '规划目标→2'],
      ['2025年', '2030年'],
      ['学前教育毛入园率', '%', '90.6', '95'],
      ['九年义务教育巩固率', '%', '98.7', '99.2'],
    ]);
  });

  it('keeps a heading over columns in the table when a sub-heading under it wraps and pushes it more than a line above', () => {
    // 指标, 单位 and 属性 are centred through both header rows; 2030年（目标） wraps, so the second row is
    // two lines high and 规划目标, centred in the first, stands 16 points (1.6 lines) above them: as far
    // above as 标） hangs below.
    const p1 = page(1, [
      at('主要指标', 150, 80),
      at('规划目标', 260, 100),
      at('指标', 100, 116),
      at('单位', 190, 116),
      at('属性', 350, 116),
      at('2030年（目', 285, 118),
      at('2025年', 230, 124),
      at('标）', 295, 132),
      ...rowsAt([['学前教育毛入园率', '%', '90.6', '95', '预期性']], [72, 190, 235, 290, 350], 150),
      ...rowsAt([['九年义务教育巩固率', '%', '98.7', '99.2', '约束性']], [72, 190, 235, 290, 350], 170),
    ]);
    const { blocks } = layoutDocument([p1]);
    const tables = blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.headerRows).toBe(2);
    expect(tables[0]!.rows[0]!.map((c) => c.text)).toContain('规划目标');
    expect(texts(tables[0]!.rows).slice(2)).toEqual([
      ['学前教育毛入园率', '%', '90.6', '95', '预期性'],
      ['九年义务教育巩固率', '%', '98.7', '99.2', '约束性'],
    ]);
    // The table's caption, a line further up, stays a paragraph.
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual(['主要指标']);
  });

  it('gives a cell printed across the line between two rows (a task merged over its measures) to both', () => {
    const frags = [
      ...rowsAt([['任务', '措施', '牵头单位']], [72, 160, 320], 100),
      at('学前教育扩容', 72, 135),
      at('新建城北幼儿园', 160, 125),
      at('县教育局', 320, 125),
      at('新增学位360个', 160, 145),
      at('县发展改革局', 320, 145),
    ];
    expect(texts(gridFromText(frags).rows)).toEqual([
      ['任务', '措施', '牵头单位'],
      ['学前教育扩容↓2', '新建城北幼儿园', '县教育局'],
      ['新增学位360个', '县发展改革局'],
    ]);
  });
});

/** The rules of a grid: horizontal lines at `ys` across `xs`, vertical lines at `xs` down `ys`, less the ones listed. */
function ruled(xs: number[], ys: number[], skip: (r: Rule) => boolean = () => false): Rule[] {
  const rules: Rule[] = [];
  for (let i = 0; i + 1 < xs.length; i++) for (const y of ys) rules.push({ x0: xs[i]!, x1: xs[i + 1]!, y0: y, y1: y });
  for (let j = 0; j + 1 < ys.length; j++) for (const x of xs) rules.push({ x0: x, x1: x, y0: ys[j]!, y1: ys[j + 1]! });
  return rules.filter((r) => !skip(r));
}

describe('a table drawn with a full grid of rules', () => {
  it('takes rows and columns from the rules and a cell with no rule through it as one merged cell', () => {
    const xs = [70, 150, 300, 360];
    const ys = [90, 110, 130, 150];
    // 学前教育 spans rows 2 and 3: no rule between them in the first column.
    const rules = ruled(xs, ys, (r) => r.y0 === 130 && r.y1 === 130 && r.x0 === 70);
    const frags = [at('类别', 75, 104), at('指标', 155, 104), at('单位', 305, 104), at('学前教育', 75, 134), at('学前教育毛入园率', 155, 124), at('%', 305, 124), at('普惠性幼儿园覆盖率', 155, 144), at('%', 305, 144)];
    const g = gridFromRules(frags, rules);
    expect(texts(g.rows)).toEqual([
      ['类别', '指标', '单位'],
      ['学前教育↓2', '学前教育毛入园率', '%'],
      ['普惠性幼儿园覆盖率', '%'],
    ]);
    expect(g.headerRows).toBe(1);
  });
});

const page = (number: number, frags: Frag[], rules: Rule[] = []): PageContent => ({ number, width: 595, height: 842, frags, rules });

describe('a table without rules found on its page', () => {
  it('keeps its header when the first row is taller than a line (a wrapped cell) and pdf.js joined header cells into one piece', () => {
    // The header's cells 单位, 2025年 and 属性 come as one piece; the row's name wraps, centred on the row, so
    // the header stands more than a line and a half above the row's first printed line.
    const joined: Frag = { text: '单位 2025年 属性', x0: 200, x1: 320, y: 676, size: SIZE };
    const p1 = page(1, [
      at('全面贯彻党的教育方针，落实立德树人根本任务，推动教育高质量发展。', 72, 640),
      at('指标', 72, 676),
      joined,
      at('义务教育学校心理健康', 72, 693.25),
      ...rowsAt([['%', '90.6', '预期性']], [200, 250, 300], 700),
      at('教育专兼职教师配备率', 72, 706.75),
    ]);
    const tables = layoutDocument([p1]).blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables.map((t) => texts(t.rows))).toEqual([
      [
        ['指标', '单位', '2025年', '属性'],
        ['义务教育学校心理健康教育专兼职教师配备率', '%', '90.6', '预期性'],
      ],
    ]);
  });
  it('keeps a heading over two columns a line and a half above the header, and a sub-heading wider than its column’s figures in that column', () => {
    // 规划目标 heads 现状值（2023年） (wrapped) and 2026年（目标）, which reaches past the middle of the gap
    // between its column's figures and the next column's.
    const piece = (text: string, x0: number, x1: number, y: number): Frag => ({ text, x0, x1, y, size: SIZE });
    const row = (y: number, name: string, a: string, b: string) => [at(name, 73, y), at('%', 266, y), piece(a, 310.5, 330.5, y), piece(b, 387.5, 407.5, y), at('预期性', 435, y)];
    const p1 = page(1, [
      at('全面贯彻党的教育方针，落实立德树人根本任务，推动教育高质量发展，办好人民满意的教育。', 72, 540, 12),
      at('规划目标', 337, 577.2),
      at('指标内容', 144.5, 592.7),
      at('单位', 258.5, 592.7),
      piece('现状值（2023', 290.5, 350.5, 594.7),
      at('性质', 440.5, 592.7),
      piece('2026年（目标）', 362.5, 432.5, 601.4),
      at('年）', 310.5, 608.2),
      ...row(625.7, '学前教育毛入园率', '92.4', '96.3'),
      ...row(643.2, '幼儿园专任教师中专科以上学历比例', '84.7', '91.5'),
    ]);
    const tables = layoutDocument([p1]).blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables.map((t) => [t.headerRows, texts(t.rows)])).toEqual([
      [
        2,
        [
          ['指标内容↓2', '单位↓2', '规划目标→2', '性质↓2'],
          ['现状值（2023年）', '2026年（目标）'],
          ['学前教育毛入园率', '%', '92.4', '96.3', '预期性'],
          ['幼儿园专任教师中专科以上学历比例', '%', '84.7', '91.5', '预期性'],
        ],
      ],
    ]);
  });
});

describe('a table continued on the next page', () => {
  it('is one table: the header printed again is dropped, page numbers and the running header are furniture', () => {
    const xs = [72, 200, 250, 300];
    const header = ['指标', '单位', '2025年', '2030年'];
    const p1 = page(1, [
      at('第二章 主要目标', 72, 600),
      ...rowsAt([header, ['学前教育毛入园率', '%', '90.6', '95'], ['九年义务教育巩固率', '%', '98.7', '99.2']], xs, 700),
      at('— 1 —', 280, 800),
    ]);
    const p2 = page(2, [
      at('东川县教育事业发展规划', 230, 50),
      ...rowsAt([header, ['高中阶段教育毛入学率', '%', '92', '95']], xs, 100),
      at('　　第三章 主要任务', 72, 200),
      at('— 2 —', 280, 800),
    ]);
    const p3 = page(3, [at('东川县教育事业发展规划', 230, 50), at('全面贯彻党的教育方针。', 100, 100), at('— 3 —', 280, 800)]);
    const { blocks } = layoutDocument([p1, p2, p3]);
    const tables = blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows)).toEqual([header, ['学前教育毛入园率', '%', '90.6', '95'], ['九年义务教育巩固率', '%', '98.7', '99.2'], ['高中阶段教育毛入学率', '%', '92', '95']]);
    expect(tables[0]!.pages).toEqual([1, 2]);
    expect(tables[0]!.repeatedHeadersDropped).toBe(1);
    const furniture = blocks.flatMap((b: DocBlock) => (b.kind === 'furniture' ? [`${b.reason}: ${b.text}`] : []));
    expect(furniture).toEqual(
      expect.arrayContaining(['page-number: — 1 —', 'page-number: — 2 —', 'page-number: — 3 —', 'running-header: 东川县教育事业发展规划', `repeated-table-header: ${header.join('\t')}`]),
    );
    // Nothing of the furniture is in a cell or a paragraph.
    const text = JSON.stringify(blocks.filter((b) => b.kind !== 'furniture'));
    expect(text).not.toContain('— 2 —');
    expect(text).not.toContain('东川县教育事业发展规划');
  });

  it('takes the last row alone at the top of the next page (no header repeated), its wrapped name included', () => {
    const xs = [72, 250, 300, 350];
    const p1 = page(1, rowsAt([['指标', '单位', '2025年', '2030年'], ['学前教育毛入园率', '%', '90.6', '95'], ['九年义务教育巩固率', '%', '98.7', '99.2']], xs, 700));
    const p2 = page(2, [at('中小学互联网出口带宽达到', 72, 93.25), ...rowsAt([['', '%', '69', '≥85']], xs, 100), at('1000M以上学校比例', 72, 106.75), at('　　第三章 主要任务', 72, 200)]);
    const tables = layoutDocument([p1, p2]).blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!.rows).at(-1)).toEqual(['中小学互联网出口带宽达到1000M以上学校比例', '%', '69', '≥85']);
  });
});
