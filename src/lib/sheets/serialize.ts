/**
 * The one way a progress file is written: every field in the order of the data contract, two-space
 * indentation, a final newline. The workbook import and the round-trip test use it, so that a file
 * that goes through the workbook and back is byte-for-byte the file it was.
 */
import type { ProgressFile } from '../../schemas/progress.ts';
import type { Source } from '../../schemas/common.ts';

function source(s: Source | undefined): Source | undefined {
  if (!s) return undefined;
  return prune({ title: s.title, publisher: s.publisher, url: s.url, date: s.date, quote: s.quote }) as Source;
}

function prune<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

export function canonicalProgress(f: ProgressFile): ProgressFile {
  return {
    plan: f.plan,
    year: f.year,
    asOf: f.asOf,
    published: f.published,
    provenance: f.provenance,
    indicators: f.indicators.map((e) =>
      prune({
        indicator: e.indicator,
        value: e.value,
        text: e.text,
        status: e.status,
        provenance: e.provenance,
        source: source(e.source),
        revisions: e.revisions?.map((r) => prune({ value: r.value, published: r.published, note: r.note, source: source(r.source) })),
        note: e.note,
      }),
    ),
    clauses: f.clauses.map((e) => prune({ clause: e.clause, status: e.status, summary: e.summary, provenance: e.provenance, source: source(e.source) })),
    projects: f.projects.map((e) => prune({ project: e.project, status: e.status, summary: e.summary, provenance: e.provenance, source: source(e.source) })),
  };
}

export function serializeProgress(f: ProgressFile): string {
  return `${JSON.stringify(canonicalProgress(f), null, 2)}\n`;
}
