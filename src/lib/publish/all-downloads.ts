/**
 * The all-plans downloads (/data/all/): every table of every plan in one zip archive, a zipped Frictionless
 * data package (each table as CSV and JSON, and datapackage.json), with tables that are small also published
 * as plain files beside it. The all-plans tables repeat every plan's own downloads row for row (the clauses
 * alone were 16 MB of the 22 MB per 100 plans), and they compress 4 to 90 times: the archive is what keeps a
 * 1,000-plan build within a static host's 1 GB. The archive is byte-identical from one build to the next
 * (fixed order, fixed compression, entries dated the day the data last changed), so that an incremental
 * build equals a full one.
 */
import { zipSync, type Zippable } from 'fflate';
import { dataPackage, toCsv, toJson, type Table } from './downloads.ts';

/** The archive's file name in /data/all/. */
export const ARCHIVE_NAME = 'tables.zip';
/** A table is also published as plain CSV and JSON when its JSON (the larger of the two) is at most this many bytes. */
export const PLAIN_LIMIT = 512 * 1024;

export interface AllDownloads {
  /** The zip archive: every table's CSV and JSON, and datapackage.json describing them. */
  archive: Uint8Array;
  /** The tables also published as plain files, by name, in the order of the tables. */
  plainTables: string[];
  /** The plain files beside the archive, by file name: the small tables' CSV and JSON, and a datapackage.json describing them (when there is one). */
  plain: Map<string, string>;
}

/**
 * The date the archive's entries carry. Zip dates are local times without a zone (fflate reads the Date's
 * local fields), so the Date is made from local fields too: the same bytes whatever the build machine's zone.
 * Zip cannot date before 1980.
 */
function entryDate(day: string | null): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1980, 1, 1];
  return y < 1980 || y > 2099 ? new Date(1980, 0, 1) : new Date(y, mo - 1, d);
}

/**
 * The downloads of /data/all/ from the tables of `scope` (every plan of the site or of its partition).
 * `updated` is the day the data last changed (YYYY-MM-DD), the date of the archive's entries; `limit` the
 * largest JSON published plain.
 */
export function allDownloads(
  scope: { name: string; title: string },
  tables: readonly Table[],
  opts: { illustrative: boolean; updated: string | null; limit?: number },
): AllDownloads {
  const enc = new TextEncoder();
  const mtime = entryDate(opts.updated);
  const limit = opts.limit ?? PLAIN_LIMIT;
  const files: Zippable = {};
  const plain = new Map<string, string>();
  const small: Table[] = [];
  files['datapackage.json'] = [enc.encode(dataPackage(scope.name, scope.title, tables, opts.illustrative)), { mtime }];
  for (const table of tables) {
    const csv = toCsv(table);
    const json = toJson(table, opts.illustrative);
    const jsonBytes = enc.encode(json);
    files[`${table.name}.csv`] = [enc.encode(csv), { mtime }];
    files[`${table.name}.json`] = [jsonBytes, { mtime }];
    if (jsonBytes.length <= limit) {
      small.push(table);
      plain.set(`${table.name}.csv`, csv);
      plain.set(`${table.name}.json`, json);
    }
  }
  if (small.length > 0) plain.set('datapackage.json', dataPackage(scope.name, scope.title, small, opts.illustrative));
  return { archive: zipSync(files, { level: 9, mtime }), plainTables: small.map((t) => t.name), plain };
}
