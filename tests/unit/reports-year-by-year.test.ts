/**
 * A progress file is that year's report. Each item's latest value or status is shown with its year and
 * survives a newer report that omits it; years without a report say 未报告; each plan shows coverage per
 * year; the validator warns about the items a report leaves out and refuses an empty report without a note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { indicatorViews, measureViews, projectViews, unitNames } from '../../src/lib/progress/views.ts';
import { coverageLine, reportingYears, yearCoverage } from '../../src/lib/progress/reporting.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import type { ProgressFile } from '../../src/schemas/progress.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const plans = model.plans;
const byId = (id: string) => plans.find((p) => p.id === id)!;

/** The shipped plan with its 2025 report cut down to the first indicator, clause and project. */
function withPartial2025(id: string): { plan: PlanBundle; all: PlanBundle[] } {
  const p = byId(id);
  const cut = (f: ProgressFile): ProgressFile => (f.year === 2025 ? { ...f, indicators: f.indicators.slice(0, 1), clauses: f.clauses.slice(0, 1), projects: f.projects.slice(0, 1) } : f);
  const plan = { ...p, progress: p.progress.map(cut) };
  return { plan, all: plans.map((x) => (x.id === id ? plan : x)) };
}

describe('the latest report survives a newer partial one', () => {
  it('a measure keeps its 2024 status, with its year, and 2025 says 未报告', () => {
    const { plan, all } = withPartial2025('pingluo-edu-2021-2025');
    const m = measureViews(plan, unitNames(all), all).find((x) => x.history.at(-1)?.report === null)!;
    const full = measureViews(byId('pingluo-edu-2021-2025'), unitNames(plans), plans).find((x) => x.clause.id === m.clause.id)!;
    expect(m.latest?.year).toBe(2024);
    expect(m.latest?.status).toBe(full.history.find((h) => h.year === 2024)!.report!.status);
    expect(m.history.map((h) => h.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(m.history.at(-1)).toEqual({ year: 2025, report: null });
  });
  it('a project too', () => {
    const { plan, all } = withPartial2025('pingluo-edu-2021-2025');
    const p = projectViews(plan, all)[1]!;
    expect(p.latest?.year).toBe(2024);
    expect(p.history.at(-1)).toEqual({ year: 2025, report: null });
  });
  it('an entry listed but left blank does not hide the earlier report', () => {
    const p = byId('pingluo-edu-2021-2025');
    const blank = { ...p, progress: p.progress.map((f) => (f.year === 2025 ? { ...f, clauses: f.clauses.map((e) => ({ ...e, status: null })) } : f)) };
    const m = measureViews(blank, unitNames(plans), plans)[0]!;
    expect(m.latest?.year).toBe(2024);
    expect(m.history.at(-1)!.report).toBeNull();
  });
  it('an indicator omitted in its final year: 终期数据未报告, the 2024 figure kept with its year, 2025 未报告', () => {
    const { plan, all } = withPartial2025('pingluo-edu-2021-2025');
    const v = indicatorViews(plan, all)[1]!;
    expect(v.status.status).toBe('final-not-reported');
    expect(v.status.latest?.year).toBe(2024);
    expect(v.years.at(-1)).toEqual({ year: 2025, actual: null });
  });
});

describe('coverage per year', () => {
  it('counts what each year reports, for every year up to the content date', () => {
    const { plan, all } = withPartial2025('pingluo-edu-2021-2025');
    const lines = yearCoverage(plan, all).map(coverageLine);
    expect(lines).toEqual([
      '2021 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告',
      '2022 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告',
      '2023 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告',
      '2024 年度：11 项指标中 11 项已报告；8 项任务中 8 项已报告；6 个项目中 6 个已报告',
      '2025 年度：11 项指标中 1 项已报告；8 项任务中 1 项已报告；6 个项目中 1 个已报告',
    ]);
  });
  it('a year without a file says so; a running plan stops at the content date', () => {
    const p = byId('jingyuan-edu-quality-2023-2027');
    const gap = { ...p, progress: p.progress.filter((f) => f.year !== 2024) };
    expect(reportingYears(gap, plans)).toEqual([2023, 2024, 2025]);
    expect(yearCoverage(gap, plans).map(coverageLine)).toEqual([
      '2023 年度：27 项任务中 27 项已报告',
      '2024 年度：未发布年度报告',
      '2025 年度：27 项任务中 27 项已报告',
    ]);
  });
});

describe('the validator on reports', () => {
  const demo = (root: string) => join(root, 'content/progress/demo-edu-2021-2025/2023.json');
  it('warns, without failing, about the items a report leaves out, naming them', () => {
    const root = fixtureRoot();
    const { problems, warnings: all } = loadContent(root);
    // The fixture's region is invented (示例县), so it also carries the warning that it has no division code.
    const warnings = all.filter((w) => w.file.startsWith('content/progress/'));
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'content/progress/demo-edu-2021-2025/2023.json: indicators: expected every indicator of the plan to be reported for 2023, found 1 left out or blank: compulsory-quality-balanced. ' +
        "Report them, or leave them out knowingly: the site keeps showing each one's latest earlier report with its year, and 未报告 for this year.",
      'content/progress/demo-edu-2021-2025/2023.json: clauses: expected every task (measure clause) of the plan to be reported for 2023, found 1 left out or blank: s2-2. ' +
        "Report them, or leave them out knowingly: the site keeps showing each one's latest earlier report with its year, and 未报告 for this year.",
    ]);
    expect(warnings[0]!.zh?.message).toBe('2023 年度报告应报告全部指标，实际缺少 1 项（未列出或未填写）：compulsory-quality-balanced。');
    const r = runScript('validate.ts', [root]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('警告：content/progress/demo-edu-2021-2025/2023.json');
    expect(r.stderr).toContain('2023 年度报告应报告全部指标，实际缺少 1 项（未列出或未填写）：compulsory-quality-balanced。');
  });
  it('a report missing half its items lists every one of them', () => {
    const root = fixtureRoot();
    const file = JSON.parse(readFileSync(demo(root), 'utf8'));
    file.clauses = [];
    file.projects = [];
    writeFileSync(demo(root), JSON.stringify(file));
    const warnings = loadContent(root).warnings.filter((w) => w.file.startsWith('content/progress/'));
    expect(warnings.map((w) => w.field)).toEqual(['indicators', 'clauses', 'projects']);
    expect(warnings[1]!.message).toContain('found 2 left out or blank: s2-1, s2-2');
  });
  it('an empty report is refused unless a note says why', () => {
    const root = fixtureRoot();
    writeFileSync(demo(root), JSON.stringify({ plan: 'demo-edu-2021-2025', year: 2023, asOf: '2023-12-31', published: '2024-03-15', provenance: 'official' }));
    const refused = loadContent(root).problems;
    expect(refused.map(formatProblem)).toHaveLength(1);
    expect(refused[0]!.zh?.message).toContain('也没有 note');
    writeFileSync(demo(root), JSON.stringify({ plan: 'demo-edu-2021-2025', year: 2023, asOf: '2023-12-31', published: '2024-03-15', provenance: 'official', note: '2023 年统计数据尚未公布。' }));
    expect(loadContent(root).problems).toEqual([]);
  });
  it('every new message has its Chinese wording', () => {
    for (const name of ['published-before-as-of', 'final-year-report-after-period', 'official-status-without-quote', 'succeeds-unknown-plan', 'succeeds-itself', 'two-plans-succeed-one']) {
      const { problems } = loadContent(fixtureRoot(name), { today: '2026-12-01' });
      expect(problems.length, name).toBeGreaterThan(0);
      for (const p of problems) expect(p.zh?.message, `${name}: ${p.message}`).toBeTruthy();
    }
  });
  it('refuses a report published in the future, when given the date; the build, which reads no clock, does not', () => {
    const root = fixtureRoot();
    const file = JSON.parse(readFileSync(demo(root), 'utf8'));
    file.published = '2099-03-15';
    writeFileSync(demo(root), JSON.stringify(file, null, 2));
    const refused = loadContent(root, { today: '2026-12-01' }).problems;
    expect(refused.map(formatProblem)).toEqual([
      'content/progress/demo-edu-2021-2025/2023.json:5:3: published: expected a publication date that has passed (today is 2026-12-01), found 2099-03-15. Write the date the report was actually published; publish the file after that date.',
    ]);
    expect(refused[0]!.zh?.message).toBe('发布日期 published 应是已经到来的日期（今天是 2026-12-01），实际为 2099-03-15。');
    expect(loadContent(root).problems).toEqual([]);
    const cli = runScript('validate.ts', [root, '--today', '2026-12-01']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('实际为 2099-03-15');
  });
});
