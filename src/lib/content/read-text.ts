/**
 * Reads a content file as text and refuses, with a precise message, the encodings a county office's
 * editors produce by accident: an empty file, a UTF-8 BOM, GBK bytes from a Windows editor.
 */
import type { Problem } from './problems.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export type TextResult = { ok: true; text: string } | { ok: false; problem: Problem };

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function decodeContent(bytes: Uint8Array, file: string): TextResult {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return {
      ok: false,
      problem: { file, line: 1, column: 1, ...bilingual(V.emptyFile, undefined) },
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        column: 1,
        ...bilingual(V.utf8Bom, undefined),
      },
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Find the first byte that is not valid UTF-8, to say where.
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.slice(0, offset));
    const { line, column } = lineColumnAt(before, before.length);
    let gbkLine: string | undefined;
    try {
      const gbk = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      gbkLine = (gbk.split('\n')[line - 1]?.trim() ?? '').slice(0, 30);
    } catch {
      /* not GBK either */
    }
    return {
      ok: false,
      problem: {
        file,
        line,
        column,
        ...bilingual(V.notUtf8, { byte: `0x${bytes[offset]!.toString(16).toUpperCase()}`, gbkLine }),
      },
    };
  }
}

/**
 * Offset of the first byte that is not valid UTF-8, by the rules of the decoder (RFC 3629): no overlong
 * forms (E0 80–9F, F0 80–8F), no encoded surrogates (ED A0–BF, as CESU-8 writes them), nothing above
 * U+10FFFF (F4 90–BF). Never beyond the last byte, so that the message can always show the byte.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
