/**
 * From push to live site: the pipeline files for GitHub Actions and GitLab CI validate, list the partitions,
 * build each partition as one job of a matrix, then assemble the national front and publish it, only from
 * main and only when validation and every build passed. The matrix is rendered here as the CI would render
 * it: the partitions script is run on the shipped content (one province: one job, the plain build) and on a
 * small synthetic country (31 provinces: one job each, then the front), and the workflow's expressions are
 * evaluated with its outputs. They use only commands this repository has, and the staff guide documents them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runScript } from '../helpers/run.ts';
import { synthesizeNational } from '../../scripts/synthesize-national.ts';

const read = (p: string) => readFileSync(join(REPO, p), 'utf8');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
/** Every `npm run X` in a list of shell lines names a script of package.json. */
function npmRuns(lines: string[]): string[] {
  return lines.flatMap((l) => [...l.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]!));
}

/**
 * GitHub's expression language, as much of it as the workflow uses: literals, context paths, ==, !=, !,
 * &&, || (returning an operand, as GitHub's do), parentheses, fromJSON and format.
 */
function evaluate(expr: string, ctx: Record<string, unknown>): unknown {
  const tokens = [...expr.matchAll(/\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|,|[\w.-]+)/g)].map((m) => m[1]!);
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const x = tokens[i++];
    if (t !== undefined && x !== t) throw new Error(`expected ${t} in ${expr}, found ${x}`);
    return x!;
  };
  const path = (name: string) => name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], ctx);
  const primary = (): unknown => {
    const t = take();
    if (t === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t === '!') return !primary();
    if (t.startsWith("'")) return t.slice(1, -1).replaceAll("''", "'");
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^\d+$/.test(t)) return Number(t);
    if (peek() === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      if (t === 'fromJSON') return JSON.parse(String(args[0]));
      if (t === 'format') return String(args[0]).replace(/\{(\d+)\}/g, (_, k: string) => String(args[Number(k) + 1]));
      throw new Error(`function ${t} is not rendered by this test`);
    }
    return path(t);
  };
  const compare = (): unknown => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = take();
      const w = primary();
      v = op === '==' ? String(v) === String(w) : String(v) !== String(w);
    }
    return v;
  };
  const and = (): unknown => {
    let v = compare();
    while (peek() === '&&') {
      take();
      const w = compare();
      v = v ? w : v;
    }
    return v;
  };
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      take();
      const w = and();
      v = v ? v : w;
    }
    return v;
  };
  return or();
}

/** A value of the workflow with every ${{ … }} rendered; a value that is one expression keeps its type. */
function render(value: unknown, ctx: Record<string, unknown>): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{\{(.*)\}\}$/s.exec(value.trim());
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, ctx);
  return value.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, ctx) ?? ''));
}

/** A job's or step's `if`: an expression, with or without ${{ }}; absent is true. */
const condition = (value: string | undefined, ctx: Record<string, unknown>) => (value === undefined ? true : Boolean(value.includes('${{') ? render(value, ctx) : evaluate(value, ctx)));

/** The partitions script, once per set of arguments (each run reads the whole content). */
const runs = new Map<string, ReturnType<typeof runScript>>();
function partitionsScript(args: string[], contentRoot?: string) {
  const key = JSON.stringify([args, contentRoot]);
  if (!runs.has(key)) runs.set(key, runScript('partitions.ts', args, contentRoot ? { CONTENT_ROOT: contentRoot } : {}));
  return runs.get(key)!;
}

/** `key=value` lines, as $GITHUB_OUTPUT holds them. */
const outputs = (text: string) => Object.fromEntries(text.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

/** A small synthetic country: 31 provinces, one plan each (real codes and names). */
let country: string;
let plans: ReturnType<typeof synthesizeNational>;
beforeAll(() => {
  country = mkdtempSync(join(tmpdir(), 'pipeline-country-'));
  plans = synthesizeNational(31, country);
});
afterAll(() => rmSync(country, { recursive: true, force: true }));

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  name?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

describe('GitHub Actions', () => {
  const wf = parse(read('.github/workflows/publish.yml'));
  const jobs = wf.jobs as Record<string, { needs?: string[]; if?: string; steps: Step[]; strategy?: { matrix: Record<string, string> }; outputs?: Record<string, string> }>;
  const push = { github: { event_name: 'push', ref: 'refs/heads/main' } };
  const pr = { github: { event_name: 'pull_request', ref: 'refs/pull/7/merge' } };
  const step = (job: string, f: (s: Step) => boolean) => jobs[job]!.steps.find(f)!;
  /** The partitions job's outputs for a content tree, as its `list` step writes them. */
  const listed = (contentRoot?: string) => {
    const run = step('partitions', (s) => s.id === 'list').run!;
    expect(run).toMatch(/^npm run -s partitions -- --outputs /);
    const r = partitionsScript(['--outputs'], contentRoot);
    expect(r.code).toBe(0);
    return outputs(r.stdout);
  };
  const ctxOf = (event: typeof push, out: Record<string, string>, partition?: string) => ({ ...event, needs: { partitions: { outputs: out } }, matrix: { partition } });

  it('runs on every push to main, with the whole history for the update log', () => {
    expect(wf.on.push.branches).toEqual(['main']);
    for (const job of ['validate', 'partitions', 'build', 'deploy']) {
      expect(step(job, (s) => !!s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    }
  });

  it('validates and lists the partitions, then builds each in a matrix job, then deploys: in that order', () => {
    expect(Object.keys(jobs)).toEqual(['validate', 'partitions', 'build', 'deploy']);
    expect(jobs.validate!.steps.some((s) => s.run?.startsWith('npm run validate -- --since'))).toBe(true);
    expect(jobs.partitions!.needs).toBeUndefined(); // beside validation, not after it
    expect(jobs.build!.needs).toEqual(['validate', 'partitions']);
    expect(jobs.deploy!.needs).toEqual(['partitions', 'build']);
    // The matrix is the partitions job's JSON output.
    expect(jobs.partitions!.outputs!.partitions).toBe('${{ steps.list.outputs.partitions }}');
    expect(jobs.build!.strategy!.matrix.partition).toBe('${{ fromJSON(needs.partitions.outputs.partitions) }}');
    for (const job of Object.values(jobs)) for (const s of npmRuns(job.steps.map((x) => x.run ?? ''))) expect(scripts).toContain(s);
  });

  it('deploys only from main, only after every build passed', () => {
    const out = listed();
    expect(condition(jobs.deploy!.if, ctxOf(push, out))).toBe(true);
    expect(condition(jobs.deploy!.if, ctxOf(pr, out))).toBe(false);
    expect(condition(jobs.deploy!.if, ctxOf({ github: { event_name: 'push', ref: 'refs/heads/draft' } }, out))).toBe(false);
    expect(step('deploy', (s) => s.id === 'deployment').uses).toMatch(/^actions\/deploy-pages@/);
    const upload = jobs.deploy!.steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload).toBeGreaterThan(jobs.deploy!.steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact')));
    expect(jobs.deploy!.steps[upload]!.with!.path).toBe('dist');
  });

  it('a site of one province (the shipped content): one matrix job, the plain build to deploy, its dist/ published as it is', () => {
    const out = listed();
    expect(out).toEqual({ partitions: '["64"]', national: 'false', full: 'true' });
    const ctx = ctxOf(push, out);
    expect(condition(jobs.build!.if, ctx)).toBe(true);
    expect(render(jobs.build!.strategy!.matrix.partition, ctx)).toEqual(['64']);
    const build = step('build', (s) => !!s.run?.startsWith('npm run build'));
    const one = ctxOf(push, out, '64');
    expect((render(build.run, one) as string).replace(/\s+/g, ' ').trim()).toBe('npm run build -- --deploy');
    expect(build.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    // A pull request's build is not a build to deploy (it only warns without SITE_URL) and uploads nothing.
    expect((render(build.run, ctxOf(pr, out, '64')) as string).trim()).toBe('npm run build --');
    const upload = step('build', (s) => !!s.uses?.startsWith('actions/upload-artifact'));
    expect(render(upload.with!.name, one)).toBe('partition-64');
    expect(render(upload.with!.path, one)).toBe('dist/');
    expect(condition(upload.if, ctxOf(pr, out, '64'))).toBe(false);
    // Deploy: the artifact is the site; no front, no kept partitions.
    const download = step('deploy', (s) => !!s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toMatchObject({ pattern: 'partition-*', 'merge-multiple': true });
    expect(render(download.with!.path, ctx)).toBe('dist');
    expect(condition(step('deploy', (s) => !!s.run?.includes('--assemble')).if, ctx)).toBe(false);
    for (const s of jobs.deploy!.steps.filter((x) => x.uses?.startsWith('actions/cache'))) expect(condition(s.if, ctx)).toBe(false);
  });

  it('a country: one matrix job per province building its partition, then the front assembled from all of them', () => {
    const out = listed(country);
    const ids = JSON.parse(out.partitions!) as string[];
    expect(ids).toHaveLength(31);
    expect(out.national).toBe('true');
    const ctx = ctxOf(push, out);
    expect(render(jobs.build!.strategy!.matrix.partition, ctx)).toEqual(ids);
    const build = step('build', (s) => !!s.run?.startsWith('npm run build'));
    for (const id of ['11', '22', '64']) {
      const one = ctxOf(push, out, id);
      expect((render(build.run, one) as string).replace(/\s+/g, ' ').trim()).toBe(`npm run build -- --partition ${id} --deploy`);
      expect(render(step('build', (s) => !!s.uses?.startsWith('actions/upload-artifact')).with!.path, one)).toBe('dist-partitions/');
    }
    expect(build.env?.PARTITION_URLS).toBe('${{ vars.PARTITION_URLS }}');
    // A province split by city is split alike when listed, built and assembled.
    for (const s of [step('partitions', (x) => x.id === 'list'), build, step('deploy', (x) => !!x.run?.includes('--assemble'))]) expect(s.env?.PARTITION_BY_CITY).toBe('${{ vars.PARTITION_BY_CITY }}');
    const download = step('deploy', (s) => !!s.uses?.startsWith('actions/download-artifact'));
    expect(render(download.with!.path, ctx)).toBe('dist-partitions');
    const assemble = step('deploy', (s) => !!s.run?.includes('--assemble'));
    expect(condition(assemble.if, ctx)).toBe(true);
    expect(assemble.run).toBe('npm run build -- --assemble --deploy');
    expect(assemble.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    const steps = jobs.deploy!.steps;
    const at = (f: (s: Step) => boolean) => steps.findIndex(f);
    expect(at((s) => s.uses?.startsWith('actions/download-artifact') ?? false)).toBeLessThan(at((s) => s === assemble));
    expect(at((s) => s === assemble)).toBeLessThan(at((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false));
    // A full build restores nothing kept; after deploying, every partition is kept for the next push.
    expect(condition(steps.find((s) => s.uses?.startsWith('actions/cache/restore'))!.if, ctx)).toBe(false);
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save'))!;
    expect(at((s) => s === save)).toBeGreaterThan(at((s) => s.id === 'deployment'));
    expect(save.with).toEqual({ path: 'dist-partitions', key: 'partitions-${{ github.sha }}' });
  });

  it('a push that touches one province rebuilds it alone and takes the others from the last deployment', () => {
    const out = { partitions: '["22"]', national: 'true', full: 'false' };
    const ctx = ctxOf(push, out);
    expect(render(jobs.build!.strategy!.matrix.partition, ctx)).toEqual(['22']);
    const restore = jobs.deploy!.steps.find((s) => s.uses?.startsWith('actions/cache/restore'))!;
    expect(condition(restore.if, ctx)).toBe(true);
    expect(restore.with).toMatchObject({ path: 'dist-partitions', 'restore-keys': 'partitions-' });
    // The partitions job lists what changed since the commit of that kept deployment.
    const lookup = step('partitions', (s) => s.id === 'previous');
    expect(lookup.with).toMatchObject({ 'lookup-only': true, 'restore-keys': 'partitions-' });
    expect(render(step('partitions', (s) => s.id === 'list').env!.SINCE, { ...push, steps: { previous: { outputs: { 'cache-matched-key': 'partitions-abc123' } } } })).toBe('partitions-abc123');
    // Nothing touched: no build, and so no deployment.
    expect(condition(jobs.build!.if, ctxOf(push, { ...out, partitions: '[]' }))).toBe(false);
  });
});

describe('GitLab CI', () => {
  const ci = parse(read('.gitlab-ci.yml'));
  /** The child pipeline the partitions job writes, for a content tree, on the default branch or not. */
  const child = (deploy: boolean, contentRoot?: string, changed?: string) => {
    const line = (ci.partitions.script as string[]).find((l) => l.startsWith('npm run -s partitions'))!;
    expect(line).toBe('npm run -s partitions -- --gitlab-ci --since "${CI_COMMIT_BEFORE_SHA:-HEAD^}" $DEPLOY > partitions.yml');
    const args = ['--gitlab-ci', ...(changed === undefined ? ['--since', 'HEAD'] : ['--changed', changed]), ...(deploy ? [ci.partitions.rules[0].variables.DEPLOY as string] : [])];
    const r = partitionsScript(args, contentRoot);
    expect(r.code).toBe(0);
    return parse(r.stdout);
  };

  it('keeps the whole history and validates, then runs the partitions as a child pipeline it generates', () => {
    expect(ci.variables.GIT_DEPTH).toBe(0);
    expect(ci.stages).toEqual(['validate', 'build']);
    expect(ci.validate.script.some((l: string) => l.startsWith('npm run validate -- --since'))).toBe(true);
    expect(ci.partitions.stage).toBe('validate');
    expect(ci.partitions.artifacts.paths).toEqual(['partitions.yml']);
    // --deploy (build to publish, and the pages job) on the default branch only.
    expect(ci.partitions.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH', variables: { DEPLOY: '--deploy' } }, { when: 'on_success' }]);
    expect(ci.build.needs).toEqual(['validate', 'partitions']);
    expect(ci.build.trigger).toEqual({ include: [{ artifact: 'partitions.yml', job: 'partitions' }], strategy: 'depend' });
    for (const job of ['validate', 'partitions']) for (const s of npmRuns(ci[job].script)) expect(scripts).toContain(s);
  });

  it('a site of one province (the shipped content): the plain build, published by the pages job on the default branch only', () => {
    const main = child(true);
    expect(Object.keys(main).filter((k) => !['image', 'variables', 'stages', 'cache'].includes(k))).toEqual(['pages']);
    expect(main.variables.GIT_DEPTH).toBe(0);
    expect(main.pages.script).toEqual(['npm install --no-audit --no-fund', 'npm run build -- --deploy', 'rm -rf public && mv dist public']);
    expect(main.pages.artifacts.paths).toEqual(['public/']);
    expect(main.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const branch = child(false);
    expect(branch.pages).toBeUndefined();
    expect(branch.build.script).toContain('npm run build');
    expect(branch.build.artifacts.paths).toEqual(['dist/']);
  });

  it('a country: a parallel:matrix job per province, then the pages job after all of them assembles the front', () => {
    const main = child(true, country);
    expect(main.stages).toEqual(['build', 'deploy']);
    expect(main.partition.stage).toBe('build');
    expect(main.partition.parallel.matrix).toHaveLength(1);
    expect(main.partition.parallel.matrix[0].PARTITION).toHaveLength(31);
    expect(main.partition.parallel.matrix[0].PARTITION).toEqual(expect.arrayContaining(['11', '22', '64']));
    expect(main.partition.script).toContain('npm run build -- --partition $PARTITION --deploy');
    expect(main.partition.artifacts.paths).toEqual(['dist-partitions/$PARTITION/']);
    expect(main.pages.stage).toBe('deploy');
    expect(main.pages.needs).toEqual([{ job: 'partition', artifacts: true }]);
    expect(main.pages.script).toEqual(['npm install --no-audit --no-fund', 'npm run build -- --assemble --deploy', 'rm -rf public && mv dist public']);
    expect(main.pages.artifacts.paths).toEqual(['public/']);
    expect(main.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    for (const job of ['partition', 'pages']) for (const s of npmRuns(main[job].script)) expect(scripts).toContain(s);
  });

  it('another branch builds only the provinces its push touches, and never publishes', () => {
    const jilin = plans.find((p) => p.partition === '22')!;
    const branch = child(false, country, `content/progress/${jilin.id}/2023.json`);
    expect(branch.partition.parallel.matrix[0].PARTITION).toEqual(['22']);
    expect(branch.partition.script).toContain('npm run build -- --partition $PARTITION');
    expect(branch.pages).toBeUndefined();
    const none = child(false, country, '');
    expect(none.partition).toBeUndefined();
    expect(Object.keys(none)).toContain('no-partition');
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
