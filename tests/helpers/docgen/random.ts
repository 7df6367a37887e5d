/** A small seeded random source (mulberry32): the same seed gives the same document on every machine. */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** k distinct items, in a random order. */
  sample<T>(xs: readonly T[], k: number): T[];
  shuffle<T>(xs: readonly T[]): T[];
  /** A new source derived from this one and a label, so that adding a draw in one part leaves the others. */
  fork(label: string): Rng;
}

export function rng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const self: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    sample: (xs, k) => self.shuffle(xs).slice(0, Math.min(k, xs.length)),
    fork: (label) => {
      let h = seed >>> 0;
      for (const c of label) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
      return rng(h ^ Math.floor(next() * 4294967296));
    },
  };
  return self;
}
