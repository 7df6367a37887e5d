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
      out.add({
        ...where,
        message: `expected the id of the plan this one follows, found its own id "${prev}".`,
        fix: 'Name the earlier plan (e.g. the 十四五 plan of the same region), or remove "succeeds".',
        zh: { message: `succeeds 应为本规划所接续的上一期规划的编号，实际为本规划自己的编号“${prev}”。`, fix: '填写本规划所接续的上一期规划（如同一地区的“十四五”规划）的编号，或删去 succeeds。' },
      });
      continue;
    }
    if (!byId.has(prev)) {
      const closest = closestIds(prev, knownPlanIds.filter((k) => k !== plan.id));
      const hint = knownPlanIds.length ? ` Known plans: ${closest.join(', ')}.` : '';
      out.add({
        ...where,
        message: `expected the id of a plan in content/plans/, found "${prev}".${hint}`,
        fix: 'Correct the id, or add the earlier plan first.',
        zh: { message: `succeeds 应为 content/plans/ 中已有规划的编号，实际为“${prev}”。`, fix: `核对编号（已有规划：${closest.join('、')}），或先导入上一期规划。` },
      });
      continue;
    }
    const key = `${plan.plan.region.name}\u0000${prev}`;
    const other = successors.get(key);
    if (other) {
      out.add({
        ...where,
        message: `expected one plan of ${plan.plan.region.name} to succeed "${prev}", found a second: "${other.id}" already does.`,
        fix: 'Keep "succeeds" on the plan that replaces it; an action plan that runs beside it does not succeed it.',
        zh: { message: `一个规划在同一地区应只有一个接续规划，实际${plan.plan.region.name}的“${other.id}”和本规划都接续“${prev}”。`, fix: '只在真正接替上一期的规划上写 succeeds；与之并行的专项行动方案不写。' },
      });
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
      message: `expected one region per name, found "${r.name}" of ${where(r)} here and of ${where(f)} in ${first.id}.`,
      fix: `Write the name with its city as both plans print it in full (e.g. "${r.parent ?? r.province}${r.name}"), so the two regions stay apart.`,
      zh: {
        message: `同一地区名称应只对应一个地区，实际本规划的“${r.name}”属于${where(r)}，而“${first.id}”的“${f.name}”属于${where(f)}。`,
        fix: `请把地区名称写成带上级的全称（如“${r.parent ?? r.province}${r.name}”），以免两个地区的页面、责任单位和检索被合并。`,
      },
    });
  }
}
