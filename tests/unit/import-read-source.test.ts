/**
 * readPlanSource, the one door from a plan's file to what the importer reads: by the extension, a Word
 * file, a portal page and a PDF through their readers, anything else as text in the encoding found; a
 * file that cannot be read is refused with the reason in both languages.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readPlanSource } from '../../src/lib/import/read-source.ts';
import { familyNamed, generate } from '../helpers/docgen/families.ts';

describe('readPlanSource', () => {
  it('reads each generated form by its extension', async () => {
    for (const [family, kind] of [
      ['docx-flat', 'document'],
      ['html-portal-gbk', 'document'],
      ['pdf-stsong', 'document'],
      ['txt-gbk', 'text'],
      ['txt-utf16', 'text'],
    ] as const) {
      const doc = await generate(familyNamed(family), 1);
      const r = await readPlanSource(doc.bytes, doc.file);
      expect(r, family).toMatchObject({ ok: true, kind });
      const text = r.ok ? (r.kind === 'document' ? JSON.stringify(r.doc.blocks) : r.text) : '';
      expect(text.replace(/\s/gu, ''), family).toContain(doc.model.title.replace(/\s/gu, ''));
    }
  });

  it('names the encoding of a text and of a page', async () => {
    expect(await readPlanSource(new Uint8Array(iconv.encode('西岭县教育事业发展规划正文', 'gbk')), 'a.TXT')).toMatchObject({ ok: true, kind: 'text', encoding: { name: 'gb18030', zh: 'GBK/GB18030' } });
    const page = '<html><head><meta charset="gb2312"></head><body><div id="zoom"><p>西岭县教育事业发展规划正文</p></div></body></html>';
    expect(await readPlanSource(new Uint8Array(iconv.encode(page, 'gbk')), 'a.htm')).toMatchObject({ ok: true, kind: 'document', encoding: { name: 'gb18030', zh: 'GBK/GB18030' } });
  });

  it('refuses what its reader cannot read, saying why in both languages', async () => {
    expect(await readPlanSource(new TextEncoder().encode('不是 Word'), 'a.docx')).toMatchObject({ ok: false, from: 'file', zh: expect.stringContaining('a.docx：') });
    expect(await readPlanSource(new TextEncoder().encode('<html><body></body></html>'), 'a.html')).toMatchObject({ ok: false, from: 'file', zh: expect.stringContaining('网页（HTML）') });
    expect(await readPlanSource(new Uint8Array(), 'a.txt')).toMatchObject({ ok: false, from: 'text', zh: 'a.txt：文件是空的（没有任何文字）。请导入规划的完整正文（与印发文本一致）。' });
  });
});
