/**
 * `npm run import -- <plan.txt|.docx|.pdf> [<metadata.yaml>]`: converts an official plan into
 * content/plans/<id>/plan.md, indicators.json and projects.json, keeps a verbatim copy of the text it read
 * (and the .docx/.pdf beside it) and its metadata in content/sources/, writes the structure profile
 * content/sources/<id>.profile.yaml and the review report import-reports/<id>.html. Prints what it
 * recognised and every line it could not place.
 *
 *   --all            re-import every plan in content/sources/ (each <id>.txt with its <id>.yaml)
 *   --check          write nothing; exit 1 if the committed content differs from a fresh import
 *   --content DIR    the folder that holds content/ (default: CONTENT_ROOT, else this repository)
 *
 * On a structure it does not know, or any error, it stops with the line and writes nothing.
 */
import './fail-cleanly.ts';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PlanSchema, type Plan } from '../src/schemas/plan.ts';
import { decodeContent } from '../src/lib/content/read-text.ts';
import { parseYamlLocated } from '../src/lib/content/locate.ts';
import { parseWithFriendlyErrors } from '../src/lib/content/friendly.ts';
import { formatProblem, formatProblemZh, messageLang, problemFormatter } from '../src/lib/content/problems.ts';
import { sentence, type Message } from '../src/lib/messages/catalogue.ts';
import { gloss, importerMessages as M } from '../src/lib/messages/importer.ts';
import { importDocument, importPlan, importReport } from '../src/lib/import/import-plan.ts';
import type { PlanDocument } from '../src/lib/import/document.ts';
import { documentToText, type WrittenLine } from '../src/lib/import/document-text.ts';
import { ImportError, type SourceHints } from '../src/lib/import/parse-plan.ts';
import { readPlanSource } from '../src/lib/import/read-source.ts';
import { readProfile, writeProfile, ProfileError, type Profile } from '../src/lib/import/profile.ts';
import { renderReviewReport, type WrittenByReader } from '../src/lib/import/review-report.ts';
import { proposeRegionCode } from '../src/lib/import/region-code.ts';
import { regionMessages as RM } from '../src/lib/messages/regions.ts';
import { environment } from './env.ts';
import { parseCommandLine, refuseFolder, userPath } from './cli.ts';

// Messages in Chinese for staff; `--lang en` (or CONTENT_LANG=en) for English, as for the validator.
const { lang, rest: args } = messageLang(process.argv.slice(2), process.env);
const en = lang === 'en';
/** A message of the importer in the language of this run. */
const say = <P>(entry: Message<P>, params: P) => sentence(entry, params, lang);
/** The line that ends a refusal; with its English beside it after a refusal that carries its English. */
const nothingWritten = (glossed: boolean) => (glossed ? gloss(M.nothingWritten, undefined, lang) : say(M.nothingWritten, undefined));
const { values, positionals } = parseCommandLine({
  args,
  allowPositionals: true,
  options: {
    all: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    content: { type: 'string' },
    debug: { type: 'boolean' },
  },
}, 'npm run import -- <规划.docx|.pdf|.html|.txt> [<元数据.yaml>] [--content 文件夹]，或 npm run import -- --all [--check]', lang);
// --content wins, then CONTENT_ROOT (as for every other command), then this repository.
const root = resolve((values.content === undefined ? undefined : userPath(values.content)) ?? environment(lang).contentRoot ?? join(import.meta.dirname, '..'));
const sourcesDir = join(root, 'content', 'sources');

class Stop extends Error {}

function readText(path: string): string {
  if (!existsSync(path)) throw new Stop(say(M.noSuchFile, { path }));
  const r = decodeContent(readFileSync(path), path);
  if (!r.ok) throw new Stop(problemFormatter(lang)(r.problem));
  return r.text;
}

function readMeta(path: string): Plan {
  const r = parseYamlLocated(readText(path), path, 1, 'file');
  if (!r.ok) throw new Stop(r.problems.map(problemFormatter(lang)).join('\n'));
  const parsed = parseWithFriendlyErrors(PlanSchema, r.doc, path);
  // In Chinese with the English beside it: tests/unit/import-cli.test.ts looks for the English of a schema mistake.
  if (!parsed.ok) throw new Stop(parsed.problems.map((p) => (en ? formatProblem(p) : `${formatProblemZh(p)}（${formatProblem(p)}）`)).join('\n'));
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

interface Source {
  text: string;
  bytes: Buffer;
  kind: 'txt' | 'docx' | 'pdf' | 'html';
  hints?: SourceHints;
  binary?: string;
  written?: WrittenByReader[];
  /** The document model a reader produced; imported through importDocument. */
  doc?: PlanDocument;
  /** The text encoding found (a .txt), as named in English and to staff. */
  encoding?: { name: string; zh: string };
}

const WRITTEN_ZH: Record<string, Record<WrittenLine['kind'], string>> = {
  docx: { 'generated-number': 'Word 自动编号', footnote: 'Word 脚注（写在所在段落或表格之后）', 'text-box': 'Word 文本框（写在所在段落之后）' },
  other: { 'generated-number': '自动编号', footnote: '脚注（写在所在段落或表格之后）', 'text-box': '文本框（写在所在段落之后）' },
};

/** A reader's document model as a source: the text it is written to, kept verbatim, and the file beside it. */
function fromDocument(doc: PlanDocument, path: string): Source {
  const r = documentToText(doc);
  const labels = WRITTEN_ZH[doc.format] ?? WRITTEN_ZH.other!;
  const written = r.written.map((x) => ({ line: x.line, kind: labels[x.kind], text: x.text })).sort((a, b) => a.line - b.line);
  return { text: r.text, bytes: Buffer.from(r.text, 'utf8'), kind: doc.format, hints: r.hints, binary: path, written, doc };
}

/** The source file read by its extension (src/lib/import/read-source.ts, the door the tests use too). */
async function readSource(path: string): Promise<Source> {
  const ext = extname(path).toLowerCase();
  if (ext === '.doc' || ext === '.wps') {
    throw new Stop(say(M.oldWordFormat, { path, ext }));
  }
  if (!existsSync(path)) throw new Stop(say(M.noSuchFile, { path }));
  const bytes = readFileSync(path);
  const r = await readPlanSource(new Uint8Array(bytes), path);
  if (!r.ok) {
    // A file a reader refused keeps its English beside the Chinese: tests look for both.
    if (r.from === 'file') throw new Stop(`${en ? r.en : `${r.zh}（${r.en}）`}\n${nothingWritten(true)}`);
    throw new Stop(`${en ? r.en : r.zh}\n${nothingWritten(false)}`);
  }
  if (r.kind === 'document') return { ...fromDocument(r.doc, path), ...(r.encoding ? { encoding: r.encoding } : {}) };
  if (r.kind === 'pdf-text') return { text: r.text, bytes: Buffer.from(r.text, 'utf8'), kind: 'pdf', binary: path };
  // A plan's text in any encoding an office saves (UTF-8, GBK/GB18030, UTF-16, with or without a BOM).
  return { text: r.text, bytes, kind: 'txt', encoding: r.encoding };
}

async function planOutputs(textPath: string, metaPath: string): Promise<Output[]> {
  const meta = readMeta(metaPath);
  const source = await readSource(textPath);
  const text = source.text;
  const profilePath = join(sourcesDir, `${meta.id}.profile.yaml`);
  let profile: Profile | null = null;
  if (existsSync(profilePath)) {
    try {
      profile = readProfile(readText(profilePath), profilePath);
    } catch (err) {
      if (err instanceof ProfileError) throw new Stop(`${en ? err.message : `${err.zh}（${err.message}）`}\n${nothingWritten(true)}`);
      throw err;
    }
  }
  if (meta.sourceSha256) {
    const found = createHash('sha256').update(source.bytes).digest('hex');
    if (found !== meta.sourceSha256) {
      throw new Stop(`${gloss(M.textChanged, { text: textPath, meta: metaPath, recorded: meta.sourceSha256, found }, lang)}\n${nothingWritten(true)}`);
    }
  }
  let result;
  try {
    result = source.doc
      ? importDocument(source.doc, meta, catalogue(), { profile })
      : importPlan(text, meta, catalogue(), { profile, ...(source.kind !== 'txt' ? { sourceKind: source.kind } : {}), ...(source.hints ? { hints: source.hints } : {}) });
  } catch (err) {
    if (err instanceof ImportError) {
      const reason = { en: err.reason, zh: err.zh ?? err.reason };
      throw new Stop(`${say(M.lineRefused, { path: textPath, line: err.line, reason, lineText: err.lineText.trim().slice(0, 80) })}\n${nothingWritten(false)}`);
    }
    throw err;
  }
  console.log(`\n${meta.id} (${basename(textPath)})`);
  if (source.encoding) console.log(`  ${say(M.encoding, source.encoding)}`);
  const offered = Object.entries(source.doc?.metadata ?? {}).filter(([k]) => k !== 'title');
  if (offered.length) {
    const names: Record<string, [string, string]> = { issuer: ['issuer', '发布机构'], date: ['date', '成文日期'], docNo: ['document number', '文号'], indexNo: ['index number', '索引号'], regionCode: ['region code', '行政区划代码'] };
    const items = offered.map(([k, v]) => ({ en: names[k]?.[0] ?? k, zh: names[k]?.[1] ?? k, text: typeof v === 'object' && v ? (v as { text: string }).text : String(v) }));
    console.log(`  ${say(M.offered, { items })}`);
  }
  const regionCode = proposeRegionCode(meta.region, source.doc?.metadata);
  const place = (d: { code: string; name: string; province: string; city: string | null }) => ({ code: d.code, name: d.name, province: d.province, city: d.city });
  if (regionCode && regionCode.code !== null) console.log(`  ${say(RM.proposedCode, { division: place(regionCode.division), from: regionCode.from })}`);
  else if (regionCode) console.log(`  ${say(RM.codeCandidates, { name: meta.region.name, candidates: regionCode.candidates.map(place) })}`);
  for (const line of importReport(result, lang)) console.log(`  ${line}`);
  const written = source.written ?? [];
  if (written.length) console.log(`  ${say(M.writtenByReader, { count: written.length })}`);
  for (const w of written) console.log(`    ${say(M.writtenLine, w)}`);
  const planDir = join(root, 'content', 'plans', meta.id);
  const json = (x: unknown) => (x === null ? null : `${JSON.stringify(x, null, 2)}\n`);
  const out: Output[] = [
    { path: join(planDir, 'plan.md'), content: result.planMd },
    { path: join(planDir, 'indicators.json'), content: json(result.indicators) },
    { path: join(planDir, 'projects.json'), content: json(result.projects) },
    { path: profilePath, content: writeProfile(result.profile) },
  ];
  reports.push({ path: join(root, 'import-reports', `${meta.id}.html`), content: renderReviewReport(result, meta, basename(textPath), written, { encoding: source.encoding?.zh, offered: source.doc?.metadata, regionCode }) });
  const txtCopy = join(sourcesDir, `${meta.id}.txt`);
  const metaCopy = join(sourcesDir, `${meta.id}.yaml`);
  if (source.binary) {
    out.push({ path: txtCopy, content: text });
    const binCopy = join(sourcesDir, `${meta.id}${extname(source.binary).toLowerCase()}`);
    if (resolve(source.binary) !== binCopy) out.push({ path: binCopy, content: '', copyFrom: source.binary });
  } else if (source.encoding && source.encoding.name !== 'utf-8') out.push({ path: txtCopy, content: text });
  else if (resolve(textPath) !== txtCopy) out.push({ path: txtCopy, content: text, copyFrom: textPath });
  if (resolve(metaPath) !== metaCopy) out.push({ path: metaCopy, content: readText(metaPath), copyFrom: metaPath });
  return out;
}

const reports: Output[] = [];

async function main(): Promise<void> {
  const jobs: Array<[string, string]> = [];
  if (values.all) {
    for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.yaml') && !n.endsWith('.profile.yaml')).sort()) {
      jobs.push([join(sourcesDir, name.replace(/\.yaml$/, '.txt')), join(sourcesDir, name)]);
    }
  } else if (positionals.length >= 1) {
    const text = userPath(positionals[0]!);
    refuseFolder(text, en ? 'the plan (.docx, .pdf, .html or .txt)' : '规划（.docx、.pdf、.html 或 .txt）', lang);
    if (positionals[1]) refuseFolder(userPath(positionals[1]), en ? 'the metadata (.yaml)' : '元数据（.yaml）', lang);
    const meta = positionals[1] ? userPath(positionals[1]) : join(dirname(text), basename(text).replace(/\.(?:txt|docx|pdf|html?)$/i, '') + '.yaml');
    jobs.push([text, meta]);
  } else {
    throw new Stop(say(M.usage, undefined));
  }
  // Everything is computed before anything is written, so an error leaves content/ as it was.
  const outputs: Output[] = [];
  for (const [t, m] of jobs) outputs.push(...(await planOutputs(t, m)));
  if (values.check) {
    const stale = outputs.filter((o) => (existsSync(o.path) ? readFileSync(o.path, 'utf8') : null) !== o.content);
    for (const o of stale) console.error(say(M.staleFile, { path: o.path }));
    if (stale.length) throw new Stop(say(M.stale, { count: stale.length }));
    console.log(`\n${say(M.matches, undefined)}`);
    return;
  }
  for (const o of [...outputs, ...reports]) {
    mkdirSync(dirname(o.path), { recursive: true });
    if (o.copyFrom) copyFileSync(o.copyFrom, o.path);
    else if (o.content === null) rmSync(o.path, { force: true });
    else writeFileSync(o.path, o.content);
  }
  const n = outputs.filter((o) => o.content !== null).length;
  console.log(`\n${say(M.wrote, { count: n })}`);
  for (const r of reports) console.log(say(M.reviewReport, { path: r.path }));
}

try {
  await main();
} catch (err) {
  if (err instanceof Stop) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
