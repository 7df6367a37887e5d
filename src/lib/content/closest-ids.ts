/**
 * "Did you mean" for ids: the known ids closest to one that was not found, and the sentence that names them.
 */
import { distance } from 'fastest-levenshtein';

/** Up to three known ids closest to `id`, for "did you mean" hints. */
export function closestIds(id: string, known: readonly string[], n = 3): string[] {
  // Ids sharing the first word (`jingyuan-…`) come first; then by edit distance.
  const head = id.split('-')[0]!;
  return [...known]
    .map((k) => ({ k, d: distance(id, k) + (k.split('-')[0] === head ? 0 : 100) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((x) => x.k);
}

/** The message for a reference to an id that the plan does not have (an indicator, clause or project). */
export function unknownRef(what: string, found: string, known: readonly string[], where: string): string {
  const hint = known.length ? ` Closest known ids: ${closestIds(found, known).join(', ')} (all are in ${where}).` : ` The plan has no ${what}s (${where}).`;
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  return `expected the id of ${article} ${what} of this plan, found "${found}".${hint}`;
}
