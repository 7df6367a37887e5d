/**
 * Families of generated documents: a format and a way of laying the plan out in it, each drawn from what
 * offices and portals publish. A family fixes what makes it a family (Word with merged multi-row headers,
 * a PDF whose CJK font is not embedded, a GBK text file…); everything else (header wording and depth,
 * letter-spacing, numbering, boxes, furniture, page breaks) still varies with the seed, so that a family is
 * never one fixture. `covers` names the failures of issue 23 the family reproduces.
 */
import { generatePlan, type ModelOptions, type PlanModel } from './model.ts';
import { rng, type Rng } from './random.ts';
import { renderText, type TextLayout } from './render-text.ts';
import { renderDocx, type DocxLayout } from './render-docx.ts';
import { renderHtml, type HtmlLayout } from './render-html.ts';
import { renderPdf, type PdfLayout } from './render-pdf.ts';

export interface GeneratedDocument {
  family: string;
  seed: number;
  model: PlanModel;
  file: string;
  bytes: Uint8Array;
}

export interface Family {
  name: string;
  format: 'docx' | 'pdf' | 'html' | 'txt';
  /** The failures of issue 23 this family reproduces, in short. */
  covers: string[];
  /** What the family fixes in the plan model (header depth). */
  model?: ModelOptions;
  render: (model: PlanModel, r: Rng) => Promise<Uint8Array> | Uint8Array;
}

const text = (fixed: Partial<TextLayout>) => (model: PlanModel, r: Rng) =>
  renderText(model, { tables: r.pick(['tabs', 'tabs', 'spaces-display', 'spaces-chars']), wrap: r.chance(0.4) ? r.int(26, 40) : null, encoding: 'utf-8', crlf: r.chance(0.3), ...fixed }, r);

const docx = (fixed: Partial<DocxLayout>) => (model: PlanModel, r: Rng) =>
  renderDocx(
    model,
    {
      numbering: r.pick(['typed', 'typed', 'word']),
      headings: r.pick(['styles', 'bold', 'plain']),
      boxes: r.pick(['one-cell-table', 'text-box', 'paragraphs']),
      footnotes: r.pick(['typed', 'word']),
      tblHeader: r.chance(0.6),
      ...fixed,
    },
    r,
  );

const html = (fixed: Partial<HtmlLayout>) => (model: PlanModel, r: Rng) =>
  renderHtml(model, { encoding: r.chance(0.3) ? 'gbk' : 'utf-8', thead: r.chance(0.5), boxes: r.pick(['div', 'one-cell-table', 'paragraphs']), ...fixed }, r);

const pdf = (fixed: Partial<PdfLayout>) => (model: PlanModel, r: Rng) =>
  renderPdf(
    model,
    {
      font: 'embedded',
      rules: r.pick(['grid', 'grid', 'three-line', 'none']),
      cellGap: r.pick(['normal', 'normal', 'narrow']),
      pageNumbers: r.pick(['dash', 'di-ye', 'hyphen', 'none']),
      runningHeader: r.chance(0.5),
      linesPerPage: r.int(26, 36),
      ...fixed,
    },
    r,
  );

export const FAMILIES: Family[] = [
  { name: 'txt-tabs', format: 'txt', covers: ['footnotes ① ② under a table', 'several years in one sentence', 'prose baselines'], render: text({ tables: 'tabs' }) },
  { name: 'txt-spaces', format: 'txt', covers: ['letter-spaced header words', 'space-aligned tables'], render: (m, r) => text({ tables: r.pick(['spaces-display', 'spaces-chars']) })(m, r) },
  { name: 'txt-cells', format: 'txt', covers: ['one cell per line (copied from a PDF viewer)'], render: text({ tables: 'cells' }) },
  { name: 'txt-hard-wrapped', format: 'txt', covers: ['hard wraps'], render: (m, r) => text({ wrap: r.int(24, 36) })(m, r) },
  { name: 'txt-box-drawn', format: 'txt', covers: ['tables drawn with box-drawing characters (┌─┬┐ │ ╔═╗ ║), cells merged across and down, cells wrapped inside their row'], render: (m, r) => text({ tables: r.pick(['box-light', 'box-light', 'box-heavy', 'box-double']) })(m, r) },
  { name: 'txt-ascii-grid', format: 'txt', covers: ['ASCII grid tables (+----+ | … |) with merged and wrapped cells'], render: text({ tables: 'ascii' }) },
  { name: 'txt-markdown', format: 'txt', covers: ['Markdown pipe tables (| 指标 | 单位 | over |---|)'], render: text({ tables: 'markdown' }) },
  { name: 'txt-gbk', format: 'txt', covers: ['GBK text'], render: text({ encoding: 'gbk' }) },
  { name: 'txt-utf16', format: 'txt', covers: ['UTF-16 text with a BOM'], render: (m, r) => text({ encoding: r.pick(['utf-16le', 'utf-16be']) })(m, r) },
  { name: 'txt-utf8-bom', format: 'txt', covers: ['UTF-8 with a BOM (Notepad)'], render: text({ encoding: 'utf-8-bom' }) },
  { name: 'docx-flat', format: 'docx', covers: ['Word tables with one header row'], model: { headerDepth: 1 }, render: docx({}) },
  { name: 'docx-merged-header', format: 'docx', covers: ['two- and three-row headers merged down and across', 'letter-spaced header words', 'w:tblHeader'], model: { headerDepth: 'deep' }, render: docx({}) },
  { name: 'docx-word-numbering', format: 'docx', covers: ['Word-generated list numbers'], render: docx({ numbering: 'word' }) },
  { name: 'docx-boxed', format: 'docx', covers: ['专栏 as a one-cell boxed table', '专栏 as a text box', 'Word footnotes'], render: (m, r) => docx({ boxes: r.pick(['one-cell-table', 'text-box']), footnotes: 'word' })(m, r) },
  { name: 'pdf-embedded', format: 'pdf', covers: ['embedded CJK font', 'ruling lines', 'page numbers and running headers'], render: pdf({}) },
  { name: 'pdf-wrapped-cells', format: 'pdf', covers: ['wrapped cells vertically centred', 'narrow column gaps', 'page breaks inside tables with the header repeated'], render: pdf({ wrapCells: true, cellGap: 'narrow', linesPerPage: 24 }) },
  { name: 'pdf-stsong', format: 'pdf', covers: ['standard CJK font not embedded (STSong-Light, UniGB-UCS2-H)'], render: pdf({ font: 'stsong' }) },
  { name: 'html-portal', format: 'html', covers: ['portal article page with header, navigation, breadcrumbs, 字号/打印/关闭, share, 上一篇/下一篇, footer, 信息公开 metadata', 'rowspan/colspan'], render: html({ encoding: 'utf-8' }) },
  { name: 'html-portal-gbk', format: 'html', covers: ['GBK-encoded portal page'], render: html({ encoding: 'gbk' }) },
];

const EXT: Record<Family['format'], string> = { docx: '.docx', pdf: '.pdf', html: '.html', txt: '.txt' };

/** The document of a family for a seed: the same bytes on every run. */
export async function generate(family: Family, seed: number): Promise<GeneratedDocument> {
  const model = generatePlan(seed, family.model);
  const r = rng(seed).fork(family.name);
  const bytes = await family.render(model, r);
  return { family: family.name, seed, model, file: `${model.id}${EXT[family.format]}`, bytes };
}

export function familyNamed(name: string): Family {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`no family ${name}; families: ${FAMILIES.map((x) => x.name).join(', ')}`);
  return f;
}
