/**
 * `npm run sheet -- <plan-id> <year> [out.xlsx]`: writes the 台账 workbook a clerk fills in for one plan and
 * year, pre-filled with that year's progress if it exists and with every earlier year for context.
 */
import './fail-cleanly.ts';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent, closestIds } from '../src/lib/content/load.ts';
import { formatProblemZh, messageLang } from '../src/lib/content/problems.ts';
import { workbookName } from '../src/lib/sheets/read.ts';
import { writeWorkbook } from '../src/lib/sheets/write.ts';
import { environment } from './env.ts';
import { parseCommandLine, userDir, userPath } from './cli.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const USAGE = 'npm run sheet -- <规划编号> <年份> [输出文件.xlsx]';
const { positionals } = parseCommandLine({ args: messageLang(process.argv.slice(2), process.env).rest, allowPositionals: true, options: { debug: { type: 'boolean' } } }, USAGE, 'zh');
const [planId, yearText, outArg] = positionals;
const root = environment('zh').contentRoot ?? process.cwd();
if (!planId || !yearText) fail('用法：npm run sheet -- <规划编号> <年份> [输出文件.xlsx]，例如 npm run sheet -- pingluo-edu-2021-2025 2025');
if (!/^\d{4}$/.test(yearText)) fail(`年份应为四位数字，如 2025，实际为“${yearText}”。`);
const year = Number(yearText);
const { model, problems } = loadContent(root);
const plan = model.plans.find((p) => p.id === planId);
if (!plan) {
  const known = model.plans.map((p) => p.id);
  fail(`没有编号为“${planId}”的规划。最接近的：${closestIds(planId, known).join('、')}。`);
}
const mine = problems.filter((p) => p.file.includes(`/${planId}/`));
if (mine.length) fail(`这个规划的内容有问题，请先改正（npm run validate）：\n${mine.map(formatProblemZh).join('\n')}`);
const { start, end } = plan.plan.period;
if (year < start || year > end) fail(`年份应在规划期 ${start}–${end} 之内，实际为 ${year}。`);
const file = plan.progress.find((p) => p.year === year) ?? null;
// Written where the clerk typed the command (npm moves it to the repository).
const out = outArg !== undefined ? userPath(outArg) : join(userDir(), workbookName(planId, year));
const started = performance.now();
writeFileSync(out, await writeWorkbook(plan, year, file));
console.log(
  `已写入 ${relative(process.cwd(), out) || out}（${plan.indicators.length} 项指标，${file ? `已填入 ${year} 年已有的数据` : `${year} 年尚无数据，待填写`}，用时 ${Math.round(performance.now() - started)} 毫秒）。\n` +
    `填好后运行：npm run sheet:import -- ${relative(process.cwd(), out) || out}`,
);
