/**
 * The character grams of the national search index (docs/search-index.md), shared by the writer
 * (src/lib/publish/gram-index.ts) and the browser (gram-search.ts) so that both cut text the same way:
 * text is normalised (full-width letters and digits half-width, Latin lower-case, white space dropped),
 * then every character and every pair of neighbouring characters is a gram. A gram's postings live in the
 * shard its hash names, so a query fetches only the shards of its own grams.
 */

/** The version of the index format; the manifest carries it and the reader refuses any other. */
export const GRAM_INDEX_VERSION = 5;

/** Full-width ASCII as half-width, Latin lower-case, white space (and the ideographic space) removed. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\u3000\u0000-\u001f]+/gu, '');
}

/**
 * The gram of a filter value (kind 措施, chapter, unit, attribute): control characters, which no normalised
 * text holds, so a filter is one more posting list to intersect.
 */
export const facetGram = (key: string, value: string): string => `\u0001${key}\u0002${value}`;

/** A gram of a record's title (its heading, the indicator's name), for ranking title matches first unopened. */
export const titleGram = (gram: string): string => `\u0003${gram}`;

/** The characters of normalised text, as code points (a character outside the BMP is one character). */
export const chars = (s: string): string[] => Array.from(s);

/** Every distinct single character and neighbouring pair of the normalised text. */
export function textGrams(normalised: string): Set<string> {
  const cs = chars(normalised);
  const out = new Set<string>(cs);
  for (let i = 0; i + 1 < cs.length; i += 1) out.add(cs[i]! + cs[i + 1]!);
  return out;
}

/** The grams a word must contain: its pairs, or the character itself when it is one character long. */
export function wordGrams(word: string): string[] {
  const cs = chars(word);
  if (cs.length <= 1) return cs;
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i += 1) out.add(cs[i]! + cs[i + 1]!);
  return [...out];
}

/**
 * Pairs that cover every character of the word without overlapping (控辍保学 → 控辍, 保学; 双师型 → 双师,
 * 师型): half the shards of all pairs, for finding candidates that are then checked against the text.
 */
export function coverGrams(word: string): string[] {
  const cs = chars(word);
  if (cs.length <= 2) return [cs.join('')];
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i += 2) out.push(cs[i]! + cs[i + 1]!);
  if (cs.length % 2 === 1) out.push(cs[cs.length - 2]! + cs[cs.length - 1]!);
  return [...new Set(out)];
}

/** FNV-1a over the UTF-16 code units: the same number in Node and every browser. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i += 1) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The file of the names table holding a name prefix (`n/<this>.json`): its hash, base 36. */
export const nameFile = (prefix: string): string => gramHash(prefix).toString(36);

/** How many buckets a part sorts its postings into; the index's shard count divides it (a power of two). */
export const GRAM_BUCKETS = 65536;

/**
 * A gram's bucket. A title gram goes in the bucket of the text gram it marks, so that the shard a query
 * fetches for a pair also tells which records hold it in their title (no request of its own).
 */
export const gramBucket = (gram: string): number => gramHash(gram.startsWith('\u0003') ? gram.slice(1) : gram) % GRAM_BUCKETS;

/** The shard of a gram among `shards` (a power of two): consecutive buckets, so a merge writes shards in order. */
export const gramShard = (gram: string, shards: number): number => Math.floor(gramBucket(gram) / (GRAM_BUCKETS / shards));

/**
 * The least edit distance (a wrong, missing or extra character) between `pattern` and any stretch of
 * `text` (Sellers' algorithm); anything beyond `limit` is reported as `limit + 1`.
 */
export function substringDistance(pattern: string, text: string, limit = 1): number {
  const p = chars(pattern);
  const t = chars(text);
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  let best = prev[p.length]!;
  for (const tc of t) {
    const cur = [0];
    for (let i = 1; i <= p.length; i += 1) cur.push(Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + (p[i - 1] === tc ? 0 : 1)));
    best = Math.min(best, cur[p.length]!);
    if (best === 0) return 0;
    prev = cur;
  }
  return best > limit ? limit + 1 : best;
}

/** Edit distance between two short strings (of characters, not code units). */
export function editDistance(a: string, b: string): number {
  const x = chars(a);
  const y = chars(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The stretches of `text` within one edit of `word` (what the reader probably meant), leaving out parts of
 * the word itself (双师 for 双师形), which every near match shares.
 */
export function nearStretches(word: string, text: string): string[] {
  const cs = chars(word);
  const w = cs.length;
  const t = chars(text);
  const out = new Set<string>();
  for (let len = Math.max(1, w - 1); len <= w + 1; len += 1) {
    for (let i = 0; i + len <= t.length; i += 1) {
      // A stretch within one edit begins with the word's first or second character, or holds one of them
      // second (the edit at its start): the others are passed over without building them.
      if (w >= 2 && t[i] !== cs[0] && t[i] !== cs[1] && t[i + 1] !== cs[0] && t[i + 1] !== cs[1]) continue;
      const s = t.slice(i, i + len).join('');
      if (!word.includes(s) && editDistance(word, s) <= 1) out.add(s);
    }
  }
  return [...out];
}

/** Delta-encoded ascending ids, as a shard stores them. */
export function encodeIds(ids: readonly number[]): number[] {
  return ids.map((id, k) => (k === 0 ? id : id - ids[k - 1]!));
}

export function decodeIds(deltas: readonly number[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const d of deltas) out.push((at += d));
  return out;
}
