/**
 * The adversarial suite, build half: CONTENT_ROOT and DIST_DIR mistakes, file-system faults and SIGKILL at
 * several moments. After each, the last good dist/ is byte-identical, nothing is printed with a stack trace,
 * and the next build cleans up what a killed one left behind.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { NODE, REPO, runScript, treeDigest } from '../../helpers/run.ts';

/** A stack trace line as Node prints it: "    at fn (file:line:col)". */
const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;
const out = mkdtempSync(join(tmpdir(), 'adversarial-build-'));
const dist = join(out, 'dist');
let good = '';
let before = '';

/** English output, so that the phrases below read as the code's; the Chinese default is tested on its own. */
const EN = { CONTENT_LANG: 'en' };
const build = (env: Record<string, string>, args: string[] = []) => runScript('build.ts', args, { DIST_DIR: dist, ...EN, ...env });
/** The folder next to dist/ holds only dist/ (no .dist-tmp-*, no .dist-old-*). */
const onlyDist = () => expect(readdirSync(out)).toEqual(['dist']);

beforeAll(() => {
  good = fixtureRoot();
  const r = build({ CONTENT_ROOT: good });
  expect(r.code, r.stderr).toBe(0);
  before = treeDigest(dist);
}, 600_000);

/** A refused build: exit 1, the phrases in its output, no stack trace, dist/ untouched, no litter. */
function refused(r: ReturnType<typeof runScript>, ...phrases: string[]) {
  const all = r.stdout + r.stderr;
  expect(r.code, all).toBe(1);
  for (const p of phrases) expect(all).toContain(p);
  expect(all).not.toMatch(STACK);
  expect(all).toContain('the previous site (if any) is unchanged');
  expect(treeDigest(dist)).toBe(before);
  onlyDist();
}

describe('CONTENT_ROOT mistakes leave the last good site untouched', () => {
  it('a folder that does not exist', () => refused(build({ CONTENT_ROOT: join(out, 'no-such-folder') }), 'found nothing at'));
  it('an empty folder', () => refused(build({ CONTENT_ROOT: mkdtempSync(join(tmpdir(), 'empty-')) }), 'expected a folder content/', 'found none'));
  it('content/ itself instead of the folder holding it', () => refused(build({ CONTENT_ROOT: join(good, 'content') }), 'not to content/ itself'));
  it('a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rootfile-')), 'a-file');
    writeFileSync(file, 'x');
    try {
      refused(build({ CONTENT_ROOT: file }), 'found a file');
    } finally {
      rmSync(file);
    }
  });
  it('a half-copied tree: progress but no plans', () => {
    const root = fixtureRoot();
    rmSync(join(root, 'content/plans/demo-edu-2021-2025'), { recursive: true });
    refused(build({ CONTENT_ROOT: root }), 'at least one plan folder');
  });
  it('a half-copied tree: a declared plan missing', () => {
    const root = fixtureRoot();
    mkdirSync(join(root, 'content/sources'));
    writeFileSync(join(root, 'content/sources/other-edu-2021-2025.yaml'), 'id: other-edu-2021-2025\n');
    refused(build({ CONTENT_ROOT: root }), 'content/sources/other-edu-2021-2025.yaml', 'found no such folder');
  });
  it('the build prints which tree it read', () => {
    const r = build({ CONTENT_ROOT: join(out, 'no-such-folder') });
    expect(r.stdout).toContain(`content: ${join(out, 'no-such-folder', 'content')} (CONTENT_ROOT)`);
  });
});

describe('file-system faults in content/ are one sentence, not a crash', () => {
  it('a dangling symlink in content/progress/', () => {
    const root = fixtureRoot();
    symlinkSync('/nonexistent/2024.json', join(root, 'content/progress/demo-edu-2021-2025/2024.json'));
    refused(build({ CONTENT_ROOT: root }), 'content/progress/demo-edu-2021-2025/2024.json: expected a regular file or folder inside content/, found a symbolic link');
  });
  it('a folder where indicators.json should be', () => {
    const root = fixtureRoot();
    const p = join(root, 'content/plans/demo-edu-2021-2025/indicators.json');
    rmSync(p);
    mkdirSync(p);
    refused(build({ CONTENT_ROOT: root }), 'indicators.json/: expected the file indicators.json, found a folder');
  });
});

describe('DIST_DIR mistakes never delete anything', () => {
  it('DIST_DIR holding the content tree', () => {
    const holder = mkdtempSync(join(tmpdir(), 'holder-'));
    const root = join(holder, 'site');
    mkdirSync(root);
    writeFileSync(join(holder, 'keep.txt'), 'keep');
    const r = runScript('build.ts', [], { ...EN, CONTENT_ROOT: fixtureRoot(), DIST_DIR: holder });
    expect(r.code).toBe(1);
    // Not the content tree, but a folder of other files: refused as well.
    expect(r.stderr).toContain('holds files that are not a built site');
    expect(readFileSync(join(holder, 'keep.txt'), 'utf8')).toBe('keep');
    const root2 = fixtureRoot();
    const r2 = runScript('build.ts', [], { ...EN, CONTENT_ROOT: root2, DIST_DIR: root2 });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('holds the content tree (CONTENT_ROOT)');
    expect(existsSync(join(root2, 'content/plans/demo-edu-2021-2025/plan.md'))).toBe(true);
    expect(r.stderr + r2.stderr).not.toMatch(STACK);
  });
  it('DIST_DIR inside content/', () => {
    const root = fixtureRoot();
    const r = runScript('build.ts', [], { ...EN, CONTENT_ROOT: root, DIST_DIR: join(root, 'content/site') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is inside content/');
    expect(existsSync(join(root, 'content/site'))).toBe(false);
  });
  it('DIST_DIR that is a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'distfile-')), 'dist');
    writeFileSync(file, 'not a site');
    const r = runScript('build.ts', [], { ...EN, CONTENT_ROOT: good, DIST_DIR: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a file, not a folder');
    expect(readFileSync(file, 'utf8')).toBe('not a site');
  });
  it('a read-only parent of dist/ names the folder and what to do', () => {
    // Root may write anywhere, so the build runs as the unprivileged user "nobody" against a read-only folder.
    const parent = mkdtempSync(join(tmpdir(), 'readonly-'));
    const root = fixtureRoot();
    chmodSync(root, 0o755);
    chmodSync(parent, 0o555);
    const r = spawnAs(65534, ['scripts/build.ts'], { ...EN, CONTENT_ROOT: root, DIST_DIR: join(parent, 'dist') });
    return r.then(({ code, output }) => {
      expect(code, output).toBe(1);
      expect(output).toContain(`cannot write the site next to ${join(parent, 'dist')}: ${parent}: permission denied`);
      expect(output).not.toMatch(STACK);
      expect(readdirSync(parent)).toEqual([]);
    });
  }, 600_000);
  it('an invalid SITE_URL', () => refused(build({ CONTENT_ROOT: good, SITE_URL: 'www.example.gov.cn' }), 'SITE_URL must be'));
});

describe('errors that are not the user\'s', () => {
  // One handler says every error the build did not expect, whatever the stage that raised it, so the fault is
  // raised once the content is read and costs no Astro build; build-is-atomic.test.ts raises it at every later
  // stage (astro, search, swap) and checks the same sentence without a stack there.
  it('print a sentence without a stack, and a stack with --debug', () => {
    const plain = build({ CONTENT_ROOT: good, BUILD_FAULT: 'validate' });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('(run npm run build -- --debug for details)');
    expect(plain.stderr).not.toMatch(STACK);
    const debug = build({ CONTENT_ROOT: good, BUILD_FAULT: 'validate' }, ['--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK);
    expect(treeDigest(dist)).toBe(before);
    onlyDist();
  }, 600_000);
});

describe('npm run validate and new:progress honour CONTENT_ROOT', () => {
  it('validate reads CONTENT_ROOT and says which tree it read', () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    const r = runScript('validate.ts', [], { ...EN, CONTENT_ROOT: empty });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`content: ${join(empty, 'content')}`);
    expect(r.stderr).toContain('expected a folder content/');
    const ok = runScript('validate.ts', [], { ...EN, CONTENT_ROOT: good });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`content: ${join(good, 'content')}`);
  });
  it('a folder on the command line wins over CONTENT_ROOT', () => {
    const r = runScript('validate.ts', [good], { ...EN, CONTENT_ROOT: join(out, 'no-such-folder') });
    expect(r.code, r.stderr).toBe(0);
  });
  it('new:progress refuses a CONTENT_ROOT without content/', () => {
    const r = runScript('new-progress.ts', ['demo-edu-2021-2025', '2024'], { CONTENT_ROOT: mkdtempSync(join(tmpdir(), 'empty-')) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('中应有 content/ 文件夹，实际没有');
    expect(r.stderr).not.toMatch(STACK);
  });
  it('the build speaks Chinese by default: an empty CONTENT_ROOT', () => {
    const r = runScript('build.ts', [], { CONTENT_ROOT: mkdtempSync(join(tmpdir(), 'empty-')), DIST_DIR: dist });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('中应有 content/ 文件夹，实际没有。什么也没有读取，因此不能发布。');
    expect(treeDigest(dist)).toBe(before);
  });
});

/** Runs a script as another user; resolves with its exit code and all its output. */
function spawnAs(uid: number, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, args, { cwd: REPO, uid, gid: uid, env: { ...process.env, BUILD_QUIET: '1', HOME: tmpdir(), ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Starts a build that stops at `stage` and kills it with SIGKILL once it says so; with no stage, kills it
 * as soon as it says the Astro build begins (without pausing it).
 */
function killBuildAt(stage: string | null): Promise<{ pid: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, ['scripts/build.ts'], { cwd: REPO, env: { ...process.env, BUILD_QUIET: '1', CONTENT_ROOT: good, DIST_DIR: dist, ...(stage ? { BUILD_PAUSE: stage } : {}) } });
    let output = '';
    const kill = () => child.kill('SIGKILL');
    child.stdout.on('data', (d) => {
      output += d;
      if (!stage && output.includes('Building…')) kill();
    });
    child.stderr.on('data', (d) => {
      output += d;
      if (stage && output.includes(`BUILD_PAUSE=${stage}: paused`)) kill();
    });
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve({ pid: child.pid!, output }) : reject(new Error(`build ended before it was killed:\n${output}`))));
  });
}

describe('a build killed with SIGKILL', () => {
  for (const stage of ['validate', 'astro', 'search']) {
    it(`at the ${stage} stage leaves the last good dist/ intact; the next build, even a refused one, removes its litter`, async () => {
      const { pid } = await killBuildAt(stage);
      expect(treeDigest(dist)).toBe(before);
      if (stage !== 'validate') expect(readdirSync(out)).toContain(`.dist-tmp-${pid}`);
      // The next build clears up before anything else, so one refused at once shows it (and costs no full
      // build); that the next build after a kill also succeeds is the test below.
      const next = build({ CONTENT_ROOT: good, BUILD_FAULT: 'validate' });
      expect(next.code, next.stderr).toBe(1);
      if (stage !== 'validate') expect(next.stdout).toContain(`removed .dist-tmp-${pid}, left by a build that was killed`);
      expect(treeDigest(dist)).toBe(before);
      onlyDist();
    }, 600_000);
  }

  it('as the Astro build begins, unpaused, leaves dist/ intact', async () => {
    await killBuildAt(null);
    expect(treeDigest(dist)).toBe(before);
    const next = build({ CONTENT_ROOT: good });
    expect(next.code, next.stderr).toBe(0);
    onlyDist();
  }, 600_000);

  it('between moving the old site aside and the new one in: the next build, even a refused one, puts the old site back', async () => {
    const { pid } = await killBuildAt('swap');
    expect(existsSync(dist)).toBe(false);
    expect(treeDigest(join(out, `.dist-old-${pid}`))).toBe(before);
    const next = build({ CONTENT_ROOT: join(out, 'no-such-folder') });
    expect(next.code).toBe(1);
    expect(next.stdout).toContain(`restored the previous site dist/ from .dist-old-${pid}`);
    expect(next.stdout).toContain(`removed .dist-tmp-${pid}`);
    expect(treeDigest(dist)).toBe(before);
    onlyDist();
  }, 600_000);

  it('a temporary folder of a build that is still running is left alone', () => {
    const live = join(out, `.dist-tmp-${process.pid}`);
    mkdirSync(live);
    try {
      const r = build({ CONTENT_ROOT: good, BUILD_FAULT: 'validate' });
      expect(r.code).toBe(1);
      expect(existsSync(live)).toBe(true);
    } finally {
      rmSync(live, { recursive: true });
    }
  });
});
