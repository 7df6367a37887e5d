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
import { closestIds, loadContent } from '../src/lib/content/load.ts';
import { checkContentRoot, resolveContentRoot } from '../src/lib/content/root.ts';
import { formatProblem, formatProblemZh, messageLang } from '../src/lib/content/problems.ts';
import { parseCommandLine, userPath } from './cli.ts';
import { taskClauses } from '../src/lib/progress/views.ts';
import type { ProgressFile } from '../src/schemas/progress.ts';
import { environment } from './env.ts';

// Chinese for staff, English with --lang en (or CONTENT_LANG=en), as for every other staff command.
const { lang, rest } = messageLang(process.argv.slice(2), process.env);
const en = lang === 'en';
const USAGE = 'npm run new:progress -- <规划编号> <年份>，例如 npm run new:progress -- pingluo-edu-2021-2025 2026';
const { values, positionals } = parseCommandLine({ args: rest, allowPositionals: true, options: { content: { type: 'string' }, debug: { type: 'boolean' } } }, USAGE, lang);
const root = resolveContentRoot(resolve(import.meta.dirname, '..'), values.content === undefined ? undefined : userPath(values.content), environment(lang).contentRoot);
const formatOne = en ? formatProblem : formatProblemZh;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [planId, yearText] = positionals;
if (!planId || !yearText) fail(en ? 'usage: npm run new:progress -- <plan-id> <year>   e.g. npm run new:progress -- pingluo-edu-2021-2025 2026' : `用法：${USAGE}`);
const year = Number(yearText);
if (!/^\d{4}$/.test(yearText)) fail(en ? `expected a year such as 2026, found "${yearText}".` : `年份应为四位数字，如 2026，实际为“${yearText}”。`);

const rootProblems = checkContentRoot(root);
if (rootProblems.length) fail(rootProblems.map(formatOne).join('\n'));
const { model, problems } = loadContent(root);
const plan = model.plans.find((p) => p.id === planId);
if (!plan) {
  const known = model.plans.map((p) => p.id);
  fail(en ? `expected the id of a plan in content/plans/, found "${planId}". Closest: ${closestIds(planId, known).join(', ')}.` : `应为 content/plans/ 中某个规划的编号，实际为“${planId}”。最接近的：${closestIds(planId, known).join('、')}。`);
}
const { start, end } = plan.plan.period;
if (year < start || year > end) fail(en ? `expected a year inside the plan's period ${start}–${end}, found ${year}.` : `年份应在规划期 ${start}–${end} 年之内，实际为 ${year}。`);
const path = join(root, 'content', 'progress', planId, `${year}.json`);
const shown = relative(process.cwd(), path) || path;
if (existsSync(path)) fail(en ? `${shown} already exists; nothing was changed. Edit that file instead (see docs/更新指南.md).` : `${shown} 已经存在，没有做任何改动。请直接修改这个文件（见 docs/更新指南.md）。`);
if (problems.length) {
  const head = en ? `note: content/ has ${problems.length} problem(s) elsewhere; run npm run validate.` : `提示：content/ 的其他地方还有 ${problems.length} 个问题，请运行 npm run validate。`;
  console.warn(`${head}\n${problems.slice(0, 3).map(formatOne).join('\n')}`);
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
  en
    ? `wrote ${shown}: ${file.indicators.length} indicators, ${file.clauses.length} measures, ${file.projects.length} projects, all blank.\n` +
    `Fill in each "value" (a number) or "status", add a "source" for every official figure, then run npm run validate.`
    : `已写入 ${shown}：${file.indicators.length} 项指标、${file.clauses.length} 条任务、${file.projects.length} 个项目，全部待填写。\n` +
      `请填写每个 "value"（数字）或 "status"，每个官方数字都要有 "source"，然后运行 npm run validate。`,
);
