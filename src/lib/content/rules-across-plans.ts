/**
 * Rules across plans, run once every plan and progress file has loaded: the plausibility of each plan's
 * figures over the years (plausibility.ts) and which plan succeeds which. Regions: rules-region.ts.
 */
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
    const key = `${plan.plan.region.code ?? plan.plan.region.name}\u0000${prev}`;
    const other = successors.get(key);
    if (other) {
      out.add({ ...where, ...bilingual(V.succeededTwice, { region: plan.plan.region.name, id: prev, other: other.id }) });
    } else successors.set(key, plan);
  }
}
