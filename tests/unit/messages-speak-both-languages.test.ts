/**
 * Every message a person can see is an entry of the catalogue (src/lib/messages/), written once in Chinese
 * and once in English; and no message reaches a person in English when the language is Chinese.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemZh } from '../../src/lib/content/problems.ts';
import { catalogue, messageIds } from '../../src/lib/messages/index.ts';
import type { Message } from '../../src/lib/messages/catalogue.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

/** Parameters to say each entry with: an entry without a sample fails the test, so none is left unchecked. */
const SAMPLES: Record<string, unknown[]> = {
  'build.distHoldsTree': [{ dist: '/r', what: 'repository', path: '/r', example: '/r/dist' }, { dist: '/c', what: 'content', path: '/c', example: '/r/dist' }],
  'build.distInsideContent': [{ dist: '/c/content/site', example: '/r/dist' }],
  'build.distNotFolder': [{ dist: '/d', link: true }, { dist: '/d', link: false }],
  'build.distHoldsOtherFiles': [{ dist: '/d' }],
  'build.planMissingFromSite': [{ built: 1, declared: 2, missing: ['plans/x/index.html'], contentRoot: '/c' }, { built: 1, declared: 2, missing: [], contentRoot: '/c' }],
  'build.cannotCleanUp': [{ dist: '/d', reason: { en: '/: permission denied', zh: '/：没有权限' } }],
  'build.cannotWrite': [{ dist: '/d', reason: { en: '/: permission denied', zh: '/：没有权限' } }],
  'build.contentProblems': [{ count: 3, content: '/c/content' }],
  'build.noPlans': [{ content: '/c/content' }],
  'build.unexpected': [{ what: 'boom', debug: false }, { what: 'boom', debug: true }],
  'build.failed': [undefined],
  'config.basePathSpace': [{ value: '/a b/' }],
  'config.basePathQuote': [{ value: '"/a/"', char: '"' }],
  'config.basePathDots': [{ value: '/../' }],
  'config.basePathCharacter': [{ value: '/a<b/', char: '<' }],
  'config.siteUrlNotAbsolute': [{ value: 'www.example.gov.cn' }],
  'config.siteUrlHasBase': [{ value: 'https://x.cn/a/', origin: 'https://x.cn', base: '/a/' }],
  'config.siteUrlHasPath': [{ value: 'https://x.cn/a', origin: 'https://x.cn', base: '/a/' }],
  'config.positiveInteger': [{ variable: 'PORT', value: 'x', example: '5000' }],
  'config.port': [{ value: '0' }],
  'config.date': [{ variable: 'VALIDATE_TODAY', value: 'x' }],
  'config.lang': [{ value: 'fr' }],
  'config.refused': [{ count: 2 }],
  'validator.emptyFile': [undefined],
  'validator.utf8Bom': [undefined],
  'validator.notUtf8': [{ byte: '0xB5', gbkLine: '规划' }, { byte: '0xFF', gbkLine: undefined }],
  'validator.jsonSyntax': [
    { code: 'CommaExpected', found: { token: '"asOf"', next: true } },
    { code: 'ValueExpected', found: { token: undefined, next: false } },
  ],
  'validator.jsonNothing': [undefined],
  'validator.duplicateKey': [{ key: 'year' }],
  'validator.yamlInvalid': [{ error: 'bad indentation' }],
  'validator.frontMatterNotFields': [{ found: null }, { found: '"x"' }],
  'validator.frontMatterMissing': [{ firstLine: '"# 标题"' }],
  'validator.notPlainText': [{ reason: { kind: 'markup', shown: '"<b>"' } }, { reason: { kind: 'link', shown: '"javascript:x"' } }],
  'validator.planTextNotPlain': [{ reason: { kind: 'html', shown: '"<div>"' } }],
  'validator.planFolderFile': [{ files: ['plan.md'], name: 'plan.txt', guess: 'plan.md' }, { files: ['plan.md'], name: 'x', guess: undefined }],
  'validator.planMdMissing': [{ mdFile: 'content/plans/x/plan.md' }],
  'validator.idNotFolder': [{ folder: 'a', found: 'b' }],
  'validator.planNotFolder': [{ folder: 'a', found: 'b', inProgress: true }],
  'validator.unknownRef': [{ what: 'indicator', found: 'x', closest: ['y'], where: 'f' }, { what: 'project', found: 'x', closest: [], where: 'f' }],
  'validator.progressNotJson': [{ name: 'a.txt' }],
  'validator.progressUnknownPlan': [{ folder: 'x', closest: ['y'] }, { folder: 'x', closest: [] }],
  'validator.progressFileName': [{ name: 'a.json', year: 2023 }],
  'validator.progressYearNotName': [{ stem: '2023', year: 2024 }],
  'validator.progressSecondFile': [{ year: 2023, first: 'a.json' }],
  'validator.unknownConcept': [{ found: 'x', closest: ['y'], indicator: true }, { found: 'x', closest: [], indicator: false }],
  'validator.conceptUnitElsewhere': [{ unit: '%', where: 'f', concept: 'c', found: '人' }],
  'validator.conceptUnit': [{ unit: '%', concept: 'c', found: null, mapped: true }],
  'validator.referenceNotJson': [{ name: 'a.txt' }],
};

const CJK = /[\u4e00-\u9fff]/;
/** A sentence of English: four words or more in a row, outside quotes. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3,}\b/;
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"|`[^`]*`|\([^)]*\bnpm run\b[^)]*\)/g, '');

describe('the message catalogue', () => {
  it('has a sample for every id, and nothing else', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(messageIds().sort());
  });

  for (const id of messageIds()) {
    it(`${id} is written in Chinese and in English`, () => {
      const [area, key] = id.split('.') as [string, string];
      const entry = catalogue[area]![key] as unknown as Message<unknown>;
      for (const params of SAMPLES[id] ?? []) {
        const zh = entry.zh(params);
        const en = entry.en(params);
        expect(zh.message, id).toMatch(CJK);
        expect(unquoted(zh.message + (zh.fix ?? '')), id).not.toMatch(ENGLISH_RUN);
        expect(unquoted(en.message + (en.fix ?? '')), id).not.toMatch(CJK);
        expect(en.message, id).toMatch(/[A-Za-z]{3,}/);
        expect(Boolean(zh.fix), `${id}: a fix in one language only`).toBe(Boolean(en.fix));
      }
    });
  }
});

describe('no message reaches a clerk in English when the language is Chinese', () => {
  for (const name of readdirSync(join(FIXTURES, 'bad'))) {
    it(`bad input: ${name}`, () => {
      const { problems } = loadContent(fixtureRoot(name));
      for (const p of problems) {
        expect(p.zh, `no Chinese for: ${p.message}`).toBeDefined();
        const line = formatProblemZh(p);
        // The YAML parser's own description of a syntax error is passed on, in parentheses (pinned by the
        // snapshot of validate-bad-input): the one English a clerk still sees, beside the Chinese sentence.
        const words = unquoted(line.replace(p.file, '').replace(p.field ?? '\0', '')).replace(/不是有效的 YAML（[^）]*）/, '');
        expect(words, line).not.toMatch(ENGLISH_RUN);
      }
    });
  }
});

describe('the importer reads its metadata through the same messages', () => {
  it('an empty metadata file is refused in Chinese (it was English only), and in English with --lang en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-meta-'));
    writeFileSync(join(dir, 'plan.txt'), '一、总则\n内容。\n');
    writeFileSync(join(dir, 'plan.yaml'), '');
    const zh = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', dir], { CONTENT_LANG: '' });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`${join(dir, 'plan.yaml')}:1:1：应有内容，实际为空文件。修改方法：填写内容，或删除该文件。`);
    const en = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', dir, '--lang', 'en']);
    expect(en.stderr).toContain('expected content, found an empty file. Fill it in, or delete the file.');
  });
});
