/**
 * A search result for a table row names the row (学前三年毛入园率：2020年 95%，2025年目标 96%), never the
 * header line that opens the table (`项 目 2020年 2025年 属性 · 专栏1表格`): a row that is an indicator is
 * found as that indicator, any other row is a result of its own, opening its row of the full text.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { tableRows } from '../../src/lib/model/table-rows.ts';
import { renderClauses } from '../../src/lib/publish/render-text.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const records = searchRecords(model.plans, model.plans, model.concepts);

/** Every table's header line, its cells squashed: what no result may be titled or excerpted with. */
const headers = model.plans.flatMap((p) => p.clauses.filter((c) => c.kind === 'table').map((c) => c.text.split('\n')[0]!.replace(/[\s\u3000]+/gu, '')));

describe('the shipped indicator tables', () => {
  it('give no result titled or excerpted with their header line', () => {
    expect(headers.length).toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/[\s\u3000·]+/gu, '');
    const bad = records.filter((r) => headers.some((h) => squash(r.meta.title!).includes(h) || squash(r.meta.text ?? '').includes(h)));
    expect(bad.map((r) => r.meta.title)).toEqual([]);
    expect(records.filter((r) => /表格 ·|^项\s*目|^指\s*标|^学\s*段/.test(r.meta.title!)).map((r) => r.meta.title)).toEqual([]);
  });

  it('are found row by row as their indicators, each excerpt naming the row, its years and its target', () => {
    const r = records.find((x) => x.url === '/plans/pingluo-edu-2021-2025/indicators/preschool-gross-enrolment/')!;
    expect(r.meta.title).toBe('学前三年毛入园率 · 指标 · 平罗县规划');
    expect(r.meta.text).toMatch(/^学前三年毛入园率：2020年 95%，2025年目标 96%，约束性指标（也称：/);
    const xq = records.find((x) => x.url === '/plans/xingqing-edu-2021-2025/indicators/preschool-gross-enrolment/')!;
    // A figure printed with its unit keeps it as printed.
    expect(xq.meta.text).toMatch(/^学前三年毛入园率：2020年 101\.93%，2025年目标 103%/);
  });

  it('read each row by its name, the group and the other cells under their headers', () => {
    const pl = model.plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const rows = tableRows(pl.clauses.find((c) => c.id === 'box1-t1')!);
    expect(rows[0]).toMatchObject({ n: 1, name: '学前三年毛入园率（%）', text: '学前三年毛入园率（%）：学前教育，2020年 95，2025年 96，属性 约束性' });
  });
});

describe('a table whose rows are not indicators', () => {
  const root = fixtureRoot();
  appendFileSync(
    join(root, 'content/plans/demo-edu-2021-2025/plan.md'),
    ['', '新建和扩建的学校：', '', '| 学 校 | 现有班数 | 新增班数 |', '| --- | --- | --- |', '| 城北幼儿园 | 6 | 6 |', '| 城南小学 | 24 | 12 |', ''].join('\n'),
  );
  const loaded = loadContent(root);
  const plan = loaded.model.plans[0]!;
  const table = plan.clauses.find((c) => c.kind === 'table' && c.text.includes('城北幼儿园'))!;

  it('gives each row a result titled by its name, excerpted cell by cell, opening its row', () => {
    expect(loaded.problems).toEqual([]);
    const own = searchRecords([plan], [plan]).filter((r) => r.url.includes(`#${table.id}-r`));
    expect(own.map((r) => [r.url, r.meta.title, r.meta.text])).toEqual([
      [`/plans/demo-edu-2021-2025/text/#${table.id}-r1`, `城北幼儿园 · ${table.label}第1行 · 示例县规划`, '城北幼儿园：现有班数 6，新增班数 6'],
      [`/plans/demo-edu-2021-2025/text/#${table.id}-r2`, `城南小学 · ${table.label}第2行 · 示例县规划`, '城南小学：现有班数 24，新增班数 12'],
    ]);
    expect(own[0]!.meta.cite).toBe(`《示例县教育事业发展“十四五”规划》${table.label}第1行`);
  });

  it('the full text gives each row the anchor a result opens', () => {
    const html = renderClauses(plan.body).find((c) => c.clause.id === table.id)!.html;
    expect(html).toContain(`<tr id="${table.id}-r1">`);
    expect(html).toContain(`<tr id="${table.id}-r2">`);
  });
});
