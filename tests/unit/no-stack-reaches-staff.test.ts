/**
 * No stack trace reaches a member of staff from any command: the refusals of hostile or damaged files are
 * sentences, and an error nobody foresaw is one line (Chinese, English with --lang en) with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, REPO, runScript } from '../helpers/run.ts';
import { zipParts } from '../helpers/office-zip.ts';

const STACK = /\n\s+at .+\(?.+:\d+:\d+\)?/;

function unexpected(lang: 'zh' | 'en'): { code: number | null; stderr: string } {
  const code = `await import(${JSON.stringify(join(REPO, 'scripts/fail-cleanly.ts'))}); await Promise.resolve(); null.crash;`;
  const r = spawnSync(NODE, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, CONTENT_LANG: lang } });
  return { code: r.status, stderr: r.stderr };
}

describe('no stack trace reaches staff', () => {
  it('an unforeseen error is one line, in Chinese or English, exit 2', () => {
    const zh = unexpected('zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^程序遇到意外错误而停止：Cannot read properties of null \(reading 'crash'\)。没有再写入任何文件。/);
    expect(zh.stderr).not.toMatch(STACK);
    const en = unexpected('en');
    expect(en.stderr).toMatch(/^The command stopped on an unexpected error: Cannot read properties of null/);
    expect(en.stderr).not.toMatch(STACK);
  });

  it('npm run import of a Word file with an external entity: a sentence, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-stack-'));
    const doc = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>';
    writeFileSync(join(dir, 'plan.docx'), zipParts({ '[Content_Types].xml': '<Types/>', 'word/document.xml': doc }));
    copyFileSync(join(REPO, 'tests/fixtures/import/new-county.yaml'), join(dir, 'plan.yaml'));
    const r = runScript('import.ts', [join(dir, 'plan.docx'), join(dir, 'plan.yaml'), '--content', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('部件 word/document.xml 含有 DOCTYPE 声明（实体引用），正常的 Office 文件不会有，已拒绝读取');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('npm run sheet:import of a damaged workbook: a sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-stack-'));
    writeFileSync(join(dir, 'ledger.xlsx'), zipParts({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook><sheets>' }));
    const r = runScript('sheet-import.ts', [join(dir, 'ledger.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是格式正确的 XML');
    expect(r.stderr).not.toMatch(STACK);
  });
});
