/**
 * Round four of bad inputs, the importer (see README-round4.md): a text longer than a published plan.md may
 * be is refused by its size before it is parsed (20 MB of text ran the importer out of memory after
 * minutes, with V8's heap dump on screen), whatever its format; and an empty file is said to be empty
 * whatever its extension (a zero-byte .pdf was "unreadable", its reason in English only).
 */
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from '../../../src/lib/content/limits.ts';
import { PLAN_TEXT_LIMIT, readPlanSource } from '../../../src/lib/import/read-source.ts';
import { ole2 } from '../../helpers/ole2.ts';

const PARAGRAPH = '（一）推进学前教育普及普惠发展。新建、改扩建幼儿园，扩大普惠性学前教育资源。\n';
const big = (bytes: number) => PARAGRAPH.repeat(Math.ceil(bytes / Buffer.byteLength(PARAGRAPH)));

describe('a text too large to publish', () => {
  it('the limit is the validator\'s plan.md limit', () => {
    expect(PLAN_TEXT_LIMIT).toBe(FILE_LIMITS.markdown);
  });

  it('a 20 MB .txt: refused by its size, in seconds, with the size found and the limit', async () => {
    const started = performance.now();
    const r = await readPlanSource(new Uint8Array(Buffer.from(big(20_000_000))), '规划 全文.txt');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.zh).toBe('规划 全文.txt：规划正文应不超过 2.0 MB（网站发布的 plan.md 的上限），实际读出 20.0 MB，没有导入。请确认导入的是一份规划（不是几份文件合在一起，也不是数据表或日志）；确有这么长的规划，请分成几份分别导入。');
    expect(r.en).toContain('expected the text of a plan of at most 2.0 MB (the limit of a published plan.md), found 20.0 MB');
  }, 60_000);

  it('a GBK .txt whose text is over the limit once read (fewer bytes on disk than the limit)', async () => {
    const { default: iconv } = await import('iconv-lite');
    const text = big(2_100_000);
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.length).toBeLessThan(PLAN_TEXT_LIMIT);
    const r = await readPlanSource(new Uint8Array(bytes), 'gbk.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.zh).toContain('规划正文应不超过 2.0 MB');
  }, 60_000);

  it('a saved web page whose article is over the limit', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>规划</title></head><body><div class="article">${big(2_100_000).split('\n').map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    const r = await readPlanSource(new Uint8Array(Buffer.from(html)), 'page.html');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.zh).toContain('page.html：规划正文应不超过 2.0 MB');
  }, 60_000);

  it('a plan just under the limit is read', async () => {
    const r = await readPlanSource(new Uint8Array(Buffer.from(big(1_900_000))), 'long.txt');
    expect(r.ok).toBe(true);
  }, 60_000);
});

describe('an empty file, whatever its extension', () => {
  for (const name of ['plan.pdf', 'plan.docx', 'plan.html', 'plan.txt']) {
    it(`a zero-byte ${name} is said to be empty, in Chinese and English`, async () => {
      const r = await readPlanSource(new Uint8Array(0), name);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.zh).toBe(`${name}：文件是空的（没有任何文字）。请导入规划的完整正文（与印发文本一致）。`);
      expect(r.en).toBe(`${name}: the file is empty (no text in it). Import the plan's full text, as published.`);
    });
  }
});

describe('a Word file protected by an opening password', () => {
  it('is said to be encrypted (it was "not a .docx: save it again as .docx")', async () => {
    const r = await readPlanSource(new Uint8Array(ole2('Root Entry', 'EncryptionInfo', 'EncryptedPackage')), '规划.docx');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.zh).toContain('规划.docx：这个 Word 文件设置了打开密码（已加密），无法读取');
    expect(r.en).toContain('protected by an opening password');
  });

  it('an old .doc renamed .docx is still "not a .docx"', async () => {
    const r = await readPlanSource(new Uint8Array(ole2('Root Entry', 'WordDocument')), 'old.docx');
    expect(!r.ok && r.zh).toContain('不是有效的 .docx 文件');
  });
});
