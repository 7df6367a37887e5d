/**
 * `npm run sheet:import -- <file.xlsx> [--lang en]`: reads a filled 台账 workbook, checks every cell, and
 * writes content/progress/<plan-id>/<year>.json. While any problem remains it writes nothing and prints
 * one line per problem naming the sheet, the row, the column and the cell.
 */
import './fail-cleanly.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem, formatProblemZh, messageLang } from '../src/lib/content/problems.ts';
import { readWorkbook, sheetWords } from '../src/lib/sheets/read.ts';
import { serializeProgress } from '../src/lib/sheets/serialize.ts';
import { todayInChina } from '../src/lib/content/rules.ts';
import { progressAt } from '../src/lib/content/history.ts';
import { ProgressFileSchema, type ProgressFile } from '../src/schemas/progress.ts';
import { formatSheetProblem, sortSheetProblems } from '../src/lib/sheets/problems.ts';
import { environment } from './env.ts';
import { workbookMessages as W } from '../src/lib/messages/workbook.ts';
import { bilingual, sentence } from '../src/lib/messages/catalogue.ts';
import { cliMessages as C } from '../src/lib/messages/cli.ts';
import { parseCommandLine, refuseFolder, userPath } from './cli.ts';

const { lang, rest } = messageLang(process.argv.slice(2), process.env);
const USAGE = 'npm run sheet:import -- <台账文件.xlsx> [--lang en]';
const { positionals } = parseCommandLine({ args: rest, allowPositionals: true, options: { debug: { type: 'boolean' } } }, USAGE, lang);
if (positionals.length > 1) {
  console.error(sentence(C.unexpectedArgument, { found: positionals[1]!, usage: USAGE }, lang));
  process.exit(1);
}
const path = positionals[0] === undefined ? undefined : userPath(positionals[0]);
const env = environment(lang);
const root = env.contentRoot ?? process.cwd();
if (!path) {
  console.error('用法：npm run sheet:import -- <台账文件.xlsx>');
  process.exit(1);
}
refuseFolder(path, lang === 'en' ? 'a workbook .xlsx' : ' .xlsx 台账', lang);
if (!existsSync(path)) {
  console.error(lang === 'en' ? `${path}: no such file.` : `找不到文件“${path}”。请检查文件名和所在文件夹。`);
  process.exit(1);
}
const { model, problems: contentProblems } = loadContent(root);
// The year as last published (committed): a figure changed since then needs its earlier value and a reason.
const committed = await progressAt(root, 'HEAD');
const published = (plan: string, year: number): ProgressFile | undefined => {
  const text = committed?.get(`content/progress/${plan}/${year}.json`);
  const r = text === undefined ? null : ProgressFileSchema.safeParse(safeJson(text));
  return r?.success ? r.data : undefined;
};
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
const bytes = readFileSync(path);
const result = await readWorkbook(bytes, path, model.plans, { published, today: todayInChina(new Date(), env.validateToday) });
const problems = result.ok ? [] : [...result.problems];
// The whole content checked with the new file in a copy (every rule of npm run validate), each new problem
// reported at the cell it came from: the clerk never sees the JSON file.
if (result.file) {
  const { file } = result;
  const trial = mkdtempSync(join(tmpdir(), 'sheet-import-'));
  cpSync(join(root, 'content'), join(trial, 'content'), { recursive: true });
  const rel = join('content', 'progress', file.plan, `${file.year}.json`);
  mkdirSync(dirname(join(trial, rel)), { recursive: true });
  writeFileSync(join(trial, rel), serializeProgress(file));
  const fresh = loadContent(trial).problems.filter((p) => !contentProblems.some((q) => q.file === p.file && q.message === p.message));
  rmSync(trial, { recursive: true, force: true });
  const known = new Set(problems.map((p) => `${p.sheet}|${p.cell ?? ''}`));
  for (const p of fresh) {
    const at = p.file.replace(/\\/g, '/').endsWith(`progress/${file.plan}/${file.year}.json`) ? result.locate?.(p.field ?? '') : undefined;
    if (at?.cell !== undefined && known.has(`${at.sheet}|${at.cell}`)) continue;
    if (at || p.file.replace(/\\/g, '/').endsWith(`progress/${file.plan}/${file.year}.json`)) problems.push({ file: path, ...(at ?? {}), ...sheetWords(p) });
    else problems.push({ file: path, ...bilingual(W.otherFileFails, { problem: { zh: formatProblemZh(p), en: formatProblem(p) } }) });
  }
}
const sorted = sortSheetProblems(problems, ['说明', '指标', '任务', '项目', '修订']);
for (const w of result.warnings) console.error(`${lang === 'en' ? 'warning: ' : '提示：'}${formatSheetProblem(w, lang, path)}`);
if (!result.ok || sorted.length) {
  for (const p of sorted) console.error(formatSheetProblem(p, lang, path));
  console.error(
    lang === 'en'
      ? `\n${sorted.length} problem(s) in ${path}; nothing was written.`
      : `\n台账中发现 ${sorted.length} 个问题，没有写入任何文件。请在 Excel/WPS 中按上面各行改正并保存，再运行一次。`,
  );
  process.exit(1);
}
const { file, json } = result;
const rel = join('content', 'progress', file.plan, `${file.year}.json`);
const target = join(root, rel);
mkdirSync(dirname(target), { recursive: true });
// Written beside the target and renamed over it, so that an interrupted write never leaves half a file.
const tmp = `${target}.tmp-${process.pid}`;
writeFileSync(tmp, json);
renameSync(tmp, target);
const shown = relative(process.cwd(), target) || target;
const values = file.indicators.filter((e) => e.value !== null || e.text !== undefined).length;
const statuses = file.clauses.filter((e) => e.status !== null).length + file.projects.filter((e) => e.status !== null).length;
console.log(
  lang === 'en'
    ? `wrote ${shown}: ${values} indicator values, ${statuses} statuses.`
    : `已写入 ${shown}：${values} 项指标数值、${statuses} 项任务和项目状态。\n下一步：npm run validate，npm run build && npm run preview 预览，然后提交（git commit）并推送。`,
);
