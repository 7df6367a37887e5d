/**
 * A plan saved as a portal's article page (.html/.htm) is read as the plan's body: the portal's header,
 * navigation, breadcrumbs, 字号/打印/关闭, share links, 上一篇/下一篇 and footer are furniture with the
 * reason 'portal-chrome', never plan text; tables keep rowspan/colspan and their <thead>/<th> header rows;
 * the 信息公开 table is offered as metadata and shown in the review report; GBK/GB2312 pages read as well
 * as UTF-8 ones; a page without a body is refused saying that HTML is the issue.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tableGrid, type DocBlock, type DocTable } from '../../src/lib/import/document.ts';
import { HtmlError, isoDate, readHtmlDocument } from '../../src/lib/import/read-html.ts';
import { generatePlan } from '../helpers/docgen/model.ts';
import { rng } from '../helpers/docgen/random.ts';
import { renderHtml } from '../helpers/docgen/render-html.ts';
import { runScript } from '../helpers/run.ts';

const CHROME_WORDS = ['字号', '打印', '关闭', '分享到', '上一篇', '下一篇', '网站标识码', 'ICP备', '当前位置', '政务公开', '浏览次数'];

/** Every text the document gives as plan text (paragraphs, cells, boxes), not furniture. */
function planTexts(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'note' ? [b.text] : b.kind === 'table' ? b.rows.flat().map((c) => c.text) : b.kind === 'box' ? [b.title ?? '', ...planTexts(b.children)] : [],
  );
}

describe('a generated portal page of every layout', () => {
  it('keeps the body, sets the chrome apart as furniture, offers the 信息公开 metadata', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const model = generatePlan(seed);
      const layout = { encoding: seed % 2 ? 'gbk' : 'utf-8', thead: seed % 3 === 0, boxes: (['div', 'one-cell-table', 'paragraphs'] as const)[seed % 3]! } as const;
      const html = renderHtml(model, layout, rng(seed));
      const doc = readHtmlDocument(html);
      expect(doc.format).toBe('html');
      expect(doc.encoding).toBe(layout.encoding === 'gbk' ? 'gb18030' : 'utf-8');
      const texts = planTexts(doc.blocks).join('\n');
      for (const w of CHROME_WORDS) expect(texts, `seed ${seed}: chrome word ${w} in the plan's text`).not.toContain(w);
      const furniture = doc.blocks.filter((b) => b.kind === 'furniture');
      expect(furniture.every((f) => f.kind === 'furniture' && f.reason === 'portal-chrome')).toBe(true);
      const chrome = furniture.map((f) => f.text).join('\n');
      for (const w of ['上一篇', '下一篇', '网站标识码', '分享到', '打印']) expect(chrome, `seed ${seed}`).toContain(w);
      // Every paragraph of the plan comes back, in order.
      const paragraphs = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      let at = 0;
      for (const p of paragraphs) {
        const i = texts.indexOf(p, at);
        expect(i, `seed ${seed}: paragraph missing or out of order: ${p}`).toBeGreaterThanOrEqual(0);
        at = i;
      }
      expect(doc.metadata.title).toBe(model.title);
      const source = new TextDecoder(layout.encoding === 'gbk' ? 'gb18030' : 'utf-8').decode(html);
      if (source.includes('xxgk-info')) {
        expect(doc.metadata.docNo).toMatch(/政办发〔\d{4}〕\d+号$/u);
        expect(doc.metadata.indexNo).toMatch(/^\d+MB\d+\/\d{4}-\d{5}$/u);
        expect(doc.metadata.issuer).toMatch(/^.+(?:教育体育局|人民政府办公室)$/u);
        expect(doc.metadata.date?.iso).toMatch(/^\d{4}-\d\d-\d\d$/u);
      }
      // Tables keep their grid and, from <thead>/<th>, their header rows.
      const tables = doc.blocks.filter((b): b is DocTable => b.kind === 'table');
      const modelTables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
      expect(tables.length, `seed ${seed}`).toBe(modelTables.length);
      tables.forEach((t, i) => {
        expect(t.rows.map((r) => r.map((c) => [c.text.replace(/\s+/gu, ' '), c.rowSpan, c.colSpan]))).toEqual(modelTables[i]!.rows.map((r) => r.map((c) => [c.text.replace(/\s+/gu, ' '), c.rowSpan, c.colSpan])));
        expect(t.headerRows).toBe(layout.thead ? modelTables[i]!.headerRows : null);
      });
    }
  });
});

const page = (body: string, charset = 'utf-8', extra = '') => `<!DOCTYPE html><html><head><meta charset="${charset}"><title>页</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 正文</div>${extra}
<div class="main"><div class="tools">【字体：大 中 小】【打印】【关闭】</div>
<div id="zoom">${body}</div>
<p>上一篇：某通知</p><p>下一篇：某方案</p></div>
<div class="foot">网站标识码：6400000001 宁ICP备12345678号</div></body></html>`;

/** A header of `depth` rows over `cols` value columns: the first columns merged down, years under a merged label. */
function headerRows(depth: number, cols: number): string {
  if (depth === 1) return `<tr><th>指标</th><th>单位</th>${Array.from({ length: cols }, (_, i) => `<th>${2025 + i * 5}年</th>`).join('')}</tr>`;
  const top = `<tr><th rowspan="${depth}">指标</th><th rowspan="${depth}">单位</th><th colspan="${cols}">指标值</th></tr>`;
  const middle = Array.from({ length: depth - 2 }, () => `<tr><th colspan="${cols}">（按年份）</th></tr>`).join('');
  return `${top}${middle}<tr>${Array.from({ length: cols }, (_, i) => `<th>${2025 + i * 5}年</th>`).join('')}</tr>`;
}

describe('tables of a page', () => {
  it('keep rowspan/colspan and header rows whatever the header depth and the merges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (depth, cols, groupRows, thead) => {
        const head = headerRows(depth, cols);
        const body = Array.from(
          { length: groupRows },
          (_, r) => `<tr>${r === 0 ? `<td rowspan="${groupRows}">学前教育</td>` : ''}<td>%</td>${Array.from({ length: cols }, (_, c) => `<td><p>${90 + r}.${c}</p></td>`).join('')}</tr>`,
        ).join('');
        const table = thead ? `<table><thead>${head}</thead><tbody>${body}</tbody></table>` : `<table>${head.replace(/th>/gu, 'td>').replace(/<th/gu, '<td')}${body}</table>`;
        const doc = readHtmlDocument(new TextEncoder().encode(page(`<p>　　表1 主要指标</p>${table}`)));
        const t = doc.blocks.find((b): b is DocTable => b.kind === 'table')!;
        expect(t.headerRows).toBe(thead ? depth : null);
        expect(t.rows.length).toBe(depth + groupRows);
        const grid = tableGrid(t);
        expect(grid.every((row) => row.length === 2 + cols && row.every((g) => g !== null))).toBe(true);
        expect(grid[depth + groupRows - 1]![0]!.cell.text).toBe('学前教育');
        expect(grid[depth - 1]![2]!.cell.text).toBe('2025年');
      }),
      { numRuns: 60, seed: 23 },
    );
  });

  it('reads a one-cell table or a bordered block as a box (专栏), its title apart', () => {
    for (const box of [
      '<table border="1"><tr><td><p>专栏1 学前教育提升工程</p><p>（1）新建幼儿园3所。</p><p>（2）新增学位900个。</p></td></tr></table>',
      '<div style="border:1px solid #000"><p>专栏1 学前教育提升工程</p><p>（1）新建幼儿园3所。</p><p>（2）新增学位900个。</p></div>',
    ]) {
      const doc = readHtmlDocument(new TextEncoder().encode(page(`<p>正文一段。</p>${box}<p>正文二段。</p>`)));
      const b = doc.blocks.find((x) => x.kind === 'box');
      expect(b).toMatchObject({ kind: 'box', title: '专栏1 学前教育提升工程', children: [{ text: '（1）新建幼儿园3所。' }, { text: '（2）新增学位900个。' }] });
    }
  });
});

describe('paragraphs of a page', () => {
  it('split at <br>, with headings, bold, centred and indented as the page says; chrome in the body set apart', () => {
    const doc = readHtmlDocument(
      new TextEncoder().encode(
        page('<p align="center"><strong>西岭县教育发展规划</strong></p><h3>第一章 总体要求</h3><p>　　第一段。<br>　　第二段，<span>接续</span>。</p><div style="text-indent:2em">第三段。</div><p>【打印】【关闭】</p>'),
      ),
    );
    const body = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(body).toEqual([
      { kind: 'paragraph', text: '西岭县教育发展规划', style: { bold: true, centered: true }, source: { index: 1 } },
      { kind: 'paragraph', text: '第一章 总体要求', style: { outlineLevel: 2, styleName: 'h3', bold: true }, source: { index: 2 } },
      { kind: 'paragraph', text: '第一段。', style: { indented: true }, source: { index: 3 } },
      { kind: 'paragraph', text: '第二段，接续。', style: { indented: true }, source: { index: 4 } },
      { kind: 'paragraph', text: '第三段。', style: { indented: true }, source: { index: 5 } },
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'furniture').map((b) => (b.kind === 'furniture' ? b.text : ''))).toEqual([
      '首页政务公开',
      '当前位置：首页 > 政务公开 > 正文',
      '【字体：大 中 小】【打印】【关闭】',
      '【打印】【关闭】',
      '上一篇：某通知',
      '下一篇：某方案',
      '网站标识码：6400000001 宁ICP备12345678号',
    ]);
  });
});

describe('encodings and metadata', () => {
  const meta = `<table class="info"><tr><td>索引号：640000/2026-00012</td><td>主题分类：教育</td></tr><tr><td>发布机构：</td><td>西岭县教育局</td><td>成文日期：</td><td>2026年3月5日</td></tr><tr><td>文　　号：</td><td>西教发〔2026〕7号</td></tr></table>`;
  for (const [declared, encode] of [
    ['utf-8', (s: string) => Buffer.from(s, 'utf8')],
    ['gb2312', (s: string) => iconv.encode(s, 'gbk')],
    ['GBK', (s: string) => iconv.encode(s, 'gbk')],
  ] as const) {
    it(`reads a page declared ${declared} and offers its 信息公开 table`, () => {
      const doc = readHtmlDocument(new Uint8Array(encode(page('<p>　　西岭县“十五五”教育发展规划正文。</p>', declared, meta))));
      expect(planTexts(doc.blocks)).toEqual(['西岭县“十五五”教育发展规划正文。']);
      expect(doc.encoding).toBe(declared === 'utf-8' ? 'utf-8' : 'gb18030');
      expect(doc.metadata).toEqual({ indexNo: '640000/2026-00012', issuer: '西岭县教育局', date: { text: '2026年3月5日', iso: '2026-03-05' }, docNo: '西教发〔2026〕7号' });
    });
  }

  it('reads a GBK page that declares no charset from its bytes', () => {
    const doc = readHtmlDocument(new Uint8Array(iconv.encode(page('<p>西岭县“十五五”教育发展规划正文，共十章。</p>').replace('<meta charset="utf-8">', ''), 'gbk')));
    expect(doc.encoding).toBe('gb18030');
    expect(planTexts(doc.blocks)).toEqual(['西岭县“十五五”教育发展规划正文，共十章。']);
  });

  it('reads dates as printed', () => {
    expect(['2026年3月5日', '2026-03-05', '2026/3/5', '2026年2月30日', '三月'].map(isoDate)).toEqual(['2026-03-05', '2026-03-05', '2026-03-05', null, null]);
  });
});

describe('a page without a body', () => {
  it('is refused, saying in Chinese and English that the web page (HTML) is the issue', () => {
    const empty = new TextEncoder().encode('<html><body><div class="nav"><a href="/">首页</a></div><div class="foot">网站标识码</div></body></html>');
    expect(() => readHtmlDocument(empty)).toThrow(HtmlError);
    try {
      readHtmlDocument(empty);
    } catch (err) {
      expect((err as HtmlError).zh).toContain('这是一个网页（HTML）文件，但未能在其中找到正文');
      expect((err as HtmlError).message).toContain('this is a web page (HTML) in which no article body was found');
    }
  });
});

function writeMeta(root: string, model: ReturnType<typeof generatePlan>): string {
  const yaml = join(root, 'page.yaml');
  writeFileSync(
    yaml,
    [`id: ${model.id}`, `title: ${model.title}`, 'region:', `  name: ${model.region.name}`, `  level: ${model.region.level}`, `  parent: ${model.region.parent}`, `  province: ${model.region.province}`, 'issuer: null', 'issued: null', 'period:', `  start: ${model.period.start}`, `  end: ${model.period.end}`, 'kind: five-year-plan', 'source: 测试中生成的网页，不是官方文件', ''].join('\n'),
  );
  return yaml;
}

function emptyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-html-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  return root;
}

describe('npm run import of a portal page', () => {
  it('imports the body, keeps the page beside its text, and shows the offered metadata and the encoding in the report', () => {
    const seed = 2;
    const model = generatePlan(seed);
    const root = emptyRoot();
    const file = join(root, 'page.htm');
    writeFileSync(file, renderHtml(model, { encoding: 'gbk', thead: true, boxes: 'div' }, rng(seed)));
    writeMeta(root, model);
    const r = runScript('import.ts', [file, '--content', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('文字编码：GBK/GB18030');
    expect(r.stdout).toMatch(/文件提供的信息（未自动采用，见核对报告）：.*文号 .+政办发〔\d{4}〕\d+号/u);
    expect(readdirSync(join(root, 'content/sources')).sort()).toEqual([`${model.id}.htm`, `${model.id}.profile.yaml`, `${model.id}.txt`, `${model.id}.yaml`]);
    const text = readFileSync(join(root, `content/sources/${model.id}.txt`), 'utf8');
    for (const w of CHROME_WORDS) expect(text).not.toContain(w);
    const report = readFileSync(join(root, `import-reports/${model.id}.html`), 'utf8');
    expect(report).toContain('<h2>原文文件提供的信息</h2>');
    expect(report).toMatch(/<td>文号<\/td><td>.+政办发〔\d{4}〕\d+号<\/td><td>未自动采用/u);
    expect(report).toContain('<td>文字编码</td><td>GBK/GB18030</td>');
  });

  it('refuses a page with no body, saying so in Chinese and English, and writes nothing', () => {
    const root = emptyRoot();
    const file = join(root, 'page.html');
    writeFileSync(file, '<html><body><div class="nav"><a href="/">首页</a></div></body></html>');
    const yaml = writeMeta(root, generatePlan(5));
    const r = runScript('import.ts', [file, yaml, '--content', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('这是一个网页（HTML）文件，但未能在其中找到正文');
    expect(r.stderr).toContain('this is a web page (HTML) in which no article body was found');
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
  });
});
