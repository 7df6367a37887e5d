/**
 * The national front of a site built by partition: the home page, one page per province, and the
 * cross-region comparison of indicator statuses, assembled from the partitions' summaries alone (no plan is
 * read again). Links into a partition go through `partitionUrl`, so that they work whether every partition
 * is served under one host (/p/<id>/) or each is its own site (a base URL per partition).
 *
 * Plain HTML, readable without JavaScript; the pages of each partition are the site's own (Astro).
 */
import type { PartitionSummary } from './partition-summary.ts';

/** Where a partition is served: its own base URL (ending in `/`). */
export type PartitionUrl = (partition: string) => string;

/**
 * Base URL of each partition: the configured one (`{ "64": "https://nx.example.gov.cn/" }`) or, on one
 * host, `<base>p/<id>/`.
 */
export function partitionUrls(base: string, configured: Readonly<Record<string, string>> = {}): PartitionUrl {
  const slash = (s: string) => (s.endsWith('/') ? s : `${s}/`);
  return (id) => slash(configured[id] ?? `${slash(base)}p/${id}/`);
}

/**
 * The list of the partitions' own search indexes (`search-index/` of each, docs/search-index.md), for tools,
 * in `search/parts.json`. The national index itself is merged from the partitions' parts by the assemble
 * step (scripts/build-national.ts, mergeSearchParts) into the front's /search-index/.
 */
export function assembleSearch(parts: ReadonlyArray<{ partition: string; url: string }>): Map<string, string> {
  return new Map([['search/parts.json', `${JSON.stringify(parts.map((p) => ({ partition: p.partition, index: `${p.url}search-index/` })), null, 1)}\n`]]);
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STATUS_ZH: Record<string, string> = {
  achieved: '已达成',
  maintained: '保持达标',
  missed: '未达成',
  'not-maintained': '未保持',
  'final-not-reported': '终期数据未报告',
  'on-track': '基本符合预期',
  'at-risk': '存在风险',
  'off-track': '滞后',
  'no-data': '暂无数据',
};
const statusLine = (s: Record<string, number>) =>
  Object.entries(s)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${STATUS_ZH[k] ?? k} ${n} 项`)
    .join('，') || '无指标';

function page(title: string, base: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title></head>
<body><header><a href="${esc(base)}">全国规划实施进展</a></header><main><h1>${esc(title)}</h1>
${body}</main></body></html>
`;
}

/** Every file of the front, by its path under the front's root. `base` is the front's own base path. */
export function nationalFront(summaries: readonly PartitionSummary[], base: string, partitionUrl: PartitionUrl): Map<string, string> {
  const ordered = [...summaries].sort((a, b) => a.partition.localeCompare(b.partition));
  const files = new Map<string, string>();
  const province = (s: PartitionSummary) => `${base}provinces/${s.partition}/`;
  const rows = ordered.map(
    (s) => `<li><a href="${esc(province(s))}">${esc(s.name)}</a>：${s.plans.length} 项规划，${s.regions} 个地区；<a href="${esc(partitionUrl(s.partition))}">进入${esc(s.name)}站点</a></li>`,
  );
  files.set('index.html', page('全国规划实施进展', base, `<ul>\n${rows.join('\n')}\n</ul>\n<p><a href="${esc(base)}compare/">各省指标状态对比</a></p>`));
  for (const s of ordered) {
    const plans = s.plans.map((p) => {
      const missed = p.bindingMissed.length ? `；约束性指标未达成：${esc(p.bindingMissed.join('、'))}` : '';
      return `<li><a href="${esc(partitionUrl(s.partition) + p.path)}">${esc(p.title)}</a>（${esc(p.region.name)}）：${esc(statusLine(p.statuses))}${missed}；已报告 ${p.coverage.reported}/${p.coverage.due} 年</li>`;
    });
    files.set(`provinces/${s.partition}/index.html`, page(s.name, base, `<p>${esc(statusLine(s.statuses))}</p>\n<ul>\n${plans.join('\n')}\n</ul>`));
  }
  const table = ordered.map(
    (s) =>
      `<tr><th scope="row"><a href="${esc(province(s))}">${esc(s.name)}</a></th><td>${s.plans.length}</td><td>${esc(statusLine(s.statuses))}</td><td>${s.bindingMissed}</td><td>${s.coverage.reported}/${s.coverage.due}</td></tr>`,
  );
  files.set(
    'compare/index.html',
    page('各省指标状态对比', base, `<table><thead><tr><th scope="col">省份</th><th scope="col">规划</th><th scope="col">指标状态</th><th scope="col">约束性指标未达成</th><th scope="col">已报告年份</th></tr></thead><tbody>\n${table.join('\n')}\n</tbody></table>`),
  );
  for (const [path, text] of assembleSearch(ordered.map((s) => ({ partition: s.partition, url: partitionUrl(s.partition) })))) files.set(path, text);
  return files;
}
