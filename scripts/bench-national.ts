/**
 * `npm run bench -- --national [--plans N] [--workers N] [--split-above N] [--keep]`: a synthetic country
 * (scripts/synthesize-national.ts: 31 provinces, real division codes and names, province sizes from about
 * 40 to 1,000 plans at 10,000) built partition by partition as the pipelines build it: each province as its
 * own `build.ts --partition <id>`, N at a time (default: one per core), then the national front with
 * `build.ts --assemble`. Prints, per partition and for the whole: wall time, CPU time (user + system of the
 * build and every process it waited for), peak memory (RSS of the build's process tree, sampled every
 * 250 ms), files and bytes of output, and whether each partition keeps within the hosts' and runners'
 * limits (2 GB peak memory, 1 GB and 200,000 files of output). Last, one value changed in one plan's progress
 * file: the partitions the change touches (`npm run partitions -- --changed`), rebuilt, and the front
 * reassembled, timed. Figures only; nothing here fails a test.
 *
 * A province of more than `--split-above` plans (default 400) is built city by city, as PARTITION_BY_CITY
 * tells the pipelines to: at 10,000 plans the largest provinces (about 1,000 plans) would exceed a host's
 * 1 GB as one build. Its partitions are then its cities' four-digit codes, as `partitionOf` names them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processTable, treeRss } from './process-tree.ts';
import { synthesizeNational } from './synthesize-national.ts';
import { differences } from './bench-incremental.ts';

const REPO = join(import.meta.dirname, '..');
const NODE = join(REPO, 'node_modules/.bin/node');
const LIMITS = { rss: 2 * 1024 ** 3, bytes: 1024 ** 3, files: 200_000 };
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ), 100 on Linux. */
const HZ = 100;

interface Run {
  seconds: number;
  cpu: number;
  peakRss: number;
  ok: boolean;
  log: string;
}

/** Runs build.ts with `args` under a shell that, once the build has exited, prints its own children's CPU time. */
const running = new Map<number, { peak: number }>();
let wholePeak = 0;
const sampler = setInterval(() => {
  const table = processTable();
  let sum = 0;
  for (const [pid, r] of running) {
    const rss = treeRss(pid, table).total;
    r.peak = Math.max(r.peak, rss);
    sum += rss;
  }
  wholePeak = Math.max(wholePeak, sum);
}, 250);

async function build(args: string[], env: Record<string, string>): Promise<Run> {
  const started = performance.now();
  // `read` is a builtin: the shell's stat is read without a fork, after it has waited for the build.
  const script = `"$0" "$@"; s=$?; read -r line < /proc/$$/stat; echo "CPU-TICKS \${line##*)}" >&2; exit $s`;
  const child = spawn('bash', ['-c', script, NODE, join(REPO, 'scripts/build.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, BUILD_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = { peak: 0 };
  running.set(child.pid!, r);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  running.delete(child.pid!);
  // After ") ": state ppid … utime(12) stime(13) cutime(14) cstime(15), counted from the state field as 1.
  const f = /CPU-TICKS (.*)/.exec(log)?.[1]?.trim().split(' ') ?? [];
  const cpu = [11, 12, 13, 14].reduce((n, k) => n + Number(f[k] ?? 0), 0) / HZ;
  return { seconds: (performance.now() - started) / 1000, cpu, peakRss: r.peak, ok: code === 0, log: log.replace(/CPU-TICKS .*\n?/, '') };
}

function footprint(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const stack = [dir]; stack.length; ) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  }
  return { files, bytes };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const s = (n: number) => `${n.toFixed(1)} s`;

export async function nationalSection(): Promise<void> {
  const { values } = parseArgs({ options: { plans: { type: 'string', default: '1000' }, workers: { type: 'string' }, keep: { type: 'boolean', default: false }, national: { type: 'boolean' }, 'split-above': { type: 'string', default: '400' } }, strict: false });
  const total = Number(values.plans);
  const workers = Number(values.workers ?? availableParallelism());
  const root = mkdtempSync(join(tmpdir(), 'bench-national-'));
  const parts = join(root, 'dist-partitions');
  const splitAbove = Number(values['split-above']);
  console.log(`national bench: ${total} plans, ${workers} worker(s), in ${root} (load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')})`);
  try {
    const synthesized = synthesizeNational(total, root);
    const size = new Map<string, number>();
    for (const p of synthesized) size.set(p.partition, (size.get(p.partition) ?? 0) + 1);
    const byCity = [...size].filter(([, n]) => n > splitAbove).map(([id]) => id).sort();
    // As partitionOf names them: a split province's plan is in its city's partition, unless it is the province's own.
    const plans = synthesized.map((p) => (byCity.includes(p.partition) && !p.code.endsWith('0000') ? { ...p, partition: p.code.slice(0, 4) } : p));
    const env: Record<string, string> = { CONTENT_ROOT: root, SITE_URL: 'https://bench.example.gov.cn', PARTITION_BY_CITY: byCity.join(',') };
    if (byCity.length) console.log(`built city by city (more than ${splitAbove} plans): ${byCity.map((id) => `${id} (${size.get(id)} plans)`).join(', ')}`);
    const ids = [...new Set(plans.map((p) => p.partition))].sort();
    const count = new Map(ids.map((id) => [id, plans.filter((p) => p.partition === id).length]));
    const results = new Map<string, Run & { files: number; bytes: number }>();
    const started = performance.now();
    const queue = [...ids].sort((a, b) => count.get(b)! - count.get(a)!); // largest first: the pool ends together
    await Promise.all(
      Array.from({ length: Math.min(workers, ids.length) }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const r = await build(['--partition', id], { ...env, DIST_DIR: join(parts, id) });
          const out = r.ok ? footprint(join(parts, id)) : { files: 0, bytes: 0 };
          results.set(id, { ...r, ...out });
          // Each partition's row as soon as it is built, so that a run cut short still has its figures.
          console.log(`  ${id}: ${count.get(id)} plans, ${s(r.seconds)} wall, ${s(r.cpu)} CPU, ${mb(r.peakRss)} peak, ${out.files} files, ${mb(out.bytes)}${r.ok ? '' : ' FAILED'}`);
          if (!r.ok) console.log(r.log.split('\n').slice(-15).join('\n'));
        }
      }),
    );
    const front = await build(['--assemble'], { ...env, DIST_DIR: join(root, 'dist') });
    const seconds = (performance.now() - started) / 1000;
    const site = front.ok ? footprint(join(root, 'dist')) : { files: 0, bytes: 0 };
    const fits = (r: { peakRss: number; bytes: number; files: number }) =>
      [r.peakRss <= LIMITS.rss ? '' : 'memory', r.bytes <= LIMITS.bytes ? '' : 'bytes', r.files <= LIMITS.files ? '' : 'files'].filter(Boolean).join('+') || 'yes';
    console.log(`\n| partition | plans | wall | CPU | peak RSS | files | bytes | within 2 GB / 1 GB / 200,000 |`);
    console.log(`|---|---:|---:|---:|---:|---:|---:|---|`);
    for (const id of ids) {
      const r = results.get(id)!;
      console.log(`| ${id} | ${count.get(id)} | ${s(r.seconds)} | ${s(r.cpu)} | ${mb(r.peakRss)} | ${r.files} | ${mb(r.bytes)} | ${r.ok ? fits(r) : 'build failed'} |`);
    }
    const all = [...results.values()];
    const sum = (f: (r: (typeof all)[number]) => number) => all.reduce((n, r) => n + f(r), 0);
    console.log(`| front (--assemble) | | ${s(front.seconds)} | ${s(front.cpu)} | ${mb(front.peakRss)} | ${site.files} | ${mb(site.bytes)} | (one host: every partition under /p/) |`);
    console.log(
      `| whole | ${total} | ${s(seconds)} | ${s(sum((r) => r.cpu) + front.cpu)} | ${mb(wholePeak)} | ${sum((r) => r.files)} | ${mb(sum((r) => r.bytes))} | ${all.every((r) => r.ok && fits(r) === 'yes') ? 'every partition' : `not: ${ids.filter((id) => fits(results.get(id)!) !== 'yes').join(' ')}`} |`,
    );
    console.log(`largest partition: ${[...results].sort((a, b) => b[1].seconds - a[1].seconds)[0]?.[0]}; load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    if (!front.ok) console.log(front.log.split('\n').slice(-15).join('\n'));

    // One value changed: the first indicator value of one plan's latest progress file, in a mid-size partition.
    const mid = [...ids].sort((a, b) => count.get(a)! - count.get(b)!)[Math.floor(ids.length / 2)]!;
    const plan = plans.find((p) => p.partition === mid)!;
    const dir = join(root, 'content', 'progress', plan.id);
    const year = readdirSync(dir).sort().at(-1)!;
    const doc = JSON.parse(readFileSync(join(dir, year), 'utf8'));
    const item = (doc.indicators as Array<{ value: number | null }>).find((x) => typeof x.value === 'number');
    if (item) item.value = (item.value as number) + 0.1;
    writeFileSync(join(dir, year), JSON.stringify(doc, null, 2));
    const t0 = performance.now();
    const listed = await new Promise<string>((ok) => {
      const c = spawn(NODE, [join(REPO, 'scripts/partitions.ts'), '--json', '--changed', `content/progress/${plan.id}/${year}`], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.on('close', () => ok(out));
    });
    const touched = JSON.parse(listed) as string[];
    const rebuilt: Run[] = [];
    for (const id of touched) rebuilt.push(await build(['--partition', id], { ...env, DIST_DIR: join(parts, id) }));
    rebuilt.push(await build(['--assemble'], { ...env, DIST_DIR: join(root, 'dist') }));
    // The rebuilt partitions against builds of the changed content from scratch (no incremental cache): the
    // front is assembled from the partitions' files alone, so equal partitions make an equal front.
    const differ: string[] = [];
    for (const id of touched) {
      rmSync(join(root, '.astro-cache', `cache-p${id}`), { recursive: true, force: true });
      const scratch = await build(['--partition', id], { ...env, DIST_DIR: join(root, 'scratch', id) });
      differ.push(...(scratch.ok ? differences(join(parts, id), join(root, 'scratch', id)).map((p) => `${id}/${p}`) : [`${id}: the build from scratch failed`]));
    }
    console.log(
      `\none value changed (${plan.id}, ${year}): partitions touched ${JSON.stringify(touched)} (${touched.map((id) => count.get(id)).join(', ')} plans); listed, rebuilt and front reassembled in ${s((performance.now() - t0) / 1000)} (${rebuilt.every((r) => r.ok) ? 'ok' : 'FAILED'}; partition ${s(rebuilt[0]?.seconds ?? 0)} wall and ${s(rebuilt[0]?.cpu ?? 0)} CPU, front ${s(rebuilt.at(-1)!.seconds)}); the partition rebuilt incrementally (its Astro cache kept in the content root)`,
    );
    console.log(`the rebuilt partition${touched.length > 1 ? 's are' : ' is'} ${differ.length === 0 ? 'byte for byte the build from scratch of the changed content' : `NOT the build from scratch: ${differ.slice(0, 10).join(', ')}`}`);
  } finally {
    clearInterval(sampler);
    if (values.keep) console.log(`kept: ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) await nationalSection();
