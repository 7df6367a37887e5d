/**
 * Limits and character rules a careful publisher sets on content: how large a file and each kind of text
 * field may be, and which characters no published text may hold (NUL and other control characters, text
 * that is not valid Unicode, and the invisible direction overrides that make text read differently from
 * how it is stored). Every limit here is listed in the staff guide, docs/更新指南.md (校验的限制).
 */
import type { PathSegment } from './problems.ts';
import { bilingual, pair, type Bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** Largest file the validator reads, in bytes: a plan's text, and each JSON file. */
export const FILE_LIMITS = { markdown: 2_000_000, json: 1_000_000 } as const;

/** Deepest nesting of [ ] and { } a JSON file may have (the content contract needs 5). */
export const MAX_JSON_DEPTH = 64;

/** Offset of the first bracket that nests deeper than `max` in JSON text (strings skipped), or -1. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** Short names and titles, in characters. */
const SHORT = 200;
/** Sentences and paragraphs: notes, summaries, quotes, printed cells, definitions. */
const LONG = 2_000;

/**
 * The most characters a text field may hold, by its field name (the last part of its path); fields not
 * named here get DEFAULT_FIELD_LIMIT. The longest value in the shipped content is 208 characters.
 */
export const FIELD_LIMITS: Readonly<Record<string, number>> = {
  title: SHORT,
  name: SHORT,
  publisher: SHORT,
  unit: 20,
  group: SHORT,
  category: SHORT,
  label: SHORT,
  area: SHORT,
  province: SHORT,
  parent: SHORT,
  issuer: SHORT,
  facilities: SHORT,
  url: LONG,
  summary: LONG,
  note: LONG,
  notes: LONG,
  quote: LONG,
  definition: LONG,
  text: LONG,
  raw: LONG,
  cells: LONG,
  source: LONG,
};
export const DEFAULT_FIELD_LIMIT = LONG;

/** The limit for the field at `path` (the nearest named segment decides: `notes[2]` → notes). */
export function fieldLimit(path: readonly PathSegment[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return FIELD_LIMITS[seg] ?? DEFAULT_FIELD_LIMIT;
  }
  return DEFAULT_FIELD_LIMIT;
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates ("Trojan Source"): text that displays in another order than stored.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// Zero-width characters (space, non-joiner, joiner, word joiner, a BOM inside text): two names that differ
// only by one look the same to every reader and are different to every program.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

export interface CharacterFault {
  /** Index (in UTF-16 code units) of the offending character. */
  index: number;
  en: string;
  zh: string;
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character in `s` that no published text may hold, or null. */
export function characterFault(s: string): CharacterFault | null {
  const control = CONTROL.exec(s);
  const code = control ? s.charCodeAt(control.index) : 0;
  let lone = -1;
  if (!s.isWellFormed()) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) i++;
      else if (c >= 0xd800 && c <= 0xdfff) {
        lone = i;
        break;
      }
    }
  }
  const bidi = BIDI.exec(s);
  const faults: CharacterFault[] = [];
  if (control) {
    faults.push({
      index: control.index,
      ...(code === 0 ? pair(V.charNul, undefined) : pair(V.charControl, { code: hex(code) })),
    });
  }
  if (lone >= 0) {
    const c = s.charCodeAt(lone);
    faults.push({ index: lone, ...pair(V.charLoneSurrogate, { code: hex(c), escape: `\\u${c.toString(16)}` }) });
  }
  if (bidi) {
    const c = s.charCodeAt(bidi.index);
    faults.push({ index: bidi.index, ...pair(V.charBidi, { code: hex(c) }) });
  }
  const zeroWidth = ZERO_WIDTH.exec(s);
  if (zeroWidth) {
    const c = s.charCodeAt(zeroWidth.index);
    faults.push({ index: zeroWidth.index, ...pair(V.charZeroWidth, { code: hex(c) }) });
  }
  faults.sort((a, b) => a.index - b.index);
  return faults[0] ?? null;
}

export interface StringFault extends Bilingual {
  path: PathSegment[];
}

/** Every string in a parsed JSON or YAML value that breaks a character rule or its field's length limit. */
export function stringFaults(value: unknown, path: PathSegment[] = []): StringFault[] {
  if (typeof value === 'string') {
    const out: StringFault[] = [];
    const fault = characterFault(value);
    if (fault) {
      out.push({ path, ...bilingual(V.characterInField, { at: fault.index + 1, fault }) });
    }
    const limit = fieldLimit(path);
    const length = [...value].length;
    if (length > limit) {
      out.push({ path, ...bilingual(V.fieldTooLong, { limit, length }) });
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => stringFaults(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringFaults(v, [...path, k]));
  return [];
}

/** Human size: 20.0 MB, 1.0 MB, 512 KB. */
export function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.ceil(n / 1000)} KB`;
}
