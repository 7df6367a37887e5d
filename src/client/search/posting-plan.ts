/**
 * The order in which a query reads its posting lists (docs/search-index.md, "Query planning"). A list's
 * size is in its shard before its postings are read (a light list's length; a heavy gram's `n`, before its
 * file is fetched), so lists are intersected rarest first: light lists (in the shard already) always, heavy
 * files only while the candidates are still more than `enough` and the caller lets it fetch another. What
 * is left is a superset of the records holding every gram, which the caller checks against the record text
 * anyway (a word longer than a pair): stopping early changes how many records are opened, not what is found.
 * A heavy file is intersected as it is decoded, without building its list of ids.
 */
import { chars, decodeIds } from './grams.ts';

/** A gram's shard entry: its id deltas (a light gram), or a heavy gram's count and the file of its deltas. */
export type ShardEntry = readonly number[] | { n: number; f: string };

export const isLight = (e: ShardEntry): e is readonly number[] => Array.isArray(e);

/** Records holding the gram, known from its shard alone. */
export const entrySize = (e: ShardEntry): number => (isLight(e) ? e.length : e.n);

export interface Narrowing {
  /** Candidates at or below which no heavy file is fetched to narrow them (they are few enough to verify). */
  enough: number;
  /** Heavy files that may be fetched, at most (one always, when every gram is heavy). */
  heavyFiles: number;
}

/** Ids in both ascending lists. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      out.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return out;
}

/** Ids of `ids` (ascending) that the delta-encoded list holds, decoded as it is walked and no further than needed. */
export function intersectDeltas(ids: readonly number[], deltas: readonly number[]): number[] {
  const out: number[] = [];
  let id = 0;
  let i = 0;
  for (let j = 0; j < deltas.length && i < ids.length; j += 1) {
    id += deltas[j]!;
    while (i < ids.length && ids[i]! < id) i += 1;
    if (ids[i] === id) {
      out.push(id);
      i += 1;
    }
  }
  return out;
}

/**
 * The records holding every gram of `entries` (none missing: a gram in no record is the caller's
 * shortcut), or a superset of them when a heavy gram was left out: the lists intersected rarest first, light
 * ones all, heavy ones while more than `o.enough` candidates are left and fewer than `o.heavyFiles` heavy
 * files were fetched. `heavy` fetches a heavy gram's file of deltas.
 */
export async function narrowRarestFirst(entries: readonly ShardEntry[], heavy: (file: string) => Promise<readonly number[]>, o: Narrowing): Promise<number[]> {
  const order = [...entries].sort((a, b) => entrySize(a) - entrySize(b));
  let acc: number[] | null = null;
  let fetched = 0;
  for (const e of order) {
    if (acc && acc.length === 0) break;
    if (isLight(e)) {
      acc = acc ? intersectDeltas(acc, e) : decodeIds(e);
      continue;
    }
    // Sorted by size: every list from here is heavy.
    if (acc && (acc.length <= o.enough || fetched >= o.heavyFiles)) break;
    fetched += 1;
    const deltas = await heavy(e.f);
    acc = acc ? intersectDeltas(acc, deltas) : decodeIds(deltas);
  }
  return acc ?? [];
}

/**
 * Pairs of a word that straddle its covering pairs (推进县域义务… → 进县, 域义, 务教 …), at most `n`, spread
 * over it (first, middle, last): a pair across two words of a phrase is much rarer than either word (at
 * 10,000 plans 进县 is in 8,000 records, 推进 in 326,000), so it narrows a phrase of common words.
 */
export function straddlingPairs(word: string, n: number): string[] {
  const cs = chars(word);
  const pairs: string[] = [];
  for (let k = 1; k + 1 < cs.length; k += 2) pairs.push(cs[k]! + cs[k + 1]!);
  if (pairs.length <= n) return [...new Set(pairs)];
  const picked = Array.from({ length: n }, (_, i) => pairs[Math.round((i * (pairs.length - 1)) / Math.max(1, n - 1))]!);
  return [...new Set(picked)];
}
