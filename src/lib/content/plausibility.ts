/**
 * Checks a careful statistician makes before a figure is published, across a plan's years: a rate outside
 * its domain (a 1027.3 % enrolment rate), a change from the previous year far beyond the indicator's own
 * history, a year whose every value equals last year's (a copied sheet), and a published figure changed
 * without the earlier value and a reason. Impossible values are errors; unusual ones are errors that a
 * `note` on the entry explains away (the reader sees the note beside the value). Negative values are
 * refused by the schema itself.
 */
import { mayExceedHundred } from '../../schemas/indicators.ts';
import type { ProgressFile } from '../../schemas/progress.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { PathSegment, Problem } from './problems.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** Where a field of a progress file is, for the problem line. */
export type Locator = (planId: string, year: number, path: PathSegment[]) => { file: string; line?: number | undefined; column?: number | undefined };

/** A gross enrolment rate counts pupils of any age, but not ten times the cohort. */
export const GROSS_RATE_MAX = 150;
/** A change this many times the indicator's usual yearly change needs a note. */
export const JUMP_FACTOR = 4;

const fmt = (n: number) => String(Number(n.toPrecision(6)));

/** The indicator's usual yearly change: its largest past step, the plan's planned pace, or 2 % of its level. */
function usualStep(points: Array<{ year: number; value: number }>, planned: number, level: number): number {
  let step = planned;
  for (let i = 1; i < points.length; i++) {
    const gap = points[i]!.year - points[i - 1]!.year;
    if (gap > 0) step = Math.max(step, Math.abs(points[i]!.value - points[i - 1]!.value) / gap);
  }
  return Math.max(step, 0.02 * Math.abs(level), 1e-9);
}

export function plausibilityProblems(plans: readonly PlanBundle[], locate: Locator): Problem[] {
  const out: Problem[] = [];
  for (const plan of plans) {
    const files = [...plan.progress].sort((a, b) => a.year - b.year);
    files.forEach((file, fi) => {
      const at = (path: PathSegment[], field: string) => ({ ...locate(plan.id, file.year, path), field });
      file.indicators.forEach((e, i) => {
        const ind = plan.indicators.find((x) => x.id === e.indicator);
        if (!ind || e.value === null) return;
        const v = e.value;
        const where = at(['indicators', i, 'value'], `indicators[${i}].value`);
        // A rate outside its domain is never right, note or not.
        if (ind.unit === '%') {
          const gross = mayExceedHundred(ind.name);
          const max = gross ? GROSS_RATE_MAX : 100;
          if (v > max) {
            out.push({
              ...where,
              ...bilingual(V.percentTooHigh, { name: ind.name, max, gross, found: v }),
            });
            return;
          }
          // 0.931 for 93.1 %: a percentage typed (or pasted from a %-formatted cell) as a fraction. Only where
          // every printed reference figure is 10 or more, so a small rate (辍学率 0.5 → 0.3) is never mistaken.
          const refs = [ind.baseline.value, ind.target.value].filter((x): x is number => x !== null);
          const low = refs.length ? Math.min(...refs) : 0;
          if (v > 0 && v <= 1.5 && low >= 10) {
            out.push({ ...where, ...bilingual(V.percentAsFraction, { name: ind.name, found: v, percent: fmt(v * 100), low: fmt(low) }) });
            return;
          }
        }
        if (ind.unit === '年' && v > 30) {
          out.push({
            ...where,
            ...bilingual(V.yearsTooHigh, { name: ind.name, found: v }),
          });
          return;
        }
        // A change far beyond the indicator's own history needs a word of explanation.
        const history: Array<{ year: number; value: number }> = [];
        if (ind.baseline.value !== null) history.push({ year: ind.baseline.year, value: ind.baseline.value });
        for (const f of files.slice(0, fi)) {
          const x = f.indicators.find((y) => y.indicator === e.indicator);
          if (x && x.value !== null && f.year > (history.at(-1)?.year ?? -Infinity)) history.push({ year: f.year, value: x.value });
        }
        const prev = history.at(-1);
        if (!prev || prev.year >= file.year || e.note) return;
        const planned =
          ind.baseline.value !== null && ind.target.value !== null && ind.target.year > ind.baseline.year
            ? Math.abs(ind.target.value - ind.baseline.value) / (ind.target.year - ind.baseline.year)
            : 0;
        let step = usualStep(history, planned, Math.max(Math.abs(prev.value), Math.abs(ind.target.value ?? 0)));
        // A count of schools or counties moves by whole units: one more is never a jump.
        if ([v, prev.value, ind.target.value ?? 0].every(Number.isInteger)) step = Math.max(step, 1);
        const change = Math.abs(v - prev.value) / (file.year - prev.year);
        if (change > JUMP_FACTOR * step) {
          out.push({
            ...where,
            ...bilingual(V.jumpNeedsNote, { name: ind.name, fromYear: prev.year, from: fmt(prev.value), limit: fmt(JUMP_FACTOR * step), usual: fmt(step), perYear: fmt(change), found: fmt(v) }),
          });
        }
      });
      // Every value equal to last year's: most likely last year's sheet copied.
      const before = files[fi - 1];
      if (before && before.year === file.year - 1) {
        const pairs = file.indicators
          .filter((e) => e.value !== null)
          .map((e) => ({ e, last: before.indicators.find((x) => x.indicator === e.indicator) }));
        const same = pairs.filter(({ e, last }) => last && last.value === e.value);
        const explained = pairs.some(({ e, last }) => e.note !== undefined && e.note !== last?.note);
        if (pairs.length >= 3 && same.length === pairs.length && !explained) {
          out.push({
            ...at(['indicators'], 'indicators'),
            ...bilingual(V.sameAsLastYear, { count: pairs.length, year: before.year }),
          });
        }
      }
    });
  }
  return out;
}

/**
 * A figure published earlier (in `before`, the version of the file as last published) and changed in
 * `after` must keep the earlier value and say why: a `revisions` entry with that value and a note.
 */
export function revisionProblems(plan: PlanBundle, before: ProgressFile, after: ProgressFile, locate: Locator): Problem[] {
  const out: Problem[] = [];
  before.indicators.forEach((old) => {
    if (old.value === null) return;
    const i = after.indicators.findIndex((e) => e.indicator === old.indicator);
    const now = after.indicators[i];
    const value = now?.value ?? null;
    if (value === old.value) return;
    const recorded = now?.revisions?.some((r) => r.value === old.value && (r.note ?? '').trim() !== '');
    if (recorded) return;
    const name = plan.indicators.find((x) => x.id === old.indicator)?.name ?? old.indicator;
    const path: PathSegment[] = i >= 0 ? ['indicators', i, 'value'] : ['indicators'];
    out.push({
      ...locate(plan.id, after.year, path),
      field: i >= 0 ? `indicators[${i}].value` : 'indicators',
      ...bilingual(V.revisionNotRecorded, {
        year: after.year,
        name,
        indicator: old.indicator,
        was: old.value,
        now: value,
        published: before.published,
        fmt: { was: fmt(old.value), now: value === null ? null : fmt(value) },
      }),
    });
  });
  return out;
}
