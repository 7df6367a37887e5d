/**
 * Round four of bad inputs, content half (see README-round4.md): a progress file whose name is not its year
 * no longer crashes the published-value rule, and a percentage written as a fraction (0.931 for 93.1 %) is
 * refused wherever it comes from, JSON or workbook.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem, formatProblemZh } from '../../../src/lib/content/problems.ts';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { runScript } from '../../helpers/run.ts';
import { G, IND, PLAN } from './cases.ts';

const STACK = /\n\s+at |\bE[A-Z]{3,}\b/;

function committedTree(): string {
  const root = fixtureRoot();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Publish 2023');
  return root;
}

const edit = (root: string, file: string, change: (o: any) => void) => {
  const o = JSON.parse(readFileSync(join(root, file), 'utf8'));
  change(o);
  writeFileSync(join(root, file), JSON.stringify(o, null, 2));
};

describe('a progress file whose name is not its year, in a git working tree', () => {
  it('2023.json renamed 2024.json: the year is named, not a crash on the old path', () => {
    const root = committedTree();
    renameSync(join(root, G), join(root, `content/progress/${PLAN}/2024.json`));
    const r = runScript('validate.ts', [root, '--today', '2026-12-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain(`content/progress/${PLAN}/2024.json:3:3：字段 year：应为 2024（文件名中的年份），实际为 2023。`);
  }, 120_000);

  it('a copy saved as 2023 (1).json beside the committed file: named, no crash', () => {
    const root = committedTree();
    writeFileSync(join(root, `content/progress/${PLAN}/2023 (1).json`), readFileSync(join(root, G)));
    const r = runScript('validate.ts', [root, '--today', '2026-12-01', '--since', 'HEAD']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`content/progress/${PLAN}/2023 (1).json`);
  }, 120_000);
});

describe('a percentage written as a fraction', () => {
  const lines = (root: string) => loadContent(root, { today: '2026-12-01' }).problems;

  it('0.912 for 91.2 % of a rate printed 88.51 → 95: refused, note or not, with the percent it reads as', () => {
    const root = fixtureRoot();
    edit(root, G, (o) => (o.indicators[0].value = 0.912)); // the fixture's entry carries a note
    const p = lines(root);
    expect(p.map(formatProblemZh)).toEqual([
      `${G}:10:7：字段 indicators[0].value：“学前教育毛入园率”应为百分数（其基期值和目标值都不低于 88.51），实际为 0.912，像是写成了小数：0.912 即 91.2%。修改方法：如果是 91.2%，请填写 91.2（不是 0.912）。`,
    ]);
    expect(formatProblem(p[0]!)).toContain('found 0.912, which reads as a fraction: 0.912 = 91.2%. Write 91.2 for 91.2%.');
  });

  it('1 for 100 % of a rate whose baseline and target are 99 and 100: refused', () => {
    const root = fixtureRoot();
    edit(root, IND, (o) => Object.assign(o.indicators[0], { baseline: { year: 2020, value: 99, text: '99' }, target: { year: 2025, value: 100, text: '100' } }));
    edit(root, G, (o) => (o.indicators[0].value = 1));
    expect(lines(root).map(formatProblemZh).join('\n')).toContain('实际为 1，像是写成了小数：1 即 100%');
  });

  it('a small rate (a dropout rate 1.2 → 0.5) stays a small rate', () => {
    const root = fixtureRoot();
    edit(root, IND, (o) => Object.assign(o.indicators[0], { name: '初中辍学率', direction: 'decrease', concept: undefined, baseline: { year: 2020, value: 1.2, text: '1.2' }, target: { year: 2025, value: 0.5, text: '0.5' } }));
    edit(root, G, (o) => (o.indicators[0].value = 0.8));
    expect(lines(root).map(formatProblemZh)).toEqual([]);
  });
});

describe('an indicator value that is not the number its cell prints', () => {
  const lines = (root: string) => loadContent(root, { today: '2026-12-01' }).problems.map(formatProblemZh);

  it('a baseline printed 88.51 stored as 88.5 (rounded): refused with the printed number', () => {
    const root = fixtureRoot();
    edit(root, IND, (o) => (o.indicators[0].baseline.value = 88.5));
    expect(lines(root)).toEqual([
      `${IND}:12:9：字段 indicators[0].baseline.value：应为原文所印的数：text 为“88.51”，value 应为 88.51（实际为 88.5）。修改方法：请写 "value": 88.51，与原文一致；官方数字不能四舍五入或删去。`,
    ]);
  });

  it('a target printed 95% stored as null (dropped), and one printed 1,200 stored as 1.2', () => {
    const root = fixtureRoot();
    edit(root, IND, (o) => {
      o.indicators[0].target = { year: 2025, value: null, text: '95%' };
      Object.assign(o.indicators[1], { unit: '人', concept: undefined, baseline: { year: 2020, value: 1.2, text: '1,200' } });
    });
    const got = lines(root).join('\n');
    expect(got).toContain('indicators[0].target.value：应为原文所印的数：text 为“95%”，value 应为 95（实际为 null）');
    expect(got).toContain('indicators[1].baseline.value：应为原文所印的数：text 为“1,200”，value 应为 1200（实际为 1.2）');
  });

  it('a cell that prints words or a range is not a number to compare (通过自治区评估认定, ≥95, 4.5万)', () => {
    const root = fixtureRoot();
    edit(root, IND, (o) => (o.indicators[0].target = { year: 2025, value: 95, text: '≥95' }));
    expect(lines(root)).toEqual([]);
  });
});

describe('a YAML mistake is said in Chinese, for what the file is', () => {
  it('a tab in the front matter: the YAML parser\'s English becomes a Chinese reason', () => {
    const root = fixtureRoot();
    const md = `content/plans/${PLAN}/plan.md`;
    writeFileSync(join(root, md), readFileSync(join(root, md), 'utf8').replace('  name: 示例县', '\tname: 示例县'));
    const zh = loadContent(root, { today: '2026-12-01' }).problems.map(formatProblemZh);
    expect(zh[0]).toBe(`${md}:5:1：开头的元数据（front matter）不是有效的 YAML（缩进用了 Tab 键；YAML 只能用空格缩进）。修改方法：在两行 --- 之间每行写一个“字段: 值”；含有“:”的文字请加引号。`);
  });

  it('the importer\'s metadata file: "元数据文件", not front matter between two --- lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'round4-yaml-'));
    writeFileSync(join(dir, 'plan.yaml'), 'id: shili-edu-2021-2025\nid: other\n');
    const r = runScript('run.ts', ['import', join(import.meta.dirname, '../../fixtures/import/new-county.txt'), join(dir, 'plan.yaml'), '--content', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'plan.yaml')}:2:1：元数据文件不是有效的 YAML（同一个字段出现了两次）。修改方法：每行写一个“字段: 值”，缩进用空格`);
  }, 60_000);
});
