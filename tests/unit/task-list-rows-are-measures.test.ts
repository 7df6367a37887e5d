/**
 * A task list (任务清单 / 任务分解表 / 重点任务清单) is a table whose every row is a measure: the clause model
 * makes each row a clause with its units (lead and supporting kept apart) and its deadline, so that the site
 * lists it as a measure, a department page lists it, a progress file can report on it, the text links to it
 * and search finds it. The importer reports the very same rows.
 */
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../src/lib/model/clauses.ts';
import { renderClauses } from '../../src/lib/publish/render-text.ts';
import { searchRecordCount, searchRecords } from '../../src/lib/publish/search-records.ts';
import { buildTables } from '../../src/lib/publish/downloads.ts';
import { measureViews, unitNames } from '../../src/lib/progress/views.ts';
import { reportCoverage, taskClauses } from '../../src/lib/model/tasks.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { importFixture } from '../helpers/import-fixture.ts';

const TASK_LIST = `# 示例县“十五五”教育事业发展规划

## 一、主要任务

表3 重点任务分解表

| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限 |
| --- | --- | --- | --- | --- | --- |
| 1 | 扩大学前资源 | 新建城南幼儿园 | 县教育局 | 县发展改革局、各乡（镇）人民政府 | 2027年底前 |
|  |  | 改扩建乡镇中心园3所 |  |  | 2028年上半年 |
| 2 | 建强教师队伍 | 每年开展全员培训 | 县教育局 | 县财政局 | 每年9月底前 |

表4 主要指标

| 指标 | 单位 | 2025年 | 2030年 |
| --- | --- | --- | --- |
| 学前三年毛入园率 | % | 93.2 | 95 |

> **专栏1 重点工作清单**
>
> | 序号 | 工作任务 | 责任单位 | 完成时间 |
> | --- | --- | --- | --- |
> | 1 | 完成校舍安全排查 | 县教育局（牵头）、县应急管理局 | 2026年12月 |
>
> （1）其他说明。
`;

function bundle(body: string): PlanBundle {
  const clauses = extractClauses(body);
  return {
    id: 'demo',
    body,
    clauses,
    plan: { id: 'demo', title: '示例县“十五五”教育事业发展规划', region: { name: '示例县', level: 'county' }, issuer: '示例县人民政府', issued: '2026-03-01', period: { start: 2026, end: 2030 }, kind: 'five-year-plan', source: '测试', notes: [] },
    indicators: [],
    projects: [],
    progress: [],
  } as unknown as PlanBundle;
}

describe('the rows of a task list are clauses', () => {
  const clauses = extractClauses(TASK_LIST);
  const rows = clauses.filter((c) => c.kind === 'row');

  it('makes each row of a task list a measure, with merged cells carried down and lead and supporting units apart', () => {
    expect(rows.map((r) => [r.id, r.label, r.text])).toEqual([
      ['s1-t1-r1', '表3第1行', '新建城南幼儿园'],
      ['s1-t1-r2', '表3第2行', '改扩建乡镇中心园3所'],
      ['s1-t1-r3', '表3第3行', '每年开展全员培训'],
      ['box1-t1-r1', '专栏1表格第1行', '完成校舍安全排查'],
    ]);
    const second = rows[1]!;
    expect(second.row).toMatchObject({ n: 2, no: '1', task: '扩大学前资源', lead: ['县教育局'], support: ['县发展改革局', '各乡（镇）人民政府'] });
    expect(second.units).toEqual(['县教育局', '县发展改革局', '各乡（镇）人民政府']);
    expect(second.row!.deadline).toEqual({ text: '2028年上半年', date: '2028-06-30', kind: 'date' });
    expect(rows[2]!.row!.deadline).toMatchObject({ text: '每年9月底前', kind: 'yearly', month: 9 });
    expect(rows[3]!.row).toMatchObject({ lead: ['县教育局'], support: ['县应急管理局'], deadline: { date: '2026-12-31' } });
    expect(rows.every((r) => r.parent && clauses.find((c) => c.id === r.parent)!.kind === 'table')).toBe(true);
  });

  it('leaves every other table one block: an indicator table has no row clauses', () => {
    expect(clauses.filter((c) => c.parent === 's1-t2' && c.kind === 'row')).toEqual([]);
  });

  it('renders each row inside its table with the row id, and keeps a box’s other items in place', () => {
    const rendered = renderClauses(TASK_LIST);
    expect(rendered.some((r) => r.clause.kind === 'row')).toBe(false);
    const table = rendered.find((r) => r.clause.id === 's1-t1')!;
    expect(table.html).toMatch(/<tr id="s1-t1-r1">\s*<td>1<\/td>/u);
    expect(table.html).toMatch(/<tr id="s1-t1-r2">\s*<td><\/td>/u);
    const box = rendered.find((r) => r.clause.id === 'box1')!;
    expect(box.children.map((c) => c.clause.id)).toEqual(['box1-t1', 'box1-1']);
    expect(box.children[0]!.html).toContain('<tr id="box1-t1-r1">');
    expect(box.children[1]!.html).toContain('（1）其他说明。');
  });

  it('lists the rows as measures a yearly report covers, with their lead and supporting units', () => {
    const plan = bundle(TASK_LIST);
    expect(taskClauses(plan).map((c) => c.id)).toEqual(['s1-t1-r1', 's1-t1-r2', 's1-t1-r3', 'box1-t1-r1']);
    const cov = reportCoverage(plan, { indicators: [], projects: [], clauses: [{ clause: 's1-t1-r1', status: 'completed' }] } as never);
    expect(cov.clauses).toEqual({ reported: ['s1-t1-r1'], missing: ['s1-t1-r2', 's1-t1-r3', 'box1-t1-r1'] });
    const views = measureViews(plan, unitNames([plan]));
    expect(views[0]).toMatchObject({ lead: ['县教育局'], support: ['县发展改革局', '各乡（镇）人民政府'] });
  });

  it('searches a task list row by row: each row with its task and deadline, the table itself not again', () => {
    const plan = bundle(TASK_LIST);
    const records = searchRecords([plan]);
    expect(records.some((r) => r.url.endsWith('#s1-t1'))).toBe(false);
    // Index shards are packed by this count: it must be the records the search really has.
    expect(searchRecordCount(plan)).toBe(records.length);
    const row = records.find((r) => r.url.endsWith('#s1-t1-r2'))!;
    const said = row.content.replace(/\s+/gu, '');
    expect(said).toContain('扩大学前资源');
    expect(said).toContain('完成时限：2028年上半年');
    expect(row.meta.kind).toContain('措施');
    expect(row.meta.text).toBe('改扩建乡镇中心园3所');
  });

  it('downloads each row’s task, deadline and lead and supporting units in measures.csv', () => {
    const plan = bundle(TASK_LIST);
    const measures = buildTables([plan], [plan]).find((t) => t.name === 'measures')!;
    expect(measures.rows[1]).toMatchObject({
      clause_id: 's1-t1-r2',
      task: '扩大学前资源',
      lead_units: '县教育局',
      support_units: '县发展改革局、各乡（镇）人民政府',
      deadline_printed: '2028年上半年',
      deadline_date: '2028-06-30',
    });
  });
});

describe('the importer and the site read the same rows', () => {
  it('gives every task-list row the importer reports a clause with the same id, text, units and deadline', () => {
    const r = importFixture('chapter-layout');
    const tableRows = r.measures.filter((m) => /-r\d+$/u.test(m.id));
    expect(tableRows.length).toBe(4);
    for (const m of tableRows) {
      const c = r.clauses.find((x) => x.id === m.id);
      expect(c, m.id).toBeDefined();
      expect(c!.text).toBe(m.text);
      expect(c!.row!.lead).toEqual(m.lead);
      expect(c!.units).toEqual([...m.lead, ...m.units, ...m.support]);
      expect(c!.row!.deadline).toEqual(m.deadline);
    }
  });
});
