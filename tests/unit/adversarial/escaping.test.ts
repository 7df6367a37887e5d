/**
 * The adversarial suite, output half: with the validator bypassed (tests/helpers/build-unvalidated.ts),
 * hostile text in every kind of field reaches every output escaped by
 * construction: Atom feeds (whose titles, summaries and contents are type="html"), CSV (formula cells
 * neutralised as OWASP recommends, numbers untouched), SVG charts and HTML; the JSON keeps the text exactly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/lib/publish/downloads.ts';
import { htmlText } from '../../../src/lib/publish/updates.ts';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { NODE, REPO } from '../../helpers/run.ts';

const PLAN = 'demo-edu-2021-2025';
const TITLE = '示例<script>alert(1)</script>]]><b>规划</b>';
const REGION = '@SUM(1+1)*cmd|" /C calc"!A0';
const IND0 = '=HYPERLINK("http://evil.example","点我")';
const IND1 = '<svg onload=alert(1)>"&\'';
const SUMMARY = '+1+1';
const PROJECT = '-2+3+cmd|" /C calc"!A0';
const SOURCE = '\t=1+1';
const MESSAGE = '发布<img src=x onerror=alert(1)>]]>进展';
let out = '';

const read = (p: string) => readFileSync(join(out, p), 'utf8');
/** A file of the all-plans archive (/data/all/tables.zip), which holds every table whatever the site's size. */
const archived = (file: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(unzipSync(readFileSync(join(out, 'data/all/tables.zip')))[file]);
const git = (root: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: '2024-03-15T10:00:00+08:00', GIT_COMMITTER_DATE: '2024-03-15T10:00:00+08:00' } });

beforeAll(() => {
  const root = fixtureRoot();
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', '初始内容');
  const P = join(root, 'content/plans', PLAN);
  const md = readFileSync(join(P, 'plan.md'), 'utf8')
    .replace('title: 示例县教育事业发展“十四五”规划', `title: ${JSON.stringify(TITLE)}`)
    .replace('name: 示例县', `name: ${JSON.stringify(REGION)}`);
  writeFileSync(join(P, 'plan.md'), md);
  const ind = JSON.parse(readFileSync(join(P, 'indicators.json'), 'utf8'));
  ind.indicators[0].name = IND0;
  ind.indicators[1].name = IND1;
  writeFileSync(join(P, 'indicators.json'), JSON.stringify(ind, null, 2));
  const proj = JSON.parse(readFileSync(join(P, 'projects.json'), 'utf8'));
  proj.projects[0].name = PROJECT;
  writeFileSync(join(P, 'projects.json'), JSON.stringify(proj, null, 2));
  const g = join(root, 'content/progress', PLAN, '2023.json');
  const prog = JSON.parse(readFileSync(g, 'utf8'));
  prog.indicators[0].value = 92;
  prog.indicators[0].source = { title: SOURCE };
  prog.clauses[0].summary = SUMMARY;
  writeFileSync(g, JSON.stringify(prog, null, 2));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', MESSAGE);
  out = mkdtempSync(join(tmpdir(), 'escaping-'));
  const r = spawnSync(NODE, [join(REPO, 'tests/helpers/build-unvalidated.ts'), root, out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, 600_000);

/** The texts of every element `name` in an Atom feed (CDATA or text). */
function feedTexts(xml: string, name: 'title' | 'summary' | 'content'): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' }).parse(xml) as { feed: { entry?: unknown } };
  const entries = ([] as Array<Record<string, unknown>>).concat((doc.feed.entry as Array<Record<string, unknown>>) ?? []);
  return entries.map((e) => {
    const v = e[name] as Record<string, unknown> | string;
    return typeof v === 'string' ? v : String(v['#cdata'] ?? v['#text'] ?? '');
  });
}

describe('Atom feeds (type="html") with the validator bypassed', () => {
  for (const path of ['updates.xml', `plans/${PLAN}/updates.xml`]) {
    it(`${path} is well-formed XML even with "]]>" in the text`, () => {
      expect(XMLValidator.validate(read(path))).toBe(true);
    });
    for (const field of ['title', 'summary', 'content'] as const) {
      it(`${path}: every entry ${field} carries the hostile text escaped, as text`, () => {
        const texts = feedTexts(read(path), field);
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) expect(t, 'HTML in the feed holds no tag at all').not.toContain('<');
        const joined = texts.join('\n');
        if (field === 'title') expect(joined).toContain(htmlText(REGION));
        else expect(joined).toContain(htmlText(TITLE));
        // A commit message (hostile or not) never reaches a feed: the log says what changed in the data.
        expect(joined).not.toContain('onerror');
        expect(joined).not.toContain(htmlText(MESSAGE));
      });
    }
  }
});

describe('CSV downloads: formula cells neutralised, numbers and printed dashes untouched', () => {
  const rows = (file: string) => parse(archived(file).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
  it('no text cell in any CSV starts a formula', () => {
    for (const file of ['indicators.csv', 'indicator-values.csv', 'measures.csv', 'projects.csv', 'clauses.csv']) {
      for (const row of rows(file)) {
        for (const [col, cell] of Object.entries(row)) {
          if (/^[+-]?(?:\d[\d,]*(?:\.\d+)?%?)?$/.test(cell)) continue;
          expect(cell, `${file} ${col}`).not.toMatch(/^\s*[=+\-@\t\r]/);
        }
      }
    }
  });
  it('the injected cells are kept, with a leading apostrophe', () => {
    const ind = rows('indicators.csv');
    expect(ind.map((r) => r.name)).toContain(`'${IND0}`);
    expect(ind[0]!.region).toBe(`'${REGION}`);
    expect(rows('measures.csv').map((r) => r.latest_summary)).toContain(`'${SUMMARY}`);
    expect(rows('projects.csv').map((r) => r.name)).toContain(`'${PROJECT}`);
    expect(rows('indicator-values.csv').map((r) => r.source_title)).toContain(`'${SOURCE}`);
  });
  it('numbers and the printed "-" are unchanged', () => {
    const values = rows('indicator-values.csv');
    expect(values.map((r) => r.value)).toContain('92');
    const ind = rows('indicators.csv');
    expect(ind.map((r) => r.baseline_value)).toContain('88.51');
    expect(ind.map((r) => r.baseline_text)).toContain('-');
  });
  it('the plain files beside the archive (a small site) are the archive\'s files, byte for byte', () => {
    for (const file of ['indicators.csv', 'indicators.json', 'projects.csv', 'datapackage.json']) expect(read(`data/all/${file}`), file).toBe(archived(file));
  });
  it('the JSON downloads keep the text exactly as written', () => {
    const json = JSON.parse(archived('indicators.json')) as { rows: Array<Record<string, unknown>> };
    expect(json.rows.map((r) => r.name)).toEqual(expect.arrayContaining([IND0, IND1]));
    expect(json.rows[0]!.region).toBe(REGION);
  });
});

describe('SVG and HTML', () => {
  it('the chart of an indicator with markup in its name is well-formed and holds no element from it', () => {
    const svg = read(`plans/${PLAN}/indicators/compulsory-quality-balanced/chart.svg`);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<svg[^>]*onload/);
    expect(svg).toContain('&lt;svg onload=alert(1)&gt;');
  });
  it('the plan page shows the title as text', () => {
    const html = read(`plans/${PLAN}/index.html`);
    // Inside a double-quoted attribute value "<" is inert text; everywhere else it must be escaped.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('neutraliseFormula', () => {
  const cases: Array<[string, string]> = [
    ['=1+1', "'=1+1"],
    ['+1', '+1'],
    ['+1+1', "'+1+1"],
    ['-', '-'],
    ['-5', '-5'],
    ['-3.5%', '-3.5%'],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    [' =1', "' =1"],
    ['学前教育=95%', '学前教育=95%'],
    ['——推进学前教育', '——推进学前教育'],
    ['', ''],
  ];
  for (const [cell, want] of cases) it(JSON.stringify(cell), () => expect(neutraliseFormula(cell)).toBe(want));
});
