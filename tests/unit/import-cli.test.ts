/**
 * `scripts/import` on documents nobody here has seen: a new plan with the same conventions imports
 * into valid content without code changes; an unknown structure stops it with the line, writing nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { REPO, runScript, treeDigest } from '../helpers/run.ts';

function emptyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  return root;
}

describe('npm run import', () => {
  it('imports a new county plan into valid content and reports what it recognised', () => {
    const root = emptyRoot();
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'new-county.txt'), join(FIXTURES, 'import', 'new-county.yaml'), '--content', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // What it recognised is said to staff in Chinese.
    expect(r.stdout).toContain('章（第一层级）：5');
    expect(r.stdout).toContain('专栏：1，表格：1');
    expect(r.stdout).toContain('指标：3');
    expect(r.stdout).toContain('写明责任单位的措施：3');
    expect(r.stdout).toContain('重大项目：2');
    expect(r.stdout).toContain('分页处断开的段落接续 1 处');
    expect(r.stdout).toContain('核对报告（提交前请阅读）：');
    expect(r.stdout).not.toMatch(/chapters|indicators|review report/u);
    const { problems, model } = loadContent(root);
    expect(problems.map(formatProblem)).toEqual([]);
    const plan = model.plans[0]!;
    expect(plan.clauses.find((c) => c.id === 's3-2-1')!.units).toEqual(['县委编办', '教育局', '住建局', '各乡镇']);
    expect(plan.indicators.map((i) => i.id)).toEqual(['preschool-gross-enrolment', 'compulsory-retention', 'working-age-years-of-schooling']);
    expect(plan.projects[0]!.floorArea[0]!.value).toBe(5000);
    expect(readFileSync(join(root, 'content/sources/shili-edu-2021-2025.txt'))).toEqual(readFileSync(join(FIXTURES, 'import', 'new-county.txt')));
  });

  it('says the same in English with --lang en', () => {
    const root = emptyRoot();
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'new-county.txt'), join(FIXTURES, 'import', 'new-county.yaml'), '--content', root, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('chapters: 5');
    expect(r.stdout).toContain('专栏 boxes: 1, tables: 1');
    expect(r.stdout).toContain('measures with responsible units: 3');
    expect(r.stdout).toContain('1 page breaks joined');
    expect(r.stdout).toContain('review report: ');
  });

  it('imports a plan with numbering it does not know, the line published as printed and listed as a warning with its fix', () => {
    const root = emptyRoot();
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'unknown-numbering.txt'), '--content', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('警告：以下内容已按原文发布，但未能读懂（1处）');
    expect(r.stdout).toContain('第3行：导入程序不认识这种编号（Roman numerals Ⅰ、Ⅱ、）');
    expect(r.stdout).toContain('原文：Ⅰ、总体要求');
    expect(r.stdout).toContain('修改方法：');
    const id = readdirSync(join(root, 'content', 'plans'))[0]!;
    expect(readFileSync(join(root, 'content', 'plans', id, 'plan.md'), 'utf8')).toContain('Ⅰ、总体要求');
    expect(readFileSync(join(root, 'import-reports', `${id}.html`), 'utf8')).toContain('导入程序不认识这种编号');
    expect(readFileSync(join(root, 'content', 'sources', `${id}.profile.yaml`), 'utf8')).toMatch(/warnings:\n\s+- line: 3/u);
  });

  it('imports a flattened table whose cells do not line up as its lines, warning with the line, in English too', () => {
    const root = emptyRoot();
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'broken-flattened-table.txt'), '--content', root, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/line 45: a flattened table cell with 2 values for 3 rows \(column 3\); the table's lines are published as printed/u);
    expect(r.stdout).toContain('fix: put each row of the table on one line');
    expect(existsSync(join(root, 'content', 'plans'))).toBe(true);
  });

  it('refuses metadata with a mistake, naming the field', () => {
    const root = emptyRoot();
    const meta = join(root, 'meta.yaml');
    cpSync(join(FIXTURES, 'import', 'new-county.yaml'), meta);
    const text = readFileSync(meta, 'utf8').replace('kind: five-year-plan', 'kind: five-year');
    writeFileSync(meta, text);
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'new-county.txt'), meta, '--content', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kind: expected one of "five-year-plan", "action-plan", found "five-year". Did you mean "five-year-plan"?');
  });

  it('refuses a text whose SHA-256 is not the one its metadata records, and writes nothing', () => {
    const root = emptyRoot();
    const meta = join(root, 'meta.yaml');
    writeFileSync(meta, readFileSync(join(FIXTURES, 'import', 'new-county.yaml'), 'utf8') + `sourceSha256: "${'f'.repeat(64)}"\n`);
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'new-county.txt'), meta, '--content', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`is not the one recorded in ${meta} (sourceSha256 ${'f'.repeat(64)}, found `);
    expect(r.stderr).toContain('Nothing was written.');
    expect(r.stderr).toContain('官方文本不得改动');
    expect(existsSync(join(root, 'content', 'plans'))).toBe(false);
  });

  it('honours CONTENT_ROOT like every other command', () => {
    const root = emptyRoot();
    const r = runScript('import.ts', [join(FIXTURES, 'import', 'new-county.txt'), join(FIXTURES, 'import', 'new-county.yaml')], { CONTENT_ROOT: root });
    expect(r.code).toBe(0);
    expect(existsSync(join(root, 'content/plans/shili-edu-2021-2025/plan.md'))).toBe(true);
  });
});

describe('npm run import through scripts/run.ts (Node’s compile cache on before the command loads)', () => {
  it('is the script npm runs, and gives what the command run directly gives', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.import).toBe('node scripts/run.ts import');
    const args = (root: string) => [join(FIXTURES, 'import', 'new-county.txt'), join(FIXTURES, 'import', 'new-county.yaml'), '--content', root];
    const [a, b] = [emptyRoot(), emptyRoot()];
    const direct = runScript('import.ts', args(a));
    const started = runScript('run.ts', ['import', ...args(b)]);
    expect(started.code).toBe(0);
    expect(started.stdout.replaceAll(b, '<root>')).toBe(direct.stdout.replaceAll(a, '<root>'));
    expect(treeDigest(join(b, 'content'))).toBe(treeDigest(join(a, 'content')));
  });

  it('starts only a script of scripts/ named plainly', () => {
    const r = runScript('run.ts', ['../tests/helpers/run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/run.ts <command>');
  });
});
