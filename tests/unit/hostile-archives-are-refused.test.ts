/**
 * An Office file is a zip of XML parts, and a hostile one is refused by what it declares before it is
 * unpacked: a part that would inflate to hundreds of MB (a zip bomb, whether it declares its size or lies
 * about it), and XML that declares a DOCTYPE or entities. The .docx reader (npm run import) and the .xlsx
 * reader (npm run sheet:import) both read through src/lib/archive, and neither ever shows a stack trace.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArchiveError, OFFICE_LIMITS, listZip, readZip, xmlText } from '../../src/lib/archive/zip.ts';
import { DocxError, readDocx } from '../../src/lib/import/read-docx.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { readWorkbook } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../src/lib/sheets/problems.ts';
import { REPO } from '../helpers/run.ts';
import { editParts, lieAboutSize, unzipParts, zipParts } from '../helpers/office-zip.ts';

const DOCUMENT = (body: string, head = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${head}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const docx = (document: string | Uint8Array, extra: Record<string, string | Uint8Array> = {}) =>
  zipParts({ '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'word/document.xml': document, ...extra });

/** What readDocx throws, as the importer prints it. */
function docxRefusal(bytes: Uint8Array): { en: string; zh: string } {
  try {
    readDocx(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(DocxError);
    return { en: (err as DocxError).message, zh: (err as DocxError).zh };
  }
  throw new Error('the file was read');
}

describe('a zip bomb is refused by its sizes, before it is inflated', () => {
  // 100 MB of spaces compresses to about 100 KB; built once for the file.
  let memo: Buffer | undefined;
  const bomb = () => (memo ??= Buffer.concat([Buffer.from(DOCUMENT('').replace('</w:body></w:document>', '')), Buffer.alloc(100 * 1024 * 1024, 0x20)]));
  let bombDocx: Uint8Array | undefined;
  const docxBomb = () => (bombDocx ??= docx(bomb()));

  it('a .docx whose document declares 100 MB', () => {
    const bytes = docxBomb();
    expect(listZip(bytes).find((e) => e.name === 'word/document.xml')!.declaredSize).toBeGreaterThan(OFFICE_LIMITS.maxEntryBytes);
    expect(docxRefusal(bytes)).toEqual({
      en: 'not read: the part word/document.xml declares 100 MB when unpacked, above the limit of 64 MB',
      zh: '未读取：部件 word/document.xml 解压后有 100 MB，超过上限 64 MB',
    });
  });

  it('a .docx whose document lies, declaring 2 KB and inflating to 100 MB', () => {
    const bytes = lieAboutSize(docxBomb(), 'word/document.xml', 2048);
    expect(docxRefusal(bytes).zh).toBe('未读取：部件 word/document.xml 解压后超过它声明的 2 KB（可能是恶意构造的压缩包，或文件已损坏）');
  });

  it('many parts that together inflate past the limit', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 4; i++) parts[`word/media/part${i}.xml`] = new Uint8Array(1024 * 1024);
    const limits = { maxEntries: 10, maxEntryBytes: 2 * 1024 * 1024, maxTotalBytes: 3 * 1024 * 1024 };
    expect(() => readZip(zipParts(parts), limits)).toThrow('the parts declare 4 MB when unpacked, above the limit of 3 MB');
    expect(() => readZip(zipParts(parts), { ...limits, maxEntries: 3 })).toThrow('the archive lists 4 parts, above the limit of 3');
  });

  it('a workbook whose sheet declares 100 MB, or lies about it, is refused in the clerk’s words', async () => {
    const plans = loadContent(REPO).model.plans;
    const plan = plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const base = await writeWorkbook(plan, 2024, null);
    const big = editParts(base, (parts) => void (parts['xl/worksheets/sheet2.xml'] = bomb()));
    const declared = await readWorkbook(big, 'ledger.xlsx', plans);
    expect(declared.ok ? [] : declared.problems.map((p) => formatSheetProblem(p))).toEqual([
      '工作簿：无法导入：部件 xl/worksheets/sheet2.xml 解压后有 100 MB，超过上限 64 MB。一个规划一年的台账只有几十 KB；请确认选对了文件，或在 Excel/WPS 中重新保存为 .xlsx。',
    ]);
    const lying = await readWorkbook(lieAboutSize(big, 'xl/worksheets/sheet2.xml', 40_000), 'ledger.xlsx', plans);
    expect(lying.ok ? [] : lying.problems.map((p) => formatSheetProblem(p, 'en'))).toEqual([
      'workbook: not imported: the part xl/worksheets/sheet2.xml inflates to more than the 39 KB it declares (a zip bomb, or a damaged file).',
    ]);
  }, 60_000);
});

describe('XML that declares entities is refused before any parser reads it', () => {
  it('a .docx with an external entity (XXE)', () => {
    const head = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    expect(docxRefusal(docx(DOCUMENT(para('&xxe;'), head)))).toEqual({
      en: 'not read: the part word/document.xml declares a DOCTYPE (entities), which Office files never contain; it was not read',
      zh: '未读取：部件 word/document.xml 含有 DOCTYPE 声明（实体引用），正常的 Office 文件不会有，已拒绝读取',
    });
  });

  it('a .docx whose footnotes hold a "billion laughs" entity', () => {
    const laughs = '<!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const r = docxRefusal(docx(DOCUMENT(para('正文')), { 'word/footnotes.xml': `<?xml version="1.0"?>${laughs}<w:footnotes/>` }));
    expect(r.zh).toContain('部件 word/footnotes.xml 含有 DOCTYPE 声明');
  });

  it('a workbook part with an entity', async () => {
    const plans = loadContent(REPO).model.plans;
    const plan = plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const bytes = editParts(await writeWorkbook(plan, 2024, null), (parts) => {
      parts['xl/sharedStrings.xml'] = (parts['xl/sharedStrings.xml'] as string).replace('?>', '?><!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/hostname">]>');
    });
    const r = await readWorkbook(bytes, 'ledger.xlsx', plans);
    expect(r.ok ? [] : r.problems.map((p) => formatSheetProblem(p))).toEqual([
      '工作簿：无法导入：部件 xl/sharedStrings.xml 含有 DOCTYPE 声明（实体引用），正常的 Office 文件不会有，已拒绝读取。请在 Excel 或 WPS 中打开台账并重新保存为 .xlsx。',
    ]);
  }, 30_000);

  it('an ENTITY declared without a DOCTYPE, in any case', () => {
    expect(() => xmlText(new TextEncoder().encode('<?xml version="1.0"?><!entity x "y"><a/>'), 'a.xml')).toThrow(ArchiveError);
    expect(xmlText(new TextEncoder().encode('<a>DOCTYPE as a word is fine</a>'), 'a.xml')).toContain('DOCTYPE');
  });
});

describe('any damage to an archive is an ArchiveError, never a crash', () => {
  it('for random cuts and byte flips of a real .docx (property)', () => {
    const good = docx(DOCUMENT(para('一、总体要求') + para('（一）指导思想')));
    expect(readDocx(good).text).toContain('一、总体要求');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), (at, byte, cut) => {
        const bad = cut ? good.subarray(0, at) : Uint8Array.from(good, (b, i) => (i === at ? byte : b));
        try {
          readDocx(bad);
        } catch (err) {
          expect(err).toBeInstanceOf(DocxError);
        }
      }),
      { numRuns: 300, seed: 26 },
    );
  });

  it('reads the parts of a real zip as fflate wrote them', () => {
    const parts = unzipParts(docx(DOCUMENT(para('甲')), { 'word/settings.xml': '<w:settings/>' }));
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/settings.xml']);
  });
});
