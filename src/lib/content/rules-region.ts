/**
 * A plan's region against the administrative division list (GB/T 2260, lib/model/divisions.ts): its code
 * must exist, and its name, level, city (parent) and province must agree with the code. A region without a
 * code gets a warning that suggests one. Across plans, regions sharing a printed name are told apart by
 * their codes, so two plans of two 新城区 are two regions; only code-less ones would merge, and are refused.
 */
import type { Region } from '../../schemas/plan.ts';
import { candidatesFor, divisionByCode, divisionsNamed, tierOfLevel, type Division } from '../model/divisions.ts';
import { bilingual } from '../messages/catalogue.ts';
import { regionMessages as R, type Candidate } from '../messages/regions.ts';
import type { ProblemCollector } from './collect.ts';
import type { LoadedPlan, PlanFolder } from './read-plan.ts';

const candidate = (d: Division): Candidate => ({ code: d.code, name: d.name, province: d.province, city: d.city });

/** Where a problem about a field of `region` is, in the plan's front matter. */
function locator(folders: readonly PlanFolder[]) {
  const frontMatter = new Map(folders.map((f) => [f.id, f.frontMatter]));
  return (plan: LoadedPlan, key: string) => ({
    file: `content/plans/${plan.id}/plan.md`,
    ...frontMatter.get(plan.id)?.locate(['region', key]),
    field: `region.${key}`,
  });
}

/** The first field of `region` that disagrees with the division its code names, or null when all agree. */
export function regionDisagreement(region: Region, d: Division): 'name' | 'province' | 'level' | 'parent' | null {
  if (region.name.trim() !== d.name) return 'name';
  if (region.province.trim() !== d.province) return 'province';
  if (tierOfLevel(region.level) !== d.tier) return 'level';
  const parent = region.parent?.trim() ?? null;
  // A county directly under its province (北京市朝阳区, 仙桃市) may name the province as its parent, or none.
  const parentOk = d.tier === 'county' && d.city ? parent === d.city : parent === null || parent === d.province;
  return parentOk ? null : 'parent';
}

const DISAGREEMENT = { name: R.codeNameDisagree, province: R.codeProvinceDisagree, parent: R.codeParentDisagree } as const;

/** Each plan's region code against the list; a warning suggesting the code where there is none. */
export function regionCodeRule(plans: readonly LoadedPlan[], folders: readonly PlanFolder[], out: ProblemCollector): void {
  const at = locator(folders);
  for (const plan of plans) {
    const r = plan.plan.region;
    if (r.code === undefined) {
      const candidates = candidatesFor(r);
      // No region of that name in the stated province: the name or the province is wrong, and the message says which to check.
      const outside = candidates.some((d) => d.province === r.province.trim()) ? {} : { outside: r.province.trim() };
      out.warn({ ...at(plan, 'code'), ...bilingual(R.missingCode, { name: r.name, candidates: candidates.map(candidate), ...outside }) });
      continue;
    }
    const d = divisionByCode(r.code);
    if (!d) {
      out.add({ ...at(plan, 'code'), ...bilingual(R.unknownCode, { code: r.code, name: r.name, candidates: candidatesFor(r).map(candidate) }) });
      continue;
    }
    const key = regionDisagreement(r, d);
    if (key === null) continue;
    if (key === 'level') {
      out.add({ ...at(plan, 'level'), ...bilingual(R.codeLevelDisagree, { code: r.code, division: candidate(d), tier: d.tier, found: r.level }) });
      continue;
    }
    const found = key === 'name' ? r.name : key === 'province' ? r.province : r.parent;
    const candidates = divisionsNamed(key === 'name' ? r.name : d.name).map(candidate);
    out.add({ ...at(plan, key), ...bilingual(DISAGREEMENT[key], { code: r.code, division: candidate(d), found, candidates }) });
  }
}

/**
 * Regions that share a printed name are two regions when their codes differ; without codes on both, pages,
 * departments and search could only tell them apart by name and would merge them, so that is refused.
 */
export function sameNameRule(plans: readonly LoadedPlan[], folders: readonly PlanFolder[], out: ProblemCollector): void {
  const at = locator(folders);
  const firstOf = new Map<string, LoadedPlan>();
  const where = (x: Region) => [x.province, x.parent].filter(Boolean).join('');
  for (const plan of plans) {
    const r = plan.plan.region;
    const first = firstOf.get(r.name);
    if (!first) {
      firstOf.set(r.name, plan);
      continue;
    }
    const f = first.plan.region;
    const sameRegion = r.code !== undefined && f.code !== undefined ? r.code === f.code : f.parent === r.parent && f.province === r.province;
    if (sameRegion || (r.code !== undefined && f.code !== undefined)) continue;
    out.add({ ...at(plan, 'code'), ...bilingual(R.sameNameWithoutCode, { name: r.name, here: where(r), other: first.id, there: where(f) }) });
  }
}
