/**
 * The update log in words: each git commit that changed content, described by what changed in the data
 * rather than by its commit message ("发布平罗县 2025 年度进展：11 项指标数值、8 项任务状态；修订 2024 年
 * 学前三年毛入园率 95.3→95.8（原因：…）"), per plan with every changed value named, the commit message kept
 * as a detail; and the Atom feeds made from it with the `feed` library.
 */
import { Feed } from 'feed';
import { absoluteUrl } from '../model/urls.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { FileChange, History, HistoryEntry, ValueChange } from '../content/history.ts';
import { tk, ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';


export interface UpdateView {
  commit: string;
  date: string;
  /** YYYY-MM-DD of the commit (in its own time zone). */
  day: string;
  /** What changed, in Chinese, derived from the data (never from the commit message). */
  headline: string;
  /** The commit message, shown as a detail. */
  message: string;
  /** Per plan touched: its title, years and what changed. */
  plans: Array<{ id: string; title: string; years: number[]; files: string[]; lines: string[]; illustrative: boolean }>;
  illustrative: boolean;
}

function changeLine(plan: PlanBundle | undefined, year: number | null, c: ValueChange): string {
  const when = year !== null ? `${year}年` : '';
  const label = c.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : '';
  const show = (v: ValueChange['from']) =>
    v === undefined || v === null ? '空' : c.field === 'status' ? tk(`${c.what === 'project' ? 'projectStatus' : 'clauseStatus'}.${v}`) : String(v);
  if (c.what === 'indicator') {
    const ind = plan?.indicators.find((i) => i.id === c.id);
    return `${ind?.name ?? c.id} ${when}：${show(c.from)} → ${show(c.to)}${label}`;
  }
  if (c.what === 'clause') {
    const clause = plan?.clauses.find((x) => x.id === c.id);
    return `措施 ${clause?.label ?? c.id} ${when}：${show(c.from)} → ${show(c.to)}${label}`;
  }
  const project = plan?.projects.find((p) => p.id === c.id);
  return `项目 ${project?.name ?? c.id} ${when}：${show(c.from)} → ${show(c.to)}${label}`;
}

const FILE_WORDS: Record<string, string> = { plan: '规划文本', indicators: '指标表', projects: '重大项目', source: '原始文本', other: '其他文件' };

export function updateViews(history: History, plans: readonly PlanBundle[], only?: string): UpdateView[] {
  if (!history.available) return [];
  const byId = new Map(plans.map((p) => [p.id, p]));
  return history.entries
    .map((e: HistoryEntry): UpdateView => {
      const groups = new Map<string, UpdateView['plans'][number]>();
      for (const f of e.files) {
        if (!f.plan || (only && f.plan !== only)) continue;
        const plan = byId.get(f.plan);
        const g = groups.get(f.plan) ?? { id: f.plan, title: plan?.plan.title ?? f.plan, years: [], files: [], lines: [], illustrative: false };
        if (f.year !== null && !g.years.includes(f.year)) g.years.push(f.year);
        if (f.kind !== 'progress' && !g.files.includes(FILE_WORDS[f.kind]!)) g.files.push(FILE_WORDS[f.kind]!);
        for (const c of f.changes) {
          g.lines.push(changeLine(plan, f.year, c));
          if (c.illustrative) g.illustrative = true;
        }
        groups.set(f.plan, g);
      }
      const list = [...groups.values()].map((g) => ({ ...g, years: g.years.sort((a, b) => a - b) }));
      const files = e.files.filter((f) => f.plan && (!only || f.plan === only));
      return {
        commit: e.commit,
        date: e.date,
        day: e.date.slice(0, 10),
        headline: headline(files, byId, plans),
        message: e.message,
        plans: list,
        illustrative: list.some((g) => g.illustrative),
      };
    })
    .filter((u) => u.plans.length > 0);
}

/** Parts of a headline shown before the rest is summed up. */
const MAX_PARTS = 6;

const fmt = (v: ValueChange['from']) => (v === undefined || v === null ? '空' : String(v));

/**
 * One sentence for a commit, from what changed in content/: 发布平罗县 2025 年度进展：11 项指标数值、8 项任务状态、
 * 6 项项目状态；修订 2024 年学前三年毛入园率 95.3→95.8（原因：…）；更新平罗县规划文本.
 */
export function headline(files: readonly FileChange[], byId: ReadonlyMap<string, PlanBundle>, plans: readonly PlanBundle[]): string {
  const who = (id: string) => {
    const p = byId.get(id);
    if (!p) return id;
    const region = p.plan.region.name;
    // A region with several plans names the plan too.
    return plans.filter((q) => q.plan.region.name === region).length > 1 ? `${region}《${p.plan.title}》` : region;
  };
  const counts = (changes: readonly ValueChange[]) =>
    [
      ['indicator', '项指标数值'],
      ['clause', '项任务状态'],
      ['project', '项项目状态'],
    ]
      .map(([what, word]) => [changes.filter((c) => c.what === what).length, word] as const)
      .filter(([n]) => n > 0)
      .map(([n, word]) => `${n} ${word}`)
      .join('、');
  const published: string[] = [];
  const updated: string[] = [];
  const revised: string[] = [];
  const other: string[] = [];
  const sorted = [...files].sort((a, b) => (a.plan ?? '').localeCompare(b.plan ?? '') || (a.year ?? 0) - (b.year ?? 0));
  for (const f of sorted) {
    const name = who(f.plan!);
    if (f.kind !== 'progress') {
      const text = `${f.state === 'added' ? '发布' : f.state === 'deleted' ? '撤下' : '更新'}${name}${FILE_WORDS[f.kind]}`;
      if (!other.includes(text)) other.push(text);
      continue;
    }
    if (f.state === 'deleted') {
      other.push(`撤下${name} ${f.year} 年度进展`);
      continue;
    }
    const plan = byId.get(f.plan!);
    const revisions = f.changes.filter((c) => c.reason !== undefined);
    for (const c of revisions) {
      const ind = plan?.indicators.find((i) => i.id === c.id)?.name ?? c.id;
      revised.push(`修订 ${f.year} 年${ind} ${fmt(c.from)}→${fmt(c.to)}${c.reason ? `（原因：${c.reason}）` : ''}`);
    }
    const rest = counts(f.changes.filter((c) => c.reason === undefined));
    if (f.state === 'added') published.push(`发布${name} ${f.year} 年度进展${rest ? `：${rest}` : '（尚未填写数值）'}`);
    else if (rest) updated.push(`更新${name} ${f.year} 年度进展：${rest}`);
    else if (revisions.length === 0) updated.push(`更新${name} ${f.year} 年度进展的说明和来源`);
  }
  const parts = [...published, ...updated, ...revised, ...other];
  // A commit that touches everything (a first import) is summed up rather than listed to the end.
  if (parts.length > MAX_PARTS) return `${parts.slice(0, MAX_PARTS - 1).join('；')}；等共 ${parts.length} 项更新`;
  return parts.join('；') || '更新内容';
}

/** A short text for a feed entry or a list item. */
export function updateSummary(u: UpdateView, maxLines = 20): string {
  return u.plans
    .map((p) => {
      const what = [p.years.length ? `${p.years.join('、')}年进展` : '', ...p.files].filter(Boolean).join('、');
      const lines = p.lines.slice(0, maxLines).join('；');
      const more = p.lines.length > maxLines ? `；等共 ${p.lines.length} 处变化` : '';
      return `《${p.title}》${what}${lines ? `：${lines}${more}` : ''}。`;
    })
    .join('\n');
}

/**
 * The feed library writes entry titles, summaries and contents as `type="html"`, so a reader's feed client
 * parses them as HTML: every text is escaped here, by construction, whatever the validator let through.
 * (Escaping also turns a `]]>` in the text into `]]&gt;`, which cannot end the CDATA section around it.)
 */
export function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * An Atom feed. `feed` and `page` are the site URLs (from `urls`) of the feed itself and of the page that
 * lists the same updates; the feed's addresses are absolute (SITE_URL + base path).
 */
export function atomFeed(opts: { feed: string; page: string; title: string; updates: UpdateView[]; unavailable?: string | undefined }): string {
  const updated = opts.updates[0] ? new Date(opts.updates[0].date) : new Date(0);
  const feedUrl = absoluteUrl(opts.feed);
  const pageUrl = absoluteUrl(opts.page);
  const feed = new Feed({
    id: feedUrl,
    title: opts.title,
    link: pageUrl,
    language: 'zh-CN',
    updated,
    generator: false,
    feedLinks: { atom: feedUrl },
    copyright: '规划文本为各地政府公开发布的官方文件；示例数据非官方统计。',
    description: opts.unavailable ?? '规划文本与年度进展数据的更新记录。',
  });
  for (const u of opts.updates) {
    feed.addItem({
      title: htmlText(`${u.day} ${u.headline}${u.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : ''}`),
      id: `${feedUrl}#${u.commit}`,
      link: `${pageUrl}#${u.commit.slice(0, 12)}`,
      date: new Date(u.date),
      description: htmlText(`${updateSummary(u)}\n提交说明：${u.message}`),
      content: htmlText(`${updateSummary(u, 200)}\n提交说明：${u.message}`),
    });
  }
  return feed.atom1();
}
