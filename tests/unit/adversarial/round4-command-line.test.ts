/**
 * Round four of bad inputs, command lines (see README-round4.md): a command typed wrongly stops with one
 * sentence in the command's language and exit 1 (an unknown option, an option without its value, --lang fr,
 * a folder where a file belongs, a --today not on the calendar), never node's English or "unexpected error";
 * a relative path means the folder the clerk typed the command in, also under npm run (INIT_CWD); and
 * new:progress speaks Chinese to staff like every other command.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { runScript } from '../../helpers/run.ts';
import { PLAN } from './cases.ts';

const STACK = /\n\s+at |\bERR_[A-Z_]+\b|Unknown option|意外错误|EISDIR/;
const TODAY = ['--today', '2026-12-01'];

function refused(r: { code: number | null; stderr: string }, ...parts: string[]) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).not.toMatch(STACK);
  for (const p of parts) expect(r.stderr).toContain(p);
}

describe('a command typed wrongly', () => {
  it('an unknown option: named, with the usage, exit 1 (validate, import, sheet:import)', () => {
    refused(runScript('validate.ts', ['--bogus']), '命令不认识选项“--bogus”。用法：npm run validate');
    refused(runScript('run.ts', ['import', '--bogus']), '命令不认识选项“--bogus”。用法：npm run import');
    // sheet:import took an option for a file name ("找不到文件“--bogus”")
    refused(runScript('sheet-import.ts', ['--bogus', 'x.xlsx']), '命令不认识选项“--bogus”');
    refused(runScript('validate.ts', ['--bogus', '--lang', 'en']), 'unknown option "--bogus". Usage: npm run validate');
  }, 120_000);

  it('an option without its value, and a file name with spaces left unquoted', () => {
    refused(runScript('validate.ts', ['--today']), '选项“--today”后面应有一个值，实际没有。');
    refused(runScript('run.ts', ['import', '--content']), '选项“--content”后面应有一个值');
    refused(runScript('sheet-import.ts', ['我的', '台账.xlsx']), '命令不需要参数“台账.xlsx”', '请给文件名加上引号');
  }, 120_000);

  it('--lang with a value other than zh or en: refused in both languages (it was silently Chinese)', () => {
    for (const [script, args] of [['validate.ts', ['--lang', 'fr']], ['sheet-import.ts', ['x.xlsx', '--lang=de']], ['new-progress.ts', [PLAN, '2024', '--lang']]] as const) {
      const r = runScript(script, [...args]);
      refused(r, '--lang 应为 zh（中文）或 en（英文）', '--lang expects zh (Chinese) or en (English)');
    }
  }, 120_000);

  it('a folder where a file belongs: named as a folder (sheet:import died on EISDIR; import looked for "<folder>.yaml")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'round4-folder-'));
    refused(runScript('sheet-import.ts', [dir]), `应为 .xlsx 台账文件，实际“${dir}”是一个文件夹。`);
    refused(runScript('run.ts', ['import', dir]), `实际“${dir}”是一个文件夹`);
    mkdirSync(join(dir, 'plan.yaml'));
    refused(runScript('run.ts', ['import', join(REPO_FIXTURE, 'new-county.txt'), join(dir, 'plan.yaml'), '--lang', 'en']), `found the folder "${join(dir, 'plan.yaml')}"`);
  }, 120_000);

  it('--today not on the calendar: refused, not used as "today"', () => {
    const root = fixtureRoot();
    refused(runScript('validate.ts', [root, '--today', '2025-13-01']), '--today 应为日历上存在的日期，格式为 YYYY-MM-DD（如 2025-03-15），实际为“2025-13-01”。');
    refused(runScript('validate.ts', [root, '--today', '2025-02-30']), '实际为“2025-02-30”');
  }, 120_000);
});

const REPO_FIXTURE = join(import.meta.dirname, '../../fixtures/import');

describe('a relative path means the folder the command was typed in (npm keeps it in INIT_CWD)', () => {
  it('npm run validate -- <relative folder>, typed in another folder', () => {
    const root = fixtureRoot();
    const r = runScript('validate.ts', ['.', ...TODAY], { INIT_CWD: root });
    expect(r.stderr).toContain(`content: ${join(root, 'content')}`);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('CONTENT_ROOT=. npm run validate, typed in the content tree', () => {
    const root = fixtureRoot();
    const r = runScript('validate.ts', TODAY, { INIT_CWD: root, CONTENT_ROOT: '.' });
    expect(r.stderr).toContain(`content: ${join(root, 'content')}`);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('npm run sheet, then npm run sheet:import -- <name>, in the clerk\'s folder', () => {
    const root = fixtureRoot();
    const clerk = mkdtempSync(join(tmpdir(), 'round4-clerk-'));
    const made = runScript('sheet.ts', [PLAN, '2024'], { INIT_CWD: clerk, CONTENT_ROOT: root });
    expect(made.code, made.stderr).toBe(0);
    expect(readFileSync(join(clerk, `${PLAN}-2024.xlsx`)).length).toBeGreaterThan(1000);
    const r = runScript('sheet-import.ts', [`${PLAN}-2024.xlsx`], { INIT_CWD: clerk, CONTENT_ROOT: root });
    expect(r.stderr).not.toContain('找不到文件');
    expect(r.stderr).toContain('工作表“说明”第 6 行“发布日期”');
  }, 120_000);
});

describe('new:progress speaks Chinese to staff, English with --lang en', () => {
  it('its refusals', () => {
    const root = fixtureRoot();
    refused(runScript('new-progress.ts', [PLAN, '20x', '--content', root]), '年份应为四位数字，如 2026，实际为“20x”。');
    refused(runScript('new-progress.ts', ['nosuch-edu', '2024', '--content', root]), '应为 content/plans/ 中某个规划的编号，实际为“nosuch-edu”。');
    refused(runScript('new-progress.ts', [PLAN, '2023', '--content', root]), '已经存在，没有做任何改动');
    refused(runScript('new-progress.ts', [PLAN, '20x', '--content', root, '--lang', 'en']), 'expected a year such as 2026, found "20x".');
  }, 120_000);
});

describe('a file name that starts with a dash', () => {
  it('is named whole, with the ./ form that reads it (parseArgs named only "-d")', () => {
    refused(runScript('run.ts', ['import', '-dash.txt', 'meta.yaml']), '命令不认识选项“-dash.txt”', '请写成 ./-dash.txt 这样的路径');
    refused(runScript('sheet-import.ts', ['-台账.xlsx']), '命令不认识选项“-台账.xlsx”');
  }, 60_000);
});
