/**
 * Rules across plans, run once every plan and progress file has loaded: the plausibility of each plan's
 * figures over the years (plausibility.ts), which plan succeeds which, and one region per region name.
 */
import type { Region } from '../../schemas/plan.ts';
import type { ProblemCollector } from './collect.ts';
import { plausibilityProblems } from './plausibility.ts';
import type { LoadedPlan, PlanFolder } from './read-plan.ts';
import type { ProgressDocs } from './read-progress.ts';
import { closestIds } from './closest-ids.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** What a careful statistician would question (a rate over 100 %, a jump, a copied year): plausibility.ts. */
export function plausibilityRule(plans: readonly LoadedPlan[], docs: ProgressDocs, out: ProblemCollector): void {
  out.add(
    ...plausibilityProblems(
      plans.filter((p) => !p.broken.has('indicators.json')),
      (planId, year, path) => {
        const d = docs.get(`${planId}/${year}`);
        return d ? { file: d.file, ...d.doc.locate(path) } : { file: `content/progress/${planId}/${year}.json` };
      },
    ),
  );
}

/** Succession: a plan may say which plan it follows (a 十五五 plan its 十四五 predecessor); one successor per region. */
export function successionRule(plans: readonly LoadedPlan[], folders: readonly PlanFolder[], out: ProblemCollector): void {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const knownPlanIds = folders.map((f) => f.id);
  const frontMatter = new Map(folders.map((f) => [f.id, f.frontMatter]));
  const successors = new Map<string, LoadedPlan>();
  for (const plan of plans) {
    const prev = plan.plan.succeeds;
    if (prev === undefined) continue;
    const where = { file: `content/plans/${plan.id}/plan.md`, ...frontMatter.get(plan.id)?.locate(['succeeds']), field: 'succeeds' };
    if (prev === plan.id) {
      out.add({ ...where, ...bilingual(V.succeedsItself, { id: prev }) });
      continue;
    }
    if (!byId.has(prev)) {
      const closest = closestIds(prev, knownPlanIds.filter((k) => k !== plan.id));
      out.add({ ...where, ...bilingual(V.succeedsUnknown, { id: prev, known: knownPlanIds.length > 0, closest }) });
      continue;
    }
    const key = `${plan.plan.region.name}\u0000${prev}`;
    const other = successors.get(key);
    if (other) {
      out.add({ ...where, ...bilingual(V.succeededTwice, { region: plan.plan.region.name, id: prev, other: other.id }) });
    } else successors.set(key, plan);
  }
}

/**
 * One region name, one region: pages, departments and search tell regions apart by name, so two different
 * regions printed under one name (新城区 of 西安市 and of 呼和浩特市) would be merged without a word.
 */
export function regionNameRule(plans: readonly LoadedPlan[], folders: readonly PlanFolder[], out: ProblemCollector): void {
  const frontMatter = new Map(folders.map((f) => [f.id, f.frontMatter]));
  const regionOf = new Map<string, LoadedPlan>();
  for (const plan of plans) {
    const r = plan.plan.region;
    const first = regionOf.get(r.name);
    if (!first) {
      regionOf.set(r.name, plan);
      continue;
    }
    const f = first.plan.region;
    if (f.parent === r.parent && f.province === r.province) continue;
    const where = (x: Region) => [x.province, x.parent].filter(Boolean).join(' ');
    out.add({
      file: `content/plans/${plan.id}/plan.md`,
      ...frontMatter.get(plan.id)?.locate(['region', 'name']),
      field: 'region.name',
      ...bilingual(V.regionNameTwice, { name: r.name, here: where(r), there: where(f), thereName: f.name, first: first.id, fullName: `${r.parent ?? r.province}${r.name}` }),
    });
  }
}
