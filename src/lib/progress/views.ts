/**
 * What the pages show, computed from the plan model: each indicator with its yearly actuals and status,
 * each measure with its responsible units and latest status, each project with its latest status, and
 * the departments across all plans. Pure functions; no Astro.
 */
import { pinyin } from 'pinyin-pro';
import type { Indicator } from '../../schemas/indicators.ts';
import type { Project } from '../../schemas/projects.ts';
import type { ClauseStatus, ProjectStatus, ProgressFile } from '../../schemas/progress.ts';
import type { Provenance, Source } from '../../schemas/common.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { Clause } from '../model/clauses.ts';
import { normaliseUnitNames } from '../model/units.ts';
import { computeStatus, FAILING, STATUS_ORDER, type RecordedStatus, type StatusResult } from './status.ts';
import { periodOver } from './period.ts';
import { reportingYears } from './reporting.ts';

export interface ActualView {
  year: number;
  value: number | null;
  text?: string | undefined;
  provenance: Provenance;
  source?: Source | undefined;
  note?: string | undefined;
  /** Earlier published values of this figure, oldest first. */
  revisions: NonNullable<ProgressFile['indicators'][number]['revisions']>;
  published: string;
  recordedStatus?: string | undefined;
}

export interface IndicatorView {
  plan: PlanBundle;
  indicator: Indicator;
  actuals: ActualView[];
  status: StatusResult;
  /** The table clause the indicator is printed in. */
  clause: Clause | undefined;
  illustrative: boolean;
  /** Whether the figure or judgement behind a final verdict is illustrative (labelled wherever shown). */
  verdictIllustrative: boolean;
  /** Every year the plan should have reported by the content's date, with its figure or null (未报告). */
  years: Array<{ year: number; actual: ActualView | null }>;
}

/**
 * Every indicator of `plan` with its actuals and status. `all` is every plan of the site: the content's
 * date, which says whether the period is over, is read from all of them (see period.ts).
 */
export function indicatorViews(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): IndicatorView[] {
  const over = periodOver(plan, all);
  const years = reportingYears(plan, all);
  return plan.indicators.map((indicator) => {
    const actuals: ActualView[] = plan.progress.flatMap((file) =>
      file.indicators
        .filter((e) => e.indicator === indicator.id)
        .map((e) => ({
          year: file.year,
          value: e.value,
          text: e.text,
          provenance: e.provenance ?? file.provenance,
          source: e.source,
          note: e.note,
          revisions: e.revisions ?? [],
          published: file.published,
          recordedStatus: e.status,
        })),
    );
    const status = computeStatus(
      indicator,
      actuals.map((a) => ({ year: a.year, value: a.value, status: a.recordedStatus as RecordedStatus | undefined })),
      { periodOver: over },
    );
    const basisYear = status.finalValue?.year ?? (status.final && status.basis === 'recorded' ? status.recorded?.year : undefined);
    return {
      plan,
      indicator,
      actuals,
      status,
      clause: plan.clauses.find((c) => c.id === indicator.source.clause),
      illustrative: actuals.some((a) => a.provenance === 'illustrative'),
      verdictIllustrative: basisYear !== undefined && actuals.some((a) => a.year === basisYear && a.provenance === 'illustrative'),
      years: years.map((year) => ({ year, actual: actuals.find((a) => a.year === year && (a.value !== null || a.text !== undefined || a.recordedStatus !== undefined)) ?? null })),
    };
  });
}

/** Binding indicators that missed or are off track first, then by severity, then in printed order. */
export function sortForDashboard(views: readonly IndicatorView[]): IndicatorView[] {
  const rank = (v: IndicatorView) => STATUS_ORDER.indexOf(v.status.status);
  const failingBinding = (v: IndicatorView) => Number(v.indicator.attribute === 'binding' && FAILING.includes(v.status.status));
  return [...views].sort(
    (a, b) =>
      failingBinding(b) - failingBinding(a) ||
      rank(a) - rank(b) ||
      a.indicator.no - b.indicator.no,
  );
}

export interface LatestStatus<S> {
  year: number;
  status: S | null;
  summary?: string | undefined;
  provenance: Provenance;
  source?: Source | undefined;
}

export interface UnitRef {
  printed: string;
  name: string;
  slug: string;
}

export interface MeasureView {
  plan: PlanBundle;
  clause: Clause;
  units: UnitRef[];
  /** The latest report that states a status, with its year; it survives a newer report that omits the item. */
  latest: LatestStatus<ClauseStatus> | null;
  /** Every year the plan should have reported, with what was reported or null (未报告). */
  history: Array<{ year: number; report: LatestStatus<ClauseStatus> | null }>;
}

type StatusPick<S> = (f: ProgressFile) => { status: S | null; summary?: string | undefined; provenance?: Provenance | undefined; source?: Source | undefined } | undefined;

function reportOf<S>(file: ProgressFile, pick: StatusPick<S>): LatestStatus<S> | null {
  const e = pick(file);
  // An entry left blank reports nothing: it does not hide an earlier report.
  if (!e || e.status === null) return null;
  return { year: file.year, status: e.status, summary: e.summary, provenance: e.provenance ?? file.provenance, source: e.source };
}

function latestOf<S>(plan: PlanBundle, pick: StatusPick<S>): LatestStatus<S> | null {
  for (const file of [...plan.progress].reverse()) {
    const r = reportOf(file, pick);
    if (r) return r;
  }
  return null;
}

function historyOf<S>(plan: PlanBundle, years: readonly number[], pick: StatusPick<S>): Array<{ year: number; report: LatestStatus<S> | null }> {
  return years.map((year) => {
    const file = plan.progress.find((f) => f.year === year);
    return { year, report: file ? reportOf(file, pick) : null };
  });
}

export function slugOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

const unitNamesCache = new WeakMap<readonly PlanBundle[], Map<string, string>>();

/**
 * Printed unit name → normalised name, across all plans (`统战部` → `县委统战部`). Computed once per list
 * of plans: every page asks for it, and at a thousand plans recomputing it per page is quadratic.
 */
export function unitNames(plans: readonly PlanBundle[]): Map<string, string> {
  let names = unitNamesCache.get(plans);
  if (!names) {
    names = normaliseUnitNames(plans.flatMap((p) => p.clauses.flatMap((c) => c.units)));
    unitNamesCache.set(plans, names);
  }
  return names;
}

/** Measures: clauses that name responsible units, and clauses a progress file reports on. */
export function measureViews(plan: PlanBundle, names: Map<string, string>, all: readonly PlanBundle[] = [plan]): MeasureView[] {
  const reported = new Set(plan.progress.flatMap((f) => f.clauses.map((e) => e.clause)));
  const years = reportingYears(plan, all);
  return plan.clauses
    .filter((c) => c.units.length > 0 || reported.has(c.id))
    .map((clause) => ({
      plan,
      clause,
      units: clause.units.map((printed) => {
        const name = names.get(printed) ?? printed;
        return { printed, name, slug: slugOf(name) };
      }),
      latest: latestOf<ClauseStatus>(plan, (f) => f.clauses.find((e) => e.clause === clause.id)),
      history: historyOf<ClauseStatus>(plan, years, (f) => f.clauses.find((e) => e.clause === clause.id)),
    }));
}

export interface ProjectView {
  plan: PlanBundle;
  project: Project;
  latest: LatestStatus<ProjectStatus> | null;
  history: Array<{ year: number; report: LatestStatus<ProjectStatus> | null }>;
}

export function projectViews(plan: PlanBundle, all: readonly PlanBundle[] = [plan]): ProjectView[] {
  const years = reportingYears(plan, all);
  return plan.projects.map((project) => {
    const pick = (f: ProgressFile) => f.projects.find((e) => e.project === project.id);
    return { plan, project, latest: latestOf<ProjectStatus>(plan, pick), history: historyOf<ProjectStatus>(plan, years, pick) };
  });
}

export interface DepartmentView {
  slug: string;
  name: string;
  /** Every name it is printed under, the normalised one first. */
  printedNames: string[];
  measures: MeasureView[];
}

export function departmentViews(plans: readonly PlanBundle[]): DepartmentView[] {
  const names = unitNames(plans);
  const bySlug = new Map<string, DepartmentView>();
  for (const plan of plans) {
    for (const m of measureViews(plan, names, plans)) {
      for (const u of m.units) {
        const d = bySlug.get(u.slug) ?? { slug: u.slug, name: u.name, printedNames: [u.name], measures: [] };
        if (!d.printedNames.includes(u.printed)) d.printedNames.push(u.printed);
        if (!d.measures.includes(m)) d.measures.push(m);
        bySlug.set(u.slug, d);
      }
    }
  }
  return [...bySlug.values()].sort((a, b) => b.measures.length - a.measures.length || a.slug.localeCompare(b.slug));
}

/** The date the plan's data last changed: the newest progress file's publication date. */
export function lastUpdated(plan: PlanBundle): string | null {
  return plan.progress.map((f) => f.published).sort().at(-1) ?? null;
}

/** Whether any figure or status of the plan shown on a page is illustrative. */
export function hasIllustrative(plan: PlanBundle): boolean {
  return plan.progress.some(
    (f) =>
      f.provenance === 'illustrative' ||
      [...f.indicators, ...f.clauses, ...f.projects].some((e) => e.provenance === 'illustrative'),
  );
}

export { taskClauses } from '../model/tasks.ts';

/** Chapters (level-1 clauses) for a table of contents. */
export function chaptersOf(plan: PlanBundle): Clause[] {
  return plan.clauses.filter((c) => c.level === 1);
}

export interface RegionView {
  slug: string;
  name: string;
  parent: string | null;
  province: string;
  /** Its plans, oldest period first (a region may have several plans over time). */
  plans: PlanBundle[];
}

export function regionViews(plans: readonly PlanBundle[]): RegionView[] {
  const out = new Map<string, RegionView>();
  for (const p of plans) {
    const r = p.plan.region;
    const slug = slugOf(r.name);
    const view = out.get(slug) ?? { slug, name: r.name, parent: r.parent, province: r.province, plans: [] };
    view.plans.push(p);
    out.set(slug, view);
  }
  for (const v of out.values()) v.plans.sort((a, b) => a.plan.period.start - b.plan.period.start);
  return [...out.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
