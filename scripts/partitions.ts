/**
 * `npm run -s partitions`: the partitions the content has (province codes, one per line; `--json` for the
 * pipelines' matrix). `--since <rev>`: only those a change since that commit touches (git diff), so that a
 * commit to one plan rebuilds its province and the front, not the country; every partition when the change
 * reaches beyond one plan's files (code, the catalogue, reference figures, a removed plan). `--changed a,b`:
 * the same for paths given (relative to the folder holding content/), e.g. from the pipeline's own diff.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { resolveContentRoot } from '../src/lib/content/root.ts';
import { partitionPlans, partitionsTouched } from '../src/lib/model/partitions.ts';
import { environment } from './env.ts';
import { messageLang } from '../src/lib/content/problems.ts';

const repo = resolve(import.meta.dirname, '..');
const env = environment(messageLang(process.argv.slice(2), process.env).lang);
const root = resolveContentRoot(repo, env.contentRoot);
const { model } = loadContent(root);
const since = process.argv.indexOf('--since');
const given = process.argv.indexOf('--changed');
let ids = [...partitionPlans(model.plans).keys()];
if (given > 0) {
  const changed = (process.argv[given + 1] ?? '').split(',').filter(Boolean);
  ids = partitionsTouched(changed, model.plans, model.plans).partitions;
} else if (since > 0) {
  const rev = process.argv[since + 1] ?? 'HEAD^';
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim();
  const changed = execFileSync('git', ['diff', '--name-only', rev, '--', '.'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((p) => relative(root, resolve(top, p)).replaceAll('\\', '/'));
  ids = partitionsTouched(changed, model.plans, model.plans).partitions;
}
console.log(process.argv.includes('--json') ? JSON.stringify(ids) : ids.join('\n'));
