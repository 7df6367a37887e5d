/**
 * A rebuild after a clerk corrects one value reuses what did not change (Astro's incremental build, keyed by
 * digests of each page's data: src/lib/site/cache-keys.ts) and writes the very site a full build from
 * scratch writes: every file, byte for byte. A synthetic site of 10 plans (scripts/synthesize.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../scripts/synthesize.ts';
import { changeOneValue } from '../../scripts/bench-incremental.ts';
import { runScript } from '../helpers/run.ts';

const root = mkdtempSync(join(tmpdir(), 'incremental-'));
const cache = join(root, '.astro-cache');

/** Every file under `dir`, by its path inside it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => (statSync(join(dir, prefix, name)).isDirectory() ? files(dir, join(prefix, name)) : [join(prefix, name)]));
}

function build(dist: string): void {
  const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: join(root, dist) });
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
}

let changedPlan = '';
beforeAll(() => {
  synthesize(10, root);
  build('dist'); // the first build fills the incremental cache
  cpSync(join(root, 'dist'), join(root, 'first'), { recursive: true });
  changedPlan = changeOneValue(root);
  build('dist'); // the rebuild: what did not change is copied from the cache
  cpSync(join(root, 'dist'), join(root, 'incremental'), { recursive: true });
  rmSync(cache, { recursive: true, force: true });
  build('full'); // from scratch: no incremental cache
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an incremental rebuild after one changed value', () => {
  it('reused pages of the first build (the cache holds their output)', () => {
    const manifest = JSON.parse(readFileSync(join(cache, 'incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, { cacheKey?: string }> }> };
    const indicatorRoute = Object.entries(manifest.routes).find(([component]) => component.includes('[indicator]/index.astro'));
    expect(indicatorRoute, 'the indicator pages carry cache keys').toBeDefined();
    expect(Object.keys(indicatorRoute![1].paths).length).toBeGreaterThan(10);
    expect(existsSync(join(cache, 'dist'))).toBe(true);
  });

  it("keys each plan's full text and share card by that plan alone", () => {
    const manifest = JSON.parse(readFileSync(join(cache, 'incremental-build.json'), 'utf8')) as { routes: Record<string, { paths: Record<string, { cacheKey?: string }> }> };
    for (const page of ['[plan]/text.astro', '[plan]/share.png.ts']) {
      const route = Object.entries(manifest.routes).find(([component]) => component.endsWith(page));
      expect(route, page).toBeDefined();
      const keys = Object.values(route![1].paths).map((p) => p.cacheKey);
      expect(keys).toHaveLength(10);
      expect(new Set(keys).size, `${page}: one key per plan`).toBe(10);
    }
  });

  it('writes every file of a full build, byte for byte, and nothing else', () => {
    const incremental = files(join(root, 'incremental'));
    const full = files(join(root, 'full'));
    expect(incremental).toEqual(full);
    const differ = full.filter((f) => !readFileSync(join(root, 'incremental', f)).equals(readFileSync(join(root, 'full', f))));
    expect(differ).toEqual([]);
  });

  it('changed the changed plan’s indicator pages from the first build (the rebuild is not the first build again)', () => {
    const changed = files(join(root, 'full')).filter((f) => !existsSync(join(root, 'first', f)) || !readFileSync(join(root, 'first', f)).equals(readFileSync(join(root, 'full', f))));
    expect(changed.some((f) => f.startsWith(join('plans', changedPlan, 'indicators')) && f.endsWith('index.html'))).toBe(true);
  });
});
