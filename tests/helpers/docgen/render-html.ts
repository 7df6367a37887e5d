/**
 * A plan model as a government portal's article page, saved from the browser: the portal's header,
 * navigation, breadcrumbs, the 信息公开 metadata table (索引号, 发布机构, 成文日期, 文号), the article's info
 * line with 字号 大 中 小 / 打印 / 关闭, the plan's body as the portal's editor wrote it (paragraphs indented
 * by style or by 　　, headings bold or as h-tags, Word-pasted spans, tables with rowspan/colspan and with or
 * without <thead>), share links, 上一篇/下一篇 and the footer with 网站标识码 and ICP备案; in UTF-8 or GBK.
 */
import iconv from 'iconv-lite';
import { headingLine, pickHeadingGap } from './layout.ts';
import type { PlanModel, TableModel } from './model.ts';
import type { Rng } from './random.ts';

export interface HtmlLayout {
  encoding: 'utf-8' | 'gbk';
  /** Header rows in <thead> with <th>, or all rows as <tr><td>. */
  thead: boolean;
  boxes: 'div' | 'one-cell-table' | 'paragraphs';
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function renderHtml(model: PlanModel, layout: HtmlLayout, r: Rng): Uint8Array {
  const gap = pickHeadingGap(r);
  const region = model.region.name;
  const bureau = `${region}教育体育局`;
  const year = model.period.start;
  const date = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const docNo = `${region.slice(0, 2)}政办发〔${year}〕${r.int(1, 60)}号`;
  const wordPasted = r.chance(0.4);
  const indentStyle = r.pick(['style', 'spaces', 'none'] as const);
  const headingTag = r.pick(['strong', 'h-tags', 'plain'] as const);
  const span = (t: string) => (wordPasted ? `<span style="font-family:仿宋_GB2312;font-size:16pt">${esc(t)}</span>` : esc(t));
  const para = (t: string, cls = '') =>
    indentStyle === 'style'
      ? `<p${cls} style="text-indent:2em;line-height:1.75">${span(t)}</p>`
      : indentStyle === 'spaces'
        ? `<p${cls}>　　${span(t)}</p>`
        : `<p${cls}>${span(t)}</p>`;
  const body: string[] = [];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'notice':
        body.push(`<p style="text-align:center">${esc(b.lines[0]!)}</p>`, ...b.lines.slice(1).map((l) => para(l)));
        break;
      case 'title':
        body.push(`<p style="text-align:center"><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'heading': {
        const t = headingLine(b, gap);
        body.push(headingTag === 'h-tags' ? `<h${b.depth + 2}>${esc(t)}</h${b.depth + 2}>` : headingTag === 'strong' ? `<p style="text-indent:2em"><strong>${span(t)}</strong></p>` : para(t));
        break;
      }
      case 'paragraph':
        body.push(para(b.text));
        break;
      case 'caption':
        body.push(`<p style="text-align:center"><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'annex':
        body.push(`<p>${esc(b.text)}</p>`);
        break;
      case 'notes':
        if (b.style === 'joined') body.push(para(`注：${b.notes.map((n) => n.mark + n.text.replace(/。$/u, '')).join('；')}。`));
        else body.push(...b.notes.map((n) => para(n.mark + n.text)));
        break;
      case 'table':
        body.push(htmlTable(b.table, layout, wordPasted));
        break;
      case 'box': {
        const inner = [`<p style="text-align:center"><strong>${esc(b.title)}</strong></p>`, ...b.paragraphs.map((t) => para(t))].join('\n');
        if (layout.boxes === 'div') body.push(`<div style="border:1px solid #000;padding:8px;margin:10px 0">\n${inner}\n</div>`);
        else if (layout.boxes === 'one-cell-table') body.push(`<table border="1" cellspacing="0" cellpadding="8" width="100%"><tbody><tr><td>\n${inner}\n</td></tr></tbody></table>`);
        else body.push(inner);
        break;
      }
    }
  }
  const charset = layout.encoding === 'gbk' ? 'gb2312' : 'utf-8';
  const page = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(model.title)}_规划计划_${esc(region)}人民政府</title>
<meta name="SiteName" content="${esc(region)}人民政府">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="${esc(model.title)}">
<meta name="PubDate" content="${date} 10:${String(r.int(10, 59))}">
<link rel="stylesheet" href="../../css/common.css">
<script src="../../js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：${year}年3月5日</span><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">登录</a></div></div>
<div class="header"><div class="w1200"><a href="/"><img src="../../images/logo.png" alt="${esc(region)}人民政府"></a>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zj/">走进${esc(region)}</a></li></ul></div>
<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a> &gt; 正文</div>
<div class="w1200 main">
${
  r.chance(0.8)
    ? `<table class="xxgk-info" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t">索 引 号：</td><td>${r.int(11640000, 11649999)}MB${r.int(1000000, 9999999)}/${year}-${String(r.int(1, 999)).padStart(5, '0')}</td><td class="t">主题分类：</td><td>教育</td></tr>
<tr><td class="t">发布机构：</td><td>${esc(r.chance(0.5) ? bureau : `${region}人民政府办公室`)}</td><td class="t">成文日期：</td><td>${year}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日</td></tr>
<tr><td class="t">文　　号：</td><td>${esc(docNo)}</td><td class="t">发布日期：</td><td>${date}</td></tr>
<tr><td class="t">名　　称：</td><td colspan="3">${esc(model.title)}</td></tr>
</table>`
    : ''
}
<div class="article">
<h1 class="title">${esc(model.title)}</h1>
<div class="info">发布时间：${date} 来源：${esc(bureau)} 浏览次数：<span id="hits">${r.int(50, 3000)}</span>
【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="TRS_Editor" id="zoom">
${body.join('\n')}
</div>
${r.chance(0.6) ? `<div class="fj">附件：<a href="./P0${r.int(100000, 999999)}.docx">${esc(model.title)}.docx</a></div>` : ''}
<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a> <a href="#" class="qq">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="./t${year}0301_1.html">${esc(region)}${year}年义务教育招生工作方案</a></p><p>下一篇：<a href="./t${year}0310_2.html">关于做好${year}年学生资助工作的通知</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：${esc(region)}人民政府办公室　　承办单位：${esc(region)}融媒体中心</p>
<p>网站标识码：${r.int(6400000000, 6499999999)}　　<a href="https://beian.miit.gov.cn/">宁ICP备${r.int(10000000, 99999999)}号-1</a>　　<img src="../../images/ga.png" alt="">宁公网安备 ${r.int(64000000000000, 64999999999999)}号</p>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
</div></div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
`;
  return new Uint8Array(layout.encoding === 'gbk' ? iconv.encode(page, 'gbk') : Buffer.from(page, 'utf8'));
}

function htmlTable(table: TableModel, layout: HtmlLayout, wordPasted: boolean): string {
  const cell = (tag: string, c: { text: string; rowSpan: number; colSpan: number }) => {
    const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
    const text = esc(c.text).replace(/ /gu, wordPasted ? '&nbsp;' : ' ');
    return `<${tag}${spans} valign="middle">${wordPasted ? `<p class="MsoNormal" align="center"><span>${text}</span></p>` : text}</${tag}>`;
  };
  const rows = table.rows.map((row, i) => {
    const header = i < table.headerRows;
    return `<tr>${row.map((c) => cell(header && layout.thead ? 'th' : 'td', c)).join('')}</tr>`;
  });
  const head = layout.thead ? `<thead>\n${rows.slice(0, table.headerRows).join('\n')}\n</thead>\n<tbody>\n${rows.slice(table.headerRows).join('\n')}\n</tbody>` : `<tbody>\n${rows.join('\n')}\n</tbody>`;
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n${head}\n</table>`;
}
