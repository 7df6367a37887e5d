/**
 * `npm run -s partitions`: the partitions the content has (province codes, one per line; `--json` for the
 * pipelines' matrix). `--since <rev>`: only those a change since that commit touches (git diff), so that a
 * commit to one plan rebuilds its province and the front, not the country; every partition when the change
 * reaches beyond one plan's files (code, the catalogue, reference figures, a removed plan), or when the
 * commit is unknown (a first push, a rewritten history). `--changed a,b`: the same for paths given (relative
 * to the folder holding content/), e.g. from the pipeline's own diff.
 *
 * For the pipelines (.github/workflows/publish.yml, .gitlab-ci.yml):
 * - `--outputs`: `partitions=<json>`, `national=<true|false>` and `full=<true|false>` lines, as GitHub's
 *   $GITHUB_OUTPUT reads them. A site of one province (a county's, a city's, a province's) is not national:
 *   it is built whole, as one site at its own address (the plain `npm run build`); its addresses stay those
 *   it always had (no /p/<id>/, no front).
 * - `--gitlab-ci [--deploy]`: the child pipeline GitLab runs (scripts/gitlab-partitions.ts).
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { planRegions } from '../src/lib/content/read-regions.ts';
import { resolveContentRoot } from '../src/lib/content/root.ts';
import { partitionPlans, partitionsTouched } from '../src/lib/model/partitions.ts';
import { environment } from './env.ts';
import { messageLang } from '../src/lib/content/problems.ts';
import { childPipeline } from './gitlab-partitions.ts';
import { sentence } from '../src/lib/messages/catalogue.ts';
import { buildMessages as B } from '../src/lib/messages/build.ts';

const repo = resolve(import.meta.dirname, '..');
const lang = messageLang(process.argv.slice(2), process.env).lang;
const env = environment(lang);
const root = resolveContentRoot(repo, env.contentRoot);
// Only each plan's region is needed (read in seconds at 10,000 plans); the validate job reads them in full.
const plans = planRegions(root).flatMap((r) => (r.plan ? [{ id: r.id, plan: r.plan }] : []));
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? '') : undefined;
};

/** The paths changed since `rev` (relative to the folder holding content/), or null when git cannot tell. */
function changedSince(rev: string): string[] | null {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim();
    return execFileSync('git', ['diff', '--name-only', rev, '--', '.'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean)
      .map((p) => relative(root, resolve(top, p)).replaceAll('\\', '/'));
  } catch {
    console.error(`partitions: cannot compare with ${JSON.stringify(rev)} (unknown commit?): every partition is listed`);
    return null;
  }
}

const every = [...partitionPlans(plans, env.partitionByCity).keys()];
const national = every.length > 1;
const given = option('--changed');
const since = option('--since');
// A GitLab Pages deployment replaces the whole site and keeps nothing between pipelines: every partition.
const changed = process.argv.includes('--deploy') && process.argv.includes('--gitlab-ci') ? null : given !== undefined ? given.split(',').filter(Boolean) : since ? changedSince(since) : null;
// One province (not national): its one partition when anything of it changed, the plain build of the whole site.
const ids = changed === null ? every : partitionsTouched(changed, plans, plans, env.partitionByCity).partitions;
const full = ids.length === every.length && ids.every((id, k) => id === every[k]);

/** Jobs one matrix may hold: GitHub Actions 256 a workflow run, GitLab's parallel:matrix 200. */
const MATRIX_LIMIT = { github: 256, gitlab: 200 } as const;
const host = process.argv.includes('--gitlab-ci') ? 'gitlab' : process.argv.includes('--outputs') ? 'github' : undefined;
if (host && national && ids.length > MATRIX_LIMIT[host]) {
  const sizes = partitionPlans(plans, env.partitionByCity);
  const largest = [...sizes].sort((a, b) => b[1].length - a[1].length).slice(0, 5).map(([id, ps]) => `${id} (${ps.length})`);
  console.error(sentence(B.tooManyPartitions, { count: ids.length, limit: MATRIX_LIMIT[host], host: host === 'gitlab' ? 'GitLab CI' : 'GitHub Actions', largest }, lang));
  process.exit(1);
}

if (process.argv.includes('--outputs')) {
  console.log(`partitions=${JSON.stringify(ids)}\nnational=${national}\nfull=${full}`);
} else if (process.argv.includes('--gitlab-ci')) {
  process.stdout.write(stringify(childPipeline({ partitions: ids, national, deploy: process.argv.includes('--deploy') }), { lineWidth: 0 }));
} else {
  console.log(process.argv.includes('--json') ? JSON.stringify(ids) : ids.join('\n'));
}
