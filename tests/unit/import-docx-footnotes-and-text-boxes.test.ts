/**
 * Two things Word keeps outside a document's text runs, which a reader of document.xml loses without a
 * word: footnotes (the note under 普惠性幼儿园覆盖率) and text boxes (a 专栏 drawn as a box). They are
 * written into the text where a reader sees them, read once even where Word stores a drawing twice
 * (mc:Choice and mc:Fallback), reported for the clerk, and the footnote reaches its indicator.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPlan } from '../../src/lib/import/import-plan.ts';
import { readDocx } from '../../src/lib/import/read-docx.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';

const cell = (children: Paragraph[] | string) => new TableCell({ children: typeof children === 'string' ? [new Paragraph(children)] : children });
const NOTE = '普惠性幼儿园包括公办幼儿园和普惠性民办幼儿园。';

async function countyDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(NOTE)] }, 2: { children: [new Paragraph('数据来源：县统计局。')] } },
    sections: [
      {
        children: [
          new Paragraph('南岭县“十五五”教育发展规划'),
          new Paragraph('一、发展目标'),
          new Paragraph({ children: [new TextRun('到2030年，教育普及水平全面提高。'), new FootnoteReferenceRun(2)] }),
          new Paragraph('表1 主要指标'),
          new Table({
            rows: [
              new TableRow({ children: ['指标', '单位', '2025年', '2030年'].map((t) => cell(t)) }),
              new TableRow({ children: [cell([new Paragraph({ children: [new TextRun('普惠性幼儿园覆盖率'), new FootnoteReferenceRun(1)] })]), cell('%'), cell('88'), cell('92')] }),
            ],
          }),
          new Paragraph('二、主要任务'),
          new Paragraph({
            children: [
              new TextRun('实施学前教育普惠工程。'),
              new Textbox({
                style: { width: '4in', height: '2in' },
                children: [new Paragraph('专栏1 学前教育普惠工程'), new Paragraph('（1）新建城南幼儿园。'), new Paragraph('（2）改扩建乡镇中心幼儿园3所。')],
              }),
            ],
          }),
          new Paragraph('三、保障措施'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same file as Word saves a text box: the DrawingML copy in mc:Choice, the VML copy in mc:Fallback. */
function asWordSavesIt(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const pict = /<w:pict>[\s\S]*?<\/w:pict>/u.exec(xml)![0];
  const content = /<w:txbxContent>[\s\S]*?<\/w:txbxContent>/u.exec(pict)![0];
  const choice = `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const alternate = `<mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice><mc:Fallback>${pict}</mc:Fallback></mc:AlternateContent>`;
  files['word/document.xml'] = strToU8(xml.replace(pict, alternate));
  return zipSync(files);
}

const meta = PlanSchema.parse({
  id: 'nanling-edu-2026-2030',
  title: '南岭县“十五五”教育发展规划',
  region: { name: '南岭县', level: 'county', parent: '示例市', province: '示例省' },
  issuer: '南岭县人民政府',
  issued: '2026-04-01',
  period: { start: 2026, end: 2030 },
  kind: 'five-year-plan',
  source: '测试用的示例文件，不是官方文件',
});

describe('Word footnotes and text boxes', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await countyDocx();
  });

  for (const [form, file] of [
    ['a text box in VML only', () => bytes],
    ['a text box as Word saves it (DrawingML with a VML fallback)', () => asWordSavesIt(bytes)],
  ] as const) {
    it(`writes each footnote under its paragraph or table and the box’s paragraphs after their anchor, once: ${form}`, () => {
      const r = readDocx(file());
      expect(r.text).toContain('到2030年，教育普及水平全面提高。¹\n注：¹数据来源：县统计局。\n');
      expect(r.text).toContain(`普惠性幼儿园覆盖率²\t%\t88\t92\n\n注：²${NOTE}\n`);
      expect(r.text).toContain('实施学前教育普惠工程。\n专栏1 学前教育普惠工程\n（1）新建城南幼儿园。\n（2）改扩建乡镇中心幼儿园3所。\n三、保障措施');
      expect(r.text.match(/新建城南幼儿园/gu)).toHaveLength(1);
      expect(r.footnotes.map((f) => f.text)).toEqual(['注：¹数据来源：县统计局。', `注：²${NOTE}`]);
      expect(r.textboxes.map((t) => t.text)).toEqual(['专栏1 学前教育普惠工程']);
      const lines = r.text.split('\n');
      expect(lines[r.textboxes[0]!.line - 1]).toBe('专栏1 学前教育普惠工程');
    });
  }

  it('keeps the footnote beside its indicator, the name without its mark, and the box as a 专栏 with its items', () => {
    const docx = readDocx(asWordSavesIt(bytes));
    const r = importPlan(docx.text, meta, new Set(), { sourceKind: 'docx', hints: { tables: docx.tables } });
    const ind = r.indicators!.indicators[0]!;
    expect(ind.name).toBe('普惠性幼儿园覆盖率');
    expect(ind.note).toBe(NOTE);
    const box = r.clauses.find((c) => c.kind === 'box')!;
    expect(box.label).toBe('专栏1');
    expect(r.clauses.filter((c) => c.parent === box.id).map((c) => c.label)).toEqual(['专栏1第1项', '专栏1第2项']);
  });
});
