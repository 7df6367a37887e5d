/**
 * The Chinese status labels a clerk writes (推进中, 在建, 按计划推进) and the ids the data contract keeps
 * (in-progress, under-construction, on-track). Both are accepted in a progress file and in the workbook;
 * the labels are the ones readers see, from the one table in src/i18n/zh-CN.json.
 */
import { tk } from '../../i18n/index.ts';
import { ClauseStatusSchema, ProjectStatusSchema, RecordedIndicatorStatusSchema } from '../../schemas/progress.ts';

export type StatusKind = 'clause' | 'project' | 'indicator';

const IDS: Record<StatusKind, readonly string[]> = {
  clause: ClauseStatusSchema.options,
  project: ProjectStatusSchema.options,
  indicator: RecordedIndicatorStatusSchema.options,
};
const KEY: Record<StatusKind, string> = { clause: 'clauseStatus', project: 'projectStatus', indicator: 'status' };

/**
 * Words that earlier versions wrote for a status (in workbooks and progress files clerks still keep), read as
 * the same id: readers now see the words official 中期评估 reports use (基本符合预期, 略有滞后).
 */
const EARLIER: Record<StatusKind, Record<string, string>> = {
  clause: {},
  project: {},
  indicator: { 按计划推进: 'on-track', 有滞后风险: 'at-risk' },
};

/** `[id, label]` pairs of one kind of status, in the schema's order. */
export function statusLabels(kind: StatusKind): Array<[id: string, label: string]> {
  return IDS[kind].map((id) => [id, tk(`${KEY[kind]}.${id}`)]);
}

export function statusLabel(kind: StatusKind, id: string): string {
  return tk(`${KEY[kind]}.${id}`);
}

/** The id for a label or an id (surrounding spaces ignored); undefined when it is neither. */
export function statusId(kind: StatusKind, text: string): string | undefined {
  const t = text.trim();
  for (const [id, label] of statusLabels(kind)) if (t === id || t === label) return id;
  return EARLIER[kind][t];
}

/** The kind whose ids are exactly `options`, to show the labels beside the ids in a message. */
export function kindOfOptions(options: readonly string[]): StatusKind | undefined {
  return (Object.keys(IDS) as StatusKind[]).find((k) => IDS[k].length === options.length && IDS[k].every((id) => options.includes(id)));
}

/**
 * Replaces, in a parsed progress file, every status written as a Chinese label by its id, so that the
 * schema sees ids. Anything else is left for the schema to judge.
 */
export function normalizeStatusLabels(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const file = value as Record<string, unknown>;
  const lists: Array<[string, StatusKind]> = [
    ['clauses', 'clause'],
    ['projects', 'project'],
    ['indicators', 'indicator'],
  ];
  for (const [key, kind] of lists) {
    const list = file[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (entry === null || typeof entry !== 'object') continue;
      const e = entry as Record<string, unknown>;
      if (typeof e.status === 'string') {
        const id = statusId(kind, e.status);
        if (id !== undefined) e.status = id;
      }
    }
  }
}
