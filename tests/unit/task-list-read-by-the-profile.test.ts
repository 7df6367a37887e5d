/**
 * A task list whose header the importer cannot read (序号｜工作安排｜推进方式｜承办部门｜节点) is one block
 * of text until staff describe it in the structure profile. Then the importer writes that reading into the
 * plan's front matter (`tables`), and the site reads the table the same way: its rows become measures.
 * A reading that names no table of the text, or gives the wrong number of roles, is refused in Chinese.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { assemblePlan } from '../../src/lib/model/plan.ts';
import { taskClauses } from '../../src/lib/model/tasks.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemZh } from '../../src/lib/content/problems.ts';
import type { Profile } from '../../src/lib/import/profile.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { fixtureText, importFixture } from '../helpers/import-fixture.ts';

const TEXT = fixtureText('chapter-layout').replace('序号\t重点任务\t具体措施\t责任单位\t完成时限', '序号\t工作安排\t推进方式\t承办部门\t节点');
const TABLE = 'ch3-sec2-1-t1';

function siteModel(planMd: string) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/u.exec(planMd)!;
  return assemblePlan(PlanSchema.parse(parse(front!)), body!);
}

describe('a task list read as staff describe it', () => {
  const first = importFixture('chapter-layout', TEXT);
  const profile: Profile = structuredClone(first.profile);
  const entry = profile.tables.find((t) => t.clause === TABLE)!;

  it('is one block of text while its header is unknown', () => {
    expect(entry.kind).toBe('other');
    expect(first.planMd).not.toMatch(/^tables:/mu);
    expect(siteModel(first.planMd).clauses.filter((c) => c.kind === 'row')).toEqual([]);
  });

  it('has its rows read as measures on the site once staff set its kind and column roles in the profile', () => {
    entry.kind = 'tasks';
    entry.columns.forEach((c, i) => (c.role = (['no', 'task', 'measure', 'units', 'deadline'] as const)[i]!));
    const again = importFixture('chapter-layout', TEXT, { profile });
    expect(again.planMd).toContain(`tables:\n  - clause: ${TABLE}\n    kind: tasks\n    roles:\n      - no\n      - task\n      - measure\n      - units\n      - deadline\n`);
    const plan = siteModel(again.planMd);
    const rows = plan.clauses.filter((c) => c.kind === 'row');
    expect(rows.map((r) => r.id)).toEqual(again.measures.filter((m) => m.clause === TABLE).map((m) => m.id));
    expect(rows[0]).toMatchObject({ text: '新建城北幼儿园，新增学位360个', units: ['县教育局', '县发展改革局'], row: { task: '学前教育扩容', deadline: { text: '2027年底前' } } });
    expect(taskClauses(plan).map((c) => c.id)).toContain(`${TABLE}-r4`);
    // The same text with the same profile gives the same files.
    expect(importFixture('chapter-layout', TEXT, { profile }).planMd).toBe(again.planMd);
  });
});

describe('the validator checks a table reading in plan.md', () => {
  const withReading = (reading: string) => {
    const root = fixtureRoot();
    const md = join(root, 'content/plans/demo-edu-2021-2025/plan.md');
    const text = readFileSync(md, 'utf8');
    writeFileSync(md, text.replace(/^---\n/u, `---\ntables:\n${reading}`));
    return loadContent(root).problems.map((p) => formatProblemZh(p));
  };

  it('refuses a reading of a table the text does not have, naming the field, in Chinese', () => {
    const problems = withReading('  - clause: s9-t1\n    kind: tasks\n    roles: [task, units]\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('plan.md');
    expect(problems[0]).toContain('tables[0].clause');
    expect(problems[0]).toContain('“s9-t1”，正文中没有这个编号的表格');
  });

  it('refuses an unknown column role, listing the roles it accepts', () => {
    const problems = withReading('  - clause: s1-t1\n    kind: tasks\n    roles: [task, leader]\n');
    expect(problems.join('\n')).toContain('tables[0].roles[1]');
  });
});
