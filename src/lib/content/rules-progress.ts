/**
 * Rules a progress file meets beyond its schema, one named function each, run in this order on every file
 * that loaded: it sits in the folder of its plan, under the name of its year, inside the plan's period; its
 * dates are possible and its official figures cite their sources; there is one file per plan and year; and
 * every indicator, clause and project it reports on is one of its plan.
 */
import type { ProgressFile } from '../../schemas/progress.ts';
import { reportCoverage } from '../model/tasks.ts';
import type { LoadContext, ProblemCollector } from './collect.ts';
import type { Located } from './locate.ts';
import { formatPath } from './problems.ts';
import { saidAt } from './read-files.ts';
import type { KnownIds, LoadedPlan } from './read-plan.ts';
import { dateProblems, sourceProblems } from './rules.ts';
import { unknownRef } from './closest-ids.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** A progress file that loaded, with what its rules need to know. */
export interface ProgressInput {
  planId: string;
  /** The file's name, `2023.json`. */
  name: string;
  /** The file's path as problems name it. */
  file: string;
  doc: Located;
  data: ProgressFile;
  /** Its plan, when the plan loaded. */
  plan: LoadedPlan | undefined;
  /** The ids the plan folder defines, as far as its files loaded. */
  known: KnownIds;
}

export type ProgressRule = (f: ProgressInput, out: ProblemCollector) => void;

/** The rules every loaded progress file meets, in the order their problems are reported. */
export function progressRules(ctx: LoadContext): ProgressRule[] {
  return [
    progressInItsFolder,
    yearMatchesFileName,
    yearInsidePeriod,
    publishedAfterAsOf,
    publishedNotInFuture(ctx.options.today),
    datesAndSources(ctx.options.today),
    oneFilePerYear(),
    referencesKnownIds,
  ];
}

export const progressInItsFolder: ProgressRule = ({ data, doc, file, planId }, out) => {
  if (data.plan !== planId) out.add(saidAt(doc, file, ['plan'], bilingual(V.planNotFolder, { folder: planId, found: data.plan, inProgress: true })));
};

export const yearMatchesFileName: ProgressRule = ({ data, doc, file, name }, out) => {
  const stem = name.replace(/\.json$/, '');
  if (!/^\d{4}$/.test(stem)) {
    out.add({ file, ...bilingual(V.progressFileName, { name, year: data.year }) });
  } else if (Number(stem) !== data.year) {
    out.add(saidAt(doc, file, ['year'], bilingual(V.progressYearNotName, { stem, year: data.year })));
  }
};

export const yearInsidePeriod: ProgressRule = ({ data, doc, file, plan }, out) => {
  const { start, end } = plan?.plan.period ?? { start: data.year, end: data.year };
  if (data.year >= start && data.year <= end) return;
  out.add(saidAt(doc, file, ['year'], bilingual(V.yearOutsidePeriod, { start, end, year: data.year })));
};

export const publishedAfterAsOf: ProgressRule = ({ data, doc, file }, out) => {
  if (data.published >= data.asOf) return;
  out.add(saidAt(doc, file, ['published'], bilingual(V.publishedBeforeAsOf, { asOf: data.asOf, published: data.published })));
};

/** Only the validator knows today: what the build writes must not depend on the clock. */
export const publishedNotInFuture =
  (today: string | undefined): ProgressRule =>
  ({ data, doc, file }, out) => {
    if (!today || data.published <= today) return;
    out.add(saidAt(doc, file, ['published'], bilingual(V.publishedInFuture, { today, published: data.published })));
  };

/** The rules of rules.ts: possible dates, and full sources for official figures. */
export const datesAndSources =
  (today: string | undefined): ProgressRule =>
  ({ data, doc, file }, out) => {
    for (const p of [...dateProblems(data, today), ...sourceProblems(data)]) {
      const { path, ...said } = p;
      out.add({ file, ...doc.locate(path), field: formatPath(path), ...said });
    }
  };

/** One file per plan and year; the rule remembers the files it has seen. */
export function oneFilePerYear(): ProgressRule {
  const covered = new Map<string, string>();
  return ({ data, doc, file }, out) => {
    const key = `${data.plan}/${data.year}`;
    const other = covered.get(key);
    if (other) out.add(saidAt(doc, file, ['year'], bilingual(V.progressSecondFile, { year: data.year, first: other })));
    else covered.set(key, file);
  };
}

/** References into the plan's files are checked against whatever of the plan loaded. */
export const referencesKnownIds: ProgressRule = ({ data, doc, file, planId, known }, out) => {
  const planFile = (n: string) => `content/plans/${planId}/${n}`;
  const check = (ids: string[] | null, what: string, where: string, found: ReadonlyArray<string>, key: 'indicators' | 'clauses' | 'projects', field: string) => {
    if (!ids) return;
    found.forEach((id, i) => {
      if (!ids.includes(id)) out.add(saidAt(doc, file, [key, i, field], unknownRef(what, id, ids, planFile(where))));
    });
  };
  check(known.indicatorIds, 'indicator', 'indicators.json', data.indicators.map((e) => e.indicator), 'indicators', 'indicator');
  check(known.clauseIds, 'clause', 'plan.md', data.clauses.map((e) => e.clause), 'clauses', 'clause');
  check(known.projectIds, 'project', 'projects.json', data.projects.map((e) => e.project), 'projects', 'project');
};

/** Warnings, not errors: items of the plan a yearly report leaves out (the site shows them as 未报告). */
export function coverageWarnings({ data, file, plan }: ProgressInput, out: ProblemCollector): void {
  if (!plan || plan.broken.has('indicators.json') || plan.broken.has('projects.json')) return;
  const cov = reportCoverage(plan, data);
  const left = [
    ['indicators', cov.indicators.missing],
    ['clauses', cov.clauses.missing],
    ['projects', cov.projects.missing],
  ] as const;
  for (const [key, missing] of left) {
    if (missing.length === 0) continue;
    out.warn({ file, field: key, ...bilingual(V.notAllReported, { year: data.year, kind: key, missing }) });
  }
}
