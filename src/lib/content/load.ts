/**
 * Loads everything under `content/`, checks every file against its schema and every rule across files,
 * and returns the model with all problems found (never just the first). The validator prints the
 * problems; the build refuses to run while there are any.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { PlanSchema, type Region } from '../../schemas/plan.ts';
import { IndicatorsFileSchema } from '../../schemas/indicators.ts';
import { ProjectsFileSchema } from '../../schemas/projects.ts';
import { ProgressFileSchema } from '../../schemas/progress.ts';
import { ConceptsFileSchema, type Concept } from '../../schemas/concepts.ts';
import { ReferenceFileSchema, type ReferenceFile } from '../../schemas/reference.ts';
import { assemblePlan, type PlanBundle } from '../model/plan.ts';
import { reportCoverage } from '../model/tasks.ts';
import { parseMarkdown, splitFrontMatter } from '../model/markdown.ts';
import { extractClauses } from '../model/clauses.ts';
import { remoteResources, unsafeMarkdown, unsafeStrings } from './inert.ts';
import { describeFsError, KIND_ZH, listEntries } from './files.ts';
import { characterFault, FILE_LIMITS, formatBytes, MAX_JSON_DEPTH, stringFaults, tooDeep } from './limits.ts';
import { checkContentRoot } from './root.ts';
import { dateProblems, sourceProblems } from './rules.ts';
import { decodeContent, lineColumnAt } from './read-text.ts';
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
  const rootProblems = checkContentRoot(root);
  if (rootProblems.length) return { model: { plans, concepts: [], references: [] }, problems: rootProblems, warnings };

  /**
   * Lists a folder of content/ and reports what may not be there: symbolic links (a link can point outside
   * the repository, where nothing is under version control) and special files; folders where files belong
   * are reported by the caller, which knows what belongs.
   */
  const list = (dir: string) => {
    const l = listEntries(dir);
    for (const o of l.others) {
      const file = rel(join(dir, o.name));
      problems.push({
        file,
        message: `expected a regular file or folder inside content/, found ${o.kind}.`,
        fix: 'Replace it with a copy of the real file (content/ must hold its files itself, under version control), or delete it.',
        zh: { message: `content/ 里只能放普通文件和文件夹，这里是${KIND_ZH[o.kind] ?? o.kind}。`, fix: '请换成真实文件的副本（content/ 里的文件必须纳入版本管理），或删除它。' },
      });
    }
    return l;
  };
  const folderInsteadOfFile = (dir: string, name: string, what: string, whatZh: string) =>
    problems.push({
      file: rel(join(dir, name)) + '/',
      message: `expected ${what}, found a folder named "${name}".`,
      fix: `Remove the folder (or move what is in it), and put the file there if one is meant to be.`,
      zh: { message: `此处应为${whatZh}，实际是名为“${name}”的文件夹。`, fix: '请删除该文件夹（或移走其中内容），需要时在此处放置文件。' },
    });
  /** The file's bytes, or null after reporting why it cannot be read (too large, unreadable). */
  const readBytes = (path: string, limit: number): Buffer | null => {
    const file = rel(path);
    try {
      const size = statSync(path).size;
      if (size > limit) {
        problems.push({
          file,
          message: `expected a file of at most ${formatBytes(limit)}, found ${formatBytes(size)}.`,
          fix: 'Something went wrong when it was saved or copied: compare it with the last committed version (git diff) and remove what does not belong.',
          zh: { message: `文件最大 ${formatBytes(limit)}，实际为 ${formatBytes(size)}。`, fix: '保存或复制时可能出了错：请与上次提交的版本比较（git diff），删除不应有的内容。' },
        });
        return null;
      }
      return readFileSync(path);
    } catch (err) {
      const d = describeFsError(err, file);
      problems.push({ file, message: d.en, zh: { message: d.zh } });
      return null;
    }
  };
  /** Problems for strings that hold forbidden characters or are longer than their field allows. */
  const textRules = (doc: Located, file: string): boolean => {
    const faults = stringFaults(doc.value);
    for (const f of faults) problems.push({ file, ...doc.locate(f.path), field: formatPath(f.path), message: `${f.en}.`, fix: f.fixEn, zh: { message: `${f.zh}。`, fix: f.fixZh } });
    return faults.length === 0;
  };
  /** Where each plan's indicators.json put its values, for problems found later against the catalogue. */
  const indicatorDocs = new Map<string, Located>();
  /** Where each plan.md's front matter put its fields. */
  const frontMatterDocs = new Map<string, Located>();

  const readJson = (path: string): { doc: Located } | null => {
    const file = rel(path);
    const bytes = readBytes(path, FILE_LIMITS.json);
    if (!bytes) return null;
    const decoded = decodeContent(bytes, file);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return null;
    }
    const deep = tooDeep(decoded.text);
    if (deep >= 0) {
      const { line, column } = lineColumnAt(decoded.text, deep);
      problems.push({
        file,
        line,
        column,
        message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep, found deeper nesting here.`,
        fix: 'Content files need only a few levels of [ ] and { }: remove what does not belong.',
        zh: { message: `JSON 的 [ ] 与 { } 嵌套最多 ${MAX_JSON_DEPTH} 层，此处更深。`, fix: '内容文件只需要几层嵌套：请删除不应有的内容。' },
      });
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
    const textOk = textRules(doc, file);
    // Schema problems are reported too: a clerk should meet every problem of a file in one run.
    const r = parseWithFriendlyErrors(schema, doc, file);
    if (!r.ok) {
      problems.push(...r.problems);
      return null;
    }
    return unsafe.length || !textOk ? null : r.data;
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
  const planDirs = list(plansDir);
  for (const name of planDirs.files) {
    problems.push({
      file: rel(join(plansDir, name)),
      message: `expected only plan folders in content/plans/, found the file "${name}".`,
      fix: 'Move it into its plan folder (content/plans/<plan-id>/), or out of content/.',
      zh: { message: `content/plans/ 下只能放规划文件夹，这里有文件“${name}”。`, fix: '请把它移到对应的规划文件夹（content/plans/<规划编号>/）里，或移出 content/。' },
    });
  }
  /** What is known of each plan folder, even one whose plan.md failed, so that its other files are still checked. */
  const partial = new Map<string, { clauseIds: string[] | null; indicatorIds: string[] | null; projectIds: string[] | null }>();
  for (const id of planDirs.dirs) {
    const dir = join(plansDir, id);
    const entries = list(dir);
    for (const name of entries.files) {
      if (!(PLAN_FILES as readonly string[]).includes(name)) {
        const guess = closest(name, [...PLAN_FILES]);
        problems.push({
          file: rel(join(dir, name)),
          message: `expected only ${PLAN_FILES.join(', ')} in a plan folder, found "${name}".`,
          fix: distance(name, guess) <= 3 ? `Did you mean "${guess}"? Rename it.` : 'Move it out of content/plans/.',
        });
      }
    }
    for (const name of entries.dirs) {
      if ((PLAN_FILES as readonly string[]).includes(name)) folderInsteadOfFile(dir, name, `the file ${name}`, `文件 ${name}`);
      else folderInsteadOfFile(dir, name, `only the files ${PLAN_FILES.join(', ')} in a plan folder`, `规划文件夹中的文件（${PLAN_FILES.join('、')}）`);
    }
    const has = (name: string) => entries.files.includes(name);
    const known = { clauseIds: null as string[] | null, indicatorIds: null as string[] | null, projectIds: null as string[] | null };
    partial.set(id, known);
    const mdPath = join(dir, 'plan.md');
    const mdFile = rel(mdPath);
    let plan: z.output<typeof PlanSchema> | null = null;
    let body = '';
    if (!has('plan.md')) {
      if (!entries.dirs.includes('plan.md') && !entries.others.some((o) => o.name === 'plan.md')) {
        problems.push({
          file: rel(dir) + '/',
          message: `expected a plan.md in every plan folder, found none.`,
          fix: `Create ${mdFile} (the importer writes it: npm run import), or remove the folder.`,
        });
      }
    } else {
      const bytes = readBytes(mdPath, FILE_LIMITS.markdown);
      const decoded = bytes && decodeContent(bytes, mdFile);
      if (decoded && !decoded.ok) problems.push(decoded.problem);
      if (decoded && decoded.ok) {
        const split = splitFrontMatter(decoded.text);
        body = split.body;
        const { frontMatter, bodyLine } = split;
        if (frontMatter === null) {
          problems.push({
            file: mdFile,
            line: 1,
            column: 1,
            message: `expected front matter between two "---" lines at the top, found ${JSON.stringify(decoded.text.split('\n')[0]!.slice(0, 30))}.`,
            fix: 'Start the file with ---, the fields id, title, region, issuer, issued, period, kind, source, then ---.',
          });
        } else {
          const yaml = parseYamlLocated(frontMatter, mdFile, 2);
          if (!yaml.ok) problems.push(...yaml.problems);
          else {
            plan = check(PlanSchema, yaml.doc, mdFile);
            if (plan) frontMatterDocs.set(id, yaml.doc);
            if (plan && plan.id !== id) {
              problems.push(at(yaml.doc, mdFile, ['id'], `expected the id "${id}" (the folder name), found "${plan.id}".`, 'Make the id and the folder name the same.'));
              plan = null;
            }
          }
        }
        // The text is checked even when its front matter failed: every problem in one run.
        const tree = parseMarkdown(body);
        const unsafeMd = options.allowMarkup ? [] : unsafeMarkdown(tree);
        for (const u of unsafeMd) {
          problems.push({
            file: mdFile,
            line: u.line + bodyLine - 1,
            column: 1,
            message: `expected the plan's text as plain Markdown, found ${u.reason}.`,
            fix: 'Official text is published as printed: re-import it with npm run import, or remove the markup.',
          });
        }
        const remote = options.allowMarkup ? [] : remoteResources(tree);
        for (const u of remote) {
          problems.push({
            file: mdFile,
            line: u.line + bodyLine - 1,
            column: 1,
            message: `expected the official text without embedded resources, found ${u.reason}. The site loads nothing from other hosts, and images are not part of the text.`,
            fix: 'Remove the image; if the document prints a figure, describe it in the plan\'s notes.',
            zh: { message: `规划原文中不能嵌入图片等外部资源，这里有${u.reasonZh}。网站不从其他网站加载任何内容，图片也不属于原文。`, fix: '请删除该图片；如原文印有图，请在规划的 notes 中说明。' },
          });
        }
        const lines = body.split('\n');
        lines.forEach((text, i) => {
          const fault = characterFault(text);
          if (!fault) return;
          problems.push({
            file: mdFile,
            line: i + bodyLine,
            column: fault.index + 1,
            message: `expected plain text, found ${fault.en}.`,
            fix: 'Delete it (it is invisible in most editors: re-import the text with npm run import).',
            zh: { message: `应为普通文字，发现${fault.zh}。`, fix: '请删除该字符（多数编辑器里看不见：可用 npm run import 重新导入原文）。' },
          });
        });
        const clauses = extractClauses(tree, { tables: plan?.tables });
        known.clauseIds = clauses.map((c) => c.id);
        // A table read as staff described it must be a table of the text, with a role for each of its columns.
        const doc = frontMatterDocs.get(id);
        plan?.tables?.forEach((reading, k) => {
          const table = clauses.find((c) => c.id === reading.clause && c.kind === 'table');
          const columns = table ? table.text.split('\n')[0]!.split('\t').length : 0;
          if (table && columns === reading.roles.length) return;
          const found = table ? `${reading.roles.length} roles for its ${columns} columns` : `"${reading.clause}", which is not the id of a table in the text`;
          const foundZh = table ? `该表有 ${columns} 列，却写了 ${reading.roles.length} 个列含义` : `“${reading.clause}”，正文中没有这个编号的表格`;
          problems.push({
            ...at(doc!, mdFile, ['tables', k, table ? 'roles' : 'clause'], `expected a table of the text with one role per column, found ${found}.`, 'Correct the table in content/sources/<id>.profile.yaml and import again (npm run import); the importer writes this field.'),
            zh: { message: `应为正文中的一个表格，并为每一列写明含义，发现${foundZh}。`, fix: '请在 content/sources/<id>.profile.yaml 中改正该表格后重新导入（npm run import）；这一字段由导入程序生成。' },
          });
        });
        if (unsafeMd.length || remote.length) plan = null;
      }
    }
    const clauseIds = known.clauseIds ?? [];
    const clauseSet = new Set(clauseIds);
    const bundle: LoadedPlan | null = plan ? { ...assemblePlan(plan, body), broken: new Set() } : null;

    if (has('indicators.json')) {
      const indPath = join(dir, 'indicators.json');
      const file = rel(indPath);
      const r = readJson(indPath);
      const data = r && check(IndicatorsFileSchema, r.doc, file);
      if (r && data) {
        if (data.plan !== id) problems.push(at(r.doc, file, ['plan'], `expected "${id}" (the folder name), found "${data.plan}".`));
        if (known.clauseIds) {
          data.indicators.forEach((ind, i) => {
            if (!clauseSet.has(ind.source.clause)) {
              problems.push(at(r.doc, file, ['indicators', i, 'source', 'clause'], unknownRef('clause', ind.source.clause, clauseIds, mdFile)));
            }
          });
        }
        known.indicatorIds = data.indicators.map((x) => x.id);
        if (bundle) bundle.indicators = data.indicators;
        indicatorDocs.set(id, r.doc);
      } else bundle?.broken.add('indicators.json');
    }
    if (has('projects.json')) {
      const projPath = join(dir, 'projects.json');
      const file = rel(projPath);
      const r = readJson(projPath);
      const data = r && check(ProjectsFileSchema, r.doc, file);
      if (r && data) {
        if (data.plan !== id) problems.push(at(r.doc, file, ['plan'], `expected "${id}" (the folder name), found "${data.plan}".`));
        if (known.clauseIds) {
          data.projects.forEach((p, i) => {
            if (!clauseSet.has(p.clause)) problems.push(at(r.doc, file, ['projects', i, 'clause'], unknownRef('clause', p.clause, clauseIds, mdFile)));
          });
        }
        known.projectIds = data.projects.map((x) => x.id);
        if (bundle) bundle.projects = data.projects;
      } else bundle?.broken.add('projects.json');
    }
    if (bundle) plans.push(bundle);
  }
  if (planDirs.dirs.length === 0) {
    problems.push({
      file: 'content/plans/',
      message: `expected at least one plan folder (content/plans/<plan-id>/plan.md), found none. A site without plans is never published.`,
      fix: 'Check that CONTENT_ROOT names the right folder and that the copy of content/ is complete.',
      zh: { message: '至少应有一个规划文件夹（content/plans/<规划编号>/plan.md），实际一个也没有。不会发布没有规划的网站。', fix: '请检查 CONTENT_ROOT 是否指向正确的文件夹，content/ 是否复制完整。' },
    });
  }
  // Plans declared by their source metadata (content/sources/<plan-id>.yaml) must have their folder: a
  // half-copied tree must not publish a site with fewer plans than it declares.
  const sourcesDir = join(contentDir, 'sources');
  const sources = list(sourcesDir);
  for (const name of sources.files) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(name);
    if (!m || planDirs.dirs.includes(m[1]!)) continue;
    problems.push({
      file: rel(join(sourcesDir, name)),
      message: `expected the plan "${m[1]}" that this file declares in content/plans/${m[1]}/, found no such folder.`,
      fix: `Import it (npm run import -- --all), finish copying content/, or remove ${rel(join(sourcesDir, name))}.`,
      zh: { message: `该文件声明了规划“${m[1]}”，但 content/plans/${m[1]}/ 不存在。`, fix: `请导入它（npm run import -- --all）、把 content/ 复制完整，或删除 ${rel(join(sourcesDir, name))}。` },
    });
  }

  // Progress: content/progress/<plan-id>/<year>.json
  const byId = new Map(plans.map((p) => [p.id, p]));
  const knownPlanIds = [...planDirs.dirs];
  const progressDir = join(contentDir, 'progress');
  const progressDirs = list(progressDir);
  for (const name of progressDirs.files) {
    problems.push({
      file: rel(join(progressDir, name)),
      message: `expected only plan folders in content/progress/, found the file "${name}".`,
      fix: 'Move it into the folder of its plan: content/progress/<plan-id>/<year>.json.',
      zh: { message: `content/progress/ 下只能放规划文件夹，这里有文件“${name}”。`, fix: '请移到对应规划的文件夹：content/progress/<规划编号>/<年份>.json。' },
    });
  }
  const covered = new Map<string, string>();
  const progressDocs = new Map<string, { doc: Located; file: string }>();
  for (const planId of progressDirs.dirs) {
    const dir = join(progressDir, planId);
    const entries = list(dir);
    for (const name of entries.dirs) folderInsteadOfFile(dir, name, 'a <year>.json file', '<年份>.json 文件');
    for (const name of entries.files) {
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
      const bundle = byId.get(planId);
      const { start, end } = bundle?.plan.period ?? { start: data.year, end: data.year };
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
      for (const p of [...dateProblems(data, options.today), ...sourceProblems(data)]) problems.push({ file, ...doc.locate(p.path), field: formatPath(p.path), message: p.en, fix: p.fixEn, zh: { message: p.zh, fix: p.fixZh } });
      const key = `${data.plan}/${data.year}`;
      const other = covered.get(key);
      if (other) {
        problems.push(at(doc, file, ['year'], `expected one progress file per plan and year, found a second file for ${data.year} (the first is ${other}).`, 'Merge the two files into one.'));
      } else covered.set(key, file);

      // References into the plan's files are checked against whatever of the plan loaded.
      const known = partial.get(planId)!;
      const planFile = (n: string) => `content/plans/${planId}/${n}`;
      if (known.indicatorIds) {
        const indIds = known.indicatorIds;
        data.indicators.forEach((e, i) => {
          if (!indIds.includes(e.indicator)) problems.push(at(doc, file, ['indicators', i, 'indicator'], unknownRef('indicator', e.indicator, indIds, planFile('indicators.json'))));
        });
      }
      if (known.clauseIds) {
        const clauseIds = known.clauseIds;
        data.clauses.forEach((e, i) => {
          if (!clauseIds.includes(e.clause)) problems.push(at(doc, file, ['clauses', i, 'clause'], unknownRef('clause', e.clause, clauseIds, planFile('plan.md'))));
        });
      }
      if (known.projectIds) {
        const projIds = known.projectIds;
        data.projects.forEach((e, i) => {
          if (!projIds.includes(e.project)) problems.push(at(doc, file, ['projects', i, 'project'], unknownRef('project', e.project, projIds, planFile('projects.json'))));
        });
      }
      if (!bundle) continue; // the plan itself has problems, reported above
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

  // One region name, one region: pages, departments and search tell regions apart by name, so two different
  // regions printed under one name (新城区 of 西安市 and of 呼和浩特市) would be merged without a word.
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
    problems.push({
      file: `content/plans/${plan.id}/plan.md`,
      ...frontMatterDocs.get(plan.id)?.locate(['region', 'name']),
      field: 'region.name',
      message: `expected one region per name, found "${r.name}" of ${where(r)} here and of ${where(f)} in ${first.id}.`,
      fix: `Write the name with its city as both plans print it in full (e.g. "${r.parent ?? r.province}${r.name}"), so the two regions stay apart.`,
      zh: {
        message: `同一地区名称应只对应一个地区，实际本规划的“${r.name}”属于${where(r)}，而“${first.id}”的“${f.name}”属于${where(f)}。`,
        fix: `请把地区名称写成带上级的全称（如“${r.parent ?? r.province}${r.name}”），以免两个地区的页面、责任单位和检索被合并。`,
      },
    });
  }

  // The indicator catalogue and the reference series that are drawn beside the plans.
  const concepts: Concept[] = [];
  const conceptsPath = join(contentDir, 'concepts.json');
  let conceptsOk = false;
  const top = list(contentDir);
  if (top.dirs.includes('concepts.json')) folderInsteadOfFile(contentDir, 'concepts.json', 'the file concepts.json', '文件 concepts.json');
  if (top.files.includes('concepts.json')) {
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
  if (conceptsOk || !top.files.includes('concepts.json')) {
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
  const refs = list(refDir);
  for (const name of refs.dirs) folderInsteadOfFile(refDir, name, 'only .json files in content/reference/', 'content/reference/ 下的 .json 文件');
  for (const name of refs.files) {
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

