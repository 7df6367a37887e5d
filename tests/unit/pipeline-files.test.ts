/**
 * From push to live site: the pipeline files for GitHub Actions and GitLab CI validate, build and publish
 * on every push to main, and never publish when validation or the build fails (the deploy step depends on
 * both). They use only commands this repository has, and the staff guide documents them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';

const read = (p: string) => readFileSync(join(REPO, p), 'utf8');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
/** Every `npm run X` in a list of shell lines names a script of package.json. */
function npmRuns(lines: string[]): string[] {
  return lines.flatMap((l) => [...l.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
}

describe('GitHub Actions', () => {
  const wf = parse(read('.github/workflows/publish.yml'));
  const steps: Array<{ run?: string; uses?: string; if?: string; name?: string }> = wf.jobs.build.steps;
  const runs = steps.map((s) => s.run ?? '');

  it('runs on every push to main, with the whole history for the update log', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
  });

  it('validates, then builds, then publishes only what passed', () => {
    const validate = runs.findIndex((r) => r.startsWith('npm run validate'));
    const build = runs.findIndex((r) => r.startsWith('npm run build'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(validate).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(validate);
    expect(upload).toBeGreaterThan(build);
    expect(runs[validate]).toContain('--since');
    // The build for main is a build to deploy: refused without SITE_URL, which the step passes in.
    expect(runs[build]).toContain("github.ref == 'refs/heads/main') && '--deploy'");
    expect((steps[build] as { env?: Record<string, string> }).env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    expect(wf.jobs.deploy.needs).toBe('build');
    expect(wf.jobs.deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(wf.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    for (const s of npmRuns(runs)) expect(scripts).toContain(s);
  });
});

describe('GitLab CI', () => {
  const ci = parse(read('.gitlab-ci.yml'));

  it('keeps the whole history and runs validate before anything is built', () => {
    expect(ci.variables.GIT_DEPTH).toBe(0);
    expect(ci.stages).toEqual(['validate', 'build', 'deploy']);
    expect(ci.validate.script.some((l: string) => l.startsWith('npm run validate -- --since'))).toBe(true);
  });

  it('publishes (the pages job) only from the default branch and only after validation passed', () => {
    expect(ci.pages.stage).toBe('deploy');
    expect(ci.pages.needs).toEqual(['validate']);
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    // The pages job builds to deploy: refused without SITE_URL. Other branches' builds only warn.
    expect(ci.pages.script).toContain('npm run build -- --deploy');
    expect(ci.build.script).toContain('npm run build');
    expect(ci.pages.artifacts.paths).toEqual(['public/']);
    for (const job of ['validate', 'build', 'pages']) for (const s of npmRuns(ci[job].script)) expect(scripts).toContain(s);
  });
});

describe('the staff guide', () => {
  const guide = read('docs/更新指南.md');
  it('documents both pipelines and a plain web server', () => {
    expect(guide).toContain('.github/workflows/publish.yml');
    expect(guide).toContain('.gitlab-ci.yml');
    expect(guide).toMatch(/rsync -a --delete dist\//);
  });
});
