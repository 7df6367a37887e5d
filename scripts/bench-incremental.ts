/**
 * `npm run bench -- --incremental [--plans N] [--keep]`: a synthetic site of N plans (default 1,000;
 * scripts/synthesize.ts) built from scratch (no incremental cache), its files and bytes by kind, then one
 * progress value changed (as a clerk's correction would) and the site rebuilt, reusing what did not change
 * (Astro's incremental build, src/lib/site/cache-keys.ts; the PNG image cache). Prints both times. Figures
 * only; tests/unit/incremental-build-equals-full-build.test.ts checks that the rebuild is byte for byte a
 * full build; `--verify` also builds the changed content from scratch and compares the two sites file by
 * file (at 1,000 plans, the issue's check). The image cache (node_modules/.cache/plan-site-images) is left as it is: say whether it was
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

interface Timed {
  seconds: number;
  /** User + system CPU of the build and every process it waited for. */
  cpu: number;
}

/** `npm run build` of the content under `root` into `dist`: wall and CPU seconds, or the build's output when it fails. */
async function build(root: string, dist: string): Promise<Timed> {
  const started = performance.now();
  // The shell reports its children's CPU once the build has exited (`read` is a builtin: no fork after it).
  const script = `"$0" "$@"; s=$?; read -r line < /proc/$$/stat; echo "CPU-TICKS \${line##*)}" >&2; exit $s`;
  const child = spawn('bash', ['-c', script, join(REPO, 'node_modules/.bin/node'), join(REPO, 'scripts/build.ts')], {
    cwd: REPO,
    env: { ...process.env, CONTENT_ROOT: root, DIST_DIR: dist, BUILD_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  if (code !== 0) throw new Error(`the build failed:\n${log}`);
  // After ") ": state(1) … cutime(14) cstime(15): the children's user and system ticks (100 a second).
  const f = /CPU-TICKS (.*)/.exec(log)?.[1]?.trim().split(' ') ?? [];
  return { seconds: (performance.now() - started) / 1000, cpu: (Number(f[13] ?? 0) + Number(f[14] ?? 0)) / 100 };
}

/** Paths whose bytes differ between two sites (or that only one has), at most `limit` of them. */
export function differences(a: string, b: string, limit = 10): string[] {
  const files = (dir: string, rel = ''): string[] =>
    readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(dir, `${rel}${e.name}/`) : [`${rel}${e.name}`]));
  const [left, right] = [new Set(files(a)), new Set(files(b))];
  const out: string[] = [];
  for (const p of [...new Set([...left, ...right])].sort()) {
    if (out.length >= limit) break;
    if (!left.has(p) || !right.has(p) || !readFileSync(join(a, p)).equals(readFileSync(join(b, p)))) out.push(p);
  }
  return out;
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

export async function incrementalSection(plans: number, keep: boolean, verify = false): Promise<void> {
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
    const t = (r: Timed) => `${r.seconds.toFixed(1)} s (${r.cpu.toFixed(1)} s CPU)`;
    console.log(`\n| full build (no incremental cache) | one value changed (${changed}), rebuilt |\n|---:|---:|\n| ${t(full)} | ${t(rebuild)} |`);
    if (verify) {
      // The changed content built again from scratch (an empty incremental cache), compared file by file.
      rmSync(join(root, '.astro-cache'), { recursive: true, force: true });
      const scratch = await build(root, join(root, 'dist-full'));
      const diff = differences(dist, join(root, 'dist-full'));
      console.log(`full build of the changed content: ${t(scratch)}; the rebuilt site ${diff.length === 0 ? 'is byte for byte that build' : `DIFFERS from that build: ${diff.join(', ')}`}`);
    }
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    if (keep) console.log(`kept: ${root}`);
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}
