/**
 * Every import writes the structure profile next to the source and a review report for the clerk.
 * Staff correct the profile, not the code: a column role or a confirmed prose target changes the next
 * import, and the same text with the same profile always gives the same files.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { IMPORT_FIXTURES } from '../helpers/import-fixture.ts';
import { runScript, treeDigest } from '../helpers/run.ts';

function importInto(root: string, name = 'chapter-layout') {
  return runScript('import.ts', [join(IMPORT_FIXTURES, `${name}.txt`), join(IMPORT_FIXTURES, `${name}.yaml`), '--content', root]);
}

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-profile-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  return root;
}

describe('structure profile and review report', () => {
  const root = freshRoot();
  const first = importInto(root);
  const profilePath = join(root, 'content/sources/hexi-edu-2026-2030.profile.yaml');
  const indicatorsPath = join(root, 'content/plans/hexi-edu-2026-2030/indicators.json');

  it('writes a readable profile: outline styles, column roles, furniture, responsibility phrasings, projects, prose targets', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const text = readFileSync(profilePath, 'utf8');
    expect(text).toContain('# 结构配置（structure profile）');
    const p = parse(text);
    expect(p.outline.map((o: { style: string; level: number }) => `${o.style}${o.level}`)).toEqual(['第…章1', '第…节2', '一、3', '（一）4', '1.5', '（1）6', '①7']);
    expect(p.tables.map((t: { clause: string; kind: string }) => `${t.clause}:${t.kind}`)).toEqual(['ch2-sec2-t1:indicators', 'ch3-sec2-1-t1:tasks', 'end-t1:projects']);
    expect(p.tables[1].columns.map((c: { role: string }) => c.role)).toEqual(['no', 'task', 'measure', 'units', 'deadline']);
    expect(p.furniture).toMatchObject({ tableOfContents: 8 });
    expect(p.responsibility).toEqual(['X牵头、Y按职责分工负责', '任务清单中的责任单位列', '（责任单位：X牵头，Y配合）', '（责任单位：…）']);
    expect(p.projects).toEqual([{ clause: 'end-t1', kind: 'table', count: 2 }]);
    expect(p.proseTargets).toHaveLength(4);
    const { problems } = loadContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('writes a review report with the outline, column roles, every item beside its source line, and what was removed', () => {
    expect(first.stdout).toContain('核对报告（提交前请阅读）：');
    const html = readFileSync(join(root, 'import-reports/hexi-edu-2026-2030.html'), 'utf8');
    for (const s of ['<h2>大纲</h2>', '<h2>表格及各列含义</h2>', '<h2>指标</h2>', '<h2>任务措施</h2>', '<h2>重大项目</h2>', '<h2>删除或接续的内容</h2>', '<h2>未归入任何结构的行（作为普通段落发布）</h2>']) {
      expect(html).toContain(s);
    }
    expect(html).toContain('<code>ch3-sec1-1-1-1</code>');
    expect(html).toContain('<td>完成时限 <code>deadline</code></td>');
    expect(html).toContain('<code>学前教育\t学前三年毛入园率\t%\t93.2\t≥95\t约束性</code>');
    expect(html).toContain('<td>62</td><td>学前教育扩容</td>');
    expect(html).toContain('<td>13</td><td>目录</td><td><code>第一章 发展基础与形势 ……………………………………… 1</code></td>');
    expect(html).not.toMatch(/<script/u);
  });

  it('gives the same files for the same text and profile', () => {
    const before = treeDigest(join(root, 'content'));
    const again = importInto(root);
    expect(again.code).toBe(0);
    expect(treeDigest(join(root, 'content'))).toBe(before);
  });

  it('publishes a prose target as an indicator once staff confirm it in the profile', () => {
    const p = parse(readFileSync(profilePath, 'utf8'));
    p.proseTargets[3].confirmed = true;
    writeFileSync(profilePath, stringify(p));
    expect(importInto(root).code).toBe(0);
    const ind = JSON.parse(readFileSync(indicatorsPath, 'utf8')).indicators;
    expect(ind.at(-1)).toEqual({
      id: 'prose-ch3-sec1-1-2-1',
      no: 8,
      name: '一级及以上幼儿园占比',
      unit: '%',
      group: null,
      baseline: { year: 2025, value: null, text: '' },
      target: { year: 2028, value: 60, text: '达到60%' },
      attribute: null,
      direction: 'increase',
      origin: 'prose',
      source: { clause: 'ch3-sec1-1-2', raw: '一级及以上幼儿园占比达到60%' },
    });
    expect(parse(readFileSync(profilePath, 'utf8')).proseTargets[3].confirmed).toBe(true);
    expect(loadContent(root).problems.map(formatProblem)).toEqual([]);
  });

  it('reads a table by the column roles staff set in the profile', () => {
    const p = parse(readFileSync(profilePath, 'utf8'));
    p.tables[0].columns[5].role = 'other';
    writeFileSync(profilePath, stringify(p));
    expect(importInto(root).code).toBe(0);
    const ind = JSON.parse(readFileSync(indicatorsPath, 'utf8')).indicators;
    expect(ind[0].attribute).toBeNull();
    expect(readFileSync(join(root, 'import-reports/hexi-edu-2026-2030.html'), 'utf8')).toContain('（按结构配置文件）');
  });

  it('refuses a profile with an unknown column role, naming the field, and writes nothing', () => {
    const p = parse(readFileSync(profilePath, 'utf8'));
    p.tables[0].columns[5].role = 'leader';
    writeFileSync(profilePath, stringify(p));
    const before = treeDigest(join(root, 'content', 'plans'));
    const r = importInto(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tables.0.columns.5.role');
    expect(r.stderr).toContain('列的含义只能是：no、group、name');
    expect(r.stderr).toContain('Nothing was written.');
    expect(treeDigest(join(root, 'content', 'plans'))).toBe(before);
  });
});
