/**
 * The reader of a plan folder, content/plans/<plan-id>/: plan.md (front matter and official text),
 * indicators.json and projects.json. What loaded is kept even when a file failed, so that the plan's other
 * files, and the progress files that refer to it, are still checked against whatever is known.
 */
import { join } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { PlanSchema } from '../../schemas/plan.ts';
import { IndicatorsFileSchema } from '../../schemas/indicators.ts';
import { ProjectsFileSchema } from '../../schemas/projects.ts';
import { assemblePlan, type PlanBundle } from '../model/plan.ts';
import { parseMarkdown, splitFrontMatter } from '../model/markdown.ts';
import { extractClauses, type Clause } from '../model/clauses.ts';
import type { Listing } from './files.ts';
import { characterFault, FILE_LIMITS } from './limits.ts';
import { remoteResources, unsafeMarkdown } from './inert.ts';
import { decodeContent } from './read-text.ts';
import { parseYamlLocated, type Located } from './locate.ts';
import type { LoadContext } from './collect.ts';
import { checkDocument, folderInsteadOfFile, listFolder, readBytes, readJson } from './read-files.ts';
import { clauseReferencesRule, planIdRule, tableReadingsRule } from './rules-plan.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/** A plan as loaded by the validator, with the files that failed to load. */
export interface LoadedPlan extends PlanBundle {
  /** Files of this plan that failed to load; references into them are not checked again. */
  broken: Set<string>;
}

export const PLAN_FILES = ['plan.md', 'indicators.json', 'projects.json'] as const;

/** The ids a plan folder defines, null where the file that defines them failed to load. */
export interface KnownIds {
  clauseIds: string[] | null;
  indicatorIds: string[] | null;
  projectIds: string[] | null;
}

/** What is known of one plan folder, even one whose plan.md failed, so that its other files are still checked. */
export interface PlanFolder {
  id: string;
  /** The plan, when its plan.md loaded. */
  bundle: LoadedPlan | null;
  known: KnownIds;
  /** Where plan.md's front matter put its fields, when it fits the schema. */
  frontMatter?: Located | undefined;
  /** Where indicators.json put its values, when it fits the schema. */
  indicators?: Located | undefined;
}

/** Reads content/plans/: one folder per plan, nothing else. */
export function readPlanFolders(ctx: LoadContext): PlanFolder[] {
  const plansDir = join(ctx.contentDir, 'plans');
  const planDirs = listFolder(ctx, plansDir);
  for (const name of planDirs.files) {
    ctx.out.add({
      file: ctx.rel(join(plansDir, name)),
      ...bilingual(V.plansFolderFile, { name }),
    });
  }
  const include = ctx.options.include ?? (() => true);
  const folders = planDirs.dirs.filter(include).map((id) => readPlanFolder(ctx, join(plansDir, id), id));
  if (planDirs.dirs.length === 0) {
    ctx.out.add({
      file: 'content/plans/',
      ...bilingual(V.noPlanFolders, undefined),
    });
  }
  return folders;
}

/** Reads one plan folder: what it holds, then plan.md, indicators.json and projects.json. */
export function readPlanFolder(ctx: LoadContext, dir: string, id: string): PlanFolder {
  const entries = listFolder(ctx, dir);
  checkFolderEntries(ctx, dir, entries);
  const md = readPlanMarkdown(ctx, dir, id, entries);
  const folder: PlanFolder = {
    id,
    bundle: md.plan ? { ...assemblePlan(md.plan, md.body), broken: new Set() } : null,
    known: { clauseIds: md.clauseIds, indicatorIds: null, projectIds: null },
    frontMatter: md.frontMatter,
  };
  const mdFile = ctx.rel(join(dir, 'plan.md'));
  if (entries.files.includes('indicators.json')) {
    const r = readPlanJson(ctx, join(dir, 'indicators.json'), IndicatorsFileSchema, id);
    if (r) {
      const { data, doc, file } = r;
      clauseReferencesRule(doc, file, folder.known.clauseIds, mdFile, data.indicators.map((ind, i) => ({ clause: ind.source.clause, path: ['indicators', i, 'source', 'clause'] })), ctx.out);
      folder.known.indicatorIds = data.indicators.map((x) => x.id);
      if (folder.bundle) folder.bundle.indicators = data.indicators;
      folder.indicators = doc;
    } else folder.bundle?.broken.add('indicators.json');
  }
  if (entries.files.includes('projects.json')) {
    const r = readPlanJson(ctx, join(dir, 'projects.json'), ProjectsFileSchema, id);
    if (r) {
      const { data, doc, file } = r;
      clauseReferencesRule(doc, file, folder.known.clauseIds, mdFile, data.projects.map((p, i) => ({ clause: p.clause, path: ['projects', i, 'clause'] })), ctx.out);
      folder.known.projectIds = data.projects.map((x) => x.id);
      if (folder.bundle) folder.bundle.projects = data.projects;
    } else folder.bundle?.broken.add('projects.json');
  }
  return folder;
}

/** Only plan.md, indicators.json and projects.json belong in a plan folder, each a file. */
function checkFolderEntries(ctx: LoadContext, dir: string, entries: Listing): void {
  for (const name of entries.files) {
    if (!(PLAN_FILES as readonly string[]).includes(name)) {
      const guess = closest(name, [...PLAN_FILES]);
      ctx.out.add({
        file: ctx.rel(join(dir, name)),
        ...bilingual(V.planFolderFile, { files: PLAN_FILES, name, guess: distance(name, guess) <= 3 ? guess : undefined }),
      });
    }
  }
  for (const name of entries.dirs) {
    if ((PLAN_FILES as readonly string[]).includes(name)) folderInsteadOfFile(ctx, dir, name, V.wantFile, { name });
    else folderInsteadOfFile(ctx, dir, name, V.wantPlanFiles, { files: PLAN_FILES });
  }
}

/** indicators.json or projects.json, checked against its schema and the folder it is in. */
function readPlanJson<S extends z.ZodType<{ plan: string }>>(ctx: LoadContext, path: string, schema: S, id: string): { data: z.output<S>; doc: Located; file: string } | null {
  const file = ctx.rel(path);
  const r = readJson(ctx, path);
  const data = r && checkDocument(ctx, schema, r.doc, file);
  if (!r || !data) return null;
  planIdRule(r.doc, file, data.plan, id, ctx.out);
  return { data, doc: r.doc, file };
}

interface PlanMarkdown {
  plan: z.output<typeof PlanSchema> | null;
  body: string;
  clauseIds: string[] | null;
  frontMatter?: Located | undefined;
}

/** plan.md: its front matter against the plan schema, its text as plain Markdown, its tables as described. */
function readPlanMarkdown(ctx: LoadContext, dir: string, id: string, entries: Listing): PlanMarkdown {
  const mdPath = join(dir, 'plan.md');
  const mdFile = ctx.rel(mdPath);
  const none: PlanMarkdown = { plan: null, body: '', clauseIds: null };
  if (!entries.files.includes('plan.md')) {
    if (!entries.dirs.includes('plan.md') && !entries.others.some((o) => o.name === 'plan.md')) {
      ctx.out.add({
        file: ctx.rel(dir) + '/',
        ...bilingual(V.planMdMissing, { mdFile }),
      });
    }
    return none;
  }
  const bytes = readBytes(ctx, mdPath, FILE_LIMITS.markdown);
  const decoded = bytes && decodeContent(bytes, mdFile);
  if (decoded && !decoded.ok) ctx.out.add(decoded.problem);
  if (!decoded || !decoded.ok) return none;
  const split = splitFrontMatter(decoded.text);
  const front = readFrontMatter(ctx, split.frontMatter, decoded.text, mdFile, id);
  // The text is checked even when its front matter failed: every problem in one run.
  const tree = parseMarkdown(split.body);
  const textOk = checkPlanText(ctx, tree, split.body, split.bodyLine, mdFile);
  const clauses: Clause[] = extractClauses(tree, { tables: front.plan?.tables });
  tableReadingsRule(front.plan?.tables, clauses, front.doc, mdFile, ctx.out);
  return { plan: textOk ? front.plan : null, body: split.body, clauseIds: clauses.map((c) => c.id), frontMatter: front.doc };
}

/** The front matter of plan.md against PlanSchema; the plan is null when it fails or names another folder. */
function readFrontMatter(ctx: LoadContext, frontMatter: string | null, text: string, mdFile: string, id: string): { plan: z.output<typeof PlanSchema> | null; doc?: Located } {
  if (frontMatter === null) {
    ctx.out.add({
      file: mdFile,
      line: 1,
      column: 1,
      ...bilingual(V.frontMatterMissing, { firstLine: JSON.stringify(text.split('\n')[0]!.slice(0, 30)) }),
    });
    return { plan: null };
  }
  const yaml = parseYamlLocated(frontMatter, mdFile, 2);
  if (!yaml.ok) {
    ctx.out.add(...yaml.problems);
    return { plan: null };
  }
  const plan = checkDocument(ctx, PlanSchema, yaml.doc, mdFile);
  if (!plan) return { plan: null };
  if (!planIdRule(yaml.doc, mdFile, plan.id, id, ctx.out, 'id')) return { plan: null, doc: yaml.doc };
  return { plan, doc: yaml.doc };
}

/** The official text as plain Markdown: no markup, no embedded resources, no invisible characters. */
function checkPlanText(ctx: LoadContext, tree: ReturnType<typeof parseMarkdown>, body: string, bodyLine: number, mdFile: string): boolean {
  const unsafeMd = ctx.options.allowMarkup ? [] : unsafeMarkdown(tree);
  for (const u of unsafeMd) {
    ctx.out.add({
      file: mdFile,
      line: u.line + bodyLine - 1,
      column: 1,
      ...bilingual(V.planTextNotPlain, { reason: u.reason }),
    });
  }
  const remote = ctx.options.allowMarkup ? [] : remoteResources(tree);
  for (const u of remote) {
    ctx.out.add({
      file: mdFile,
      line: u.line + bodyLine - 1,
      column: 1,
      ...bilingual(V.remoteResource, { reason: u.reason, reasonZh: u.reasonZh }),
    });
  }
  body.split('\n').forEach((text, i) => {
    const fault = characterFault(text);
    if (!fault) return;
    ctx.out.add({
      file: mdFile,
      line: i + bodyLine,
      column: fault.index + 1,
      ...bilingual(V.invisibleCharacter, { fault }),
    });
  });
  return unsafeMd.length === 0 && remote.length === 0;
}
