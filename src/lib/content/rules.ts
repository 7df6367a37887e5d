/**
 * Rules a careful publisher applies to a progress file beyond its shape: its dates must be possible (a
 * file is published on or after the day its figures describe, and neither date lies in the future), and
 * every official figure or status cites its source in full, as the README promises: title, publisher,
 * address, date and the quoted sentence.
 */
import type { ProgressFile } from '../../schemas/progress.ts';
import type { PathSegment } from './problems.ts';
import { bilingual, type Bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export interface RuleProblem extends Bilingual {
  path: PathSegment[];
}

/**
 * Today's date in China (YYYY-MM-DD), where the bureaus publish: a date of today there is never "future".
 * `fixed` (VALIDATE_TODAY=YYYY-MM-DD, passed in by the commands) fixes it: tests, or re-checking an old tree
 * as of a past day. Only the validator reads it: what the build writes never depends on the clock.
 */
export function todayInChina(now: Date = new Date(), fixed?: string): string {
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Dates in the future, when `today` is given (the validator passes it; the build does not): the publication
 * dates of earlier values. (`published` not in the future and on or after `asOf`, which together keep
 * `asOf` out of the future too, are checked beside the period in load.ts.)
 */
export function dateProblems(file: ProgressFile, today: string | undefined): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!today) return out;
  file.indicators.forEach((e, i) => {
    e.revisions?.forEach((r, k) => {
      if (r.published > today) out.push({ path: ['indicators', i, 'revisions', k, 'published'], ...bilingual(V.revisionDateInFuture, { today, date: r.published }) });
    });
  });
  return out;
}

const SOURCE_FIELDS = ['title', 'publisher', 'url', 'date', 'quote'] as const;

/** Official entries that state a figure or a status but cite their source only in part. */
export function sourceProblems(file: ProgressFile): RuleProblem[] {
  const out: RuleProblem[] = [];
  const lists = [
    ['indicators', file.indicators],
    ['clauses', file.clauses],
    ['projects', file.projects],
  ] as const;
  for (const [key, list] of lists) {
    list.forEach((entry, i) => {
      const provenance = entry.provenance ?? file.provenance;
      const source = entry.source as Record<string, string | undefined> | undefined;
      if (provenance !== 'official' || !source) return;
      const missing = SOURCE_FIELDS.filter((f) => !source[f] || !source[f]!.trim());
      if (missing.length === 0) return;
      out.push({ path: [key, i, 'source'], ...bilingual(V.partialSource, { figure: key === 'indicators', missing }) });
    });
  }
  return out;
}
