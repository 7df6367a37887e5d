/**
 * `npm run import -- <plan.txt> [<metadata.yaml>]`: converts an official plan's plain text into
 * content/plans/<id>/plan.md, indicators.json and projects.json, and keeps a verbatim copy of the text
 * and its metadata in content/sources/. Prints what it recognised and every line it could not place.
 *
 *   --all            re-import every plan in content/sources/ (each <id>.txt with its <id>.yaml)
 *   --check          write nothing; exit 1 if the committed content differs from a fresh import
 *   --content DIR    the folder that holds content/ (default: this repository)
 *
 * On a structure it does not know, or any error, it stops with the line and writes nothing.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PlanSchema, type Plan } from '../src/schemas/plan.ts';
import { decodeContent } from '../src/lib/content/read-text.ts';
import { parseYamlLocated } from '../src/lib/content/locate.ts';
import { parseWithFriendlyErrors } from '../src/lib/content/friendly.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { importPlan, importReport } from '../src/lib/import/import-plan.ts';
import { ImportError } from '../src/lib/import/parse-plan.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    all: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    content: { type: 'string' },
  },
});
const root = resolve(values.content ?? join(import.meta.dirname, '..'));
const sourcesDir = join(root, 'content', 'sources');

class Stop extends Error {}

function readText(path: string): string {
  if (!existsSync(path)) throw new Stop(`${path}: no such file.`);
  const r = decodeContent(readFileSync(path), path);
  if (!r.ok) throw new Stop(formatProblem(r.problem));
  return r.text;
}

function readMeta(path: string): Plan {
  const r = parseYamlLocated(readText(path), path, 1);
  if (!r.ok) throw new Stop(r.problems.map(formatProblem).join('\n'));
  const parsed = parseWithFriendlyErrors(PlanSchema, r.doc, path);
  if (!parsed.ok) throw new Stop(parsed.problems.map(formatProblem).join('\n'));
  return parsed.data;
}

interface Output {
  path: string;
  content: string | null;
  copyFrom?: string;
}

/** Concept ids of the indicator catalogue, if the content has one. */
function catalogue(): Set<string> {
  const path = join(root, 'content', 'concepts.json');
  if (!existsSync(path)) return new Set();
  return new Set((JSON.parse(readText(path)) as { concepts: Array<{ id: string }> }).concepts.map((c) => c.id));
}

function planOutputs(textPath: string, metaPath: string): Output[] {
  const meta = readMeta(metaPath);
  const text = readText(textPath);
  if (meta.sourceSha256) {
    const found = createHash('sha256').update(readFileSync(textPath)).digest('hex');
    if (found !== meta.sourceSha256) {
      throw new Stop(
        `${textPath}: the text is not the one recorded in ${metaPath} (sourceSha256 ${meta.sourceSha256}, found ${found}).\n` +
          '  The official text must not change. If a corrected text was really published, record its new SHA-256 in sourceSha256. Nothing was written.',
      );
    }
  }
  let result;
  try {
    result = importPlan(text, meta, catalogue());
  } catch (err) {
    if (err instanceof ImportError) {
      const zh = err.zh ? `\n  ${textPath}:第${err.line}行：${err.zh}` : '';
      throw new Stop(`${textPath}:${err.line}: ${err.reason}${zh}\n  the line reads: ${err.lineText.trim().slice(0, 80)}\nNothing was written.（未写入任何文件。）`);
    }
    throw err;
  }
  console.log(`\n${meta.id} (${basename(textPath)})`);
  for (const line of importReport(result)) console.log(`  ${line}`);
  const planDir = join(root, 'content', 'plans', meta.id);
  const json = (x: unknown) => (x === null ? null : `${JSON.stringify(x, null, 2)}\n`);
  const out: Output[] = [
    { path: join(planDir, 'plan.md'), content: result.planMd },
    { path: join(planDir, 'indicators.json'), content: json(result.indicators) },
    { path: join(planDir, 'projects.json'), content: json(result.projects) },
  ];
  const txtCopy = join(sourcesDir, `${meta.id}.txt`);
  const metaCopy = join(sourcesDir, `${meta.id}.yaml`);
  if (resolve(textPath) !== txtCopy) out.push({ path: txtCopy, content: text, copyFrom: textPath });
  if (resolve(metaPath) !== metaCopy) out.push({ path: metaCopy, content: readText(metaPath), copyFrom: metaPath });
  return out;
}

function main(): void {
  const jobs: Array<[string, string]> = [];
  if (values.all) {
    for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.yaml')).sort()) {
      jobs.push([join(sourcesDir, name.replace(/\.yaml$/, '.txt')), join(sourcesDir, name)]);
    }
  } else if (positionals.length >= 1) {
    const text = resolve(positionals[0]!);
    const meta = positionals[1] ? resolve(positionals[1]) : join(dirname(text), basename(text).replace(/\.txt$/, '') + '.yaml');
    jobs.push([text, meta]);
  } else {
    throw new Stop('usage: npm run import -- <plan.txt> [<metadata.yaml>]   or   npm run import -- --all [--check]');
  }
  // Everything is computed before anything is written, so an error leaves content/ as it was.
  const outputs = jobs.flatMap(([t, m]) => planOutputs(t, m));
  if (values.check) {
    const stale = outputs.filter((o) => (existsSync(o.path) ? readFileSync(o.path, 'utf8') : null) !== o.content);
    for (const o of stale) console.error(`differs from a fresh import: ${o.path}`);
    if (stale.length) throw new Stop(`${stale.length} file(s) differ; run npm run import -- --all and commit the result.`);
    console.log('\ncontent matches a fresh import.');
    return;
  }
  for (const o of outputs) {
    mkdirSync(dirname(o.path), { recursive: true });
    if (o.copyFrom) copyFileSync(o.copyFrom, o.path);
    else if (o.content === null) rmSync(o.path, { force: true });
    else writeFileSync(o.path, o.content);
  }
  console.log(`\nwrote ${outputs.filter((o) => o.content !== null).length} files. Next: npm run validate`);
}

try {
  main();
} catch (err) {
  if (err instanceof Stop) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
