/**
 * `npm run validate`: checks every content file and every rule across files; prints one line per
 * problem (in Chinese; `--lang en` or CONTENT_LANG=en for English), or a one-line summary when all is
 * well. Exit code 1 on any problem. Warnings (such as items a yearly report leaves out) are printed too,
 * on stderr, and do not fail.
 *
 *   npm run validate [-- DIR] [--today YYYY-MM-DD] [--lang en]
 *   DIR      the folder that holds content/ (default: the current one)
 *   --today  the date a report's `published` may not pass (default: today's date, UTC)
 *   --since  a git revision (the pipelines pass the previous push): a figure published there and changed
 *            since must keep its earlier value and a reason in `revisions`
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { messageLang, problemFormatter, type Problem } from '../src/lib/content/problems.ts';
import { revisionsSince } from '../src/lib/content/revisions.ts';

const { lang, rest } = messageLang(process.argv.slice(2));
const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { today: { type: 'string' }, since: { type: 'string' } } });
const root = positionals[0] ?? process.cwd();
const today = values.today ?? new Date().toISOString().slice(0, 10);
const format = problemFormatter(lang);
const { model, problems, warnings } = loadContent(root, { today });
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
