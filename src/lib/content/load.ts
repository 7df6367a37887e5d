/**
 * Loads everything under `content/`, checks every file against its schema and every rule across files,
 * and returns the model with all problems found (never just the first). The validator prints the
 * problems; the build refuses to run while there are any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { PlanSchema } from '../../schemas/plan.ts';
import { IndicatorsFileSchema } from '../../schemas/indicators.ts';
import { ProjectsFileSchema } from '../../schemas/projects.ts';
import { ProgressFileSchema } from '../../schemas/progress.ts';
import { ConceptsFileSchema, type Concept } from '../../schemas/concepts.ts';
import { ReferenceFileSchema, type ReferenceFile } from '../../schemas/reference.ts';
import { assemblePlan, type PlanBundle } from '../model/plan.ts';
import { reportCoverage } from '../model/tasks.ts';
import { parseMarkdown, splitFrontMatter } from '../model/markdown.ts';
import { unsafeMarkdown, unsafeStrings } from './inert.ts';
import { decodeContent } from './read-text.ts';
import { parseJsonLocated, parseYamlLocated, type Located } from './locate.ts';
import { parseWithFriendlyErrors } from './friendly.ts';
import { normalizeStatusLabels } from './status-labels.ts';
import { plausibilityProblems } from './plausibility.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';

/** A plan as loaded by the validator, with the files that failed to load. */
export interface LoadedPlan extends PlanBundle {
  /** Files of this plan that failed to load; references into them are not checked again. */
  broken: Set<string>;
}

export interface ContentModel {
  plans: LoadedPlan[];
  /** The indicator catalogue (content/concepts.json), [] when absent. */
  concepts: Concept[];
  /** Published reference series (content/reference/*.json). */
  references: ReferenceFile[];
}

export const PLAN_FILES = ['plan.md', 'indicators.json', 'projects.json'] as const;

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

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}

export interface LoadOptions {
  /**
   * Test only (defence-in-depth tests, tests/helpers/build-unvalidated.ts): let markup and addresses
   * through instead of refusing them, so that a test can prove every output escapes them by itself.
   */
  allowMarkup?: boolean;
  /**
   * Today's date, YYYY-MM-DD, to refuse a report published in the future. Only the validator passes it:
   * what the build writes must not depend on the clock.
   */
  today?: string | undefined;
}

/**
 * Reads and checks content/. `problems` are errors (nothing is published while there is one); `warnings`
 * are things a person should look at that do not stop a build, such as items a yearly report leaves out.
 */
export function loadContent(root: string, options: LoadOptions = {}): { model: ContentModel; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const contentDir = join(root, 'content');
  const plans: LoadedPlan[] = [];
  /** Where each plan's indicators.json put its values, for problems found later against the catalogue. */
  const indicatorDocs = new Map<string, Located>();
  /** Where each plan.md's front matter put its fields. */
  const frontMatterDocs = new Map<string, Located>();

  const readJson = (path: string): { doc: Located } | null => {
    const file = rel(path);
    const decoded = decodeContent(readFileSync(path), file);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return null;
    }
    const parsed = parseJsonLocated(decoded.text, file);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return null;
    }
    return { doc: parsed.doc };
  };

  const check = <S extends z.ZodType>(schema: S, doc: Located, file: string): z.output<S> | null => {
    const unsafe = options.allowMarkup ? [] : unsafeStrings(doc.value);
    for (const u of unsafe) {
      problems.push({
        file,
        ...doc.locate(u.path),
        field: formatPath(u.path),
        message: `expected plain text, found ${u.reason}.`,
        fix: 'Content is published as text: remove the markup or address (write 《》 or “” instead of < >).',
      });
    }
    if (unsafe.length) return null;
    const r = parseWithFriendlyErrors(schema, doc, file);
    if (!r.ok) {
      problems.push(...r.problems);
      return null;
    }
    return r.data;
  };

  const at = (doc: Located, file: string, path: PathSegment[], message: string, fix?: string, field?: string): Problem => ({
    file,
    ...doc.locate(path),
    field: field ?? formatPath(path),
    message,
    fix,
  });

  // Plans: content/plans/<plan-id>/{plan.md, indicators.json, projects.json}
  const plansDir = join(contentDir, 'plans');
  for (const id of listDirs(plansDir)) {
    const dir = join(plansDir, id);
    for (const name of listFiles(dir)) {
      if (!(PLAN_FILES as readonly string[]).includes(name)) {
        const guess = closest(name, [...PLAN_FILES]);
        problems.push({
          file: rel(join(dir, name)),
          message: `expected only ${PLAN_FILES.join(', ')} in a plan folder, found "${name}".`,
          fix: distance(name, guess) <= 3 ? `Did you mean "${guess}"? Rename it.` : 'Move it out of content/plans/.',
        });
      }
    }
    const mdPath = join(dir, 'plan.md');
    if (!existsSync(mdPath)) {
      problems.push({
        file: rel(dir) + '/',
        message: `expected a plan.md in every plan folder, found none.`,
        fix: `Create ${rel(mdPath)} (the importer writes it: npm run import), or remove the folder.`,
      });
      continue;
    }
    const mdFile = rel(mdPath);
    const decoded = decodeContent(readFileSync(mdPath), mdFile);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const { frontMatter, body, bodyLine } = splitFrontMatter(decoded.text);
    if (frontMatter === null) {
      problems.push({
        file: mdFile,
        line: 1,
        column: 1,
        message: `expected front matter between two "---" lines at the top, found ${JSON.stringify(decoded.text.split('\n')[0]!.slice(0, 30))}.`,
        fix: 'Start the file with ---, the fields id, title, region, issuer, issued, period, kind, source, then ---.',
      });
      continue;
    }
    const yaml = parseYamlLocated(frontMatter, mdFile, 2);
    if (!yaml.ok) {
      problems.push(...yaml.problems);
      continue;
    }
    const plan = check(PlanSchema, yaml.doc, mdFile);
    if (!plan) continue;
    frontMatterDocs.set(id, yaml.doc);
    if (plan.id !== id) {
      problems.push(at(yaml.doc, mdFile, ['id'], `expected the id "${id}" (the folder name), found "${plan.id}".`, 'Make the id and the folder name the same.'));
      continue;
    }
    const unsafeMd = options.allowMarkup ? [] : unsafeMarkdown(parseMarkdown(body));
    for (const u of unsafeMd) {
      problems.push({
        file: mdFile,
        line: u.line + bodyLine - 1,
        column: 1,
        message: `expected the plan's text as plain Markdown, found ${u.reason}.`,
        fix: 'Official text is published as printed: re-import it with npm run import, or remove the markup.',
      });
    }
    if (unsafeMd.length) continue;
    const bundle: LoadedPlan = { ...assemblePlan(plan, body), broken: new Set() };
    const clauses = bundle.clauses;
    const clauseIds = clauses.map((c) => c.id);
    const clauseSet = new Set(clauseIds);


    const indPath = join(dir, 'indicators.json');
    if (existsSync(indPath)) {
      const file = rel(indPath);
      const r = readJson(indPath);
      const data = r && check(IndicatorsFileSchema, r.doc, file);
      if (r && data) {
        if (data.plan !== id) problems.push(at(r.doc, file, ['plan'], `expected "${id}" (the folder name), found "${data.plan}".`));
        data.indicators.forEach((ind, i) => {
          if (!clauseSet.has(ind.source.clause)) {
            problems.push(at(r.doc, file, ['indicators', i, 'source', 'clause'], unknownRef('clause', ind.source.clause, clauseIds, mdFile)));
          }
        });
        bundle.indicators = data.indicators;
        indicatorDocs.set(id, r.doc);
      } else bundle.broken.add('indicators.json');
    }
    const projPath = join(dir, 'projects.json');
    if (existsSync(projPath)) {
      const file = rel(projPath);
      const r = readJson(projPath);
      const data = r && check(ProjectsFileSchema, r.doc, file);
      if (r && data) {
        if (data.plan !== id) problems.push(at(r.doc, file, ['plan'], `expected "${id}" (the folder name), found "${data.plan}".`));
        data.projects.forEach((p, i) => {
          if (!clauseSet.has(p.clause)) problems.push(at(r.doc, file, ['projects', i, 'clause'], unknownRef('clause', p.clause, clauseIds, mdFile)));
        });
        bundle.projects = data.projects;
      } else bundle.broken.add('projects.json');
    }
    plans.push(bundle);
  }

  // Progress: content/progress/<plan-id>/<year>.json
  const byId = new Map(plans.map((p) => [p.id, p]));
  const knownPlanIds = [...listDirs(plansDir)];
  const progressDir = join(contentDir, 'progress');
  const covered = new Map<string, string>();
  const progressDocs = new Map<string, { doc: Located; file: string }>();
  for (const planId of listDirs(progressDir)) {
    const dir = join(progressDir, planId);
    for (const name of listFiles(dir)) {
      const path = join(dir, name);
      const file = rel(path);
      if (!name.endsWith('.json')) {
        problems.push({ file, message: `expected only <year>.json files here, found "${name}".`, fix: 'Move it out of content/progress/.' });
        continue;
      }
      if (!knownPlanIds.includes(planId)) {
        problems.push({
          file,
          message: `expected progress for an existing plan, found the folder "${planId}", which is not a plan in content/plans/.`,
          fix: knownPlanIds.length ? `Known plans: ${closestIds(planId, knownPlanIds).join(', ')}. Rename the folder.` : 'Add the plan first.',
        });
        continue;
      }
      const r = readJson(path);
      if (r) normalizeStatusLabels(r.doc.value); // 推进中 as well as in-progress
      const data = r && check(ProgressFileSchema, r.doc, file);
      if (!r || !data) continue;
      const bundle = byId.get(planId);
      if (!bundle) continue; // the plan itself has problems, reported above
      const { doc } = r;
      if (data.plan !== planId) {
        problems.push(at(doc, file, ['plan'], `expected "${planId}" (the folder name), found "${data.plan}".`, 'Put the file in the folder of its plan.'));
      }
      const stem = name.replace(/\.json$/, '');
      if (!/^\d{4}$/.test(stem)) {
        problems.push({ file, message: `expected a file name that is the year, such as 2023.json, found "${name}".`, fix: `Rename it to ${data.year}.json.` });
      } else if (Number(stem) !== data.year) {
        problems.push(at(doc, file, ['year'], `expected ${stem} (the year in the file name), found ${data.year}.`, 'Make the year and the file name agree.'));
      }
      const { start, end } = bundle.plan.period;
      if (data.year < start || data.year > end) {
        const after = data.year > end;
        problems.push({
          ...at(
            doc,
            file,
            ['year'],
            `expected a year inside the plan's period ${start}–${end}, found ${data.year}.`,
            after ? `The final-year report of this plan is ${end}.json; figures for ${data.year} belong in the report of the plan that succeeds it.` : undefined,
          ),
          zh: {
            message: `报告年份应在规划期 ${start}—${end} 年之内，实际为 ${data.year}。`,
            fix: after ? `本规划的终期报告是 ${end}.json；${data.year} 年的数据应报告在接续的新规划中。` : `把文件改为 ${start}—${end} 年之间的年份，或放到对应规划的文件夹。`,
          },
        });
      }
      if (data.published < data.asOf) {
        problems.push({
          ...at(doc, file, ['published'], `expected a publication date on or after asOf ${data.asOf}: a report is published after the date it describes (found ${data.published}).`, 'Check both dates: "published" is the day the report was actually published.'),
          zh: { message: `发布日期 published 应不早于数据截止日期 asOf（${data.asOf}），实际为 ${data.published}。`, fix: '报告只能在数据截止之后发布：核对两个日期，published 填实际发布的日期。' },
        });
      }
      if (options.today && data.published > options.today) {
        problems.push({
          ...at(doc, file, ['published'], `expected a publication date that has passed (today is ${options.today}), found ${data.published}.`, 'Write the date the report was actually published; publish the file after that date.'),
          zh: { message: `发布日期 published 应是已经到来的日期（今天是 ${options.today}），实际为 ${data.published}。`, fix: '填写报告实际发布的日期；报告发布之后再提交此文件。' },
        });
      }
      const key = `${data.plan}/${data.year}`;
      const other = covered.get(key);
      if (other) {
        problems.push(at(doc, file, ['year'], `expected one progress file per plan and year, found a second file for ${data.year} (the first is ${other}).`, 'Merge the two files into one.'));
      } else covered.set(key, file);

      const indIds = bundle.indicators.map((x) => x.id);
      const projIds = bundle.projects.map((x) => x.id);
      const clauseIds = bundle.clauses.map((x) => x.id);
      const planFile = (n: string) => `content/plans/${planId}/${n}`;
      data.indicators.forEach((e, i) => {
        if (!bundle.broken.has('indicators.json') && !indIds.includes(e.indicator)) problems.push(at(doc, file, ['indicators', i, 'indicator'], unknownRef('indicator', e.indicator, indIds, planFile('indicators.json'))));
      });
      data.clauses.forEach((e, i) => {
        if (!clauseIds.includes(e.clause)) problems.push(at(doc, file, ['clauses', i, 'clause'], unknownRef('clause', e.clause, clauseIds, planFile('plan.md'))));
      });
      data.projects.forEach((e, i) => {
        if (!bundle.broken.has('projects.json') && !projIds.includes(e.project)) problems.push(at(doc, file, ['projects', i, 'project'], unknownRef('project', e.project, projIds, planFile('projects.json'))));
      });
      bundle.progress.push(data);
      progressDocs.set(`${planId}/${data.year}`, { doc, file });
      if (!bundle.broken.has('indicators.json') && !bundle.broken.has('projects.json')) {
        const cov = reportCoverage(bundle, data);
        const left = [
          ['indicators', cov.indicators.missing, '指标', 'indicator'],
          ['clauses', cov.clauses.missing, '任务', 'task (measure clause)'],
          ['projects', cov.projects.missing, '项目', 'major project'],
        ] as const;
        for (const [key, missing, word, en] of left) {
          if (missing.length === 0) continue;
          warnings.push({
            file,
            field: key,
            message: `expected every ${en} of the plan to be reported for ${data.year}, found ${missing.length} left out or blank: ${missing.join(', ')}.`,
            fix: 'Report them, or leave them out knowingly: the site keeps showing each one\'s latest earlier report with its year, and 未报告 for this year.',
            zh: {
              message: `${data.year} 年度报告应报告全部${word}，实际缺少 ${missing.length} 项（未列出或未填写）：${missing.join('、')}。`,
              fix: '补报这些项目；确实无法报告的，网站将继续显示其最近一次报告的内容及年份，并标明本年度“未报告”。',
            },
          });
        }
      }
    }
  }
  for (const p of plans) p.progress.sort((a, b) => a.year - b.year);
  // What a careful statistician would question (a rate over 100 %, a jump, a copied year): plausibility.ts.
  problems.push(
    ...plausibilityProblems(
      plans.filter((p) => !p.broken.has('indicators.json')),
      (planId, year, path) => {
        const d = progressDocs.get(`${planId}/${year}`);
        return d ? { file: d.file, ...d.doc.locate(path) } : { file: `content/progress/${planId}/${year}.json` };
      },
    ),
  );

  // Succession: a plan may say which plan it follows (a 十五五 plan its 十四五 predecessor).
  const successors = new Map<string, LoadedPlan>();
  for (const plan of plans) {
    const prev = plan.plan.succeeds;
    if (prev === undefined) continue;
    const mdFile = `content/plans/${plan.id}/plan.md`;
    const where = { file: mdFile, ...frontMatterDocs.get(plan.id)?.locate(['succeeds']), field: 'succeeds' };
    if (prev === plan.id) {
      problems.push({
        ...where,
        message: `expected the id of the plan this one follows, found its own id "${prev}".`,
        fix: 'Name the earlier plan (e.g. the 十四五 plan of the same region), or remove "succeeds".',
        zh: { message: `succeeds 应为本规划所接续的上一期规划的编号，实际为本规划自己的编号“${prev}”。`, fix: '填写本规划所接续的上一期规划（如同一地区的“十四五”规划）的编号，或删去 succeeds。' },
      });
      continue;
    }
    const before = byId.get(prev);
    if (!before) {
      const hint = knownPlanIds.length ? ` Known plans: ${closestIds(prev, knownPlanIds.filter((k) => k !== plan.id)).join(', ')}.` : '';
      problems.push({
        ...where,
        message: `expected the id of a plan in content/plans/, found "${prev}".${hint}`,
        fix: 'Correct the id, or add the earlier plan first.',
        zh: { message: `succeeds 应为 content/plans/ 中已有规划的编号，实际为“${prev}”。`, fix: `核对编号（已有规划：${closestIds(prev, knownPlanIds.filter((k) => k !== plan.id)).join('、')}），或先导入上一期规划。` },
      });
      continue;
    }
    const key = `${plan.plan.region.name}\u0000${prev}`;
    const other = successors.get(key);
    if (other) {
      problems.push({
        ...where,
        message: `expected one plan of ${plan.plan.region.name} to succeed "${prev}", found a second: "${other.id}" already does.`,
        fix: 'Keep "succeeds" on the plan that replaces it; an action plan that runs beside it does not succeed it.',
        zh: { message: `一个规划在同一地区应只有一个接续规划，实际${plan.plan.region.name}的“${other.id}”和本规划都接续“${prev}”。`, fix: '只在真正接替上一期的规划上写 succeeds；与之并行的专项行动方案不写。' },
      });
    } else successors.set(key, plan);
  }

  // The indicator catalogue and the reference series that are drawn beside the plans.
  const concepts: Concept[] = [];
  const conceptsPath = join(contentDir, 'concepts.json');
  let conceptsOk = false;
  if (existsSync(conceptsPath)) {
    const r = readJson(conceptsPath);
    const data = r && check(ConceptsFileSchema, r.doc, rel(conceptsPath));
    if (data) {
      concepts.push(...data.concepts);
      conceptsOk = true;
    }
  }
  const conceptIds = concepts.map((c) => c.id);
  const unknownConcept = (found: string) =>
    `expected the id of a concept in content/concepts.json, found "${found}". ` +
    (conceptIds.length ? `Closest: ${closestIds(found, conceptIds).join(', ')}.` : 'The catalogue is empty or missing.');
  if (conceptsOk || !existsSync(conceptsPath)) {
    const mapped = new Map<string, { unit: string | null; where: string }>();
    for (const plan of plans) {
      const file = `content/plans/${plan.id}/indicators.json`;
      const doc = indicatorDocs.get(plan.id);
      plan.indicators.forEach((ind, i) => {
        if (!ind.concept || !doc) return;
        const concept = concepts.find((c) => c.id === ind.concept);
        if (!concept) {
          problems.push(at(doc, file, ['indicators', i, 'concept'], unknownConcept(ind.concept), 'Use a known id, add the concept to content/concepts.json, or remove "concept".'));
          return;
        }
        const first = mapped.get(concept.id);
        if (first && first.unit !== ind.unit) {
          problems.push(at(doc, file, ['indicators', i, 'concept'], `expected the unit ${JSON.stringify(first.unit)} that ${first.where} uses for concept "${concept.id}", found ${JSON.stringify(ind.unit)}. Indicators in different units are not the same measure.`, 'Map it to another concept, or remove "concept".'));
        } else if (ind.unit !== concept.unit) {
          problems.push(at(doc, file, ['indicators', i, 'concept'], `expected the unit "${concept.unit}" of concept "${concept.id}", found ${JSON.stringify(ind.unit)}.`, 'Map it to another concept, or remove "concept".'));
        }
        if (!first) mapped.set(concept.id, { unit: ind.unit, where: `${file} (${ind.id})` });
      });
    }
  }
  const references: ReferenceFile[] = [];
  const refDir = join(contentDir, 'reference');
  for (const name of listFiles(refDir)) {
    const path = join(refDir, name);
    const file = rel(path);
    if (!name.endsWith('.json')) {
      problems.push({ file, message: `expected only .json files in content/reference/, found "${name}".` });
      continue;
    }
    const r = readJson(path);
    const data = r && check(ReferenceFileSchema, r.doc, file);
    if (!r || !data) continue;
    data.series.forEach((s, i) => {
      const concept = concepts.find((c) => c.id === s.concept);
      if (!concept) problems.push(at(r.doc, file, ['series', i, 'concept'], unknownConcept(s.concept)));
      else if (concept.unit !== s.unit) problems.push(at(r.doc, file, ['series', i, 'unit'], `expected the unit "${concept.unit}" of concept "${concept.id}", found "${s.unit}".`));
    });
    references.push(data);
  }
  return { model: { plans, concepts, references }, problems, warnings };
}

function unknownRef(what: string, found: string, known: readonly string[], where: string): string {
  const hint = known.length ? ` Closest known ids: ${closestIds(found, known).join(', ')} (all are in ${where}).` : ` The plan has no ${what}s (${where}).`;
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  return `expected the id of ${article} ${what} of this plan, found "${found}".${hint}`;
}

