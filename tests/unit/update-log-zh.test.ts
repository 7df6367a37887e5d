/**
 * The update log describes the data, not the commit: each entry is derived from what changed in content/
 * (发布平罗县 2025 年度进展：11 项指标数值、8 项任务状态；修订 2024 年学前三年毛入园率 95.3%→95.8%（原因：…）),
 * and the Atom feeds carry the same; commit messages are never read (tests/unit/update-log-from-the-data.test.ts).
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { diffProgress, type History } from '../../src/lib/content/history.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { urls } from '../../src/lib/model/urls.ts';
import { atomFeed, updateViews } from '../../src/lib/publish/updates.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const plans = model.plans;
const PL = 'pingluo-edu-2021-2025';
const file = (year: number) => plans.find((p) => p.id === PL)!.progress.find((p) => p.year === year)!;

function historyOf(changes: Array<{ year: number; state: 'added' | 'modified'; before: unknown; after: unknown }>): History {
  return {
    available: true,
    entries: [
      {
        commit: 'abc1230000000000000000000000000000000000',
        date: '2026-03-15T09:00:00+08:00',
        files: changes.map((c) => ({
          path: `content/progress/${PL}/${c.year}.json`,
          plan: PL,
          year: c.year,
          kind: 'progress' as const,
          state: c.state,
          changes: diffProgress(c.before as never, c.after as never),
        })),
      },
    ],
  };
}

describe('the Chinese update log', () => {
  const y2025 = file(2025);
  const y2024 = file(2024);
  const revised = {
    ...y2024,
    indicators: y2024.indicators.map((e, i) => (i === 0 ? { ...e, value: 95.8, revisions: [{ value: 95.3, published: '2025-03-15', note: '按全口径在园幼儿数更正' }] } : e)),
  };
  const history = historyOf(
    [
      { year: 2025, state: 'added', before: null, after: y2025 },
      { year: 2024, state: 'modified', before: y2024, after: revised },
    ],
  );

  it('says what was published and what was revised, with the reason, from the data alone', () => {
    const [u] = updateViews(history, plans);
    const n = (k: 'indicators' | 'clauses' | 'projects') => y2025[k].filter((e) => ('value' in e ? e.value !== null : e.status !== null)).length;
    expect(u!.day).toBe('2026-03-15');
    expect(u!.headline).toBe(
      `发布平罗县 2025 年度进展：${n('indicators')} 项指标数值、${n('clauses')} 项任务状态、${n('projects')} 项项目状态；修订 2024 年学前三年毛入园率 95.3%→95.8%（原因：按全口径在园幼儿数更正）`,
    );
  });

  it('counts a changed figure without a kept earlier value as an update, not a revision', () => {
    const changed = { ...y2024, indicators: y2024.indicators.map((e, i) => (i === 0 ? { ...e, value: 95.8 } : e)) };
    const [u] = updateViews(historyOf([{ year: 2024, state: 'modified', before: y2024, after: changed }]), plans);
    expect(u!.headline).toBe('更新平罗县 2024 年度进展：1 项指标数值');
  });

  it('names the plan when its region has more than one', () => {
    const [u] = updateViews(historyOf([{ year: 2024, state: 'modified', before: y2024, after: { ...y2024, clauses: y2024.clauses.map((c, i) => (i === 0 ? { ...c, status: 'completed' } : c)) } }]), plans);
    expect(u!.headline).toMatch(/^更新平罗县(《.*》)? 2024 年度进展：1 项任务状态$/);
  });

  it('puts the same sentence in the Atom feed', () => {
    const xml = atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: updateViews(history, plans) });
    const entry = new XMLParser().parse(xml).feed.entry;
    expect(entry.title).toMatch(/^2026年3月15日 发布平罗县 2025 年度进展：.*；修订 2024 年学前三年毛入园率 95\.3%→95\.8%（原因：按全口径在园幼儿数更正）（示例数据，非官方统计）$/);
  });
});

describe('a commit that touches everything', () => {
  it('is summed up after a few parts', () => {
    const files = plans.flatMap((p) => p.progress.map((f) => ({ year: f.year, state: 'added' as const, before: null, after: f, plan: p.id })));
    const history: History = {
      available: true,
      entries: [
        {
          commit: 'f'.repeat(40),
          date: '2026-01-01T00:00:00+08:00',
          files: files.map((f) => ({ path: `content/progress/${f.plan}/${f.year}.json`, plan: f.plan, year: f.year, kind: 'progress' as const, state: f.state, changes: diffProgress(null, f.after as never) })),
        },
      ],
    };
    const [u] = updateViews(history, plans);
    expect(u!.headline.split('；')).toHaveLength(6);
    // One part per year published, and one per correction recorded in it.
    const revisions = plans.flatMap((p) => p.progress.flatMap((f) => f.indicators.flatMap((e) => e.revisions ?? []))).length;
    expect(u!.headline).toMatch(new RegExp(`；等共 ${files.length + revisions} 项更新$`));
  });
});
