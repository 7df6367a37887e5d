/** The update log, the Atom feeds and the downloads, as data: diffs, valid Atom, CSV that parses back. */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diffProgress, type History } from '../../src/lib/content/history.ts';
import { atomFeed, updateViews } from '../../src/lib/publish/updates.ts';
import { buildTables, dataPackage, neutraliseFormula, toCsv } from '../../src/lib/publish/downloads.ts';
import { ILLUSTRATIVE_LABEL as ILLUSTRATIVE_NOTE } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { REPO } from '../helpers/run.ts';
import { urls } from '../../src/lib/site/urls.ts';

afterEach(() => vi.unstubAllEnvs());

const { model } = loadContent(REPO);
const plans = model.plans;

describe('history diff', () => {
  it('names every value and status that changed, from what to what', () => {
    const before = { provenance: 'official', indicators: [{ indicator: 'a', value: 91.8 }, { indicator: 'b', value: 3 }], clauses: [{ clause: 's1', status: 'in-progress' }] };
    const after = { provenance: 'official', indicators: [{ indicator: 'a', value: 92.4 }, { indicator: 'b', value: 3 }], clauses: [{ clause: 's1', status: 'completed' }] };
    expect(diffProgress(before, after)).toEqual([
      { what: 'indicator', id: 'a', field: 'value', from: 91.8, to: 92.4, illustrative: false },
      { what: 'clause', id: 's1', field: 'status', from: 'in-progress', to: 'completed', illustrative: false },
    ]);
  });
  it('a new file lists its filled values; blank ones are not changes', () => {
    const after = { provenance: 'illustrative', indicators: [{ indicator: 'a', value: 90 }, { indicator: 'b', value: null }] };
    expect(diffProgress(null, after)).toEqual([{ what: 'indicator', id: 'a', field: 'value', from: undefined, to: 90, illustrative: true }]);
  });
});

const history: History = {
  available: true,
  entries: [
    {
      commit: 'c0ffee0000000000000000000000000000000000',
      date: '2024-09-30T10:00:00+08:00',
      files: [
        {
          path: 'content/progress/qingtongxia-edu-2021-2025/2023.json',
          plan: 'qingtongxia-edu-2021-2025',
          year: 2023,
          kind: 'progress',
          state: 'modified',
          changes: [{ what: 'indicator', id: 'preschool-gross-enrolment', field: 'value', from: 91.83, to: 92.43, illustrative: true }],
        },
      ],
    },
  ],
};

describe('update log and Atom feeds', () => {
  it('says what changed in words, with the illustrative label', () => {
    const [u] = updateViews(history, plans);
    expect(u!.plans[0]!.lines).toEqual([`学前教育毛入园率 2023年：91.83% → 92.43%（${ILLUSTRATIVE_NOTE}）`]);
    expect(updateViews(history, plans, 'pingluo-edu-2021-2025')).toEqual([]);
  });
  it('is valid Atom: feed id, title, updated, self link; entries with id, title, updated, link, summary', () => {
    vi.stubEnv('SITE_URL', 'https://example.org');
    const xml = atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: updateViews(history, plans) });
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe('https://example.org/updates.xml');
    expect(new Date(doc.feed.updated).toISOString()).toBe('2024-09-30T02:00:00.000Z');
    const entry = doc.feed.entry;
    // The title and the summary say what changed in the data.
    expect(entry.title['#text']).toBe('2024年9月30日 更新青铜峡市 2023 年度进展：1 项指标数值（示例数据，非官方统计）');
    expect(entry.id).toBe('https://example.org/updates.xml#c0ffee000000');
    expect(entry.link['@_href']).toBe('https://example.org/updates/#c0ffee000000');
    expect(entry.summary['#text']).toContain('91.83% → 92.43%');
  });
  it('lives under the base path and the site address when the site is hosted in a portal', () => {
    vi.stubEnv('SITE_URL', 'https://www.example.gov.cn/');
    vi.stubEnv('BASE_PATH', '/jyj/ghgk/');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: updateViews(history, plans) }));
    expect(doc.feed.id).toBe('https://www.example.gov.cn/jyj/ghgk/updates.xml');
    expect(doc.feed.entry.link['@_href']).toBe('https://www.example.gov.cn/jyj/ghgk/updates/#c0ffee000000');
  });
  it('an empty log says why in its subtitle, without inventing dates', () => {
    const xml = atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: [], note: '构建时没有内容的修改历史' });
    const doc = new XMLParser().parse(xml);
    expect(doc.feed.entry).toBeUndefined();
    expect(doc.feed.subtitle).toBe('构建时没有内容的修改历史');
    expect(doc.feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('downloads', () => {
  const tables = buildTables(plans);
  it('CSV starts with a UTF-8 BOM and parses back to the same values', () => {
    for (const table of tables) {
      const csv = toCsv(table);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
      expect(rows).toHaveLength(table.rows.length);
      rows.forEach((r, i) => {
        // Text cells a spreadsheet would run as a formula gain a leading apostrophe (OWASP); nothing else changes.
        for (const field of table.fields) {
          const v = table.rows[i]![field.name] ?? '';
          expect(r[field.name], `${table.name}[${i}].${field.name}`).toBe(typeof v === 'string' ? neutraliseFormula(v) : String(v));
        }
      });
    }
  });
  it('indicators carry baseline, target, every yearly value, status and provenance', () => {
    const ind = tables.find((t) => t.name === 'indicators')!;
    expect(ind.rows).toHaveLength(42);
    const qtx = ind.rows.find((r) => r.plan_id === 'qingtongxia-edu-2021-2025' && r.indicator_id === 'preschool-gross-enrolment')!;
    expect(qtx).toMatchObject({ baseline_text: '88.51', target_text: '95', value_2023: 92.43, provenance: 'illustrative', provenance_note: ILLUSTRATIVE_NOTE });
    expect(Object.keys(qtx)).toEqual(expect.arrayContaining(['value_2021', 'value_2022', 'value_2024', 'value_2025', 'status']));
  });
  it('clauses download holds the text, citation and permalink of every clause', () => {
    const clauses = tables.find((t) => t.name === 'clauses')!;
    expect(clauses.rows).toHaveLength(plans.reduce((n, p) => n + p.clauses.length, 0));
    expect(clauses.rows.find((r) => r.clause_id === 's3-3-2' && r.plan_id === 'qingtongxia-edu-2021-2025')).toMatchObject({
      citation: '《青铜峡市教育事业发展“十四五”规划》三、（三）2.',
      url: '/plans/qingtongxia-edu-2021-2025/text/#s3-3-2',
    });
  });
  it('datapackage.json describes every file and every column', () => {
    const pkg = JSON.parse(dataPackage('all', '全部规划', tables, true));
    expect(pkg.profile).toBe('tabular-data-package');
    const csvs = pkg.resources.filter((r: { format: string }) => r.format === 'csv');
    expect(csvs.map((r: { path: string }) => r.path)).toEqual(['indicators.csv', 'indicator-values.csv', 'measures.csv', 'projects.csv', 'clauses.csv']);
    for (const r of csvs) for (const field of r.schema.fields) expect(field.description.length).toBeGreaterThan(0);
    expect(pkg.description).toContain(ILLUSTRATIVE_NOTE);
  });
});
