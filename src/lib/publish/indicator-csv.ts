/**
 * One indicator's figures as a CSV file (UTF-8 with BOM for Excel): the baseline and target as printed
 * in the plan, every yearly value with its source, and on every row the plan, the indicator and whether
 * the value is illustrative, so that the file carries its context wherever it is copied.
 */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorView } from '../progress/views.ts';
import { ILLUSTRATIVE_LABEL, statusWord } from '../../i18n/index.ts';

export const INDICATOR_CSV_COLUMNS = [
  'plan_id',
  'plan_title',
  'region',
  'indicator_id',
  'indicator_name',
  'unit',
  'row',
  'year',
  'value',
  'printed_text',
  'status',
  'source',
  'source_publisher',
  'source_url',
  'source_date',
  'provenance',
  'provenance_note',
] as const;
type Row = Record<(typeof INDICATOR_CSV_COLUMNS)[number], string | number | null>;

export function indicatorCsv(view: IndicatorView): string {
  const { plan, indicator: ind } = view;
  const meta = plan.plan;
  const issuer = Array.isArray(meta.issuer) ? meta.issuer.join('、') : meta.issuer;
  const common = { plan_id: plan.id, plan_title: meta.title, region: meta.region.name, indicator_id: ind.id, indicator_name: ind.name, unit: ind.unit };
  const printed = (kind: string, p: { year: number; value: number | null; text: string }): Row => ({
    ...common,
    row: kind,
    year: p.year,
    value: p.value,
    printed_text: p.text,
    status: null,
    source: `《${meta.title}》${view.clause?.label ?? ''}`,
    source_publisher: issuer,
    source_url: null,
    source_date: meta.issued,
    provenance: 'official',
    provenance_note: '规划原文',
  });
  const rows: Row[] = [
    printed('基线', ind.baseline),
    ...view.actuals.map((a) => ({
      ...common,
      row: '实际值',
      year: a.year,
      value: a.value,
      printed_text: a.text ?? null,
      status: a.recordedStatus ? statusWord(a.recordedStatus, a.year >= ind.target.year) : null,
      source: a.source?.title ?? null,
      source_publisher: a.source?.publisher ?? null,
      source_url: a.source?.url ?? null,
      source_date: a.source?.date ?? null,
      provenance: a.provenance,
      provenance_note: a.provenance === 'illustrative' ? ILLUSTRATIVE_LABEL : null,
    })),
    printed('目标', ind.target),
  ];
  return stringify(rows, { header: true, columns: [...INDICATOR_CSV_COLUMNS], bom: true, record_delimiter: 'windows' });
}
