/**
 * The tables and commitments of 十五五 plans as county offices print them: indicator tables in the usual
 * forms (any years, a unit column or a unit in the name, a group printed once, 其中 rows, footnotes;
 * tab-separated or space-aligned), targets written only in prose, task lists with merged cells, every
 * phrasing of responsibility with lead and supporting units apart, deadlines, and project tables with
 * budgets in 万元 and 亿元.
 */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/lib/model/deadlines.ts';
import { readResponsibility, readUnitList } from '../../src/lib/model/responsibility.ts';
import { readTableRoles } from '../../src/lib/model/table-roles.ts';
import { fixtureText, importFixture } from '../helpers/import-fixture.ts';

describe('indicator tables', () => {
  const r = importFixture('chapter-layout');
  const ind = r.indicators!.indicators;

  it('reads 类别｜指标｜单位｜2025年｜2030年｜属性 with the years printed, never 2020/2025 by habit', () => {
    expect(ind).toHaveLength(7);
    expect(ind[0]).toMatchObject({
      id: 'preschool-gross-enrolment',
      name: '学前三年毛入园率',
      unit: '%',
      group: '学前教育',
      baseline: { year: 2025, value: 93.2, text: '93.2' },
      target: { year: 2030, value: 95, text: '≥95' },
      attribute: 'binding',
      direction: 'increase',
      source: { clause: 'ch2-sec2-t1', raw: '学前教育\t学前三年毛入园率\t%\t93.2\t≥95\t约束性' },
    });
  });

  it('carries a group printed on its first row down, keeps 其中 rows, and keeps footnotes beside their indicator', () => {
    expect(ind.map((i) => i.group)).toEqual(['学前教育', '学前教育', '义务教育', '义务教育', '义务教育', '高中阶段教育', '教育投入']);
    expect(ind[3]!.name).toBe('其中：农村学校巩固率');
    expect(ind[1]).toMatchObject({ name: '普惠性幼儿园覆盖率', note: '普惠性幼儿园包括公办幼儿园和普惠性民办幼儿园。' });
    expect(ind[6]).toMatchObject({ name: '生均一般公共预算教育经费', unit: '元', note: '按在校生人数计算。' });
    expect(ind[4]).toMatchObject({ unit: null, baseline: { value: null, text: '未达标' }, target: { value: null, text: '通过国家督导评估认定' } });
  });

  it('reads a space-aligned table with 指标名称｜单位｜基期值｜目标值｜指标属性, taking the years from the plan period', () => {
    const s = importFixture('space-aligned');
    const rows = s.indicators!.indicators;
    expect(rows.map((i) => [i.name, i.unit, i.baseline.year, i.baseline.text, i.target.year, i.target.text, i.direction])).toEqual([
      ['学前教育毛入园率', '%', 2025, '92.5', 2030, '96', 'increase'],
      ['义务教育巩固率', '%', 2025, '99.1', 2030, '≥99.5', 'increase'],
      ['高中阶段毛入学率', '%', 2025, '94', 2030, '97', 'increase'],
      ['中小学校大班额比例', '%', 2025, '3.2', 2030, '≤1', 'decrease'],
      ['每千人口托位数', '个', 2025, '3.1', 2030, '4.5', 'increase'],
    ]);
    expect(s.tables[0]!.block.layout).toBe('spaces');
  });

  it('infers column roles from the usual headers', () => {
    expect(readTableRoles(['序号', '指标名称', '单位', '2025年基期值', '2027年', '2030年目标值', '指标属性'])).toMatchObject({
      kind: 'indicators',
      roles: ['no', 'name', 'unit', 'baseline', 'milestone', 'target', 'attribute'],
      years: [null, null, null, 2025, 2027, 2030, null],
    });
    expect(readTableRoles(['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限']).kind).toBe('tasks');
    // Task lists as other offices head them: 主要内容 (not a project's content when units and no budget
    // are printed), 工作事项, 具体内容, and 目标任务｜工作措施 (the first is the task, the second its measure).
    expect(readTableRoles(['序号', '主要内容', '牵头单位', '责任单位', '时间节点'])).toMatchObject({ kind: 'tasks', roles: ['no', 'measure', 'lead', 'units', 'deadline'] });
    expect(readTableRoles(['序号', '工作事项', '责任单位', '完成时限'])).toMatchObject({ kind: 'tasks', roles: ['no', 'task', 'units', 'deadline'] });
    expect(readTableRoles(['序号', '重点工作', '具体内容', '责任单位', '完成时间'])).toMatchObject({ kind: 'tasks', roles: ['no', 'task', 'measure', 'units', 'deadline'] });
    expect(readTableRoles(['序号', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限'])).toMatchObject({ kind: 'tasks', roles: ['no', 'task', 'measure', 'lead', 'support', 'deadline'] });
    // A project table keeps its 建设内容 and its units.
    expect(readTableRoles(['序号', '项目名称', '建设内容', '总投资（万元）', '责任单位'])).toMatchObject({ kind: 'projects', roles: ['no', 'project', 'content', 'budget', 'units'] });
    expect(readTableRoles(['序号', '项目名称', '建设内容及规模', '总投资（万元）', '建设年限']).units).toEqual([null, null, null, '万元', null]);
  });
});

describe('targets written in prose', () => {
  it('proposes each phrase after 到2030年 as a target pointing to its clause, as printed, unconfirmed', () => {
    const r = importFixture('chapter-layout');
    expect(r.proseTargets.map((t) => [t.id, t.clause, t.year, t.value, t.unit, t.text, t.inTable])).toEqual([
      ['preschool-gross-enrolment', 'ch2-sec2-p1', 2030, 95, '%', '全县学前三年毛入园率达到95%以上', true],
      ['preschool-inclusive-coverage', 'ch2-sec2-p1', 2030, 92, '%', '普惠性幼儿园覆盖率稳定在92%以上', true],
      ['upper-secondary-gross-enrolment', 'ch2-sec2-p1', 2030, 96, '%', '高中阶段毛入学率达到96%', true],
      ['prose-ch3-sec1-1-2-1', 'ch3-sec1-1-2', 2028, 60, '%', '一级及以上幼儿园占比达到60%', false],
    ]);
    expect(r.profile.proseTargets.every((t) => !t.confirmed)).toBe(true);
    // Unconfirmed, a prose target is not published as an indicator.
    expect(r.indicators!.indicators.some((i) => i.origin === 'prose')).toBe(false);
  });

  it('does not read what already happened (提高到2025年的93.2%) as a target', () => {
    const r = importFixture('chapter-layout');
    expect(r.proseTargets.some((t) => t.clause === 'ch1-sec1-p1')).toBe(false);
  });
});

describe('measures, units and deadlines', () => {
  const r = importFixture('chapter-layout');
  const byId = new Map(r.measures.map((m) => [m.id, m]));

  it('reads each row of a task list as a measure, carrying merged cells down', () => {
    const rows = r.measures.filter((m) => m.id.startsWith('ch3-sec2-1-t1-'));
    expect(rows.map((m) => [m.no, m.task, m.text, m.lead, m.support, m.units, m.deadline?.date ?? m.deadline?.kind])).toEqual([
      ['1', '学前教育扩容', '新建城北幼儿园，新增学位360个', ['县教育局'], ['县发展改革局'], [], '2027-12-31'],
      ['2', '义务教育提质', '实施薄弱学校改造项目12个', [], [], ['县教育局', '县财政局'], '2028-06-30'],
      ['2', '义务教育提质', '推进集团化办学全覆盖', [], [], ['县教育局'], 'ongoing'],
      ['3', '教师队伍建设', '每年招聘补充教师50名', [], [], ['县委编办', '县人力资源社会保障局', '县教育局'], 'yearly'],
    ]);
    expect(rows[0]!.source).toEqual({ line: 62, text: '1\t学前教育扩容\t新建城北幼儿园，新增学位360个\t县教育局（牵头）、县发展改革局\t2027年底前' });
  });

  it('keeps lead and supporting units apart in every phrasing, nested brackets intact', () => {
    expect(byId.get('ch3-sec1-1-1-1-1')).toMatchObject({ lead: ['县教育局'], support: ['县发展改革局', '县自然资源局'] });
    expect(byId.get('ch3-sec1-1-1-1-2')).toMatchObject({ lead: ['县教育局'], support: ['各乡（镇）人民政府'] });
    expect(readResponsibility('加强统筹。（牵头单位：县教育局；配合单位：各县（区）人民政府、县财政局）')).toMatchObject({
      lead: ['县教育局'],
      support: ['各县（区）人民政府', '县财政局'],
    });
    expect(readResponsibility('完善制度。（责任单位：县委编办、县教育局，各乡镇）')).toMatchObject({ lead: [], units: ['县委编办', '县教育局', '各乡镇'] });
    expect(readUnitList('县教育局（牵头）、县财政局、各县（区）人民政府')).toMatchObject({ lead: ['县教育局'], support: ['县财政局', '各县（区）人民政府'] });
    expect(readResponsibility('推进学校建设。')).toBeNull();
  });

  it('keeps deadlines as printed and reads the date where they name one', () => {
    expect(['2027年底前', '2028年6月', '2026年9月底前', '2027年上半年', '2026-2027', '2026—2028年', '每年9月底前', '长期坚持', '“十五五”期间'].map(parseDeadline)).toEqual([
      { text: '2027年底前', date: '2027-12-31', kind: 'date' },
      { text: '2028年6月', date: '2028-06-30', kind: 'date' },
      { text: '2026年9月底前', date: '2026-09-30', kind: 'date' },
      { text: '2027年上半年', date: '2027-06-30', kind: 'date' },
      { text: '2026-2027', date: '2027-12-31', kind: 'date' },
      { text: '2026—2028年', date: '2028-12-31', kind: 'date' },
      { text: '每年9月底前', date: null, kind: 'yearly', month: 9 },
      { text: '长期坚持', date: null, kind: 'ongoing' },
      { text: '“十五五”期间', date: null, kind: 'unparsed' },
    ]);
  });
});

describe('major projects wherever printed', () => {
  it('reads a project table in the 附件, budgets in 万元 (from the header) and 亿元 (in the cell)', () => {
    const p = importFixture('chapter-layout').projects!.projects;
    expect(p.map((x) => [x.id, x.no, x.name, x.budget.map((b) => [b.value, b.unit, b.text]), x.floorArea.map((a) => a.value)])).toEqual([
      ['end-t1-r1', '1', '城北幼儿园新建项目', [[3200, '万元', '3200']], [6000]],
      ['end-t1-r2', '2', '河西县第二中学迁建项目', [[1.8, '亿元', '1.8亿元']], [42000]],
    ]);
    expect(p[0]!.category).toBe('河西县“十五五”教育重大项目表');
  });
});

describe('warnings, not refusals, when something is not understood (issue 23)', () => {
  const text = fixtureText('chapter-layout');
  const only = (name: string, t: string) => {
    const r = importFixture(name, t);
    expect(r.fidelity.textRatio).toBe(1);
    expect(r.warnings).toHaveLength(1);
    return { r, w: r.warnings[0]! };
  };

  it('publishes a row of figures under a table that landed in no cell as a paragraph, and warns', () => {
    const t = text.replace('教育投入\t生均一般公共预算教育经费②\t元\t12500\t≥15000\t预期性', '教育投入\t生均一般公共预算教育经费②\t元\t12500\t≥15000\t预期性\n教育信息化 生均计算机台数 台 0.2 0.25 预期性');
    const { r, w } = only('chapter-layout', t);
    expect(w.line).toBe(41);
    expect(w.reason).toContain('a line with figures right under the table of line 33 is in no cell of it');
    expect(w.zh).toContain('此行紧接在第33行开始的表格之后，含有数字，却不在表格的任何单元格中');
    expect(r.body).toContain('教育信息化 生均计算机台数 台 0.2 0.25 预期性');
  });

  it('publishes a tab-separated line that is part of no table as a paragraph, and warns', () => {
    const { w } = only('chapter-layout', text.replace('    人口结构变化', '城镇\t乡村\n    人口结构变化'));
    expect(w.line).toBe(25);
    expect(w.zh).toContain('不属于任何表格');
  });

  it('publishes a table captioned as indicators whose header it cannot read, and says which profile change reads it', () => {
    const t = text.replace('类别\t指标\t单位\t2025年\t2030年\t属性', '类别\t内容\t单位\t现在\t将来\t属性');
    const { r, w } = only('chapter-layout', t);
    expect(w.line).toBe(33);
    expect(w.reason).toContain('looks like an indicator table, but its header names no indicator and target columns');
    expect(w.fixZh).toContain('请在结构配置文件中设置该表的类型和各列含义');
    expect(w.fix).toContain('kind: indicators');
    expect(r.profile.tables.find((x) => x.line === 33)?.kind).toBe('other');
    expect(r.profile.warnings?.[0]?.line).toBe(33);
  });

  it('keeps a space-aligned row whose cells do not line up under the header, both cells in one, and warns', () => {
    const t = fixtureText('space-aligned').replace('3.高中阶段毛入学率（%）                     94', '3.高中阶段毛入学率（%）    94   95');
    const { w } = only('space-aligned', t);
    expect(w.line).toBe(10);
    expect(w.zh).toContain('单元格与表头对不齐');
  });
});
