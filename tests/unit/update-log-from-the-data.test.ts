/**
 * The public update log is written from the data: which plan, which year's figures or statuses were
 * published or revised, old → new, with the reason kept in `revisions`. Commit messages (the developers'
 * English words about the code) never reach the log or the feeds. Without the git history (a tarball, a
 * shallow clone in CI) the log still lists what the content records: each year's publication date and its
 * revisions.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { diffProgress, readHistory } from '../../src/lib/content/history.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { urls } from '../../src/lib/model/urls.ts';
import { atomFeed, contentUpdates, logNote, updateViews, type UpdateView } from '../../src/lib/publish/updates.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/run.ts';

const PROGRESS = 'content/progress/demo-edu-2021-2025/2023.json';
const MESSAGES = ['Fix the chart layout (use d3 for the axis)', 'Correct the 2023 figure after review'];
const REASON = '按全口径在园幼儿数更正';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, GIT_AUTHOR_DATE: '2024-09-30T10:00:00+08:00', GIT_COMMITTER_DATE: '2024-09-30T10:00:00+08:00' },
  }).toString();

function edit(root: string, path: string, change: (o: Record<string, any>) => void): void {
  const o = JSON.parse(readFileSync(join(root, path), 'utf8'));
  change(o);
  writeFileSync(join(root, path), JSON.stringify(o, null, 2));
}

/** The fixture tree as a repository of two commits: first published, then a figure revised and a measure completed. */
function repository(): string {
  const root = fixtureRoot();
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', MESSAGES[0]!);
  edit(root, PROGRESS, (o) => {
    o.indicators[0].revisions = [{ value: o.indicators[0].value, published: '2024-03-15', note: REASON }];
    o.indicators[0].value = 91.8;
    o.clauses[0].status = 'completed';
  });
  git(root, 'commit', '-qam', MESSAGES[1]!);
  return root;
}

/** Every text of the log a reader sees: headlines, plan titles and lines. */
const texts = (views: UpdateView[]) => views.flatMap((u) => [u.headline, ...u.plans.flatMap((p) => [p.title, ...p.years.map(String), ...p.files, ...p.lines])]);
const ENGLISH = /[A-Za-z]{2,}/;

describe('with the git history', () => {
  const root = repository();
  const plans = loadContent(root).model.plans;

  it('each entry says which plan and year changed, what was published and what was revised, old → new, with the reason', async () => {
    const history = await readHistory(root);
    expect(history.available).toBe(true);
    const views = updateViews(history, plans);
    expect(views.map((u) => u.headline)).toEqual([
      `更新示例县 2023 年度进展：1 项任务状态；修订 2023 年学前教育毛入园率 91.2%→91.8%（原因：${REASON}）`,
      '发布示例县 2023 年度进展：1 项指标数值、1 项任务状态、1 项项目状态；发布示例县指标表；发布示例县规划文本；发布示例县重大项目',
    ]);
    expect(views[0]!.plans[0]!.title).toBe('示例县教育事业发展“十四五”规划');
    expect(views[0]!.plans[0]!.lines).toEqual([
      `学前教育毛入园率 2023年：修订 91.2% → 91.8%（原因：${REASON}）（示例数据，非官方统计）`,
      expect.stringMatching(/^措施 .+ 2023年：推进中 → 已完成（示例数据，非官方统计）$/),
    ]);
    expect(views[0]!.day).toBe('2024-09-30');
  });

  it('a year first committed with a correction already recorded in it says so', () => {
    const after = { provenance: 'official', indicators: [{ indicator: 'a', value: 92.4, revisions: [{ value: 91.8, published: '2024-03-15', note: REASON }] }] };
    expect(diffProgress(null, after)).toEqual([
      { what: 'indicator', id: 'a', field: 'value', from: undefined, to: 92.4, illustrative: false },
      { what: 'indicator', id: 'a', field: 'value', from: 91.8, to: 92.4, illustrative: false, reason: REASON },
    ]);
    // Once told, the same revision is not told again by a later commit.
    expect(diffProgress(after, { ...after, clauses: [] })).toEqual([]);
  });

  it('never shows a commit message, nor any English word', async () => {
    const history = await readHistory(root);
    expect(JSON.stringify(history)).not.toMatch(/chart layout|after review/);
    const views = updateViews(history, plans);
    for (const text of texts(views)) expect(text).not.toMatch(ENGLISH);
  });

  it('the Atom feed says the same, in Chinese only', async () => {
    const xml = atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: updateViews(await readHistory(root), plans) });
    expect(xml).not.toMatch(/chart layout|after review/);
    const feed = new XMLParser().parse(xml).feed;
    const shown = [feed.title, feed.subtitle, feed.rights, ...[feed.entry].flat().flatMap((e: Record<string, string>) => [e.title, e.summary, e.content])];
    expect(shown.filter((t) => typeof t === 'string' && ENGLISH.test(t))).toEqual([]);
    expect(shown.join('\n')).toContain(`修订 91.2% → 91.8%（原因：${REASON}）`);
  });
});

describe('without the git history', () => {
  const expected = [`发布示例县 2023 年度进展：1 项指标数值、1 项任务状态、1 项项目状态；修订 2023 年学前教育毛入园率 91.2%→91.8%（原因：${REASON}）`];

  it('a shallow clone (as CI makes) lists what the content records: the publication date and the revisions', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository()}`, join(parent, 'site')], { stdio: 'pipe' });
    const root = join(parent, 'site');
    const history = await readHistory(root);
    expect(history.available).toBe(false);
    expect(logNote(history)).toMatch(/^构建时只有最近一次的内容版本（浅克隆），没有完整的修改历史；以下按各年度进展文件所载的发布日期和修订记录列出/);
    const views = updateViews(history, loadContent(root).model.plans);
    expect(views.map((u) => [u.day, u.headline])).toEqual([['2024-03-15', expected[0]]]);
    expect(views[0]!.plans[0]!.lines).toContain(`学前教育毛入园率 2023年：修订 91.2% → 91.8%（原因：${REASON}）（示例数据，非官方统计）`);
  });

  it('a tree without git (a tarball) says so and lists the same', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tarball-'));
    cpSync(join(repository(), 'content'), join(root, 'content'), { recursive: true });
    const history = await readHistory(root);
    expect(logNote(history)).toMatch(/^构建时没有内容的修改历史（例如从压缩包构建）；/);
    expect(updateViews(history, loadContent(root).model.plans).map((u) => u.headline)).toEqual(expected);
  });

  it('the shipped content gives one entry per year published, newest first, in Chinese only', () => {
    const plans = loadContent(REPO).model.plans;
    const views = contentUpdates(plans);
    expect(views).toHaveLength(plans.reduce((n, p) => n + p.progress.length, 0));
    expect(views.map((u) => u.day)).toEqual(views.map((u) => u.day).sort().reverse());
    for (const text of texts(views)) expect(text).not.toMatch(ENGLISH);
    // 青铜峡市 2023: a figure corrected after publication, with its reason.
    const qtx = views.find((u) => u.id === 'qingtongxia-edu-2021-2025-2023')!;
    expect(qtx.headline).toMatch(/^发布青铜峡市 2023 年度进展：.*；修订 2023 年学前教育毛入园率 91\.83%→92\.43%（原因：/);
  });
});
