/**
 * The stretches of a text within one edit of a word (nearStretches, grams.ts: what 近似匹配 marks and ranks
 * by) are those a scan of every stretch finds: the check that passes over stretches that cannot be within
 * one edit (neither of the word's first two characters at their start) drops none.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, nearStretches } from '../../src/client/search/grams.ts';

/** Every stretch of one character fewer to one more than the word, within one edit, but parts of the word. */
function scan(word: string, text: string): string[] {
  const w = [...word].length;
  const t = [...text];
  const out = new Set<string>();
  for (let len = Math.max(1, w - 1); len <= w + 1; len += 1)
    for (let i = 0; i + len <= t.length; i += 1) {
      const s = t.slice(i, i + len).join('');
      if (!word.includes(s) && editDistance(word, s) <= 1) out.add(s);
    }
  return [...out].sort();
}

describe('near stretches', () => {
  it('are those a scan of every stretch finds, for words of one to eight characters', () => {
    const ch = fc.constantFrom(...'双师型形课控辍缀保学集团化办校');
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 8 }), fc.array(ch, { maxLength: 40 }), (w, t) => {
        const [word, text] = [w.join(''), t.join('')];
        expect([...nearStretches(word, text)].sort()).toEqual(scan(word, text));
      }),
      { numRuns: 2000 },
    );
  });
  it('finds 双师型 for 双师形 and 集团化办学 for 集团化办校', () => {
    expect(nearStretches('双师形', '建设双师型教师队伍')).toContain('双师型');
    expect(nearStretches('集团化办校', '深化集团化办学改革')).toContain('集团化办学');
  });
});
