/**
 * `npm run validate`: checks every content file and every rule across files; prints which tree it read,
 * then one line per problem (in Chinese; `--lang en` or CONTENT_LANG=en for English), or a one-line summary
 * when all is well. Exit code 1 on any problem. Warnings (such as items a yearly report leaves out) are
 * printed too, on stderr, and do not fail.
 *
 *   npm run validate [-- DIR] [--today YYYY-MM-DD] [--since REV] [--lang en] [--debug]
 *   DIR      the folder that holds content/ (default: CONTENT_ROOT, else this repository)
 *   --today  the date no report date may pass (default: today in China, or VALIDATE_TODAY)
 *   --since  a git revision (the pipelines pass the previous push): a figure published there and changed
 *            since must keep its earlier value and a reason in `revisions`
 *   --debug  print the stack of an unexpected error
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { messageLang, problemFormatter } from '../src/lib/content/problems.ts';
import { publishedValuesRule, revisionsSince } from '../src/lib/content/revisions.ts';
import { checkContentRoot, resolveContentRoot } from '../src/lib/content/root.ts';
import { todayInChina } from '../src/lib/content/rules.ts';
import { environment } from './env.ts';
import { checkDateOption, refuseUnknownLang, usageSentence, userPath } from './cli.ts';

refuseUnknownLang(process.argv.slice(2));
const { lang, rest } = messageLang(process.argv.slice(2), process.env);
const USAGE = 'npm run validate [-- 文件夹] [--today YYYY-MM-DD] [--since 版本] [--lang en]';
const format = problemFormatter(lang);
const env = environment(lang);
let debug = false;
try {
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { today: { type: 'string' }, since: { type: 'string' }, debug: { type: 'boolean' } } });
  debug = values.debug ?? false;
  checkDateOption('--today', values.today, lang);
  const root = resolveContentRoot(resolve(import.meta.dirname, '..'), positionals[0] === undefined ? undefined : userPath(positionals[0]), env.contentRoot);
  const today = values.today ?? todayInChina(new Date(), env.validateToday);
  const { model, problems, warnings } = loadContent(root, { today });
  console.error(`content: ${join(root, 'content')}`);
  // Every committed version of a progress file is a publication: an official figure it published and the
  // file now changes must keep its earlier value and a reason, whether the change came by JSON or workbook.
  // A tree that is not there has no history to read: its problem (already in `problems`) says so.
  const history = checkContentRoot(root).length ? null : await publishedValuesRule(root, model);
  if (history) problems.push(...history);
  if (values.since !== undefined && problems.length === 0) {
    const r = await revisionsSince(root, model, values.since);
    if (r === null) console.error(lang === 'en' ? `note: cannot read content at ${values.since}; revisions not checked.` : `提示：无法读取 ${values.since} 时的内容，未检查对已发布数值的修订。`);
    else problems.push(...r);
  }
  for (const w of warnings) console.error(`${lang === 'en' ? 'warning: ' : '警告：'}${format(w)}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(format(p));
    console.error(
      lang === 'en'
        ? `\n${problems.length} problem${problems.length > 1 ? 's' : ''} found in content/. Nothing was published; fix the lines above and run npm run validate again.`
        : `\ncontent/ 中发现 ${problems.length} 个问题，没有发布任何内容。请按上面各行逐一改正，然后再运行 npm run validate。`,
    );
    process.exit(1);
  }
  const count = (f: (p: (typeof model.plans)[number]) => number) => model.plans.reduce((n, p) => n + f(p), 0);
  const n = {
    plans: model.plans.length,
    clauses: count((p) => p.clauses.length),
    indicators: count((p) => p.indicators.length),
    projects: count((p) => p.projects.length),
    progress: count((p) => p.progress.length),
  };
  console.log(
    lang === 'en'
      ? `content OK: ${n.plans} plans, ${n.clauses} clauses, ${n.indicators} indicators, ${n.projects} projects, ${n.progress} progress files.`
      : `content OK（内容无误）：${n.plans} 个规划，${n.clauses} 个条款，${n.indicators} 项指标，${n.projects} 个项目，${n.progress} 个年度进展文件。`,
  );
} catch (err) {
  // A command line typed wrongly is the clerk's to fix (exit 1), not an unexpected error.
  const usage = usageSentence(err, USAGE, lang);
  if (usage !== null) {
    console.error(usage);
    process.exit(1);
  }
  const hint = debug ? '' : lang === 'en' ? ' (run npm run validate -- --debug for details)' : '（运行 npm run validate -- --debug 查看详细信息）';
  const head = lang === 'en' ? 'The validator stopped on an unexpected error: ' : '校验程序遇到意外错误而停止：';
  console.error(`${head}${err instanceof Error ? err.message : String(err)}${hint}`);
  if (debug && err instanceof Error) console.error(err.stack);
  process.exit(2);
}
