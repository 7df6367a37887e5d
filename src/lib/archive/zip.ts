/**
 * Reading an Office file (.xlsx, .docx) without trusting it. A zip archive says in its central directory
 * how large each part is; a hostile one (a "zip bomb") says little and inflates to gigabytes. Every part
 * read here is checked by its declared size before it is inflated, and inflated with a hard ceiling on
 * what comes out (node:zlib's maxOutputLength stops the inflater there), so a bomb is refused by its
 * sizes, with a message a clerk can act on, and never reaches the memory of the process. XML parts are
 * refused when they carry a DOCTYPE: Office never writes one, and it is how entity tricks (external
 * entities, "billion laughs") get in, whatever parser reads the part afterwards; and when they are not
 * well-formed, so that no parser downstream meets broken XML and throws its own error at the user.
 */
import { inflateRawSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { enZh } from '../messages/catalogue.ts';
import { archiveMessages as A } from '../messages/archive.ts';

export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes one part may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all the parts read may inflate to together. */
  maxTotalBytes: number;
}

/** Generous for any real plan or ledger, far below what would exhaust memory. */
export const OFFICE_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 160 * 1024 * 1024 };

export type ArchiveProblem = 'not-zip' | 'damaged' | 'too-many-entries' | 'too-large' | 'size-mismatch' | 'unsupported' | 'doctype';

/** A refused archive: why, in Chinese for staff and English for developers. */
export class ArchiveError extends Error {
  readonly problem: ArchiveProblem;
  readonly zh: string;
  constructor(problem: ArchiveProblem, en: string, zh: string) {
    super(en);
    this.problem = problem;
    this.zh = zh;
  }
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** The size the central directory declares for the inflated part. */
  declaredSize: number;
  /** Offset of the part's local header. */
  offset: number;
}

const MB = (n: number) => (n < 1048576 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${Math.round(n / 1048576)} MB`);

function damaged(what: string): ArchiveError {
  return new ArchiveError('damaged', ...enZh(A.damaged, { what }));
}

/** The central directory: every part's name, method and sizes, read without inflating anything. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = OFFICE_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) {
    throw new ArchiveError('not-zip', ...enZh(A.notZip, undefined));
  }
  // The end-of-central-directory record is in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ArchiveError('unsupported', ...enZh(A.zip64, undefined));
  }
  if (count > limits.maxEntries) {
    throw new ArchiveError('too-many-entries', ...enZh(A.tooManyEntries, { count, max: limits.maxEntries }));
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged('a central directory entry is cut off');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) throw damaged('a part name is cut off');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || offset === 0xffffffff) {
      throw new ArchiveError('unsupported', ...enZh(A.partZip64, { part: name }));
    }
    entries.push({ name, method, compressedSize, declaredSize, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The parts `wanted` selects, inflated. Their declared sizes are checked against the limits first (one
 * part, and all together); then each is inflated with a ceiling of its declared size, so a part that
 * inflates to more than it declared is refused at that point, before it grows any further.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = OFFICE_LIMITS, wanted: (name: string) => boolean = () => true): Map<string, Uint8Array> {
  const entries = listZip(bytes, limits).filter((e) => !e.name.endsWith('/') && wanted(e.name));
  let total = 0;
  for (const e of entries) {
    if (e.declaredSize > limits.maxEntryBytes) {
      throw new ArchiveError('too-large', ...enZh(A.partTooLarge, { part: e.name, size: MB(e.declaredSize), max: MB(limits.maxEntryBytes) }));
    }
    total += e.declaredSize;
  }
  if (total > limits.maxTotalBytes) {
    throw new ArchiveError('too-large', ...enZh(A.tooLarge, { total: MB(total), max: MB(limits.maxTotalBytes) }));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50) throw damaged(`the part ${e.name} is missing`);
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw damaged(`the part ${e.name} is cut off`);
    const raw = bytes.subarray(start, end);
    let data: Uint8Array;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        // The ceiling is what the part declared: a part that inflates to more is lying about its size.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(e.declaredSize, 1) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ArchiveError('size-mismatch', ...enZh(A.inflatesBeyond, { part: e.name, size: MB(e.declaredSize) }));
        }
        throw damaged(`the part ${e.name} cannot be inflated`);
      }
    } else {
      throw new ArchiveError('unsupported', ...enZh(A.compression, { part: e.name, method: e.method }));
    }
    if (data.length !== e.declaredSize) {
      throw new ArchiveError('size-mismatch', ...enZh(A.sizeMismatch, { part: e.name, declared: e.declaredSize, found: data.length }));
    }
    out.set(e.name, data);
  }
  return out;
}

/**
 * An XML part as text, refused when it declares a DOCTYPE (and so could declare entities): Office writes
 * none, and refusing it here keeps every parser downstream (fast-xml-parser, exceljs's saxes) away from
 * entity expansion and external references.
 */
export function xmlText(data: Uint8Array, part: string): string {
  const text = xmlTextUnchecked(data, part);
  checkWellFormed(text, part);
  return text;
}

/** An XML part as text with its DOCTYPE refused, not yet checked for well-formedness (cheap: one regex). */
export function xmlTextUnchecked(data: Uint8Array, part: string): string {
  const text = new TextDecoder('utf-8').decode(data);
  const doctype = /<!\s*(DOCTYPE|ENTITY)\b/i.exec(text);
  if (doctype) {
    throw new ArchiveError('doctype', ...enZh(A.doctype, { part, kind: doctype[1]!.toUpperCase() }));
  }
  return text;
}

/**
 * Malformed XML (a damaged or hand-made part) is refused here, with its line, rather than by whichever
 * parser meets it first and throws its own error.
 */
export function checkWellFormed(text: string, part: string): void {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ArchiveError('damaged', ...enZh(A.badXml, { part, line: valid.err.line, error: valid.err.msg }));
  }
}

/**
 * The named XML parts of an Office file as text (null for a part it does not have), read within
 * OFFICE_LIMITS and refused if any carries a DOCTYPE. Throws ArchiveError.
 */
export function readOfficeXml(bytes: Uint8Array, parts: readonly string[], limits: ZipLimits = OFFICE_LIMITS): (name: string) => string | null {
  const files = readZip(bytes, limits, (name) => parts.includes(name));
  const texts = new Map<string, string>();
  for (const [name, data] of files) texts.set(name, xmlText(data, name));
  return (name) => texts.get(name) ?? null;
}
