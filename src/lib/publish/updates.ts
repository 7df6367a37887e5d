/**
 * The update log in words: each git commit that changed content, per plan, with every changed value
 * named ("学前教育毛入园率 2023年：91.83 → 92.43（示例数据，非官方统计）"), and the Atom feeds made
 * from it with the `feed` library.
 */
import { Feed } from 'feed';
import { absoluteUrl } from '../model/urls.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { History, HistoryEntry, ValueChange } from '../content/history.ts';
import { tk, ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';


export interface UpdateView {
  commit: string;
  date: string;
  /** YYYY-MM-DD of the commit (in its own time zone). */
  day: string;
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
      return { commit: e.commit, date: e.date, day: e.date.slice(0, 10), message: e.message, plans: list, illustrative: list.some((g) => g.illustrative) };
    })
    .filter((u) => u.plans.length > 0);
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
      title: `${u.day} ${u.message}${u.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : ''}`,
      id: `${feedUrl}#${u.commit}`,
      link: `${pageUrl}#${u.commit.slice(0, 12)}`,
      date: new Date(u.date),
      description: updateSummary(u),
      content: updateSummary(u, 200),
    });
  }
  return feed.atom1();
}
