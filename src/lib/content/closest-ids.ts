/**
 * "Did you mean" for ids: the known ids closest to one that was not found, and the sentence that names them.
 */
import { distance } from 'fastest-levenshtein';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

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
export function unknownRef(what: string, found: string, known: readonly string[], where: string) {
  return bilingual(V.unknownRef, { what, found, closest: known.length ? closestIds(found, known) : [], where });
}
