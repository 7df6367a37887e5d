/**
 * `npm run new:progress -- <plan-id> <year>`: scaffolds content/progress/<plan-id>/<year>.json with every
 * indicator, measure and project of the plan listed and every value blank, so that a clerk fills in
 * blanks instead of typing ids. Refuses to overwrite an existing file.
 *
 *   --content DIR    the folder that holds content/ (default: CONTENT_ROOT, else this repository)
 */
import './fail-cleanly.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closestIds, loadContent } from '../src/lib/content/load.ts';
import { checkContentRoot, resolveContentRoot } from '../src/lib/content/root.ts';
import { formatProblemZh } from '../src/lib/content/problems.ts';
import { taskClauses } from '../src/lib/progress/views.ts';
import type { ProgressFile } from '../src/schemas/progress.ts';
import { environment } from './env.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const root = resolveContentRoot(resolve(import.meta.dirname, '..'), values.content, environment('zh').contentRoot);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [planId, yearText] = positionals;
if (!planId || !yearText) fail('usage: npm run new:progress -- <plan-id> <year>   e.g. npm run new:progress -- pingluo-edu-2021-2025 2026');
const year = Number(yearText);
if (!/^\d{4}$/.test(yearText)) fail(`expected a year such as 2026, found "${yearText}".`);

const rootProblems = checkContentRoot(root);
if (rootProblems.length) fail(rootProblems.map(formatProblemZh).join('\n'));
const { model, problems } = loadContent(root);
const plan = model.plans.find((p) => p.id === planId);
if (!plan) {
  const known = model.plans.map((p) => p.id);
  fail(`expected the id of a plan in content/plans/, found "${planId}". Closest: ${closestIds(planId, known).join(', ')}.`);
}
const { start, end } = plan.plan.period;
if (year < start || year > end) fail(`expected a year inside the plan's period ${start}–${end}, found ${year}.`);
const path = join(root, 'content', 'progress', planId, `${year}.json`);
const shown = relative(process.cwd(), path) || path;
if (existsSync(path)) fail(`${shown} already exists; nothing was changed. Edit that file instead (see docs/更新指南.md).`);
if (problems.length) {
  console.warn(`note: content/ has ${problems.length} problem(s) elsewhere; run npm run validate.\n${problems.slice(0, 3).map(formatProblemZh).join('\n')}`);
}

const file: ProgressFile = {
  plan: planId,
  year,
  asOf: `${year}-12-31`,
  published: `${year + 1}-03-31`,
  provenance: 'official',
  indicators: plan.indicators.map((i) => ({ indicator: i.id, value: null, note: `${i.name}（${i.unit ?? '无单位'}）` })),
  clauses: taskClauses(plan).map((c) => ({ clause: c.id, status: null, summary: '' })),
  projects: plan.projects.map((p) => ({ project: p.id, status: null, summary: '' })),
};
mkdirSync(join(root, 'content', 'progress', planId), { recursive: true });
writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
console.log(
  `wrote ${shown}: ${file.indicators.length} indicators, ${file.clauses.length} measures, ${file.projects.length} projects, all blank.\n` +
    `Fill in each "value" (a number) or "status", add a "source" for every official figure, then run npm run validate.`,
);
