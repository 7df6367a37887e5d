/**
 * A PDF whose Chinese font is a standard CJK font named but not embedded (STSong-Light with the
 * UniGB-UCS2-H encoding, as many document systems' exporters write) reads as its text, offline: pdf.js is
 * given its predefined CMaps from node_modules. Before, such a file read as 0 characters and was refused
 * as a scan.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/lib/import/read-pdf.ts';
import { familyNamed, generate } from '../helpers/docgen/families.ts';

/** A one-page PDF printing `lines` in STSong-Light, not embedded, by UCS-2 code through UniGB-UCS2-H. */
function stsongPdf(lines: string[]): Uint8Array {
  const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [6 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 4 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>',
  ];
  const content = lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td <${hex(l)}> Tj ET`).join('\n');
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

describe('a standard CJK font that is not embedded', () => {
  it('reads as its text (STSong-Light, UniGB-UCS2-H), Latin and digits included', async () => {
    const lines = ['西岭县“十五五”教育发展规划', '第一章发展基础', '学前三年毛入园率达到95%，新增学位1080个（2026—2030年）。'];
    const r = await readPdf(stsongPdf(lines));
    expect(r.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(lines);
  });

  it('reads every generated document of the family as its text, not as a scan', async () => {
    for (const seed of [1, 2, 3]) {
      const doc = await generate(familyNamed('pdf-stsong'), seed);
      const r = await readPdf(doc.bytes);
      const flat = r.text.replace(/\s/gu, '');
      expect(flat, `seed ${seed}`).toContain(doc.model.title.replace(/\s/gu, ''));
      const paragraphs = doc.model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text.replace(/\s/gu, '')] : []));
      for (const p of paragraphs.slice(0, 5)) expect(flat, `seed ${seed}`).toContain(p.slice(0, 12));
    }
  });
});
