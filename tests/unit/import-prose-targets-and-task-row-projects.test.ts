/**
 * Prose and task lists as offices write them: one sentence with several years gives each year its own
 * targets (a milestone year is kept beside the final one), a figure stated for an earlier year in prose is
 * the target's baseline, a building named in a task-list row with its area or budget is a project, and a
 * project table's bare area figures are read in the header's unit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { importPlan } from '../../src/lib/import/import-plan.ts';
import { isHardWrapContinuation } from '../../src/lib/import/artifacts.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const meta = PlanSchema.parse(parse(readFileSync(join(FIXTURES, 'import', 'chapter-layout.yaml'), 'utf8')));

const plan = (...lines: string[]) => importPlan(['某县“十五五”教育事业发展规划', '', ...lines, ''].join('\n'), meta);

describe('the ways offices word a target (the prose of every generated family varies them too)', () => {
  it('reads 不低于, 保持在…以上, 由60%提升至100% (60 the baseline), 截至 a year not yet reached, and 力争到', () => {
    const start = meta.period.start;
    const r = plan(
      '第一章 发展基础',
      `截至${start - 1}年底，全县教师培训覆盖率为85%。`,
      '第二章 发展目标',
      `到${start + 1}年底，全县学前三年毛入园率不低于92%，义务教育巩固率保持在97%以上；截至${start + 2}年底，特殊教育入学率由60%提升至100%；力争到${start + 3}年，教师培训覆盖率达到95%以上。`,
    );
    expect(r.proseTargets.map((t) => [t.name, t.year, t.value, t.baseline && [t.baseline.year, t.baseline.value]])).toEqual([
      ['学前三年毛入园率', start + 1, 92, null],
      ['义务教育巩固率', start + 1, 97, null],
      ['特殊教育入学率', start + 2, 100, [start - 1, 60]],
      ['教师培训覆盖率', start + 3, 95, [start - 1, 85]],
    ]);
    expect(r.fidelity.textRatio).toBe(1);
  });
});

describe('the verbs of a target: 提高到, 提升到, 达到, 稳定在…以上, 保持在…以上, 不低于, 控制在…以内', () => {
  it('reads each as a target of its year, with the baseline prose states for it', () => {
    const start = meta.period.start;
    const r = plan(
      '第一章 发展基础',
      `${start - 1}年，全县学前三年毛入园率为92.1%，九年义务教育巩固率为96.4%。`,
      '第二章 发展目标',
      `到${start + 2}年，全县学前三年毛入园率提高到94.5%，九年义务教育巩固率稳定在95%以上，高中阶段教育毛入学率提升到93%，普惠性幼儿园覆盖率达到88%，残疾儿童少年义务教育入学率不低于96%，心理健康教育教师配备率保持在90%以上，义务教育大班额比例控制在2%以内。`,
      `到${start + 4}年，学前三年毛入园率提高到98.5%，九年义务教育巩固率稳定在97%以上。`,
    );
    expect(r.proseTargets.map((t) => [t.name, t.year, t.value, t.unit, t.baseline && [t.baseline.year, t.baseline.value]])).toEqual([
      ['学前三年毛入园率', start + 2, 94.5, '%', [start - 1, 92.1]],
      ['九年义务教育巩固率', start + 2, 95, '%', [start - 1, 96.4]],
      ['高中阶段教育毛入学率', start + 2, 93, '%', null],
      ['普惠性幼儿园覆盖率', start + 2, 88, '%', null],
      ['残疾儿童少年义务教育入学率', start + 2, 96, '%', null],
      ['心理健康教育教师配备率', start + 2, 90, '%', null],
      ['义务教育大班额比例', start + 2, 2, '%', null],
      ['学前三年毛入园率', start + 4, 98.5, '%', [start - 1, 92.1]],
      ['九年义务教育巩固率', start + 4, 97, '%', [start - 1, 96.4]],
    ]);
    expect(r.fidelity.textRatio).toBe(1);
  });
});

describe('targets and baselines written in prose', () => {
  const r = plan(
    '第一章 发展基础',
    '教育投入持续增加。2025年，全县学前三年毛入园率为88%，教师培训覆盖率为85.5%。',
    '第二章 发展目标',
    '到2026年底，全县学前三年毛入园率达到92%以上，教师培训覆盖率达到90%；到2027年，学前三年毛入园率达到94%以上，教师培训覆盖率达到90%。',
  );
  const rows = r.proseTargets.map((t) => [t.name, t.year, t.value, t.baseline && [t.baseline.year, t.baseline.value, t.baseline.text]]);

  it('gives each year of one sentence its own targets, and keeps a milestone with the same figure', () => {
    expect(rows).toEqual([
      ['学前三年毛入园率', 2026, 92, [2025, 88, '88%']],
      ['教师培训覆盖率', 2026, 90, [2025, 85.5, '85.5%']],
      ['学前三年毛入园率', 2027, 94, [2025, 88, '88%']],
      ['教师培训覆盖率', 2027, 90, [2025, 85.5, '85.5%']],
    ]);
  });

  it('does not read a year that opens a target (到 2025 年, with spaces) or a deadline (2025年前) as a baseline', () => {
    const s = plan('第一章 目标', '2024年前完成布局调整，入学率为80%。到 2027 年，全县义务教育巩固率达到 97%。');
    expect(s.proseTargets.map((t) => [t.name, t.year, t.value, t.baseline])).toEqual([['义务教育巩固率', 2027, 97, null]]);
  });

  it('reads 截至2025年底 as the figures of that year', () => {
    const s = plan('第一章 基础', '截至2025年底，全县义务教育巩固率达到96.5%。到2030年，义务教育巩固率达到98%。');
    expect(s.proseTargets.map((t) => t.baseline)).toEqual([{ year: 2025, value: 96.5, text: '96.5%' }]);
  });
});

describe('projects in task lists and project tables', () => {
  it('reads a building named in a task-list row, with its area and budget, as a project', () => {
    const r = plan(
      '第一章 重点任务',
      '重点任务清单',
      '序号\t任务名称\t主要举措\t牵头单位\t配合部门\t时间节点',
      '1\t推进学前教育普及普惠\t新增公办学位，完善认定扶持办法\t县教育体育局\t县财政局\t2027年底前',
      '2\t推动义务教育优质均衡\t改扩建滨河小学，建筑面积6200平方米，总投资11300万元\t县发展和改革局\t县自然资源局\t2026年底前',
    );
    const projects = r.projects?.projects ?? [];
    expect(projects.map((p) => [p.name, p.category, p.facilities, p.floorArea.map((a) => a.value), p.budget.map((b) => b.value)])).toEqual([
      ['改扩建滨河小学', '推动义务教育优质均衡', ['滨河小学'], [6200], [11300]],
    ]);
  });

  it('reads a task row building a training block (实训楼) as a project, naming the centre and the building', () => {
    const r = plan('第一章 重点任务', '重点任务清单', '序号\t任务名称\t主要举措\t牵头单位\t时间节点', '1\t加快现代职业教育发展\t新建新区职业教育中心实训楼，建筑面积4800平方米，总投资8000万元\t县教育体育局\t2027年底前');
    expect(r.projects!.projects.map((p) => p.facilities)).toEqual([['新区职业教育中心', '实训楼']]);
  });

  it('reads a bare figure under 建设规模（平方米） as the floor area', () => {
    const r = plan(
      '第一章 重大项目',
      '表2 重大项目一览表',
      '序号\t项目名称\t建设内容\t建设规模（平方米）\t总投资（万元）\t建设年限',
      '1\t红星幼儿园新建项目\t新建红星幼儿园教学及辅助用房\t6000\t10600\t2026—2028年',
    );
    const p = r.projects!.projects[0]!;
    expect([p.floorArea.map((a) => [a.label, a.value, a.text]), p.budget.map((b) => b.value)]).toEqual([[['建设规模', 6000, '6000']], [10600]]);
  });
});

describe('hard-wrapped text', () => {
  it('joins a line wrapped every N characters although its digits print half as wide', () => {
    const line = (raw: string) => ({ text: raw.trim(), raw, structural: false, numbered: false, tabbed: false, annex: false });
    // 20 characters, 6 of them digits or %: 17 full widths.
    expect(isHardWrapContinuation(line('全县学前三年毛入园率为90%，教师培训'), line('覆盖率为88%。'), 20, false)).toBe(true);
    expect(isHardWrapContinuation(line('全县学前三年毛入园率为90%。'), line('覆盖率为88%。'), 20, false)).toBe(false);
  });
});
