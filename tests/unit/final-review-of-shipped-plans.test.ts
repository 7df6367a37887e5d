/**
 * The four 十四五 plans ended in 2025: on the shipped content every numeric indicator with a 2025 figure
 * carries a final verdict in the model, the plan's 终期评估, indicators.csv and the search records, and none
 * shows a mid-period forecast; 泾源 2023–2027 still runs. Whether a period is over is read from the content.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadContent } from '../../src/lib/content/load.ts';
import { indicatorViews } from '../../src/lib/progress/views.ts';
import { bindingLine, finalReview, summaryLine } from '../../src/lib/progress/review.ts';
import { contentAsOf, isPeriodOver, periodOver } from '../../src/lib/progress/period.ts';
import { buildTables, toCsv } from '../../src/lib/publish/downloads.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { VERDICTS } from '../../src/lib/progress/status.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { REPO } from '../helpers/run.ts';

const { model, problems } = loadContent(REPO);
const plans: PlanBundle[] = model.plans;
const ENDED = ['pingluo-edu-2021-2025', 'qingtongxia-edu-2021-2025', 'xingqing-edu-2021-2025', 'zhongwei-edu-2021-2025'];
const FORECASTS = ['on-track', 'at-risk', 'off-track', 'slipped'];

describe('the shipped content', () => {
  it('loads without problems', () => expect(problems).toEqual([]));

  it('is dated by its newest report, and four of five periods are over', () => {
    expect(contentAsOf(plans)).toBe('2025-12-31');
    expect(plans.filter((p) => periodOver(p, plans)).map((p) => p.id)).toEqual(ENDED);
  });

  it('every numeric indicator with a 2025 figure has a final verdict; none a forecast', () => {
    let numericWithFinal = 0;
    for (const plan of plans) {
      for (const v of indicatorViews(plan, plans)) {
        const hasFinal = v.actuals.some((a) => a.year >= v.indicator.target.year && a.value !== null);
        if (v.indicator.target.value !== null && hasFinal) {
          numericWithFinal++;
          expect(v.status.final, `${plan.id}/${v.indicator.id}`).toBe(true);
          expect(['achieved', 'missed', 'maintained', 'not-maintained'], `${plan.id}/${v.indicator.id}`).toContain(v.status.status);
          expect(v.status.gapText).toMatch(/^(差|超出) [\d.]+( \S+)?(，约 \d+ \S+)?$|^与目标持平$/);
        }
        if (ENDED.includes(plan.id)) expect(FORECASTS, `${plan.id}/${v.indicator.id}`).not.toContain(v.status.status);
      }
    }
    expect(numericWithFinal).toBe(41);
  });

  it('20 of the 41 fall short of their 2025 target, and are called 未达成', () => {
    const missed = plans.flatMap((p) => indicatorViews(p, plans)).filter((v) => v.indicator.target.value !== null && v.status.final && v.status.status === 'missed');
    expect(missed).toHaveLength(20);
  });

  it('the 终期评估 summary of each ended plan, binding indicators named', () => {
    const lines = Object.fromEntries(
      plans.map((p) => {
        const r = finalReview(p, plans);
        return [p.id, r ? [summaryLine(r), bindingLine(r)] : null];
      }),
    );
    expect(lines).toMatchInlineSnapshot(`
      {
        "jingyuan-edu-quality-2023-2027": null,
        "pingluo-edu-2021-2025": [
          "共 11 项指标：已达成 5 项，未达成 6 项",
          "其中约束性指标 5 项：未达成 2 项（学前三年毛入园率、九年义务教育巩固率）；已达成 3 项（高中阶段毛入学率、残疾儿童青少年义务教育阶段入学率、劳动年龄人口平均受教育年限）",
        ],
        "qingtongxia-edu-2021-2025": [
          "共 11 项指标：已达成 5 项，未达成 6 项",
          "其中约束性指标 5 项：未达成 3 项（学前教育毛入园率、高中阶段教育毛入学率、劳动年龄人口平均受教育年限）；已达成 2 项（九年义务教育巩固率、残疾儿童少年义务教育阶段入学率）",
        ],
        "xingqing-edu-2021-2025": [
          "共 9 项指标：已达成 5 项，未达成 4 项",
          null,
        ],
        "zhongwei-edu-2021-2025": [
          "共 11 项指标：已达成 7 项，未达成 4 项",
          "其中约束性指标 4 项：未达成 1 项（九年义务教育巩固率）；已达成 3 项（学前教育三年毛入园率、高中阶段教育毛入学率、劳动年龄人口平均受教育年限）",
        ],
      }
    `);
  });

  it('indicators.csv carries the verdict, its kind, the gap and the share', () => {
    const table = buildTables(plans).find((t) => t.name === 'indicators')!;
    const rows = parse(toCsv(table), { columns: true, bom: true }) as Array<Record<string, string>>;
    const row = rows.find((r) => r.plan_id === 'pingluo-edu-2021-2025' && r.indicator_id === 'preschool-gross-enrolment')!;
    expect(row).toMatchObject({ status: '未达成', status_kind: '终期结论', final_year: '2025', final_value: '95.4', gap: '-0.6', gap_text: '差 0.6 个百分点', plan_share: '0.4' });
    for (const r of rows.filter((x) => ENDED.includes(x.plan_id!))) {
      expect(r.status_kind, `${r.plan_id}/${r.indicator_id}`).toBe('终期结论');
      expect(['已达成', '未达成', '保持达标', '未保持', '终期数据未报告']).toContain(r.status);
    }
  });

  it('search results show the verdict with its gap, labelled illustrative', () => {
    const rec = searchRecords(plans).find((r) => r.url === '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/')!;
    expect(rec.meta.status).toBe('终期结论：未达成，差 0.6 个百分点（示例数据，非官方统计）');
  });
});

describe('"over" is decided from the content, never the clock', () => {
  const plan = (end: number) => ({ plan: { period: { start: end - 4, end } } }) as unknown as PlanBundle;
  it('the content date against the last day of the period', () => {
    expect(isPeriodOver(plan(2025), '2025-12-31')).toBe(true);
    expect(isPeriodOver(plan(2025), '2025-06-30')).toBe(false);
    expect(isPeriodOver(plan(2027), '2025-12-31')).toBe(false);
    expect(isPeriodOver(plan(2025), null)).toBe(false);
  });
  it("another plan's newer report dates the content: a plan that never reported its final year is over too", () => {
    const zw = plans.find((p) => p.id === 'zhongwei-edu-2021-2025')!;
    const partial: PlanBundle = { ...zw, progress: zw.progress.filter((f) => f.year < 2025) };
    const others = plans.map((p) => (p.id === zw.id ? partial : p));
    const views = indicatorViews(partial, others);
    expect(views.every((v) => v.status.status === 'final-not-reported')).toBe(true);
    expect(views[0]!.status.latest?.year).toBe(2024);
    // Alone, its content reaches only 2024: the period is not known to be over, so it keeps the forecast.
    expect(indicatorViews(partial).some((v) => FORECASTS.includes(v.status.status))).toBe(true);
    expect(VERDICTS).toContain('final-not-reported');
  });
});
