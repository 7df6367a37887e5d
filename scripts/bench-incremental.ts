/**
 * `npm run bench -- --incremental [--plans N] [--keep]`: a synthetic site of N plans (default 1,000;
 * scripts/synthesize.ts) built from scratch (no incremental cache), its files and bytes by kind, then one
 * progress value changed (as a clerk's correction would) and the site rebuilt, reusing what did not change
 * (Astro's incremental build, src/lib/site/cache-keys.ts; the PNG image cache). Prints both times. Figures
 * only; tests/unit/incremental-build-equals-full-build.test.ts checks that the rebuild is byte for byte a
 * full build. The image cache (node_modules/.cache/plan-site-images) is left as it is: say whether it was
 * warm when quoting the full build's time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesize } from './synthesize.ts';

const REPO = join(import.meta.dirname, '..');

/** Changes the first reported indicator value of the first plan that has one (+0.5); returns that plan's id. */
export function changeOneValue(root: string): string {
  const dir = join(root, 'content', 'progress');
  for (const plan of readdirSync(dir).sort()) {
    for (const year of readdirSync(join(dir, plan)).sort()) {
      const path = join(dir, plan, year);
      const doc = JSON.parse(readFileSync(path, 'utf8')) as { indicators: Array<{ value: number | null }> };
      const entry = doc.indicators.find((i) => typeof i.value === 'number');
      if (!entry) continue;
      entry.value = Math.round((entry.value! + 0.5) * 100) / 100;
      writeFileSync(path, JSON.stringify(doc, null, 2));
      return plan;
    }
  }
  throw new Error('no progress value to change');
}

/** `npm run build` of the content under `root` into `dist`: seconds, or the build's output when it fails. */
async function build(root: string, dist: string): Promise<number> {
  const started = performance.now();
  const child = spawn(join(REPO, 'node_modules/.bin/node'), [join(REPO, 'scripts/build.ts')], {
    cwd: REPO,
    env: { ...process.env, CONTENT_ROOT: root, DIST_DIR: dist, BUILD_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  if (code !== 0) throw new Error(`the build failed:\n${log}`);
  return (performance.now() - started) / 1000;
}

/** What a site holds, by kind: files and bytes. */
export function siteSize(dist: string): Map<string, { files: number; bytes: number }> {
  const kinds = new Map<string, { files: number; bytes: number }>();
  const add = (kind: string, bytes: number) => {
    for (const k of [kind, 'total']) {
      const e = kinds.get(k) ?? { files: 0, bytes: 0 };
      e.files++;
      e.bytes += bytes;
      kinds.set(k, e);
    }
  };
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dist, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const st = statSync(join(dist, path));
      if (st.isDirectory()) walk(path);
      else
        add(
          /\.png$/.test(path) ? 'PNG images' : path.startsWith('search-index/') ? 'search index' : path.startsWith('data/') && !path.endsWith('.html') ? 'downloads (/data/)' : /\/data\.csv$|\/chart\.svg$/.test(path) ? 'indicator CSV and SVG' : /\.html$/.test(path) ? 'pages (HTML)' : 'other',
          st.size,
        );
    }
  };
  walk('');
  return kinds;
}

export async function incrementalSection(plans: number, keep: boolean): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), `bench-incremental-${plans}-`));
  try {
    synthesize(plans, root);
    const dist = join(root, 'dist');
    console.log(`\n## Incremental rebuild, ${plans} synthetic plans (load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
    const full = await build(root, dist);
    const size = siteSize(dist);
    const changed = changeOneValue(root);
    const rebuild = await build(root, dist);
    console.log('| kind | files | MB |\n|---|---:|---:|');
    for (const [kind, { files, bytes }] of [...size.entries()].sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(`| ${kind} | ${files.toLocaleString('en')} | ${(bytes / 1e6).toFixed(1)} |`);
    }
    console.log(`\n| full build (no incremental cache) | one value changed (${changed}), rebuilt |\n|---:|---:|\n| ${full.toFixed(1)} s | ${rebuild.toFixed(1)} s |`);
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (keep) console.log(`kept: ${root}`);
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}
