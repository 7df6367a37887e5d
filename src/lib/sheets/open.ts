/**
 * Opening a workbook a clerk sends back, whatever program saved it, without trusting it. Before any cell is
 * parsed: the bytes are checked (empty, too large, an old .xls, a CSV), the zip is read within limits by
 * lib/archive (declared sizes before inflating; no DOCTYPE in any XML part), and each sheet is measured by
 * its rows in the XML, so a pasted 100,000 rows is refused in milliseconds. The workbook is then handed to
 * exceljs in the layout exceljs expects: parts that carry nothing a ledger needs (cell notes and threaded
 * comments, drawings, images: other programs save them under names and paths exceljs does not know, and
 * it then fails reading them) are left out, with every reference to them, and sheets are given the part
 * names exceljs looks for.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { ArchiveError, OFFICE_LIMITS, checkWellFormed, listZip, readZip, xmlTextUnchecked } from '../archive/zip.ts';
import { MAX_BYTES, MAX_ROWS } from './layout.ts';
import type { SheetProblem } from './problems.ts';
import { workbookMessages as W } from '../messages/workbook.ts';
import { bilingual } from '../messages/catalogue.ts';
import { isEncryptedOffice } from '../archive/ole.ts';

export type Opened = { ok: true; wb: ExcelJS.Workbook } | { ok: false; problem: SheetProblem };

/** Refuses, from the first bytes, what is not an .xlsx workbook: an old .xls, a CSV, a huge or empty file. */
function sniffBytes(bytes: Uint8Array, name: string): SheetProblem | null {
  const lower = name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (bytes.length === 0) return bilingual(W.emptyFile, undefined);
  if (bytes.length > MAX_BYTES) {
    return bilingual(W.tooLarge, { bytes: bytes.length, max: MAX_BYTES });
  }
  // A password-protected .xlsx is kept in the same container as an old .xls: say which it is.
  if (isEncryptedOffice(bytes)) return bilingual(W.encrypted, undefined);
  if (isOle || lower.endsWith('.xls') || lower.endsWith('.et')) {
    return bilingual(W.oldFormat, undefined);
  }
  if (!isZip) {
    const text = decodeText(bytes.subarray(0, 400));
    const firstLine = text.split(/\r?\n/)[0]!.slice(0, 40);
    return bilingual(W.textFile, { csvName: lower.endsWith('.csv'), csvLike: /[,，\t]/.test(firstLine), firstLine });
  }
  return null;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // A CSV saved by Excel in Chinese Windows is GBK.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const REL = /<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The part a relationship in `relsPath` points at (`xl/worksheets/_rels/a.xml.rels` + `../comments1.xml`). */
function resolveTarget(relsPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = relsPath.replace(/_rels\/[^/]*$/, '').split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** Parts a ledger never needs, which other programs save in layouts exceljs fails on. */
const DROPPED_PART = /^xl\/(comments|threadedComments|persons|drawings|media|embeddings|printerSettings|ctrlProps|activeX)\b|\.vml$/i;
const DROPPED_REL = /\/(comments|vmlDrawing|drawing|threadedComment|person|image|printerSettings|ctrlProp|control|oleObject|package)$/;

/** Rows of a sheet part: the most of the number of <row> elements and the highest row number. */
function rowsOf(xml: string): number {
  let count = 0;
  let highest = 0;
  const re = /<row\b([^>]*)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    count++;
    const r = /\br="(\d+)"/.exec(m[1]!);
    if (r) highest = Math.max(highest, Number(r[1]));
  }
  const dim = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(xml.slice(0, 4000));
  return Math.max(count, highest, dim ? Number(dim[1]) : 0);
}

/** Opens the workbook, or says why it cannot be imported. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<Opened> {
  const sniffed = sniffBytes(bytes, name);
  if (sniffed) return { ok: false, problem: sniffed };
  let parts: Map<string, Uint8Array>;
  let names: string[];
  try {
    names = listZip(bytes).map((e) => e.name);
    // Only the XML a ledger is made of is inflated; images and notes are never unpacked.
    parts = readZip(bytes, OFFICE_LIMITS, (n) => /\.(xml|rels)$/i.test(n) && !DROPPED_PART.test(n));
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    if (err.problem === 'not-zip' || err.problem === 'damaged') return { ok: false, problem: bilingual(W.damagedZip, { detail: err.message }) };
    return { ok: false, problem: bilingual(W.archiveRefused, { reason: { en: err.message, zh: err.zh }, small: true }) };
  }
  if (!parts.has('xl/workbook.xml') || !parts.has('[Content_Types].xml')) {
    return { ok: false, problem: bilingual(W.notAWorkbook, { names, docx: names.includes('word/document.xml') }) };
  }
  const texts = new Map<string, string>();
  try {
    for (const [n, data] of parts) texts.set(n, xmlTextUnchecked(data, n));
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    return { ok: false, problem: bilingual(W.archiveRefused, { reason: { en: err.message, zh: err.zh }, small: false }) };
  }

  // The sheets, by the workbook's relationships: name → part.
  const wbRelsPath = 'xl/_rels/workbook.xml.rels';
  const wbRels = new Map<string, string>();
  for (const tag of (texts.get(wbRelsPath) ?? '').match(REL) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) wbRels.set(id, resolveTarget(wbRelsPath, target));
  }
  const sheets: Array<{ name: string; part: string }> = [];
  for (const tag of texts.get('xl/workbook.xml')!.match(/<sheet\b[^>]*\/?>/g) ?? []) {
    const part = wbRels.get(attr(tag, 'r:id') ?? '');
    if (part && texts.has(part)) sheets.push({ name: unescapeXml(attr(tag, 'name') ?? ''), part });
  }
  // Too many rows: refused by the XML's size, before exceljs builds a single row.
  for (const s of sheets) {
    const rows = rowsOf(texts.get(s.part)!) - 1;
    if (rows > MAX_ROWS) {
      return {
        ok: false,
        problem: { sheet: s.name, ...bilingual(W.tooManyRows, { rows, max: MAX_ROWS }) },
      };
    }
  }

  // Well-formed XML, checked once the sizes are known to be a ledger's.
  try {
    for (const [n, text] of texts) checkWellFormed(text, n);
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    return { ok: false, problem: bilingual(W.archiveRefused, { reason: { en: err.message, zh: err.zh }, small: false }) };
  }

  // The workbook in exceljs's layout: sheets renamed to xl/worksheets/sheetN.xml, dropped parts unreferenced.
  const renamed = new Map<string, string>();
  sheets.forEach((s, i) => renamed.set(s.part, `xl/worksheets/sheet${i + 1}.xml`));
  const renamedTo = new Set(renamed.values());
  const relsOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');
  const out: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (const [n, text] of texts) {
    if (/\/_rels\/[^/]*\.rels$/.test(n)) continue; // written with their part below
    let t = text;
    const to = renamed.get(n) ?? n;
    if (renamed.has(n)) t = t.replace(/<(legacyDrawing|legacyDrawingHF|drawing|picture|oleObjects|controls)\b[^>]*\/>/g, '').replace(/<(oleObjects|controls)\b[\s\S]*?<\/\1>/g, '');
    out[to] = encoder.encode(t);
    let rels = texts.get(relsOf(n));
    if (n === 'xl/workbook.xml' && rels !== undefined) {
      rels = rels.replace(REL, (tag) => {
        const target = attr(tag, 'Target');
        const part = target && renamed.get(resolveTarget(wbRelsPath, target));
        return part ? tag.replace(/\bTarget="[^"]*"/, `Target="${part.slice('xl/'.length)}"`) : tag;
      });
    }
    if (rels !== undefined) {
      const kept = rels.replace(REL, (tag) => {
        const type = attr(tag, 'Type') ?? '';
        const target = attr(tag, 'Target') ?? '';
        if (DROPPED_REL.test(type)) return '';
        if (attr(tag, 'TargetMode') === 'External') return tag;
        const part = resolveTarget(relsOf(n), target);
        return texts.has(part) || renamedTo.has(part) ? tag : '';
      });
      out[relsOf(to)] = encoder.encode(kept);
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(zipSync(out, { level: 0 }) as unknown as ArrayBuffer);
  } catch (err) {
    return {
      ok: false,
      problem: bilingual(W.cannotLoad, { why: err instanceof Error ? err.message.split('\n')[0]! : String(err) }),
    };
  }
  return { ok: true, wb };
}
