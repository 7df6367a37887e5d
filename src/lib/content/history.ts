/**
 * What changed, and when: read from the git history of `content/`. Each commit becomes an entry with its
 * date, the plans and years it touched, and, for progress files, every value or status that changed, from
 * what to what. Commit messages are not read at all: they describe the code and the work, in the
 * developers' words, and the public log says what changed in the data (lib/publish/updates.ts). Without a
 * full history (a tarball, a shallow clone) it says so rather than failing or inventing dates; the log then
 * falls back to what the content itself records.
 */
import { relative } from 'node:path';
import { simpleGit } from 'simple-git';
import { t } from '../../i18n/index.ts';

export interface ValueChange {
  what: 'indicator' | 'clause' | 'project';
  id: string;
  field: 'value' | 'status';
  from: number | string | null | undefined;
  to: number | string | null | undefined;
  illustrative: boolean;
  /** For a changed figure whose earlier value the new version keeps in `revisions`: the reason given there. */
  reason?: string | undefined;
}

export interface FileChange {
  path: string;
  plan: string | null;
  /** The progress year, for progress files. */
  year: number | null;
  kind: 'progress' | 'plan' | 'indicators' | 'projects' | 'source' | 'other';
  /** For progress files: every value or status that changed. */
  changes: ValueChange[];
  /** The file is new (`added`) or gone (`deleted`) in this commit. */
  state: 'added' | 'modified' | 'deleted';
}

export interface HistoryEntry {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  files: FileChange[];
}

export type History = { available: true; entries: HistoryEntry[] } | { available: false; reason: string };

const SEP = '\u001f';

function classify(path: string): Pick<FileChange, 'plan' | 'year' | 'kind'> {
  let m = /^content\/progress\/([^/]+)\/(\d{4})\.json$/.exec(path);
  if (m) return { plan: m[1]!, year: Number(m[2]), kind: 'progress' };
  m = /^content\/plans\/([^/]+)\/(plan\.md|indicators\.json|projects\.json)$/.exec(path);
  if (m) return { plan: m[1]!, year: null, kind: m[2] === 'plan.md' ? 'plan' : (m[2]!.replace('.json', '') as 'indicators' | 'projects') };
  m = /^content\/sources\/([^/.]+)\./.exec(path);
  if (m) return { plan: m[1]!, year: null, kind: 'source' };
  return { plan: null, year: null, kind: 'other' };
}

type Json = Record<string, unknown> & { provenance?: string; indicators?: unknown[]; clauses?: unknown[]; projects?: unknown[] };

function entries(doc: Json | null, list: 'indicators' | 'clauses' | 'projects', key: string, field: string) {
  const out = new Map<string, { v: unknown; illustrative: boolean }>();
  for (const e of (doc?.[list] as Array<Record<string, unknown>> | undefined) ?? []) {
    const provenance = (e.provenance as string | undefined) ?? doc?.provenance;
    out.set(String(e[key]), { v: e[field], illustrative: provenance === 'illustrative' });
  }
  return out;
}

/** Every value and status that differs between two versions of a progress file. */
export function diffProgress(before: Json | null, after: Json | null): ValueChange[] {
  const out: ValueChange[] = [];
  const lists = [
    ['indicators', 'indicator', 'value', 'indicator'],
    ['clauses', 'clause', 'status', 'clause'],
    ['projects', 'project', 'status', 'project'],
  ] as const;
  for (const [list, key, field, what] of lists) {
    const a = entries(before, list, key, field);
    const b = entries(after, list, key, field);
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const from = a.get(id);
      const to = b.get(id);
      if (from?.v === to?.v) continue;
      if (from === undefined && (to?.v === null || to?.v === undefined)) continue;
      const change: ValueChange = { what, id, field, from: from?.v as ValueChange['from'], to: to?.v as ValueChange['to'], illustrative: (to ?? from)!.illustrative };
      if (list === 'indicators' && from !== undefined && from.v !== null) {
        // A correction of a published figure keeps it in `revisions` with the reason.
        const entry = ((after?.indicators as Array<Record<string, unknown>> | undefined) ?? []).find((e) => e.indicator === id);
        const revision = ((entry?.revisions as Array<{ value?: unknown; note?: unknown }> | undefined) ?? []).findLast((r) => r.value === from.v);
        if (revision) change.reason = typeof revision.note === 'string' ? revision.note : '';
      }
      out.push(change);
    }
  }
  out.push(...revisionsRecorded(before, after, out));
  return out;
}

type Revision = { value?: unknown; published?: unknown; note?: unknown };

/**
 * Corrections the new version records in `revisions` that the value change above does not already tell: a
 * file first committed with its revisions in it, or a revision written down after the figure was changed.
 * Each is one step of the chain first value → … → the value now, with the reason its note gives.
 */
function revisionsRecorded(before: Json | null, after: Json | null, told: readonly ValueChange[]): ValueChange[] {
  const out: ValueChange[] = [];
  const key = (r: Revision) => `${String(r.value)}|${String(r.published)}`;
  for (const e of (after?.indicators as Array<Record<string, unknown>> | undefined) ?? []) {
    const id = String(e.indicator);
    const list = (e.revisions as Revision[] | undefined) ?? [];
    const old = ((before?.indicators as Array<Record<string, unknown>> | undefined) ?? []).find((x) => x.indicator === e.indicator);
    const known = new Set(((old?.revisions as Revision[] | undefined) ?? []).map(key));
    const provenance = (e.provenance as string | undefined) ?? after?.provenance;
    list.forEach((r, k) => {
      if (known.has(key(r))) return;
      const to = k + 1 < list.length ? list[k + 1]!.value : e.value;
      if (told.some((c) => c.what === 'indicator' && c.id === id && c.from === r.value && c.to === to)) return;
      out.push({ what: 'indicator', id, field: 'value', from: r.value as ValueChange['from'], to: to as ValueChange['to'], illustrative: provenance === 'illustrative', reason: typeof r.note === 'string' ? r.note : '' });
    });
  }
  return out;
}

export async function readHistory(root: string, limit = 300): Promise<History> {
  const git = simpleGit({ baseDir: root });
  try {
    if (!(await git.checkIsRepo())) return { available: false, reason: t('history.none') };
    const top = (await git.revparse(['--show-toplevel'])).trim();
    if ((await git.revparse(['--is-shallow-repository'])).trim() === 'true') {
      return { available: false, reason: t('history.shallow') };
    }
    const prefix = relative(top, root).split('\\').join('/');
    const at = (p: string) => (prefix ? `${prefix}/${p}` : p);
    const log = await git.raw(['log', `-n${limit}`, '--no-renames', `--format=%x1e%H${SEP}%aI`, '--name-status', '--', at('content')]);
    const out: HistoryEntry[] = [];
    for (const block of log.split('\u001e').filter((b) => b.trim())) {
      const [head, ...lines] = block.trim().split('\n');
      const [commit, date] = head!.split(SEP) as [string, string];
      const files: FileChange[] = [];
      for (const line of lines.filter(Boolean)) {
        const [status, full] = line.split('\t') as [string, string];
        const path = prefix ? full.slice(prefix.length + 1) : full;
        const info = classify(path);
        const state = status.startsWith('A') ? 'added' : status.startsWith('D') ? 'deleted' : 'modified';
        let changes: ValueChange[] = [];
        if (info.kind === 'progress') {
          const show = async (rev: string) => {
            try {
              return JSON.parse(await git.show([`${rev}:${full}`])) as Json;
            } catch {
              return null;
            }
          };
          changes = diffProgress(state === 'added' ? null : await show(`${commit}^`), state === 'deleted' ? null : await show(commit));
        }
        files.push({ path, ...info, changes, state });
      }
      out.push({ commit, date, files });
    }
    return { available: true, entries: out };
  } catch (err) {
    return { available: false, reason: t('history.unreadable') };
  }
}

/**
 * The text of each file under `content/progress/` as it was at `rev` (the last published version), to
 * check that a published figure is not changed without its earlier value and a reason. Null when `rev`
 * cannot be read (no git, a shallow clone, the all-zero revision of a first push).
 */
export async function progressAt(root: string, rev: string): Promise<Map<string, string> | null> {
  if (!rev || /^0+$/.test(rev)) return null;
  const git = simpleGit({ baseDir: root });
  try {
    if (!(await git.checkIsRepo())) return null;
    const top = (await git.revparse(['--show-toplevel'])).trim();
    const prefix = relative(top, root).split('\\').join('/');
    const dir = prefix ? `${prefix}/content/progress` : 'content/progress';
    const names = (await git.raw(['ls-tree', '-r', '--full-tree', '--name-only', rev, '--', dir])).split('\n').filter((n) => n.endsWith('.json'));
    const out = new Map<string, string>();
    for (const name of names) out.set(prefix ? name.slice(prefix.length + 1) : name, await git.show([`${rev}:${name}`]));
    return out;
  } catch {
    return null;
  }
}
