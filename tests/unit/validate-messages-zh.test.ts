/**
 * A clerk reads every validator message in Chinese: the file, the field, what was expected, what was
 * found and how to fix it. Developers get the English with `--lang en`. Chinese status labels (推进中)
 * are accepted in a progress file as well as the ids (in-progress).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemZh, messageLang, type Problem } from '../../src/lib/content/problems.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const PROGRESS = 'content/progress/demo-edu-2021-2025/2023.json';
const ENGLISH = /\b(expected|found|Did you mean|Rename|Remove|the field is missing)\b/;

function editProgress(root: string, edit: (o: Record<string, any>) => void): void {
  const path = join(root, PROGRESS);
  const o = JSON.parse(readFileSync(path, 'utf8'));
  edit(o);
  writeFileSync(path, JSON.stringify(o, null, 2));
}

describe('every validator message has Chinese', () => {
  const cases = readdirSync(join(FIXTURES, 'bad'));
  for (const name of cases) {
    it(name, () => {
      // A bad fixture is refused, or (region-name-outside-province) warned about: either way in Chinese.
      const { problems, warnings } = loadContent(fixtureRoot(name));
      const said = problems.length > 0 ? problems : warnings;
      expect(said.length).toBeGreaterThan(0);
      for (const p of said) {
        expect(p.zh, `no Chinese for: ${p.message} ${p.fix ?? ''}`).toBeDefined();
        const line = formatProblemZh(p);
        expect(line, line).not.toMatch(ENGLISH);
        expect(line).toContain(p.file);
        if (p.field) expect(line).toContain(`字段 ${p.field}：`);
        expect(line).toMatch(/应|每个|同一|JSON 格式错误|开头的元数据|进展数据|年份|规划|文件/);
      }
    });
  }

  it('says what was found, quoted, and how to fix a number typed as text', () => {
    const { problems } = loadContent(fixtureRoot('number-as-text'));
    expect(problems.map(formatProblemZh)).toEqual([
      `${PROGRESS}:10:7：字段 indicators[0].value：应为数字，实际为“九十三”。修改方法：用阿拉伯数字填写，不加引号，例如 93.1。`,
    ]);
  });

  it('translates the JSON syntax error position without English left over', () => {
    const [p] = loadContent(fixtureRoot('malformed-json')).problems;
    expect(formatProblemZh(p!)).toBe(
      `${PROGRESS}:3:15：JSON 格式错误：应为条目之间的英文逗号 ","，实际为下一行（或空格后）的 "asOf"。修改方法：改正此处的 JSON（带 JSON 检查的编辑器会用红色标出）。`,
    );
  });

  it('names the markup found in a text field', () => {
    const root = fixtureRoot();
    editProgress(root, (o) => (o.clauses[0].summary = '完成<script>alert(1)</script>'));
    expect(loadContent(root).problems.map(formatProblemZh)).toEqual([
      `${PROGRESS}:18:7：字段 clauses[0].summary：应为纯文本，实际含有HTML 标记 “<script>”。修改方法：内容按纯文本发布：请删除标记或地址（用《》或“”代替 < >）。`,
    ]);
  });

  it('prefers the Chinese a message carries itself', () => {
    const p: Problem = { file: 'a.json', field: 'x', message: 'expected y, found z.', zh: { message: '应为 y，实际为 z。', fix: '改为 y。' } };
    expect(formatProblemZh(p)).toBe('a.json：字段 x：应为 y，实际为 z。修改方法：改为 y。');
  });

  it('prints an unknown English message as it is rather than dropping it', () => {
    const p: Problem = { file: 'a.json', message: 'something new.' };
    expect(formatProblemZh(p)).toBe('a.json: something new.');
  });
});

describe('the language flag', () => {
  it('defaults to Chinese and takes --lang en, --lang=en or CONTENT_LANG=en', () => {
    expect(messageLang(['x'], {})).toEqual({ lang: 'zh', rest: ['x'] });
    expect(messageLang(['--lang', 'en', 'x'], {})).toEqual({ lang: 'en', rest: ['x'] });
    expect(messageLang(['x', '--lang=en'], {})).toEqual({ lang: 'en', rest: ['x'] });
    expect(messageLang([], { CONTENT_LANG: 'en' }).lang).toBe('en');
    expect(messageLang(['--lang', 'zh'], { CONTENT_LANG: 'en' }).lang).toBe('zh');
  });

  it('npm run validate prints Chinese by default and English with --lang en', () => {
    const root = fixtureRoot('number-as-text');
    const zh = runScript('validate.ts', [root]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('字段 indicators[0].value：应为数字，实际为“九十三”。');
    expect(zh.stderr).toContain('content/ 中发现 1 个问题，没有发布任何内容。');
    const en = runScript('validate.ts', ['--lang', 'en', root]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('indicators[0].value: expected a number, found "九十三".');
    const ok = runScript('validate.ts', [fixtureRoot()]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('content OK（内容无误）：1 个规划');
  });
});

describe('Chinese status labels in a progress file', () => {
  it('accepts 推进中, 在建 and 按计划推进 as the ids in-progress, under-construction and on-track', () => {
    const root = fixtureRoot();
    editProgress(root, (o) => {
      o.clauses[0].status = '推进中';
      o.projects[0].status = ' 在建 ';
      o.indicators[0].status = '按计划推进';
    });
    const { problems, model } = loadContent(root);
    expect(problems).toEqual([]);
    const year = model.plans[0]!.progress[0]!;
    expect(year.clauses[0]!.status).toBe('in-progress');
    expect(year.projects[0]!.status).toBe('under-construction');
    expect(year.indicators[0]!.status).toBe('on-track');
  });

  it('refuses a label of the wrong kind (a project status on a measure) and lists the labels', () => {
    const root = fixtureRoot();
    editProgress(root, (o) => (o.clauses[0].status = '在建'));
    const lines = loadContent(root).problems.map(formatProblemZh);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('字段 clauses[0].status：');
    expect(lines[0]).toContain('（也可写中文：“未启动”、“推进中”、“滞后”、“已完成”、“常态化推进”），实际为“在建”。');
  });
});
