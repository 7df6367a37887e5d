/**
 * The files offices publish: a Word file (.docx) with real tables (merged cells, a cell of two
 * paragraphs) and Word-generated 第X章 numbering, and a PDF with a text layer (running headers, page
 * numbers, hard-wrapped lines, a table). Both are generated here; a scanned PDF is refused, saying OCR
 * is needed. Nothing binary is committed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readDocx } from '../../src/lib/import/read-docx.ts';
import { readPdf } from '../../src/lib/import/read-pdf.ts';
import { runScript } from '../helpers/run.ts';
import { layoutPages, tinyPdf } from '../helpers/tiny-pdf.ts';

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-binary-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  return root;
}

function meta(root: string, id: string, title: string): string {
  const path = join(root, `${id}.yaml`);
  writeFileSync(
    path,
    [
      `id: ${id}`,
      `title: ${title}`,
      'region:',
      '  name: 西岭县',
      '  level: county',
      '  parent: 示例市',
      '  province: 宁夏回族自治区',
      'issuer: null',
      'issued: null',
      'period:',
      '  start: 2026',
      '  end: 2030',
      'kind: five-year-plan',
      'source: 测试中生成的文件，不是官方文件',
      '',
    ].join('\n'),
  );
  return path;
}

const cell = (t: string | string[], o: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: (Array.isArray(t) ? t : [t]).map((x) => new Paragraph(x)), ...o });
const row = (cells: TableCell[]) => new TableRow({ children: cells });

async function countyDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '第%2节', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('西岭县“十五五”教育发展规划'),
          new Paragraph({ text: ' 发展目标', numbering: { reference: 'outline', level: 0 } }),
          new Paragraph({ text: ' 主要指标', numbering: { reference: 'outline', level: 1 } }),
          new Paragraph('表1 西岭县“十五五”教育发展主要指标'),
          new Table({
            rows: [
              row(['类别', '指标', '单位', '2025年', '2030年', '属性'].map((t) => cell(t))),
              row([cell('学前教育', { rowSpan: 2 }), cell('学前三年毛入园率'), cell('%'), cell('90.2'), cell('95'), cell('约束性')]),
              row([cell('普惠性幼儿园覆盖率'), cell('%'), cell('88'), cell('≥92'), cell('约束性')]),
              row([cell('义务教育'), cell('九年义务教育巩固率'), cell('%'), cell('98.8'), cell('99.2'), cell('约束性')]),
            ],
          }),
          new Paragraph({ text: ' 主要任务', numbering: { reference: 'outline', level: 0 } }),
          new Paragraph('表2 重点任务清单'),
          new Table({
            rows: [
              row(['序号', '重点任务', '具体措施', '责任单位', '完成时限'].map((t) => cell(t))),
              row([
                cell('1', { rowSpan: 2 }),
                cell('学前教育扩容', { rowSpan: 2 }),
                cell(['新建城北幼儿园，', '新增学位360个']),
                cell('县教育局（牵头）、县发展改革局'),
                cell('2027年底前', { rowSpan: 2 }),
              ]),
              row([cell('改扩建乡镇中心幼儿园3所'), cell('县教育局、各乡（镇）人民政府')]),
              row([cell('2'), cell('补充乡村教师', { columnSpan: 2 }), cell('县委编办、县教育局'), cell('每年9月底前')]),
            ],
          }),
          new Paragraph('附件'),
          new Paragraph('重大项目表'),
          new Table({
            rows: [
              row(['序号', '项目名称', '建设内容及规模', '总投资（万元）'].map((t) => cell(t))),
              row([cell('1'), cell('西岭县第二幼儿园'), cell('建筑面积4800平方米'), cell('2600')]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('.docx', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await countyDocx();
  });

  it('reads tables as tables: merged cells left empty to carry down, a cell of two paragraphs kept one cell; Word numbering written out', () => {
    const r = readDocx(new Uint8Array(bytes));
    expect(r.text).toContain('\n第一章 发展目标\n第一节 主要指标\n');
    expect(r.text).toContain('1\t学前教育扩容\t新建城北幼儿园， 新增学位360个\t县教育局（牵头）、县发展改革局\t2027年底前\n\t\t改扩建乡镇中心幼儿园3所\t县教育局、各乡（镇）人民政府\t\n');
    expect(r.text).toContain('\n2\t补充乡村教师\t\t县委编办、县教育局\t每年9月底前\n');
    expect(r.tables.map((t) => [t.rows, t.merged])).toEqual([
      [4, 1],
      [4, 4],
      [2, 0],
    ]);
    expect(r.generatedNumbers.map((g) => g.text)).toEqual(['第一章', '第一节', '第二章']);
  });

  it('imports through npm run import: indicators with the merged group carried down, task rows as measures, the file kept beside its text', () => {
    const root = freshRoot();
    const file = join(root, '西岭县规划.docx');
    writeFileSync(file, bytes);
    const r = runScript('import.ts', [file, meta(root, 'xiling-edu-2026-2030', '西岭县“十五五”教育发展规划'), '--content', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ind = JSON.parse(readFileSync(join(root, 'content/plans/xiling-edu-2026-2030/indicators.json'), 'utf8')).indicators;
    expect(ind.map((i: { name: string; group: string; target: { year: number; text: string } }) => [i.name, i.group, i.target.year, i.target.text])).toEqual([
      ['学前三年毛入园率', '学前教育', 2030, '95'],
      ['普惠性幼儿园覆盖率', '学前教育', 2030, '≥92'],
      ['九年义务教育巩固率', '义务教育', 2030, '99.2'],
    ]);
    const projects = JSON.parse(readFileSync(join(root, 'content/plans/xiling-edu-2026-2030/projects.json'), 'utf8')).projects;
    expect(projects[0]).toMatchObject({ name: '西岭县第二幼儿园', budget: [{ value: 2600, unit: '万元' }], floorArea: [{ value: 4800 }] });
    expect(readdirSync(join(root, 'content/sources')).sort()).toEqual([
      'xiling-edu-2026-2030.docx',
      'xiling-edu-2026-2030.profile.yaml',
      'xiling-edu-2026-2030.txt',
      'xiling-edu-2026-2030.yaml',
    ]);
    const profile = parse(readFileSync(join(root, 'content/sources/xiling-edu-2026-2030.profile.yaml'), 'utf8'));
    expect(profile.source.kind).toBe('docx');
    expect(profile.tables.map((t: { kind: string }) => t.kind)).toEqual(['indicators', 'tasks', 'projects']);
    const html = readFileSync(join(root, 'import-reports/xiling-edu-2026-2030.html'), 'utf8');
    expect(html).toContain('<td>学前教育扩容</td><td>改扩建乡镇中心幼儿园3所</td><td></td><td></td><td>县教育局、各乡（镇）人民政府</td>');
    // What the reader wrote from Word's list numbering is listed for the clerk, on screen and in the report.
    expect(r.stdout).toMatch(/从 Word 的自动编号、脚注和文本框写出的内容（不在正文文字中，请核对）：3\n\s+第2行：Word 自动编号：第一章\n/u);
    expect(html).toContain('从 Word 文件写出的内容');
    expect(html).toContain('<td>Word 自动编号</td><td><code>第二章</code></td>');
    expect(loadContent(root).problems.map(formatProblem)).toEqual([]);
    // Re-imported from its text with its profile, the plan comes out the same.
    const check = runScript('import.ts', ['--all', '--check', '--content', root]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('refuses a file that is not a .docx, in English and Chinese, and writes nothing', () => {
    const root = freshRoot();
    const file = join(root, 'plan.docx');
    writeFileSync(file, '这不是 Word 文件');
    const r = runScript('import.ts', [file, meta(root, 'xiling-edu-2026-2030', '西岭县“十五五”教育发展规划'), '--content', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a .docx file (it is not a zip archive)');
    expect(r.stderr).toContain('不是有效的 .docx 文件');
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
  });
});

const TITLE = '东川县教育事业发展“十五五”规划';

function countyPdf(): Uint8Array {
  return tinyPdf(
    layoutPages(
      [
        { text: TITLE, kind: 'heading' },
        { text: '第一章 发展基础', kind: 'heading' },
        { text: '“十四五”以来，东川县坚持把教育摆在优先发展的战略位置，学前三年毛入园率达到90.6%，义务教育巩固率达到98.7%，教育事业取得显著成效，人民群众教育获得感不断增强。' },
        { text: '第二章 主要目标', kind: 'heading' },
        { text: '表1 主要指标', kind: 'heading' },
        { text: '', kind: 'row', cells: ['类别', '指标', '单位', '2025年', '2030年', '属性'] },
        { text: '', kind: 'row', cells: ['学前教育', '学前三年毛入园率', '%', '90.6', '95', '约束性'] },
        { text: '', kind: 'row', cells: ['', '普惠性幼儿园覆盖率', '%', '89', '92', '约束性'] },
        { text: '', kind: 'row', cells: ['义务教育', '九年义务教育巩固率', '%', '98.7', '99.2', '约束性'] },
        { text: '第三章 主要任务', kind: 'heading' },
        { text: '一、推进学前教育普及普惠', kind: 'heading' },
        { text: '（一）扩大普惠资源。新建、改扩建幼儿园6所，新增学位1080个。（责任单位：县教育局牵头，县发展改革局、县财政局配合）' },
        { text: '二、推进义务教育优质均衡', kind: 'heading' },
        { text: '（一）改善办学条件。2027年底前建成东川县第三小学。（责任单位：县教育局、县住房城乡建设局）' },
      ],
      { header: TITLE, linesPerPage: 9 },
    ),
  );
}

describe('.pdf with a text layer', () => {
  it('reads the pages into one document: the table broken over the page one table, page numbers and the running header set apart', async () => {
    const r = await readPdf(countyPdf());
    expect(r.pages).toBe(3);
    const blocks = r.doc.blocks;
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.kind === 'table' && table.pages).toEqual([1, 2]);
    expect(table.kind === 'table' && table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['类别', '指标', '单位', '2025年', '2030年', '属性'],
      ['学前教育', '学前三年毛入园率', '%', '90.6', '95', '约束性'],
      ['', '普惠性幼儿园覆盖率', '%', '89', '92', '约束性'],
      ['义务教育', '九年义务教育巩固率', '%', '98.7', '99.2', '约束性'],
    ]);
    const furniture = blocks.flatMap((b) => (b.kind === 'furniture' ? [`${b.reason}: ${b.text}`] : []));
    expect(furniture).toEqual(expect.arrayContaining(['page-number: — 1 —', 'page-number: — 2 —', 'page-number: — 3 —', `running-header: ${TITLE}`]));
    expect(r.text).not.toContain('— 2 —');
  });

  it('imports through npm run import: page numbers and running headers removed and reported, hard wraps joined', () => {
    const root = freshRoot();
    const file = join(root, '东川县规划.pdf');
    writeFileSync(file, countyPdf());
    const r = runScript('import.ts', [file, meta(root, 'dongchuan-edu-2026-2030', TITLE), '--content', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('页码 3 个、页眉页脚 2 行');
    expect(r.stdout).toMatch(/第\d+行：删除页码：— 1 —/u);
    expect(r.stdout).toMatch(/第\d+行：删除页眉页脚：东川县教育事业发展“十五五”规划/u);
    const md = readFileSync(join(root, 'content/plans/dongchuan-edu-2026-2030/plan.md'), 'utf8');
    expect(md).toContain(
      '\n“十四五”以来，东川县坚持把教育摆在优先发展的战略位置，学前三年毛入园率达到90.6%，义务教育巩固率达到98.7%，教育事业取得显著成效，人民群众教育获得感不断增强。\n',
    );
    expect(md).toContain('\n## 第三章 主要任务\n\n### 一、推进学前教育普及普惠\n\n（一）扩大普惠资源。');
    expect(md).not.toContain('— 2 —');
    const ind = JSON.parse(readFileSync(join(root, 'content/plans/dongchuan-edu-2026-2030/indicators.json'), 'utf8')).indicators;
    expect(ind.map((i: { name: string; group: string }) => [i.name, i.group])).toEqual([
      ['学前三年毛入园率', '学前教育'],
      ['普惠性幼儿园覆盖率', '学前教育'],
      ['九年义务教育巩固率', '义务教育'],
    ]);
    expect(existsSync(join(root, 'content/sources/dongchuan-edu-2026-2030.pdf'))).toBe(true);
    expect(loadContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('keeps a table cell wrapped onto a second printed line as one cell', async () => {
    const widths = [45, 100, 140, 150, 90];
    const r = await readPdf(
      tinyPdf(
        layoutPages([
          { text: '表2 重点任务清单', kind: 'heading' },
          { text: '', kind: 'row', widths, cells: ['序号', '重点任务', '具体措施', '责任单位', '完成时限'] },
          { text: '', kind: 'row', widths, cells: ['1', '学前教育扩容', '新建城北幼儿园，\n新增学位360个', '县教育局（牵头）、\n县发展改革局', '2027年底前'] },
          { text: '', kind: 'row', widths, cells: ['2', '教师队伍建设', '每年招聘教师50名', '县委编办', '每年9月底前'] },
        ]),
      ),
    );
    expect(r.text).toContain(
      '\n1\t学前教育扩容\t新建城北幼儿园，新增学位360个\t县教育局（牵头）、县发展改革局\t2027年底前\n2\t教师队伍建设\t每年招聘教师50名\t县委编办\t每年9月底前\n',
    );
  });

  it('refuses a scan (no text layer), saying OCR is needed, and writes nothing', () => {
    const root = freshRoot();
    const file = join(root, 'scan.pdf');
    writeFileSync(file, tinyPdf([{ pieces: [], picture: true }, { pieces: [], picture: true }]));
    const r = runScript('import.ts', [file, meta(root, 'dongchuan-edu-2026-2030', TITLE), '--content', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the PDF has no text layer (2 page(s), 0 characters of text): it is a scan. Run OCR on it first');
    expect(r.stderr).toContain('是扫描件。请先进行 OCR 文字识别');
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
    expect(existsSync(join(root, 'content/plans'))).toBe(false);
  });
});
