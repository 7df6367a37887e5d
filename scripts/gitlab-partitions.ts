/**
 * The child pipeline GitLab runs for the partitions (DESIGN.md, "How it is built"): .gitlab-ci.yml's
 * `partitions` job writes it (`npm run -s partitions -- --gitlab-ci [--deploy]`) and its `build` job
 * triggers it (trigger: include: artifact), because a matrix known only once the content is read is what
 * GitLab's dynamic child pipelines are for (parallel:matrix takes its values from the file as written).
 *
 * National content: one `partition` job, in parallel:matrix over the partitions, each building
 * `npm run build -- --partition $PARTITION` into dist-partitions/$PARTITION/ (its artifact); then, on the
 * default branch only, the `pages` job, after all of them, assembles the national front
 * (`npm run build -- --assemble`) and publishes it. A site of one province: the plain build, as one job.
 */
const INSTALL = 'npm install --no-audit --no-fund';
const DEFAULT_BRANCH = [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }];

export interface ChildPipelineInput {
  /** The partitions to build (province codes). */
  partitions: readonly string[];
  /** More than one province in the content: partitions and a national front; else the plain build. */
  national: boolean;
  /** Built to be published (the default branch): builds refuse to run without SITE_URL; the pages job exists. */
  deploy: boolean;
}

export function childPipeline({ partitions, national, deploy }: ChildPipelineInput): Record<string, unknown> {
  const head = {
    image: 'node:22',
    // The update log is made from the git history of content/: the whole history, not a shallow clone.
    variables: { GIT_DEPTH: 0 },
    stages: ['build', 'deploy'],
    cache: { key: { files: ['package-lock.json'] }, paths: ['node_modules/'] },
  };
  const flag = deploy ? ' --deploy' : '';
  // GitLab Pages serves the folder public/; the source public/ has been copied into dist/ by the build.
  const publish = 'rm -rf public && mv dist public';
  if (!national) {
    return deploy
      ? { ...head, pages: { stage: 'deploy', script: [INSTALL, `npm run build --${flag}`, publish], artifacts: { paths: ['public/'] }, rules: DEFAULT_BRANCH } }
      : { ...head, build: { stage: 'build', script: [INSTALL, 'npm run build'], artifacts: { paths: ['dist/'], expire_in: '1 week' } } };
  }
  // A change that touches no partition: GitLab creates no pipeline without a job.
  if (partitions.length === 0) return { ...head, 'no-partition': { stage: 'build', script: ['echo "No partition touched by this change: nothing to build."'] } };
  const out: Record<string, unknown> = {
    ...head,
    partition: {
      stage: 'build',
      parallel: { matrix: [{ PARTITION: [...partitions] }] },
      script: [INSTALL, `npm run build -- --partition $PARTITION${flag}`],
      artifacts: { paths: ['dist-partitions/$PARTITION/'], expire_in: '1 week' },
    },
  };
  if (deploy) {
    out.pages = {
      stage: 'deploy',
      needs: [{ job: 'partition', artifacts: true }],
      script: [INSTALL, `npm run build -- --assemble${flag}`, publish],
      artifacts: { paths: ['public/'] },
      rules: DEFAULT_BRANCH,
    };
  }
  return out;
}
