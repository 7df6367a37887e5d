/**
 * The public update log, in Chinese, written from the data: each entry says which plan, which year's
 * figures or statuses were published or revised, from what to what, with the reason kept in `revisions`
 * (发布平罗县 2025 年度进展：11 项指标数值、8 项任务状态；修订 2024 年学前三年毛入园率 95.3→95.8（原因：…）).
 * With the git history of content/ each commit that changed content is an entry; without it (a tarball, a
 * shallow clone in CI) the entries come from what the content records itself: each progress file's
 * publication date and its indicators' revisions. Commit messages never reach a reader: they are the
 * developers' words about the code (lib/content/history.ts does not even read them). The Atom feeds are
 * made from the same entries with the `feed` library.
 */
import { Feed } from 'feed';
import { absoluteUrl } from '../model/urls.ts';
import { formatDate, formatValue } from '../model/format.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { FileChange, History, HistoryEntry, ValueChange } from '../content/history.ts';
import { tk, ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';


export interface UpdateView {
  /** The entry's anchor on the updates page: the commit's short id, or `<plan>-<year>` for an entry made from the content. */
  id: string;
  /** ISO 8601 date and time, with offset. */
  date: string;
  /** YYYY-MM-DD of the change (in its own time zone). */
  day: string;
  /** What changed, in Chinese, derived from the data (never from a commit message). */
  headline: string;
  /** Per plan touched: its title, years and what changed; `moreLines`, changes not listed here (siteLog). */
  plans: Array<{ id: string; title: string; years: number[]; files: string[]; lines: string[]; illustrative: boolean; moreLines?: number }>;
  illustrative: boolean;
  /** Plans touched but not listed here (siteLog): their own logs list them. */
  morePlans?: number;
}

/**
 * How much the site-wide log (/updates/ and /updates.xml) shows: the latest entries, like any feed, and of
 * each the first plans and the first changes of each plan. Without a bound the log grew with every plan (at
 * 100 plans a first import was one entry of 1.2 MB, all of them listed); each plan's own log and feed stay
 * complete, and the site-wide one links to them.
 */
export const SITE_LOG_LIMITS = { entries: 100, plansPerEntry: 10, linesPerPlan: 10 } as const;

/** The site-wide log: `updates` cut to `limits`, saying what it left out (`omitted` entries, and each entry's `morePlans` and `moreLines`). */
export function siteLog(updates: readonly UpdateView[], limits: { entries: number; plansPerEntry: number; linesPerPlan: number } = SITE_LOG_LIMITS): { updates: UpdateView[]; omitted: number } {
  return {
    updates: updates.slice(0, limits.entries).map((u) => ({
      ...u,
      plans: u.plans.slice(0, limits.plansPerEntry).map((p) => ({
        ...p,
        lines: p.lines.slice(0, limits.linesPerPlan),
        moreLines: (p.moreLines ?? 0) + Math.max(0, p.lines.length - limits.linesPerPlan),
      })),
      morePlans: (u.morePlans ?? 0) + Math.max(0, u.plans.length - limits.plansPerEntry),
    })),
    omitted: Math.max(0, updates.length - limits.entries),
  };
}

/** The number of changes of a plan in an entry, those a bounded log leaves out included. */
export const changeCount = (p: UpdateView['plans'][number]): number => p.lines.length + (p.moreLines ?? 0);

type Change = Pick<ValueChange, 'what' | 'id' | 'field' | 'from' | 'to' | 'illustrative' | 'reason'>;

/** A value or status as a reader reads it: `92.43%`, `已完成`; 未报告 where there is none. */
function shown(plan: PlanBundle | undefined, c: Change, v: ValueChange['from']): string {
  if (v === undefined || v === null) return '未报告';
  if (c.field === 'status') return tk(`${c.what === 'project' ? 'projectStatus' : 'clauseStatus'}.${v}`);
  const unit = plan?.indicators.find((i) => i.id === c.id)?.unit;
  return typeof v === 'number' ? formatValue(v, unit) : String(v);
}

/** The item a change is about, by its printed name: the indicator, the measure's number, the project. */
function itemName(plan: PlanBundle | undefined, c: Pick<Change, 'what' | 'id'>): string {
  if (c.what === 'indicator') return plan?.indicators.find((i) => i.id === c.id)?.name ?? c.id;
  if (c.what === 'clause') return `措施 ${plan?.clauses.find((x) => x.id === c.id)?.label ?? c.id}`;
  return `项目 ${plan?.projects.find((p) => p.id === c.id)?.name ?? c.id}`;
}

/** One line of an entry: 学前教育毛入园率 2023年：修订 91.83% → 92.43%（原因：…）. */
function changeLine(plan: PlanBundle | undefined, year: number | null, c: Change): string {
  const when = year !== null ? ` ${year}年` : '';
  const label = c.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : '';
  const from = c.from === undefined ? null : shown(plan, c, c.from);
  const what =
    c.reason !== undefined
      ? `修订 ${from} → ${shown(plan, c, c.to)}${c.reason ? `（原因：${c.reason}）` : ''}`
      : from === null
        ? shown(plan, c, c.to)
        : `${from} → ${shown(plan, c, c.to)}`;
  return `${itemName(plan, c)}${when}：${what}${label}`;
}

const FILE_WORDS: Record<string, string> = { plan: '规划文本', indicators: '指标表', projects: '重大项目', source: '原始文本', other: '其他文件' };

/**
 * The log's entries, newest first: from the git history when the build has it, else from the content
 * (see `contentUpdates`). `only` keeps one plan's entries.
 */
export function updateViews(history: History, plans: readonly PlanBundle[], only?: string): UpdateView[] {
  if (!history.available) return contentUpdates(plans, only);
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
        id: e.commit.slice(0, 12),
        date: e.date,
        day: e.date.slice(0, 10),
        headline: headline(files, byId, plans),
        plans: list,
        illustrative: list.some((g) => g.illustrative),
      };
    })
    .filter((u) => u.plans.length > 0);
}

/**
 * The log as the content itself tells it, for a build without the git history: one entry per progress
 * file, dated the day it says it was published, listing the figures and statuses it published and every
 * revision its indicators keep (each earlier value → the next, with the reason given). Values changed
 * without a kept revision cannot be told from the content alone, and are not guessed.
 */
export function contentUpdates(plans: readonly PlanBundle[], only?: string): UpdateView[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const out: UpdateView[] = [];
  for (const plan of plans) {
    if (only && plan.id !== only) continue;
    for (const file of plan.progress) {
      const illustrativeOf = (e: { provenance?: string | undefined }) => (e.provenance ?? file.provenance) === 'illustrative';
      const changes: Change[] = [
        ...file.indicators.filter((e) => e.value !== null).map((e): Change => ({ what: 'indicator', id: e.indicator, field: 'value', from: undefined, to: e.value, illustrative: illustrativeOf(e) })),
        ...file.clauses.filter((e) => e.status !== null).map((e): Change => ({ what: 'clause', id: e.clause, field: 'status', from: undefined, to: e.status, illustrative: illustrativeOf(e) })),
        ...file.projects.filter((e) => e.status !== null).map((e): Change => ({ what: 'project', id: e.project, field: 'status', from: undefined, to: e.status, illustrative: illustrativeOf(e) })),
      ];
      // Each kept revision is a step of the chain first value → … → the value now, its note saying why.
      const revisions: Change[] = file.indicators.flatMap((e) =>
        (e.revisions ?? []).map((r, k, all): Change => ({
          what: 'indicator',
          id: e.indicator,
          field: 'value',
          from: r.value,
          to: k + 1 < all.length ? all[k + 1]!.value : e.value,
          illustrative: illustrativeOf(e),
          reason: r.note ?? '',
        })),
      );
      const lines = [...changes, ...revisions].map((c) => changeLine(plan, file.year, c));
      const illustrative = [...changes, ...revisions].some((c) => c.illustrative);
      const path = `content/progress/${plan.id}/${file.year}.json`;
      const asFile = (list: Change[], state: FileChange['state']): FileChange => ({ path, plan: plan.id, year: file.year, kind: 'progress', state, changes: list as ValueChange[] });
      out.push({
        id: `${plan.id}-${file.year}`,
        date: `${file.published}T00:00:00+08:00`,
        day: file.published,
        headline: headline([asFile([...changes, ...revisions], 'added')], byId, plans),
        plans: [{ id: plan.id, title: plan.plan.title, years: [file.year], files: [], lines, illustrative }],
        illustrative,
      });
    }
  }
  return out.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}

/**
 * The history as one partition's site tells it (a province built on its own, lib/model/partitions.ts): only
 * the files of its own plans, so that its log and feeds never list another province's plans (which it does
 * not publish, and would name by their ids). Files of no plan (the indicator catalogue) stay. A plan no longer
 * in the content belongs to no partition and is left out of every partition's log.
 */
export function partitionHistory(history: History, plans: readonly Pick<PlanBundle, 'id'>[]): History {
  if (!history.available) return history;
  const own = new Set(plans.map((p) => p.id));
  return {
    available: true,
    entries: history.entries.map((e) => ({ ...e, files: e.files.filter((f) => f.plan === null || own.has(f.plan)) })).filter((e) => e.files.length > 0),
  };
}

/** The sentence above a log made from the content, saying why and what it holds. */
export function logNote(history: History): string | undefined {
  return history.available ? undefined : `${history.reason}；以下按各年度进展文件所载的发布日期和修订记录列出，其间未留修订记录的改动无法列出。`;
}

/** Parts of a headline shown before the rest is summed up. */
const MAX_PARTS = 6;

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
      revised.push(`修订 ${f.year} 年${itemName(plan, c)} ${shown(plan, c, c.from)}→${shown(plan, c, c.to)}${c.reason ? `（原因：${c.reason}）` : ''}`);
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
  const plans = u.plans.map((p) => {
    const what = [p.years.length ? `${p.years.join('、')}年进展` : '', ...p.files].filter(Boolean).join('、');
    const lines = p.lines.slice(0, maxLines).join('；');
    const more = changeCount(p) > Math.min(maxLines, p.lines.length) ? `；等共 ${changeCount(p)} 处变化` : '';
    return `《${p.title}》${what}${lines ? `：${lines}${more}` : ''}。`;
  });
  if (u.morePlans) plans.push(`另有 ${u.morePlans} 个规划的更新，见各规划的更新记录。`);
  return plans.join('\n');
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
 * lists the same updates; the feed's addresses are absolute (SITE_URL + base path). `bounds` says, in its
 * subtitle, what a bounded feed leaves out.
 */
export function atomFeed(opts: { feed: string; page: string; title: string; updates: UpdateView[]; note?: string | undefined; bounds?: string | undefined }): string {
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
    description: [opts.note ?? '规划文本与年度进展数据的更新记录：哪个规划、哪一年的数值或状态发布或修订。', opts.bounds].filter(Boolean).join(''),
  });
  for (const u of opts.updates) {
    feed.addItem({
      title: htmlText(`${formatDate(u.day)} ${u.headline}${u.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : ''}`),
      id: `${feedUrl}#${u.id}`,
      link: `${pageUrl}#${u.id}`,
      date: new Date(u.date),
      description: htmlText(updateSummary(u)),
      content: htmlText(updateSummary(u, 200)),
    });
  }
  return feed.atom1();
}
