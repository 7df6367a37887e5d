/**
 * The adversarial suite's content cases: each takes a fresh copy of the good fixture tree, does one thing a
 * clerk, a careless copy or a hostile contributor might do, and states the outcome a careful reviewer
 * expects from the validator: the problem (file, field or line, a phrase of the message), or acceptance.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PLAN = 'demo-edu-2021-2025';
export const P = `content/plans/${PLAN}`;
export const MD = `${P}/plan.md`;
export const IND = `${P}/indicators.json`;
export const PROJ = `${P}/projects.json`;
export const G = `content/progress/${PLAN}/2023.json`;

export type Edit = (root: string) => void;
/** A problem line must contain every one of these strings. */
export type Expect = { problem: string[]; count?: number } | { ok: true };
export interface Case {
  cls: 'encodings' | 'schema' | 'plausibility' | 'injection' | 'paths' | 'every problem';
  name: string;
  edit: Edit;
  expect: Expect;
  /** Today's date for the date rules (fixed so that no case depends on the clock). */
  today?: string;
}

const json = (file: string, change: (o: any) => void): Edit => (root) => {
  const path = join(root, file);
  const o = JSON.parse(readFileSync(path, 'utf8'));
  change(o);
  writeFileSync(path, JSON.stringify(o, null, 2));
};
/** Writes raw JSON text (for escapes JSON.stringify would never produce). */
const jsonRaw = (file: string, change: (text: string) => string): Edit => (root) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const text = (file: string, from: string, to: string): Edit => (root) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(from)) throw new Error(`fixture lacks ${from}`);
  writeFileSync(path, before.replace(from, to));
};
const bytes = (file: string, make: (old: Buffer) => Buffer): Edit => (root) => {
  const path = join(root, file);
  writeFileSync(path, make(readFileSync(path)));
};
const all = (...edits: Edit[]): Edit => (root) => edits.forEach((e) => e(root));
const FULL_SOURCE = { title: '示例县2023年教育事业统计公报', publisher: '示例县教育局', url: 'https://www.example.gov.cn/tjgb/2023.html', date: '2024-03-01', quote: '学前三年毛入园率91.2%' };
const official = (source: Record<string, string>) => json(G, (o) => {
  o.provenance = 'official';
  delete o.indicators[0].note;
  for (const list of ['indicators', 'clauses', 'projects']) for (const e of o[list]) e.source = { ...FULL_SOURCE };
  o.indicators[0].source = source;
});
const INTRO = '为推动示例县教育事业高质量发展，制定本规划。';
/** plan.md line of the intro sentence (see content-cannot-inject.test.ts). */
const INTRO_LINE = `${MD}:20:`;

export const CASES: Case[] = [
  // ── encodings ──────────────────────────────────────────────────────────────────────────────────
  { cls: 'encodings', name: 'NUL byte in the official text', edit: text(MD, INTRO, `为推动\u0000示例县`), expect: { problem: [INTRO_LINE, 'NUL'] } },
  { cls: 'encodings', name: 'NUL escape \\u0000 in a progress note', edit: jsonRaw(G, (t) => t.replace('"示例数据"', '"示例\\u0000数据"')), expect: { problem: [G, 'indicators[0].note:', 'NUL character (U+0000) at character 3'] } },
  { cls: 'encodings', name: 'lone high surrogate \\ud800 in a note', edit: jsonRaw(G, (t) => t.replace('"示例数据"', '"示例\\ud800"')), expect: { problem: [G, 'indicators[0].note:', 'lone surrogate U+D800'] } },
  { cls: 'encodings', name: 'lone low surrogate \\udc00 in a summary', edit: jsonRaw(G, (t) => t.replace('"新建幼儿园2所。"', '"\\udc00新建"')), expect: { problem: [G, 'clauses[0].summary:', 'lone surrogate U+DC00'] } },
  { cls: 'encodings', name: 'YAML "\\0" escape in the plan title', edit: text(MD, 'title: 示例县教育事业发展“十四五”规划', 'title: "示例县\\0规划"'), expect: { problem: [MD, 'title:', 'NUL'] } },
  { cls: 'encodings', name: 'YAML "\\ud800" escape in the region name', edit: text(MD, 'name: 示例县', 'name: "示例\\ud800县"'), expect: { problem: [MD, 'region.name:', 'lone surrogate'] } },
  { cls: 'encodings', name: 'right-to-left override (Trojan Source) in an indicator name', edit: json(IND, (o) => (o.indicators[0].name = '学前教育\u202e率入园毛')), expect: { problem: [IND, 'indicators[0].name:', 'text-direction control (U+202E)'] } },
  { cls: 'encodings', name: 'bell control character in the official text', edit: text(MD, INTRO, `为推动\u0007示例县`), expect: { problem: [INTRO_LINE, 'control character (U+0007)'] } },
  { cls: 'encodings', name: 'UTF-16 file with its BOM', edit: bytes(G, (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')])), expect: { problem: [G, 'not UTF-8 (0xFF)'] } },
  { cls: 'encodings', name: 'CESU-8 surrogate bytes (ED A0 80)', edit: bytes(G, (b) => { const at = b.indexOf(Buffer.from('示例数据')); return Buffer.concat([b.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), b.subarray(at)]); }), expect: { problem: [`${G}:8:`, 'not UTF-8 (0xED)'] } },
  { cls: 'encodings', name: 'a code point above U+10FFFF (F4 90 80 80)', edit: bytes(G, (b) => { const at = b.indexOf(Buffer.from('示例数据')); return Buffer.concat([b.subarray(0, at), Buffer.from([0xf4, 0x90, 0x80, 0x80]), b.subarray(at)]); }), expect: { problem: [`${G}:8:`, 'not UTF-8 (0xF4)'] } },
  { cls: 'encodings', name: 'overlong UTF-8 encoding of "/" (C0 AF)', edit: bytes(G, (b) => Buffer.from(b.toString('latin1').replace('"2023-12-31"', '"2023\xc0\xaf12-31"'), 'latin1')), expect: { problem: [G, 'not UTF-8 (0xC0)'] } },
  { cls: 'encodings', name: 'file cut off inside a character', edit: bytes(MD, (b) => b.subarray(0, b.indexOf(Buffer.from('制定本规划')) + 1)), expect: { problem: [MD, 'not UTF-8'] } },
  { cls: 'encodings', name: 'a GBK line pasted into a UTF-8 text', edit: bytes(MD, (b) => { const at = b.indexOf(Buffer.from(INTRO)); return Buffer.concat([b.subarray(0, at), Buffer.from([0xce, 0xaa, 0xcd, 0xc6, 0xb6, 0xaf]), b.subarray(at + Buffer.byteLength(INTRO))]); }), expect: { problem: [`${MD}:20:2`, 'not UTF-8 (0xCD)'] } },
  { cls: 'encodings', name: 'file of spaces and newlines only', edit: (root) => writeFileSync(join(root, IND), ' \n\n  \r\n'), expect: { problem: [`${IND}:1:1`, 'empty file'] } },
  { cls: 'encodings', name: 'Windows line endings (CRLF) are fine', edit: bytes(G, (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n'))), expect: { ok: true } },
  { cls: 'encodings', name: 'characters outside the BMP (CJK Ext. B 𠀀) are fine', edit: json(G, (o) => (o.indicators[0].note = '示例数据𠀀𪚥')), expect: { ok: true } },

  // ── schema and limits ──────────────────────────────────────────────────────────────────────────
  { cls: 'schema', name: 'a 20 MB note', edit: json(G, (o) => (o.indicators[0].note = '注'.repeat(7_000_000))), expect: { problem: [G, 'at most 1.0 MB, found 21.0 MB'] } },
  { cls: 'schema', name: 'a note of 2,001 characters', edit: json(G, (o) => (o.indicators[0].note = '注'.repeat(2001))), expect: { problem: [G, 'indicators[0].note:', 'at most 2,000 characters in this field, found 2,001'] } },
  { cls: 'schema', name: 'a note of exactly 2,000 characters is fine', edit: json(G, (o) => (o.indicators[0].note = '注'.repeat(2000))), expect: { ok: true } },
  { cls: 'schema', name: 'an indicator name of 201 characters', edit: json(IND, (o) => (o.indicators[0].name = '名'.repeat(201))), expect: { problem: [IND, 'indicators[0].name:', 'at most 200 characters'] } },
  { cls: 'schema', name: 'a plan.md over 2 MB', edit: text(MD, INTRO, INTRO + '\n\n' + '文'.repeat(700_000)), expect: { problem: [MD, 'at most 2.0 MB, found 2.1 MB'] } },
  { cls: 'schema', name: 'official figure whose source is only a title and a quote', edit: official({ title: '示例县2023年教育事业统计公报', quote: '学前三年毛入园率91.2%' }), expect: { problem: [G, 'indicators[0].source:', 'without publisher, url, date'] } },
  { cls: 'schema', name: 'official figure with an empty quote', edit: official({ ...FULL_SOURCE, quote: '' }), expect: { problem: [G, 'indicators[0].source.quote:', 'found no quote'] } },
  { cls: 'schema', name: 'official figure whose publisher is blank spaces', edit: official({ ...FULL_SOURCE, publisher: '   ' }), expect: { problem: [G, 'indicators[0].source:', 'without publisher'] } },
  { cls: 'schema', name: 'official status with a partial source', edit: all(official(FULL_SOURCE), json(G, (o) => (o.clauses[0].source = { title: '工作总结', quote: '新建幼儿园2所' }))), expect: { problem: [G, 'clauses[0].source:', 'official status', 'without publisher, url, date'] } },
  { cls: 'schema', name: 'official data with full sources is accepted', edit: official(FULL_SOURCE), expect: { ok: true } },
  { cls: 'schema', name: 'a number too large for a double (1e400 → Infinity)', edit: jsonRaw(G, (t) => t.replace('"value": 91.2', '"value": 1e400')), expect: { problem: [G, 'indicators[0].value:', 'finite number'] } },
  { cls: 'schema', name: '"__proto__" as a field name', edit: jsonRaw(G, (t) => t.replace('"plan":', '"__proto__": {"polluted": true},\n  "plan":')), expect: { problem: [G, '__proto__', 'unknown field'] } },
  { cls: 'schema', name: 'JSON nested 5,000 levels deep', edit: jsonRaw(G, (t) => t.replace('"plan":', `"deep": ${'['.repeat(5000)}${']'.repeat(5000)},\n  "plan":`)), expect: { problem: [`${G}:2:`, 'nested at most 64 levels deep'] } },
  { cls: 'schema', name: 'a key repeated in the front matter', edit: text(MD, 'kind: five-year-plan', 'kind: five-year-plan\nkind: action-plan'), expect: { problem: [MD, 'front matter is not valid YAML', 'unique'] } },

  // ── plausibility: dates ────────────────────────────────────────────────────────────────────────
  { cls: 'plausibility', name: 'published in 2099', edit: json(G, (o) => (o.published = '2099-03-15')), today: '2026-12-01', expect: { problem: [G, 'published:', '(today is 2026-12-01), found 2099-03-15'] } },
  { cls: 'plausibility', name: 'published before the asOf date it reports on', edit: json(G, (o) => (o.published = '2023-06-30')), today: '2026-12-01', expect: { problem: [G, 'published:', 'on or after asOf 2023-12-31', '2023-06-30'] } },
  { cls: 'plausibility', name: 'asOf (and so published) in the future when validated', edit: () => {}, today: '2023-11-30', expect: { problem: [G, 'published:', '(today is 2023-11-30), found 2024-03-15'] } },
  { cls: 'plausibility', name: 'revision published in the future', edit: json(G, (o) => (o.indicators[0].revisions = [{ value: 90.1, published: '2031-01-01' }])), today: '2026-12-01', expect: { problem: [G, 'indicators[0].revisions[0].published:', 'found 2031-01-01'] } },
  { cls: 'plausibility', name: 'published today is fine', edit: () => {}, today: '2024-03-15', expect: { ok: true } },
  { cls: 'plausibility', name: 'published on the asOf day is fine', edit: json(G, (o) => (o.published = '2023-12-31')), today: '2026-12-01', expect: { ok: true } },
  { cls: 'plausibility', name: 'gross enrolment over 100% (101.93) is fine', edit: json(IND, (o) => (o.indicators[0].target = { year: 2025, value: 101.93, text: '101.93%' })), expect: { ok: true } },

  // ── injection ──────────────────────────────────────────────────────────────────────────────────
  { cls: 'injection', name: 'Markdown image from an outside host in the official text', edit: text(MD, INTRO, `${INTRO}![图](https://evil.example/pixel.png)`), expect: { problem: [INTRO_LINE, 'embedded resources', 'an image "https://evil.example/pixel.png"'] } },
  { cls: 'injection', name: 'Markdown image with a site-relative address', edit: text(MD, INTRO, `${INTRO}![图](/logo.png)`), expect: { problem: [INTRO_LINE, 'an image "/logo.png"'] } },
  { cls: 'injection', name: 'reference-style image', edit: text(MD, INTRO, `${INTRO}![图][p]\n\n[p]: https://evil.example/p.png`), expect: { problem: [INTRO_LINE, 'an image reference [p]'] } },
  { cls: 'injection', name: 'mixed-case JaVaScRiPt: link in the official text', edit: text(MD, INTRO, `[点此](JaVaScRiPt:alert(1))`), expect: { problem: [INTRO_LINE, 'a link to "JaVaScRiPt:alert(1)"'] } },
  { cls: 'injection', name: 'data: address in a link', edit: text(MD, INTRO, `[点此](data:text/html;base64,PHNjcmlwdD4=)`), expect: { problem: [INTRO_LINE, 'a link to "data:text/html'] } },
  { cls: 'injection', name: 'markup and a schema error in one file: both reported', edit: json(G, (o) => { o.clauses[0].summary = '<b>完成</b>'; o.indicators[0].value = '九十'; }), expect: { problem: [G, 'clauses[0].summary:', 'HTML markup'] } },
  { cls: 'injection', name: '"a<b" and 《》 are text, not markup', edit: json(G, (o) => (o.clauses[0].summary = '完成《方案》a<b，比例≥95%')), expect: { ok: true } },

  // ── paths and the file system ──────────────────────────────────────────────────────────────────
  { cls: 'paths', name: 'dangling symlink in content/progress/<plan>/', edit: (root) => symlinkSync('/nonexistent/2024.json', join(root, `content/progress/${PLAN}/2024.json`)), expect: { problem: [`content/progress/${PLAN}/2024.json`, 'found a symbolic link'] } },
  { cls: 'paths', name: 'progress file that is a symlink to a file outside content/', edit: (root) => { const out = join(tmpdir(), `outside-${process.pid}-${Math.random()}.json`); writeFileSync(out, readFileSync(join(root, G))); rmSync(join(root, G)); symlinkSync(out, join(root, G)); }, expect: { problem: [G, 'found a symbolic link', 'under version control'] } },
  { cls: 'paths', name: 'plan folder that is a symlink', edit: (root) => symlinkSync(join(root, P), join(root, 'content/plans/linked-edu-2021-2025')), expect: { problem: ['content/plans/linked-edu-2021-2025', 'symbolic link'] } },
  { cls: 'paths', name: 'a folder named 2026.json', edit: (root) => mkdirSync(join(root, `content/progress/${PLAN}/2026.json`)), expect: { problem: [`content/progress/${PLAN}/2026.json/`, 'a folder named "2026.json"'] } },
  { cls: 'paths', name: 'a folder where indicators.json should be', edit: (root) => { rmSync(join(root, IND)); mkdirSync(join(root, IND)); }, expect: { problem: [`${IND}/`, 'expected the file indicators.json, found a folder'] } },
  { cls: 'paths', name: 'a folder where plan.md should be (one problem, not two)', edit: (root) => { rmSync(join(root, MD)); mkdirSync(join(root, MD)); }, expect: { problem: [`${MD}/`, 'expected the file plan.md, found a folder'], count: 1 } },
  { cls: 'paths', name: 'a FIFO in a progress folder (reading it would hang)', edit: (root) => { const r = spawnSync('mkfifo', [join(root, `content/progress/${PLAN}/2024.json`)]); if (r.status !== 0) throw new Error('mkfifo failed'); }, expect: { problem: [`content/progress/${PLAN}/2024.json`, 'FIFO'] } },
  { cls: 'paths', name: 'a stray file in content/plans/', edit: (root) => writeFileSync(join(root, 'content/plans/notes.md'), '备忘'), expect: { problem: ['content/plans/notes.md', 'only plan folders in content/plans/'] } },
  { cls: 'paths', name: 'a progress file put straight into content/progress/', edit: (root) => writeFileSync(join(root, 'content/progress/2024.json'), '{}'), expect: { problem: ['content/progress/2024.json', 'only plan folders in content/progress/'] } },
  { cls: 'paths', name: 'a source metadata file whose plan folder is missing (half-copied tree)', edit: (root) => { mkdirSync(join(root, 'content/sources'), { recursive: true }); writeFileSync(join(root, 'content/sources/other-edu-2021-2025.yaml'), 'id: other-edu-2021-2025\n'); }, expect: { problem: ['content/sources/other-edu-2021-2025.yaml', 'found no such folder'] } },
  { cls: 'paths', name: 'no content/ folder at all', edit: (root) => rmSync(join(root, 'content'), { recursive: true }), expect: { problem: ['content/', 'expected a folder content/', 'found none'] } },
  { cls: 'paths', name: 'content/ without plans/', edit: (root) => rmSync(join(root, 'content/plans'), { recursive: true }), expect: { problem: ['content/plans/', 'never published'] } },
  { cls: 'paths', name: 'content/plans/ empty, progress still there', edit: (root) => rmSync(join(root, P), { recursive: true }), expect: { problem: ['content/plans/', 'at least one plan folder'] } },
  { cls: 'paths', name: 'content/ is a symlink', edit: (root) => { const real = join(tmpdir(), `real-content-${process.pid}-${Math.random()}`); spawnSync('cp', ['-r', join(root, 'content'), real]); rmSync(join(root, 'content'), { recursive: true }); symlinkSync(real, join(root, 'content')); }, expect: { problem: ['content/', 'found a symbolic link'] } },
  { cls: 'paths', name: 'a folder where concepts.json should be', edit: (root) => { rmSync(join(root, 'content/concepts.json')); mkdirSync(join(root, 'content/concepts.json')); }, expect: { problem: ['content/concepts.json/', 'found a folder'] } },
  { cls: 'paths', name: 'hidden files (.DS_Store) are ignored', edit: (root) => writeFileSync(join(root, P, '.DS_Store'), Buffer.from([0, 1, 2])), expect: { ok: true } },

  // ── every independent problem in one run ───────────────────────────────────────────────────────
  {
    cls: 'every problem',
    name: 'broken front matter does not hide indicators.json, projects.json and progress problems',
    edit: all(
      text(MD, 'kind: five-year-plan', 'kind: [unclosed'),
      json(IND, (o) => (o.indicators[0].no = '一')),
      json(PROJ, (o) => (o.projects[0].clause = 's9-9')),
      json(G, (o) => (o.clauses[0].clause = 's2-9')),
    ),
    expect: { problem: [MD, 'front matter is not valid YAML'] },
  },
];

/** For the "every problem" case: each of these must also be reported. */
export const ALSO_REPORTED: Record<string, string[][]> = {
  'broken front matter does not hide indicators.json, projects.json and progress problems': [
    [IND, 'indicators[0].no:'],
    [PROJ, 'projects[0].clause:', 'found "s9-9"'],
    [G, 'clauses[0].clause:', 'found "s2-9"'],
  ],
  'markup and a schema error in one file: both reported': [[G, 'indicators[0].value:', 'expected a number, found "九十"']],
};
