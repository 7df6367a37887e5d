/**
 * Checks a careful statistician makes: a rate outside its domain, a change far beyond the indicator's own
 * history, a year copied from the last, and a published figure changed without its earlier value and a
 * reason. Impossible values are refused outright; unusual ones pass once a note explains them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, formatProblemZh } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';

const PROGRESS = 'content/progress/demo-edu-2021-2025/2023.json';

function edit(root: string, file: string, change: (o: any) => void): void {
  const path = join(root, file);
  const o = JSON.parse(readFileSync(path, 'utf8'));
  change(o);
  writeFileSync(path, `${JSON.stringify(o, null, 2)}\n`);
}
const zh = (root: string) => loadContent(root).problems.map(formatProblemZh);

describe('a rate outside its domain', () => {
  it('refuses a 1027.3 % gross enrolment rate, note or not', () => {
    const root = fixtureRoot();
    edit(root, PROGRESS, (o) => (o.indicators[0].value = 1027.3));
    expect(zh(root)).toEqual([
      `${PROGRESS}:10:7：字段 indicators[0].value：“学前教育毛入园率”应为不超过 150 的百分比（毛入学率可以超过 100%，但不会超过 150%），实际为 1027.3。修改方法：检查小数点（93.1 而不是 931）和单位。`,
    ]);
  });

  it('refuses a share above 100 % that is not a gross rate', () => {
    const root = fixtureRoot();
    edit(root, PROGRESS, (o) => o.indicators.push({ indicator: 'compulsory-quality-balanced', value: 100.5, note: '口径说明' }));
    const lines = loadContent(root).problems.map(formatProblem);
    expect(lines).toEqual([`${PROGRESS}:15:7: indicators[1].value: expected a percentage of at most 100 for 义务教育优质均衡发展县比例, found 100.5. Check the decimal point (93.1, not 931) and the unit.`]);
  });

  it('accepts a gross rate above 100 % (pupils of any age count)', () => {
    const root = fixtureRoot();
    edit(root, PROGRESS, (o) => (o.indicators[0].value = 101.9));
    expect(zh(root)).toEqual([]);
  });
});

describe('a change far beyond the history', () => {
  const year2024 = (value: number, note?: string) => (root: string) => {
    cpSync(join(root, PROGRESS), join(root, PROGRESS.replace('2023', '2024')));
    edit(root, PROGRESS.replace('2023', '2024'), (o) => {
      o.year = 2024;
      o.asOf = '2024-12-31';
      o.published = '2025-03-15';
      o.indicators[0].value = value;
      if (note === undefined) delete o.indicators[0].note;
      else o.indicators[0].note = note;
    });
  };

  it('needs a note for 91.2 → 9.12 (a slipped decimal point)', () => {
    const root = fixtureRoot();
    year2024(9.12)(root);
    expect(zh(root)).toEqual([
      'content/progress/demo-edu-2021-2025/2024.json:10:7：字段 indicators[0].value：“学前教育毛入园率”从 2023 年的 91.2 变为 9.12，每年变化约 82.08，远超这项指标以往每年约 1.9 的变化幅度。修改方法：请核对数值；确实如此时，在 note（台账“备注”列）中说明原因。',
    ]);
  });

  it('passes with a note that explains it', () => {
    const root = fixtureRoot();
    year2024(9.12, '2024 年起改按新口径统计，数值不可与往年比较。')(root);
    expect(zh(root)).toEqual([]);
  });

  it('does not question an ordinary year (91.2 → 92.4)', () => {
    const root = fixtureRoot();
    year2024(92.4)(root);
    expect(zh(root)).toEqual([]);
  });
});

describe('a year copied from the last', () => {
  it('refuses every value equal to last year’s, with last year’s notes', () => {
    const root = mkdtempSync(join(tmpdir(), 'copied-'));
    cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
    const dir = 'content/progress/pingluo-edu-2021-2025';
    const last = JSON.parse(readFileSync(join(root, dir, '2024.json'), 'utf8'));
    edit(root, `${dir}/2025.json`, (o) => (o.indicators = last.indicators));
    const lines = zh(root);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/progress\/pingluo-edu-2021-2025\/2025\.json:\d+:\d+：字段 indicators：全部 11 项指标数值都与 2024 年完全相同，像是复制了上一年的表。/);
    edit(root, `${dir}/2025.json`, (o) => (o.indicators[0].note = '2025 年各项指标与上年持平，经核实无误。'));
    expect(zh(root)).toEqual([]);
  });
});

describe('a published figure changed', () => {
  function repo(): string {
    const root = fixtureRoot();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'publish 2023');
    return root;
  }

  it('needs the earlier value and a reason in revisions (npm run validate -- --since HEAD)', () => {
    const root = repo();
    edit(root, PROGRESS, (o) => (o.indicators[0].value = 91.5));
    const bad = runScript('validate.ts', [root, '--since', 'HEAD']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      `${PROGRESS}:10:7：字段 indicators[0].value：“学前教育毛入园率”2023 年已发布的数值 91.2 被改为 91.5，但没有记录原值和更正原因。修改方法：在该项的 revisions 中加一条 { "value": 91.2, "published": "2024-03-15", "note": "更正原因" }（台账：在“修订”表中加一行）。`,
    );
    edit(root, PROGRESS, (o) => (o.indicators[0].revisions = [{ value: 91.2, published: '2024-03-15', note: '按全口径在园幼儿数更正。' }]));
    const good = runScript('validate.ts', [root, '--since', 'HEAD']);
    expect(good.code, good.stderr).toBe(0);
  });

  it('skips the check, saying so, when the revision cannot be read (a first push)', () => {
    const root = repo();
    const r = runScript('validate.ts', [root, '--since', '0000000000000000000000000000000000000000']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('提示：无法读取 0000000000000000000000000000000000000000 时的内容，未检查对已发布数值的修订。');
  });
});
