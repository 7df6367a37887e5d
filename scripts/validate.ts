/**
 * `npm run validate`: checks every content file and every rule across files; prints one line per
 * problem, or a one-line summary when all is well. Exit code 1 on any problem.
 */
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const root = process.argv[2] ?? process.cwd();
const { model, problems } = loadContent(root);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} found in content/. Nothing was published; fix the lines above and run npm run validate again.`);
  process.exit(1);
}
const count = (f: (p: (typeof model.plans)[number]) => number) => model.plans.reduce((n, p) => n + f(p), 0);
console.log(
  `content OK: ${model.plans.length} plans, ${count((p) => p.clauses.length)} clauses, ${count((p) => p.indicators.length)} indicators, ` +
    `${count((p) => p.projects.length)} projects, ${count((p) => p.progress.length)} progress files.`,
);
