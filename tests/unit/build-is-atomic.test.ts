/**
 * `npm run build` validates first and publishes atomically: a failed build, at any stage, leaves the
 * previous dist/ byte-for-byte as it was and leaves no half-built folder behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { NODE, REPO, runScript, treeDigest } from '../helpers/run.ts';

/** A stack trace line as Node prints it: "    at fn (file:line:col)". */
const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** A build of the shipped plans into `dist`, started at once; resolves when it ends. */
const buildShipped = (dist: string) =>
  new Promise<{ code: number | null; stderr: string; pid: number | undefined }>((done) => {
    const child = spawn(NODE, [join(REPO, 'scripts/build.ts')], { cwd: REPO, env: { ...process.env, BUILD_QUIET: '1', DIST_DIR: dist } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr, pid: child.pid }));
  });

// Two builds of the shipped plans at the same time, into folders of their own: the same content must give
// the same bytes, and two builds of one checkout at once must not disturb each other (Astro keeps
// prerendered chunks under its working folder; two builds once deleted each other's). The first of them is
// then the last good site that the failed builds below must leave as it was, so that no build is run only
// to have a site to protect. Each full build costs a minute of a busy CI machine.
const out = mkdtempSync(join(tmpdir(), 'atomic-'));
const dist = join(out, 'dist');
const twin = join(mkdtempSync(join(tmpdir(), 'side-by-side-')), 'dist');
let side: Awaited<ReturnType<typeof buildShipped>>[] = [];
let before = '';

beforeAll(async () => {
  side = await Promise.all([buildShipped(dist), buildShipped(twin)]);
  before = treeDigest(dist);
}, 600_000);

describe('determinism, and builds side by side', () => {
  it('two builds of the shipped plans into other folders at the same time both succeed, byte-identical', () => {
    const [a, b] = side as [(typeof side)[0], (typeof side)[0]];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(before).toBe(treeDigest(twin));
    // Each build works in .astro/build-<pid>/ and removes it; other tests' builds may be running beside these.
    const left = readdirSync(join(REPO, '.astro'));
    expect([a.pid, b.pid].filter((pid) => left.includes(`build-${pid}`))).toEqual([]);
  });
});

describe('build', () => {
  it('publishes the site from good content', () => {
    expect(side[0]?.code, side[0]?.stderr).toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(readdirSync(out)).toEqual(['dist']);
  });

  it('refuses bad content, names the problem, and leaves dist/ unchanged', () => {
    const r = runScript('build.ts', [], { CONTENT_ROOT: fixtureRoot('number-as-text'), DIST_DIR: dist });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/progress/demo-edu-2021-2025/2023.json:10:7：字段 indicators[0].value：应为数字，实际为“九十三”。');
    expect(r.stderr).toContain('the previous site (if any) is unchanged');
    expect(treeDigest(dist)).toBe(before);
    expect(readdirSync(out)).toEqual(['dist']);
  });

  for (const stage of ['validate', 'astro', 'search', 'swap']) {
    it(`leaves dist/ unchanged when the ${stage} stage fails, and says so in a sentence without a stack`, () => {
      const r = runScript('build.ts', [], { CONTENT_ROOT: fixtureRoot(), DIST_DIR: dist, BUILD_FAULT: stage, CONTENT_LANG: 'en' });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`BUILD_FAULT=${stage}: failing on purpose`);
      expect(r.stderr).toContain('(run npm run build -- --debug for details)');
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(treeDigest(dist)).toBe(before);
      expect(readdirSync(out)).toEqual(['dist']);
    }, 600_000);
  }
});

describe('npm run validate', () => {
  it('prints a one-line summary and exits 0 on good content', () => {
    const r = runScript('validate.ts', ['--lang', 'en', fixtureRoot()]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['content OK: 1 plans, 10 clauses, 2 indicators, 1 projects, 1 progress files.']);
  });

  it('prints every problem with file and field, and exits 1 on bad content', () => {
    const r = runScript('validate.ts', ['--lang', 'en', fixtureRoot('official-without-source')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('content/progress/demo-edu-2021-2025/2023.json:'))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^3 problems found in content\//);
  });
});

describe('no request leaves the machine at build time', () => {
  it('every npm script that runs Astro switches its telemetry off', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const [name, command] of Object.entries(pkg.scripts)) expect(command, name).not.toMatch(/(^|&&\s*)astro\s/);
    for (const script of ['scripts/build.ts', 'scripts/astro.ts']) {
      expect(readFileSync(join(import.meta.dirname, '../..', script), 'utf8')).toContain("process.env.ASTRO_TELEMETRY_DISABLED = '1'");
    }
  });
});
