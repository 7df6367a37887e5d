/**
 * Measures and projects as the pages show them: responsible units (normalised across plans), the latest
 * reported status with its year (surviving a newer report that omits the item), every year's report or
 * 未报告, and the departments with everything each must do.
 */
import type { Project } from '../../schemas/projects.ts';
import type { ClauseStatus, ProjectStatus, ProgressFile } from '../../schemas/progress.ts';
import type { Provenance, Source } from '../../schemas/common.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { Clause } from '../model/clauses.ts';
import { normaliseUnitNames } from '../model/units.ts';
import { readResponsibility } from '../model/responsibility.ts';
import { reportingYears } from './reporting.ts';
import { regionLabel, regionSlug, slugOf, type RegionKey } from './slugs.ts';

export interface LatestStatus<S> {
  year: number;
  status: S | null;
  summary?: string | undefined;
  provenance: Provenance;
  source?: Source | undefined;
}

export interface UnitRef {
  /** The name as printed in this clause. */
  printed: string;
  /** The normalised name (统战部 → 县委统战部), the same across plans: the kind of department. */
  name: string;
  /** The department's page: the unit of this plan's region (平罗县的教育体育局 and 泾源县的 are two units). */
  slug: string;
}

export interface MeasureView {
  plan: PlanBundle;
  clause: Clause;
  units: UnitRef[];
  /** Printed names of the lead units (牵头) and of the supporting units (配合, 按职责分工负责), where the text says which. */
  lead: string[];
  support: string[];
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

export { slugOf };

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
        return { printed, name, slug: departmentSlug(plan.plan.region, name) };
      }),
      ...rolesOf(clause),
      latest: latestOf<ClauseStatus>(plan, (f) => f.clauses.find((e) => e.clause === clause.id)),
      history: historyOf<ClauseStatus>(plan, years, (f) => f.clauses.find((e) => e.clause === clause.id)),
    }));
}

/** Which units lead and which support: a task list's cells, or the phrase of the clause (X牵头，Y配合). */
function rolesOf(clause: Clause): { lead: string[]; support: string[] } {
  if (clause.row) return { lead: clause.row.lead, support: clause.row.support };
  const r = readResponsibility(clause.text);
  return { lead: r?.lead ?? [], support: r?.support ?? [] };
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

/**
 * A responsible unit is a department of one region: the same name in two counties (教育体育局) is two
 * units. Its slug is the region's and the name's, unless the printed name already names the region. A
 * region whose name is shared nationally (新城区) has its code in its slug, and so have its departments:
 * `xin-cheng-qu-610102--jiao-yu-ju`.
 */
export function departmentSlug(region: string | RegionKey, name: string): string {
  const r = typeof region === 'string' ? { name: region } : region;
  const slug = regionSlug(r);
  if (slug !== slugOf(r.name)) return `${slug}--${slugOf(name.startsWith(r.name) && name !== r.name ? name.slice(r.name.length) : name)}`;
  return name.startsWith(r.name) ? slugOf(name) : `${slug}--${slugOf(name)}`;
}

export interface DepartmentView {
  slug: string;
  /** The normalised name (the kind of department, the same in every region). */
  name: string;
  /** The region whose department it is. */
  region: string;
  /** How a reader names it: `教育体育局（平罗县）`, or the printed name where it already names its region. */
  title: string;
  /** Its address before regions were keyed on their code (the region's name alone), when that differs from `slug`. */
  formerSlug?: string | undefined;
  /** Every name it is printed under, the normalised one first. */
  printedNames: string[];
  measures: MeasureView[];
  /** The measures by their latest status, those behind first: a count and a section each (see `measuresByStatus`). */
  byStatus: StatusGroup[];
}

/** Measures of one latest status; `none` where no report has given one yet (未报告). */
export interface StatusGroup {
  status: ClauseStatus | 'none';
  measures: MeasureView[];
}

/**
 * The order a reader needs: what is behind or not started first, what is done last, unreported at the end.
 */
export const MEASURE_STATUS_ORDER = ['behind', 'not-started', 'in-progress', 'ongoing', 'completed', 'none'] as const satisfies ReadonlyArray<ClauseStatus | 'none'>;

/** The measures grouped by latest status in MEASURE_STATUS_ORDER, empty groups left out, each keeping the given order. */
export function measuresByStatus(measures: readonly MeasureView[]): StatusGroup[] {
  return MEASURE_STATUS_ORDER.map((status) => ({ status, measures: measures.filter((m) => (m.latest?.status ?? 'none') === status) })).filter((g) => g.measures.length > 0);
}

/** Departments by the plans they were made from: every region page asks for those of all plans. */
const departmentsCache = new WeakMap<readonly PlanBundle[], DepartmentView[]>();

/** The departments of `plans` (the same array for the same plans: treat it as read-only). */
export function departmentViews(plans: readonly PlanBundle[]): DepartmentView[] {
  let views = departmentsCache.get(plans);
  if (!views) {
    views = makeDepartmentViews(plans);
    departmentsCache.set(plans, views);
  }
  return views;
}

function makeDepartmentViews(plans: readonly PlanBundle[]): DepartmentView[] {
  const names = unitNames(plans);
  const bySlug = new Map<string, DepartmentView>();
  for (const plan of plans) {
    const region = plan.plan.region.name;
    const label = regionLabel(plan.plan.region);
    for (const m of measureViews(plan, names, plans)) {
      for (const u of m.units) {
        const title = u.name.startsWith(region) ? (label === region ? u.name : `${u.name}（${label}）`) : `${u.name}（${label}）`;
        const formerSlug = departmentSlug(region, u.name);
        const d = bySlug.get(u.slug) ?? { slug: u.slug, name: u.name, region, title, ...(formerSlug !== u.slug ? { formerSlug } : {}), printedNames: [u.name], measures: [], byStatus: [] };
        if (!d.printedNames.includes(u.printed)) d.printedNames.push(u.printed);
        if (!d.measures.includes(m)) d.measures.push(m);
        bySlug.set(u.slug, d);
      }
    }
  }
  for (const d of bySlug.values()) d.byStatus = measuresByStatus(d.measures);
  return [...bySlug.values()].sort((a, b) => b.measures.length - a.measures.length || a.slug.localeCompare(b.slug));
}

/** Departments of the same kind across regions (every county's 教育体育局), for the cross-county view. */
export interface DepartmentKindView {
  name: string;
  departments: DepartmentView[];
  measures: number;
}

export function departmentKinds(departments: readonly DepartmentView[]): DepartmentKindView[] {
  const byName = new Map<string, DepartmentView[]>();
  for (const d of departments) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  return [...byName.entries()]
    .map(([name, ds]) => ({
      name,
      departments: [...ds].sort((a, b) => b.measures.length - a.measures.length || a.region.localeCompare(b.region, 'zh-CN')),
      measures: ds.reduce((n, d) => n + d.measures.length, 0),
    }))
    .sort((a, b) => b.measures - a.measures || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * A department's former address (before its region's address carried its code) kept as a page that sends
 * the reader on, unless a page of the site uses it or two departments could claim it.
 */
export function movedDepartmentPages(views: readonly DepartmentView[]): Array<{ slug: string; to: DepartmentView }> {
  const taken = new Set(views.map((v) => v.slug));
  const claims = new Map<string, DepartmentView[]>();
  for (const v of views) if (v.formerSlug) claims.set(v.formerSlug, [...(claims.get(v.formerSlug) ?? []), v]);
  return [...claims.entries()]
    .filter(([slug, vs]) => !taken.has(slug) && vs.length === 1)
    .map(([slug, vs]) => ({ slug, to: vs[0]! }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
