/**
 * The bytes of a plan's text file (.txt, .md) → its text and the encoding it was saved in. County offices
 * save text from Notepad, WPS and Word in UTF-8 (with or without a byte-order mark), GBK/GB18030 (the
 * default of Windows in Chinese) and UTF-16 ("Unicode" in Notepad's menu, little or big endian, with or
 * without a byte-order mark). A byte-order mark decides; otherwise strict UTF-8 is tried first (it almost
 * never decodes bytes that are not UTF-8), then every other candidate is decoded strictly and scored by the
 * share of its characters that Chinese official text is made of (ASCII, and the characters of GB2312:
 * common hanzi and Chinese punctuation). Text in the wrong one of these encodings decodes to rare hanzi,
 * control characters or nothing at all, so the right one stands out; a file no candidate reads well is
 * refused as of unknown encoding, never guessed. An empty file is refused.
 *
 * Decoding uses the platform's TextDecoder (WHATWG encodings, as Node ships them).
 */
import { enZh } from '../messages/catalogue.ts';
import { importerMessages as I } from '../messages/importer.ts';

export type TextEncodingName = 'utf-8' | 'utf-8 (BOM)' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-16le (BOM)' | 'utf-16be (BOM)';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; zhEncoding: string }
  | { ok: false; en: string; zh: string };

/** How an encoding is named to staff, in Chinese (the report names the encoding found). */
const ZH_NAME: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8 (BOM)': 'UTF-8（带 BOM）',
  gb18030: 'GBK/GB18030',
  'utf-16le': 'UTF-16 LE（无 BOM）',
  'utf-16be': 'UTF-16 BE（无 BOM）',
  'utf-16le (BOM)': 'UTF-16 LE（带 BOM）',
  'utf-16be (BOM)': 'UTF-16 BE（带 BOM）',
};

let gb2312: Set<number> | null = null;

/** The characters of GB2312 (rows A1–F7, cells A1–FE): what official Chinese text is almost all made of. */
function gb2312Chars(): Set<number> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let hi = 0xa1; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  gb2312 = new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => c !== 0xfffd));
  return gb2312;
}

/** Share of the characters of `text` that plain Chinese official text is made of (0..1). */
export function plausibility(text: string): number {
  const common = gb2312Chars();
  let good = 0;
  let all = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    all++;
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f) || c === 0x3000 || common.has(c)) good++;
    // Hanzi outside GB2312 are real but rare (names of places and people): half a point.
    else if (c >= 0x4e00 && c <= 0x9fff) good += 0.5;
  }
  return all === 0 ? 0 : good / all;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const done = (text: string, encoding: TextEncodingName): DecodedText => ({ ok: true, text, encoding, zhEncoding: ZH_NAME[encoding] });

/** Decodes a plan's text file; `name` is the file as staff named it, for the messages. */
export function decodePlanText(bytes: Uint8Array, name: string): DecodedText {
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) body = bytes.subarray(2);
  const empty = strict(body === bytes ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : 'utf-8', body);
  if (body.length === 0 || (empty !== null && empty.trim() === '')) {
    const [en, zh] = enZh(I.textEmpty, { name });
    return { ok: false, en, zh };
  }
  if (body !== bytes) {
    const label = bytes[0] === 0xef ? 'utf-8' : bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(label, body);
    const encoding = `${label} (BOM)` as TextEncodingName;
    if (text !== null) return done(text, encoding);
    return unknown(name, `${ZH_NAME[encoding]}`);
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null && !utf8.includes('\u0000')) return done(utf8, 'utf-8');
  const candidates: Array<{ encoding: TextEncodingName; text: string; score: number }> = [];
  for (const [label, encoding] of [
    ['gb18030', 'gb18030'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
  ] as const) {
    if ((label === 'utf-16le' || label === 'utf-16be') && bytes.length % 2 !== 0) continue;
    const text = strict(label, bytes);
    if (text !== null) candidates.push({ encoding, text, score: plausibility(text) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // Official text decoded right scores near 1; decoded wrong, far below (rare hanzi, control characters).
  if (best && best.score >= 0.9 && (candidates[1]?.score ?? 0) < best.score - 0.05) return done(best.text, best.encoding);
  return unknown(name, null);
}

function unknown(name: string, declared: string | null): DecodedText {
  const [en, zh] = enZh(I.textEncodingUnknown, { name, declared });
  return { ok: false, en, zh };
}
