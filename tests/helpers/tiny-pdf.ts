/**
 * Writes a small PDF with a Chinese text layer, for tests of the PDF reader. PDF libraries (pdf-lib,
 * pdfkit) need a CJK font file to embed, and none is available offline here; a PDF may instead name a
 * font it does not embed (as many office-printed PDFs do) and map its glyphs to Unicode with a ToUnicode
 * CMap, which is all a text extractor reads. Glyph ids are the characters' code points (Identity-H).
 */

export interface PdfPiece {
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's top (converted to PDF's bottom-up y). */
  top: number;
  text: string;
  size?: number;
}

export interface PdfPage {
  pieces: PdfPiece[];
  /** Draw a grey rectangle instead of text (a scanned page has only an image). */
  picture?: boolean;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

export function tinyPdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (content: string, extra = '') => `<< /Length ${Buffer.byteLength(content, 'latin1')}${extra} >>\nstream\n${content}\nendstream`;
  const chars = [...new Set(pages.flatMap((p) => p.pieces.flatMap((x) => [...x.text])))].map((c) => c.codePointAt(0)!).sort((a, b) => a - b);
  const cmapLines: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const block = chars.slice(i, i + 100);
    cmapLines.push(`${block.length} beginbfchar`, ...block.map((c) => `<${hex4(c)}> <${hex4(c)}>`), 'endbfchar');
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...cmapLines,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const toUnicode = add(stream(cmap));
  const descriptor = add('<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>`,
  );
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page.picture
      ? ['0.5 g', '50 50 495 742 re', 'f']
      : page.pieces.flatMap((p) => {
          const size = p.size ?? 12;
          const hex = [...p.text].map((c) => hex4(c.codePointAt(0)!)).join('');
          return ['BT', `/F1 ${size} Tf`, `1 0 0 1 ${p.x} ${842 - p.top} Tm`, `<${hex}> Tj`, 'ET'];
        });
    const contents = add(stream(ops.join('\n')));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lays out paragraphs as a county office's PDF prints them: 28 characters a line, first lines indented. */
export function layoutPages(
  blocks: Array<{ text: string; kind?: 'heading' | 'paragraph' | 'row'; cells?: string[]; widths?: number[] }>,
  opts: { header?: string; linesPerPage?: number } = {},
): PdfPage[] {
  const perPage = opts.linesPerPage ?? 30;
  const left = 72;
  const em = 14;
  const width = 28;
  // Each printed line with the distance to the line before it: 22pt between lines and table rows, 16pt
  // between the lines of a table cell wrapped onto a second line (a cell's text holding `\n`).
  const lines: Array<{ pieces: PdfPiece[]; gap: number }> = [];
  for (const b of blocks) {
    if (b.kind === 'row') {
      const parts = (b.cells ?? []).map((c) => c.split('\n'));
      const height = Math.max(...parts.map((p) => p.length));
      for (let r = 0; r < height; r++) {
        let x = left;
        const pieces: PdfPiece[] = [];
        parts.forEach((p, k) => {
          if (p[r]) pieces.push({ x, top: 0, text: p[r]!, size: em });
          x += (b.widths ?? [90, 170, 60, 80, 80, 70])[k] ?? 70;
        });
        lines.push({ pieces, gap: r === 0 ? 22 : 16 });
      }
      continue;
    }
    if (b.kind === 'heading') {
      lines.push({ pieces: [{ x: left, top: 0, text: b.text, size: em }], gap: 22 });
      continue;
    }
    const chars = [...b.text];
    let first = true;
    while (chars.length) {
      const room = first ? width - 2 : width;
      const line = chars.splice(0, room).join('');
      lines.push({ pieces: [{ x: first ? left + 2 * em : left, top: 0, text: line, size: em }], gap: 22 });
      first = false;
    }
  }
  const pages: PdfPage[] = [];
  for (let p = 0; p * perPage < lines.length; p++) {
    const pieces: PdfPiece[] = [];
    if (opts.header && p > 0) pieces.push({ x: left + 60, top: 50, text: opts.header, size: 10 });
    let top = 68;
    lines.slice(p * perPage, (p + 1) * perPage).forEach((l) => {
      top += l.gap;
      for (const piece of l.pieces) pieces.push({ ...piece, top });
    });
    pieces.push({ x: 280, top: 800, text: `— ${p + 1} —`, size: 10 });
    pages.push({ pieces });
  }
  return pages;
}
