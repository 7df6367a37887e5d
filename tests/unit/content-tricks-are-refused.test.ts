/**
 * Content tricks the validator refuses, each naming the file and field: names that differ only by invisible
 * zero-width characters, ids too long to become a folder of the built site, and, when one file of a plan
 * fails, the problems of its other files reported in the same run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContent } from '../../src/lib/content/load.ts';
import { characterFault } from '../../src/lib/content/limits.ts';
import { formatProblemZh } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const PLAN = 'content/plans/demo-edu-2021-2025';
function edit(root: string, file: string, change: (json: Record<string, any>) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}
const problems = (root: string) => loadContent(root).problems.map(formatProblemZh);

describe('invisible characters', () => {
  it('two indicator names that differ only by U+200B and U+200D are both refused', () => {
    const root = fixtureRoot();
    edit(root, `${PLAN}/indicators.json`, (f) => {
      f.indicators[0].name = '学前教育\u200b毛入园率';
      f.indicators[1].name = `${f.indicators[0].name.replace('\u200b', '')}\u200d`;
    });
    const out = problems(root);
    expect(out).toContain(`${PLAN}/indicators.json:7:7：字段 indicators[0].name：应为普通文字，第 5 个字符处发现不可见的零宽字符（U+200B）。修改方法：删除该字符（多数编辑器里看不见：重新输入附近的文字，或从官方文件重新复制）。`);
    expect(out.some((l) => l.includes('字段 indicators[1].name：') && l.includes('不可见的零宽字符（U+200D）'))).toBe(true);
  });

  it('any zero-width character anywhere in a string is found (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }).filter((s) => characterFault(s) === null), fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'), fc.nat(), (text, zw, at) => {
        const i = at % (text.length + 1);
        const fault = characterFault(text.slice(0, i) + zw + text.slice(i));
        expect(fault?.zh).toMatch(/不可见的零宽字符/);
        expect(fault?.index).toBe(i);
      }),
      { seed: 26, numRuns: 200 },
    );
  });
});

describe('ids that would fail the build', () => {
  it('a 300-character indicator id is refused by the validator, not by the build', () => {
    const root = fixtureRoot();
    const long = `a${'-x'.repeat(150)}`.slice(0, 300);
    edit(root, `${PLAN}/indicators.json`, (f) => void (f.indicators[0].id = long));
    const out = problems(root);
    expect(out.some((l) => l.includes('字段 indicators[0].id：应为不超过 100 个字符的编号（编号是网站文件夹名和网址的一部分，太长会使网站无法生成）'))).toBe(true);
  });

  it('a project id of 101 characters too; 100 pass', () => {
    const root = fixtureRoot();
    edit(root, `${PLAN}/projects.json`, (f) => void (f.projects[0].id = 'p'.repeat(101)));
    expect(problems(root).some((l) => l.includes('字段 projects[0].id：应为不超过 100 个字符的编号'))).toBe(true);
  });
});

describe('one problem does not hide the others', () => {
  it('when the front matter fails, the indicators, projects and text are still checked', () => {
    const root = fixtureRoot();
    const md = join(root, PLAN, 'plan.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('kind: five-year-plan', 'kind: 五年规划').replace('为推动示例县', '为推动<b>示例县</b>'));
    edit(root, `${PLAN}/indicators.json`, (f) => void (f.indicators[0].unit = 42));
    edit(root, `${PLAN}/projects.json`, (f) => void (f.projects[0].no = 7));
    const out = problems(root).filter((l) => l.startsWith(PLAN));
    expect(out.some((l) => l.includes('plan.md') && l.includes('kind'))).toBe(true);
    expect(out.some((l) => l.includes('plan.md') && /HTML|<b>/.test(l))).toBe(true);
    expect(out.some((l) => l.includes('indicators.json') && l.includes('indicators[0].unit'))).toBe(true);
    expect(out.some((l) => l.includes('projects.json') && l.includes('projects[0].no'))).toBe(true);
  });
});
