/**
 * A published official figure stays on the record whichever way staff change it: a committed progress file
 * that lowers or changes an official value without keeping the earlier one and a reason in `revisions` is
 * refused by npm run validate (no --since needed), as the workbook import refuses it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runScript } from '../helpers/run.ts';

const FILE = 'content/progress/pingluo-edu-2021-2025/2024.json';
const SOURCE = { title: '平罗县2024年教育事业统计公报', publisher: '平罗县教育体育局', url: 'https://www.pingluo.gov.cn/2024.html', date: '2025-03-10', quote: '学前三年毛入园率95.3%' };

function repoWith(value: number): { root: string; git: (...a: string[]) => void; set: (edit: (e: Record<string, unknown>) => void) => void } {
  const root = mkdtempSync(join(tmpdir(), 'published-'));
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  const git = (...args: string[]) => void execFileSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
  const set = (edit: (e: Record<string, unknown>) => void) => {
    const f = JSON.parse(readFileSync(join(root, FILE), 'utf8'));
    for (const x of [...f.indicators, ...f.clauses, ...f.projects]) x.provenance ??= 'illustrative'; // one official figure among illustrative ones
    const e = f.indicators.find((x: { indicator: string }) => x.indicator === 'preschool-gross-enrolment');
    edit(e);
    writeFileSync(join(root, FILE), `${JSON.stringify(f, null, 2)}\n`);
  };
  set((e) => Object.assign(e, { value, provenance: 'official', source: SOURCE, note: undefined }));
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Publish 2024 with an official figure');
  return { root, git, set };
}

const validate = (root: string) => runScript('validate.ts', [root, '--today', '2026-06-01']);

describe('the published-value rule in the validator', () => {
  it('refuses an official figure lowered in a later commit without a revision', () => {
    const { root, git, set } = repoWith(95.3);
    set((e) => (e.value = 90.2));
    git('commit', '-qam', 'Lower the figure');
    const r = validate(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${FILE}:`);
    expect(r.stderr).toContain('已发布的数值 95.3 被改为 90.2，但没有记录原值和更正原因');
  }, 600_000);

  it('refuses the same change before it is committed, and a figure removed', () => {
    const { root, set } = repoWith(95.3);
    set((e) => (e.value = null));
    const r = validate(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已发布的数值 95.3 被改为 空');
  }, 600_000);

  it('accepts the change once the earlier value and a reason are kept in revisions', () => {
    const { root, git, set } = repoWith(95.3);
    set((e) => Object.assign(e, { value: 90.2, revisions: [{ value: 95.3, published: '2025-03-15', note: '按全口径在园幼儿数更正' }] }));
    git('commit', '-qam', 'Correct the figure');
    const r = validate(root);
    expect(r.stderr).not.toContain('没有记录原值和更正原因');
  }, 600_000);

  it('leaves illustrative figures free to be remade', () => {
    const root = mkdtempSync(join(tmpdir(), 'published-'));
    cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
    const git = (...args: string[]) => void execFileSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'Illustrative data');
    const text = readFileSync(join(root, FILE), 'utf8');
    writeFileSync(join(root, FILE), text.replace('"value": 95.3', '"value": 80'));
    git('commit', '-qam', 'Remake the illustration');
    expect(validate(root).stderr).not.toContain('没有记录原值和更正原因');
  }, 600_000);
});
