/**
 * The all-plans downloads (/data/all/) are one zip archive holding every table as CSV and JSON with its
 * datapackage.json, byte for byte what the per-table writers produce, the same bytes on every build and in
 * every time zone; only tables that are small are also published plain beside it.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ILLUSTRATIVE_LABEL } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { allDownloads, PLAIN_LIMIT } from '../../src/lib/publish/all-downloads.ts';
import { buildTables, dataPackage, TABLE_NAMES, toCsv, toJson } from '../../src/lib/publish/downloads.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const plans = model.plans;
const tables = buildTables(plans);
const scope = { name: 'all', title: '全部规划' };
const opts = { illustrative: true, updated: '2024-03-15' };
const text = (b: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the all-plans archive', () => {
  const { archive } = allDownloads(scope, tables, opts);
  const files = unzipSync(archive);

  it('holds every table as CSV and JSON, and a datapackage.json naming each of them', () => {
    expect(Object.keys(files).sort()).toEqual([...TABLE_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json'].sort());
    for (const t of tables) {
      expect(text(files[`${t.name}.csv`]), t.name).toBe(toCsv(t));
      expect(text(files[`${t.name}.json`]), t.name).toBe(toJson(t, true));
    }
    expect(text(files['datapackage.json'])).toBe(dataPackage('all', '全部规划', tables, true));
    const pkg = JSON.parse(text(files['datapackage.json'])) as { resources: Array<{ path: string }> };
    for (const r of pkg.resources) expect(files[r.path], r.path).toBeDefined();
  });

  it('keeps in every row its plan, its sources and its provenance, with the illustrative note', () => {
    const values = parseCsv(text(files['indicator-values.csv']), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(values.length).toBeGreaterThan(0);
    for (const r of values) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['plan_id', 'plan_title', 'source_title', 'source_url', 'source_quote', 'provenance', 'provenance_note']));
      if (r.provenance === 'illustrative') expect(r.provenance_note).toBe(ILLUSTRATIVE_LABEL);
    }
    expect(JSON.parse(text(files['indicators.json'])).notice).toContain(ILLUSTRATIVE_LABEL);
  });

  it('is the same bytes on every build and in every time zone, its entries dated the day the data last changed', () => {
    process.env.TZ = 'UTC';
    const utc = allDownloads(scope, buildTables(plans), opts).archive;
    process.env.TZ = 'Asia/Shanghai';
    const shanghai = allDownloads(scope, buildTables(plans), opts).archive;
    process.env.TZ = 'America/Los_Angeles';
    const la = allDownloads(scope, buildTables(plans), opts).archive;
    expect(Buffer.from(utc).equals(Buffer.from(archive))).toBe(true);
    expect(Buffer.from(shanghai).equals(Buffer.from(utc))).toBe(true);
    expect(Buffer.from(la).equals(Buffer.from(utc))).toBe(true);
    // The local file header's DOS date (offset 12): 2024-03-15 is ((2024 − 1980) << 9) | (3 << 5) | 15.
    expect(Buffer.from(archive).readUInt16LE(12)).toBe(((2024 - 1980) << 9) | (3 << 5) | 15);
    // Data that never changed is dated 1980-01-01, the first day a zip can hold.
    expect(Buffer.from(allDownloads(scope, tables, { ...opts, updated: null }).archive).readUInt16LE(12)).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('is far smaller than the tables it holds', () => {
    const plain = tables.reduce((n, t) => n + Buffer.byteLength(toCsv(t)) + Buffer.byteLength(toJson(t, true)), 0);
    expect(archive.length).toBeLessThan(plain / 3);
  });
});

describe('the plain files beside the archive', () => {
  it('are the small tables, each as CSV and JSON, with a datapackage.json describing only them', () => {
    const bytes = (name: string) => Buffer.byteLength(toJson(tables.find((t) => t.name === name)!, true));
    const sizes = TABLE_NAMES.map(bytes).sort((a, b) => a - b);
    const limit = sizes[2]!; // the three smallest tables
    const { plain, plainTables } = allDownloads(scope, tables, { ...opts, limit });
    const small = TABLE_NAMES.filter((n) => bytes(n) <= limit);
    expect(plainTables).toEqual(small);
    expect([...plain.keys()]).toEqual([...small.flatMap((n) => [`${n}.csv`, `${n}.json`]), 'datapackage.json']);
    const pkg = JSON.parse(plain.get('datapackage.json')!) as { resources: Array<{ path: string }> };
    expect(pkg.resources.map((r) => r.path)).toEqual(small.flatMap((n) => [`${n}.csv`, `${n}.json`]));
    expect(plain.get(`${small[0]}.csv`)).toBe(toCsv(tables.find((t) => t.name === small[0])!));
  });

  it('are every table and the full datapackage.json on a small site, and none on a large one (no empty datapackage)', () => {
    expect(tables.every((t) => Buffer.byteLength(toJson(t, true)) <= PLAIN_LIMIT), 'the repository’s five plans are a small site').toBe(true);
    const small = allDownloads(scope, tables, opts);
    expect(small.plainTables).toEqual([...TABLE_NAMES]);
    expect(small.plain.get('datapackage.json')).toBe(dataPackage('all', '全部规划', tables, true));
    const large = allDownloads(scope, tables, { ...opts, limit: 0 });
    expect(large.plain.size).toBe(0);
    expect(Object.keys(unzipSync(large.archive))).toHaveLength(11);
  });
});

describe('edge cases', () => {
  it('a site of one plan without clauses still has every table, the empty ones with their header row', () => {
    const bare = { ...plans[0]!, clauses: [] };
    const files = unzipSync(allDownloads(scope, buildTables([bare]), opts).archive);
    expect(Object.keys(files)).toHaveLength(11);
    const clauses = text(files['clauses.csv']);
    expect(clauses.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('plan_id,plan_title,region,clause_id,kind,citation,url,units,text');
    expect(parseCsv(clauses, { bom: true, columns: true })).toEqual([]);
    expect(JSON.parse(text(files['clauses.json'])).rows).toEqual([]);
  });

  it('a site of no plans has an archive of empty tables', () => {
    const files = unzipSync(allDownloads(scope, buildTables([]), { illustrative: false, updated: null }).archive);
    expect(Object.keys(files)).toHaveLength(11);
    expect(JSON.parse(text(files['indicators.json'])).rows).toEqual([]);
  });
});
