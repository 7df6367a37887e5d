/**
 * Synthetic plans for the benchmark, built from the real five: the same structure and size (text,
 * indicators, projects, every progress file), under made-up region names (合成N县). They are never
 * published; the benchmark builds them into a temporary folder.
 *
 *   node scripts/synthesize.ts <count> <out-root>
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..');

export function synthesize(count: number, outRoot: string): string[] {
  const src = join(REPO, 'content');
  const real = readdirSync(join(src, 'plans')).sort();
  const out = join(outRoot, 'content');
  mkdirSync(join(out, 'plans'), { recursive: true });
  mkdirSync(join(out, 'progress'), { recursive: true });
  for (const name of ['concepts.json']) if (existsSync(join(src, name))) cpSync(join(src, name), join(out, name));
  if (existsSync(join(src, 'reference'))) cpSync(join(src, 'reference'), join(out, 'reference'), { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = real[i % real.length]!;
    const id = count === real.length ? from : `${from}-syn${i}`;
    ids.push(id);
    const region = `合成${i}县`;
    const planDir = join(out, 'plans', id);
    mkdirSync(planDir, { recursive: true });
    const md = readFileSync(join(src, 'plans', from, 'plan.md'), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md)!;
    const newFront = count === real.length
      ? front!
      : front!
          .replace(/^id: .*$/m, `id: ${id}`)
          .replace(/^title: (.*)$/m, (_, t: string) => `title: ${JSON.stringify(`${region}${t.replace(/^"|"$/g, '')}`)}`)
          .replace(/^( {2}name: ).*$/m, `$1${region}`)
          // A made-up region has no division code: the real region's code would contradict its name.
          .replace(/^ {2}code: .*\n?/m, '');
    writeFileSync(join(planDir, 'plan.md'), `---\n${newFront}\n---\n${body}`);
    for (const name of ['indicators.json', 'projects.json']) {
      const p = join(src, 'plans', from, name);
      if (!existsSync(p)) continue;
      const doc = JSON.parse(readFileSync(p, 'utf8'));
      doc.plan = id;
      writeFileSync(join(planDir, name), JSON.stringify(doc, null, 2));
    }
    const progress = join(src, 'progress', from);
    if (existsSync(progress)) {
      mkdirSync(join(out, 'progress', id), { recursive: true });
      for (const f of readdirSync(progress)) {
        const doc = JSON.parse(readFileSync(join(progress, f), 'utf8'));
        doc.plan = id;
        writeFileSync(join(out, 'progress', id, f), JSON.stringify(doc, null, 2));
      }
    }
  }
  return ids;
}

if (import.meta.main) {
  const [count, outRoot] = process.argv.slice(2);
  const ids = synthesize(Number(count), outRoot!);
  console.log(`synthesized ${ids.length} plans into ${outRoot}/content`);
}
