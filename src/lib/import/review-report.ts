/**
 * The review report a clerk reads before committing an import: one self-contained HTML page (no script,
 * no outside request) with the outline tree and its counts, each table with the roles of its columns,
 * every indicator, measure, project and prose target beside the source line it came from, every line
 * removed as page furniture or table of contents, and every line not placed in any structure.
 */
import type { RegionCodeProposal } from './region-code.ts';
import type { Clause } from '../model/clauses.ts';
import type { ImportResult } from './import-plan.ts';
import type { OfferedMetadata } from './document.ts';

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const ROLE_ZH: Record<string, string> = {
  no: '序号', group: '类别', name: '指标名称', unit: '单位', baseline: '基期值', milestone: '中间年份', target: '目标值', attribute: '属性',
  task: '重点任务', measure: '具体措施', units: '责任单位', lead: '牵头单位', support: '配合单位', deadline: '完成时限', project: '项目名称',
  content: '建设内容', budget: '投资', area: '面积', period: '建设年限', note: '备注', other: '其他',
};
const KIND_ZH: Record<string, string> = { indicators: '指标表', tasks: '任务清单', projects: '项目表', other: '其他表格' };
const RULE_ZH: Record<string, string> = {
  toc: '目录', bookmark: '书签标记', 'page-break': '分页处断开的段落（已接续）', 'form-feed': '分页符', 'page-number': '页码',
  'running-header': '页眉/页脚', 'hard-wrap': 'PDF 折行（已接续）', 'repeated-table-header': '跨页重复的表头',
  'portal-chrome': '网页的导航、页头页脚等（非正文）',
};

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function outline(clauses: readonly Clause[]): string {
  const heads = clauses.filter((c) => c.level !== null && c.box === null && c.part === 'body');
  const under = (id: string) => clauses.filter((c) => c.parent === id || (c.parent !== null && c.parent.startsWith(`${id}-`))).length;
  const item = (c: Clause): string => {
    const kids = heads.filter((k) => k.parent === c.id);
    return `<li><a id="o-${esc(c.id)}"></a><code>${esc(c.id)}</code> ${esc(c.text.slice(0, 40))} <span class="n">（下属条款 ${under(c.id)}）</span>${
      kids.length ? `<ul>${kids.map(item).join('')}</ul>` : ''
    }</li>`;
  };
  return `<ul class="tree">${heads.filter((c) => c.parent === null).map(item).join('')}</ul>`;
}

/** What a file reader wrote into the text that is not in the file's text runs (Word's numbers, footnotes, text boxes). */
export interface WrittenByReader {
  line: number;
  kind: string;
  text: string;
}

/** What the reader found about the file itself: its text encoding, the metadata it offers. */
export interface SourceFacts {
  /** The text encoding found, as named to staff (UTF-8, GBK/GB18030, UTF-16 LE …). */
  encoding?: string;
  offered?: OfferedMetadata;
  /** The division code proposed for the region (region-code.ts), when the metadata file has none. */
  regionCode?: RegionCodeProposal | null | undefined;
}

/** The file's own facts: its encoding, and the metadata it offers (shown, never applied). */
function sourceSection(facts: SourceFacts, meta: { title: string }): string {
  const o = facts.offered ?? {};
  const rows: string[][] = [];
  if (facts.encoding) rows.push(['文字编码', esc(facts.encoding), '已按此编码读取']);
  const offered: Array<[string, string | undefined]> = [
    ['标题', o.title],
    ['发布机构', o.issuer],
    ['成文日期', o.date ? `${o.date.text}${o.date.iso && o.date.iso !== o.date.text ? `（${o.date.iso}）` : ''}` : undefined],
    ['文号', o.docNo],
    ['索引号', o.indexNo],
    ['行政区划代码', o.regionCode],
  ];
  for (const [k, v] of offered) {
    if (v === undefined) continue;
    const note = k === '标题' && v !== meta.title ? '与元数据文件中的标题不同，请核对' : '未自动采用；如需采用，请写入元数据文件';
    rows.push([esc(k), esc(v), note]);
  }
  const p = facts.regionCode;
  if (p && p.code !== null) rows.push(['行政区划代码（建议）', esc(`${p.code}（${p.division.province}${p.division.city ?? ''}${p.division.name}）`), p.from === 'page' ? '取自网页“信息公开”栏，与地区名称一致；未自动采用，核对后请写入元数据文件 region.code' : '按地区名称和省份查得（唯一）；未自动采用，核对后请写入元数据文件 region.code']);
  else if (p) rows.push(['行政区划代码（候选）', esc(p.candidates.map((d) => `${d.code}（${d.province}${d.city ?? ''}${d.name}）`).join('、') || '代码表中没有同名地区'), '无法唯一确定；请选出本规划的地区，把代码写入元数据文件 region.code']);
  if (!rows.length) return '';
  return `<h2>原文文件提供的信息</h2>${table(['项目', '内容', '说明'], rows)}`;
}

export function renderReviewReport(r: ImportResult, meta: { id: string; title: string }, sourceName: string, written: readonly WrittenByReader[] = [], facts: SourceFacts = {}): string {
  const count = (f: (c: Clause) => boolean) => r.clauses.filter(f).length;
  const removals = r.parsed.removals;
  const summary = [
    ['章（第一层级）', count((c) => c.level === 1)],
    ['编号条款', count((c) => c.level !== null)],
    ['表格', r.tables.length],
    ['指标', r.indicators?.indicators.length ?? 0],
    ['任务措施（含责任单位）', r.measures.length],
    ['重大项目', r.projects?.projects.length ?? 0],
    ['正文中的目标（待确认）', r.proseTargets.length],
    ['删除的页面元素与目录行', removals.filter((x) => x.rule !== 'page-break' && x.rule !== 'hard-wrap').length],
    ['未归入任何结构的行', r.parsed.unplaced.length],
    ['警告（按原文发布）', r.warnings.length],
  ] as const;
  const ind = r.indicators?.indicators ?? [];
  const sections = [
    `<h1>导入核对报告：${esc(meta.title)}</h1>
<p>规划编号 <code>${esc(meta.id)}</code>，原文 <code>${esc(sourceName)}</code>。提交前请逐项核对：每一项都列出了原文的行号和原文。
结构理解有误时，请修改 <code>content/sources/${esc(meta.id)}.profile.yaml</code> 后重新导入。</p>`,
    ...(r.warnings.length
      ? [
          `<h2>警告：未能理解、按原文发布的内容（${r.warnings.length}）</h2><p>以下内容已按原文发布，但导入程序没有读懂其结构。请逐条核对，按“修改方法”修改结构配置文件或原文后重新导入。</p>${table(
            ['行', '原文', '原因', '修改方法'],
            r.warnings.map((w) => [String(w.line), `<code>${esc(w.text.slice(0, 120))}</code>`, esc(w.zh), esc(w.fixZh)]),
          )}`,
        ]
      : []),
    `<h2>概况</h2>${table(['项目', '数量'], summary.map(([k, v]) => [esc(k), String(v)]))}`,
    `<h2>大纲</h2>${outline(r.clauses)}`,
    `<h2>表格及各列含义</h2>${r.tables
      .map(
        (t) =>
          `<h3>第${t.block.first}行：${esc(t.caption ?? '（无表题）')} · ${esc(KIND_ZH[t.roles.kind])} · <code>${esc(t.clause)}</code>${t.fromProfile ? '（按结构配置文件）' : ''}</h3>${table(
            ['列', '表头', '含义'],
            t.header.map((h, i) => [String(i + 1), esc(h), `${esc(ROLE_ZH[t.roles.roles[i] ?? 'other'])} <code>${esc(t.roles.roles[i])}</code>`]),
          )}`,
      )
      .join('')}`,
    `<h2>指标</h2>${table(
      ['编号', '指标', '单位', '基期', '目标', '属性', '来源行'],
      ind.map((i) => [
        esc(i.id),
        esc(i.name) + (i.note ? `<br><small>注：${esc(i.note)}</small>` : '') + (i.origin === 'prose' ? '<br><small>正文目标，已确认</small>' : ''),
        esc(i.unit ?? ''),
        `${i.baseline.year}：${esc(i.baseline.text)}`,
        `${i.target.year}：${esc(i.target.text)}`,
        esc(i.attribute ?? ''),
        `<code>${esc(i.source.raw)}</code>`,
      ]),
    )}`,
    `<h2>正文中的目标（请核对后在结构配置文件中确认）</h2>${table(
      ['编号', '年份', '目标（原文）', '数值', '条款', '已在指标表中', '已确认'],
      r.proseTargets.map((t) => [
        esc(t.id),
        String(t.year),
        esc(t.text),
        `${t.value}${esc(t.unit ?? '')}`,
        `<code>${esc(t.clause)}</code>`,
        t.inTable ? '是' : '否',
        r.profile.proseTargets.find((p) => p.id === t.id && p.clause === t.clause)?.confirmed ? '是' : '否',
      ]),
    )}`,
    `<h2>任务措施</h2>${table(
      ['来源行', '任务', '措施（原文）', '牵头单位', '配合单位', '责任单位', '完成时限', '解读日期'],
      r.measures.map((m) => [
        String(m.source.line),
        esc(m.task ?? ''),
        esc(m.text),
        esc(m.lead.join('、')),
        esc(m.support.join('、')),
        esc(m.units.join('、')),
        esc(m.deadline?.text ?? ''),
        esc(m.deadline?.date ?? (m.deadline?.kind === 'yearly' ? '每年' : m.deadline?.kind === 'ongoing' ? '长期' : '')),
      ]),
    )}`,
    `<h2>重大项目</h2>${table(
      ['编号', '项目', '投资', '面积', '原文'],
      (r.projects?.projects ?? []).map((p) => [
        esc(p.id),
        esc(p.name),
        esc(p.budget.map((b) => b.text).join('；')),
        esc([...p.floorArea, ...p.landArea, ...p.area].map((a) => a.text).join('；')),
        `<small>${esc(p.text)}</small>`,
      ]),
    )}`,
    ...(written.length
      ? [`<h2>从 Word 文件写出的内容（不在正文文字中，请与印发文件核对）</h2>${table(['行', '类型', '写出的内容'], written.map((w) => [String(w.line), esc(w.kind), `<code>${esc(w.text)}</code>`]))}`]
      : []),
    sourceSection(facts, meta),
    `<h2>删除或接续的内容</h2>${table(
      ['行', '类型', '内容'],
      removals.map((x) => [String(x.line), esc(RULE_ZH[x.rule] ?? x.rule), `<code>${esc(x.text)}</code>`]),
    )}`,
    `<h2>未归入任何结构的行（作为普通段落发布）</h2>${
      r.parsed.unplaced.length ? table(['行', '原文'], r.parsed.unplaced.map((u) => [String(u.line), esc(u.text)])) : '<p>无。</p>'
    }`,
  ];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>导入核对报告：${esc(meta.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{border:1px solid #999;padding:.2rem .4rem;vertical-align:top;text-align:left}
th{background:#eee}code{font-size:.9em;white-space:pre-wrap}.n{color:#555}.tree ul{margin:0}</style></head>
<body>${sections.join('\n')}</body></html>
`;
}
