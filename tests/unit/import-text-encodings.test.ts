/**
 * A plan's .txt is read in whatever encoding an office saved it: UTF-8 (with or without a BOM),
 * GBK/GB18030, UTF-16 LE or BE (with or without a BOM). Generated texts in every encoding decode back to
 * the same characters and name the encoding found; the import says the encoding, in the review report
 * too; an empty file and a file of unknown encoding are refused, in Chinese (English with --lang en).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePlanText, type TextEncodingName } from '../../src/lib/import/decode-text.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

/** Bytes of `text` as an office's editor saves it in `encoding`. */
export function encodeAs(text: string, encoding: TextEncodingName): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8 (BOM)':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'utf-16le':
      return le;
    case 'utf-16be':
      return be;
    case 'utf-16le (BOM)':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    case 'utf-16be (BOM)':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
  }
}

const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8 (BOM)', 'gb18030', 'utf-16le', 'utf-16be', 'utf-16le (BOM)', 'utf-16be (BOM)'];

// Pieces of plan text: clauses, numbers, punctuation, Latin, line ends as Windows and Unix write them, and
// hanzi outside GBK's common set (a place name) that only GB18030 and Unicode encode.
const PIECES = [
  '第一章　发展基础',
  '（一）扩大普惠性学前教育资源。',
  '学前三年毛入园率达到95%以上，',
  '九年义务教育巩固率保持在99.2%。',
  '新建、改扩建幼儿园6所，新增学位1080个',
  '（责任单位：县教育局、县财政局）',
  '“十五五”时期',
  '到2027年底',
  'ABC school 2.0',
  '\n',
  '\r\n',
  '\t',
  '　　',
  '—— ',
  '①②③',
  '㙟',
  '䶮',
];

const planText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 40 })
  .map((parts) => `西岭县“十五五”教育发展规划\n${parts.join('')}\n`);

describe('decodePlanText', () => {
  it('reads generated plan text in every encoding back to the same characters, naming the encoding', () => {
    fc.assert(
      fc.property(planText, fc.constantFrom(...ENCODINGS), (text, encoding) => {
        const r = decodePlanText(new Uint8Array(encodeAs(text, encoding)), 'plan.txt');
        expect(r).toMatchObject({ ok: true, text, encoding });
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('reads text made only of hanzi, where UTF-16 has no zero bytes to tell its byte order', () => {
    const text = '西岭县教育局关于印发西岭县教育事业发展规划的通知各乡镇人民政府县直各部门';
    for (const encoding of ENCODINGS) expect(decodePlanText(new Uint8Array(encodeAs(text, encoding)), 'a.txt')).toMatchObject({ ok: true, text, encoding });
  });

  it('refuses an empty file and a file of spaces, in both languages', () => {
    for (const bytes of [[], [0x20, 0x0a, 0x0d, 0x0a], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xff, 0xfe, 0x20, 0x00]]) {
      const r = decodePlanText(new Uint8Array(bytes), 'plan.txt');
      expect(r).toMatchObject({ ok: false });
      if (!r.ok) {
        expect(r.zh).toBe('plan.txt：文件是空的（没有任何文字）。请导入规划的完整正文（与印发文本一致）。');
        expect(r.en).toBe("plan.txt: the file is empty (no text in it). Import the plan's full text, as published.");
      }
    }
  });

  it('refuses bytes that no encoding reads as Chinese text, instead of guessing', () => {
    // Random bytes (a renamed binary file), and Big5 text (Traditional Chinese, not an encoding offices here use).
    const random = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7919 + 13) % 251));
    for (const bytes of [random, new Uint8Array(iconv.encode('臺灣省教育廳關於國民教育發展計畫之實施辦法與說明', 'big5'))]) {
      const r = decodePlanText(bytes, 'plan.txt');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.zh).toContain('无法识别文件的文字编码');
        expect(r.en).toContain("the text's encoding could not be recognised");
      }
    }
  });
});

function emptyRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'import-enc-'));
  mkdirSync(join(root, 'content', 'sources'), { recursive: true });
  return root;
}

describe('npm run import of a .txt in another encoding', () => {
  const source = readFileSync(join(FIXTURES, 'import', 'new-county.txt'), 'utf8');
  const yaml = join(FIXTURES, 'import', 'new-county.yaml');

  for (const [encoding, zh] of [
    ['gb18030', 'GBK/GB18030'],
    ['utf-16le (BOM)', 'UTF-16 LE（带 BOM）'],
    ['utf-16be', 'UTF-16 BE（无 BOM）'],
  ] as const) {
    it(`imports a ${encoding} text as its UTF-8 twin does, says the encoding, and keeps the text as UTF-8`, () => {
      const root = emptyRoot();
      const file = join(root, 'plan.txt');
      writeFileSync(file, encodeAs(source, encoding));
      const r = runScript('import.ts', [file, yaml, '--content', root]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`文字编码：${zh}`);
      expect(readFileSync(join(root, 'content/sources/shili-edu-2021-2025.txt'), 'utf8')).toBe(source);
      const report = readFileSync(join(root, 'import-reports/shili-edu-2021-2025.html'), 'utf8');
      expect(report).toContain(`<td>文字编码</td><td>${zh}</td>`);
      const twin = emptyRoot();
      writeFileSync(join(twin, 'plan.txt'), source);
      expect(runScript('import.ts', [join(twin, 'plan.txt'), yaml, '--content', twin]).code).toBe(0);
      expect(readFileSync(join(root, 'content/plans/shili-edu-2021-2025/plan.md'), 'utf8')).toBe(readFileSync(join(twin, 'content/plans/shili-edu-2021-2025/plan.md'), 'utf8'));
    });
  }

  it('names the encoding in English with --lang en', () => {
    const root = emptyRoot();
    const file = join(root, 'plan.txt');
    writeFileSync(file, encodeAs(source, 'gb18030'));
    const r = runScript('import.ts', [file, yaml, '--content', root, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('text encoding: gb18030');
  });

  it('refuses an empty file in Chinese, in English with --lang en, and writes nothing', () => {
    const root = emptyRoot();
    const file = join(root, 'plan.txt');
    writeFileSync(file, '');
    const zh = runScript('import.ts', [file, yaml, '--content', root]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(`${file}：文件是空的（没有任何文字）。请导入规划的完整正文（与印发文本一致）。\n未写入任何文件。\n`);
    const en = runScript('import.ts', [file, yaml, '--content', root, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe(`${file}: the file is empty (no text in it). Import the plan's full text, as published.\nNothing was written.\n`);
    expect(readdirSync(join(root, 'content/sources'))).toEqual([]);
  });
});
