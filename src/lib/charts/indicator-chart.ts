/**
 * An indicator's chart as an SVG string, computed at build time with d3 scales and shapes: no browser,
 * no global DOM, no script. One function per mark. The chart shows the baseline, every yearly actual,
 * the target (a marker at the target year and a dashed line), the straight expected path, the status
 * in words, and, inside the chart, the label of illustrative data.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface ChartPoint {
  year: number;
  value: number;
  /** Made up to show how the site works (示例数据), not an official statistic. */
  illustrative: boolean;
}

export interface IndicatorChartInput {
  /** Unique within the page, for aria ids. */
  id: string;
  name: string;
  unit: string | null;
  baseline: { year: number; value: number | null; text: string };
  target: { year: number; value: number | null; text: string };
  actuals: readonly ChartPoint[];
  /** A reference series (全国), drawn as a labelled grey line; never the region's own value. */
  reference?: { label: string; points: ReadonlyArray<{ year: number; value: number }> } | undefined;
  /** Status in words, e.g. 按计划推进. */
  statusText: string;
  size?: 'full' | 'small';
}

type Scale = ScaleLinear<number, number>;
interface Frame {
  x: Scale;
  y: Scale;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  small: boolean;
}

const FONT = 'system-ui, -apple-system, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, sans-serif';
const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 1000) / 1000);
const withUnit = (v: number, unit: string | null) => `${num(v)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;

export function xAxis(f: Frame, years: readonly number[]): string {
  const ticks = years
    .map((yr) => `<g transform="translate(${r1(f.x(yr))},${f.height - f.bottom})"><line y2="4" stroke="#767676"/><text y="${f.small ? 14 : 17}" text-anchor="middle" font-size="${f.small ? 10 : 11}" fill="#333">${yr}</text></g>`)
    .join('');
  return `<g class="x-axis"><line x1="${f.left}" x2="${f.width - f.right}" y1="${f.height - f.bottom}" y2="${f.height - f.bottom}" stroke="#767676"/>${ticks}</g>`;
}

export function yGrid(f: Frame, unit: string | null): string {
  if (f.small) return '';
  const ticks = f.y.ticks(4);
  const rows = ticks
    .map((v) => `<g transform="translate(0,${r1(f.y(v))})"><line x1="${f.left}" x2="${f.width - f.right}" stroke="#e3e3e3"/><text x="${f.left - 6}" dy="0.32em" text-anchor="end" font-size="12" fill="#333">${num(v)}</text></g>`)
    .join('');
  const label = unit ? `<text x="${f.left - 6}" y="${f.top - 8}" text-anchor="end" font-size="12" fill="#333">${esc(unit)}</text>` : '';
  return `<g class="y-grid">${rows}${label}</g>`;
}

/** The straight path from baseline to target: what steady progress would look like. */
export function expectedPath(f: Frame, b: { year: number; value: number }, t: { year: number; value: number }): string {
  const d = line<{ year: number; value: number }>()
    .x((p) => r1(f.x(p.year)))
    .y((p) => r1(f.y(p.value)))([b, t]);
  return `<path class="expected" d="${d}" fill="none" stroke="#767676" stroke-width="1.5" stroke-dasharray="2 4"/>`;
}

/** The target: a diamond at the target year and a dashed line at its value. */
export function targetMark(f: Frame, t: { year: number; value: number; text: string }, unit: string | null): string {
  const x = r1(f.x(t.year));
  const y = r1(f.y(t.value));
  const s = f.small ? 4 : 6;
  const label = f.small ? '' : `<text x="${x - 8}" y="${y - 10}" text-anchor="end" font-size="12" fill="#8a3b00">目标 ${esc(t.text || withUnit(t.value, unit))}</text>`;
  return `<g class="target"><line x1="${f.left}" x2="${f.width - f.right}" y1="${y}" y2="${y}" stroke="#8a3b00" stroke-width="1" stroke-dasharray="6 4"/><path d="M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z" fill="#8a3b00"/>${label}</g>`;
}

export function baselineMark(f: Frame, b: { year: number; value: number; text: string }): string {
  const x = r1(f.x(b.year));
  const y = r1(f.y(b.value));
  const label = f.small ? '' : `<text x="${x + 8}" y="${y + 18}" font-size="12" fill="#333">基线 ${esc(b.text)}</text>`;
  return `<g class="baseline"><rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="#333"/>${label}</g>`;
}

/** Yearly actuals: a line through them; official values filled, illustrative ones hollow. */
export function actualsLine(f: Frame, points: readonly ChartPoint[], from: { year: number; value: number } | null): string {
  if (points.length === 0) return '';
  const series = from ? [from, ...points] : [...points];
  const d = line<{ year: number; value: number }>()
    .x((p) => r1(f.x(p.year)))
    .y((p) => r1(f.y(p.value)))(series);
  const dots = points
    .map((p) => `<circle cx="${r1(f.x(p.year))}" cy="${r1(f.y(p.value))}" r="${f.small ? 3 : 4.5}" fill="${p.illustrative ? '#fff' : '#0b5cad'}" stroke="#0b5cad" stroke-width="2"/>`)
    .join('');
  const labels = f.small
    ? ''
    : points.map((p) => `<text x="${r1(f.x(p.year))}" y="${r1(f.y(p.value)) - 10}" text-anchor="middle" font-size="11" fill="#0b5cad">${num(p.value)}</text>`).join('');
  return `<g class="actuals"><path d="${d}" fill="none" stroke="#0b5cad" stroke-width="2"/>${dots}${labels}</g>`;
}

export function referenceLine(f: Frame, ref: NonNullable<IndicatorChartInput['reference']>): string {
  if (ref.points.length === 0) return '';
  const d = line<{ year: number; value: number }>()
    .x((p) => r1(f.x(p.year)))
    .y((p) => r1(f.y(p.value)))([...ref.points]);
  const last = ref.points.at(-1)!;
  const label = f.small ? '' : `<text x="${r1(f.x(last.year)) + 6}" y="${r1(f.y(last.value))}" dy="0.32em" font-size="11" fill="#595959">${esc(ref.label)}</text>`;
  return `<g class="reference"><path d="${d}" fill="none" stroke="#8c8c8c" stroke-width="1.5"/>${label}</g>`;
}

export function illustrativeLabel(f: Frame): string {
  return `<g class="illustrative-label"><rect x="${f.left + 2}" y="${f.top - (f.small ? 2 : 4)}" width="${f.small ? 118 : 170}" height="${f.small ? 14 : 18}" fill="#fff4e5" stroke="#b35c00"/><text x="${f.left + 8}" y="${f.top + (f.small ? 9 : 9)}" font-size="${f.small ? 10 : 12}" fill="#7a3d00">示例数据，非官方统计</text></g>`;
}

function description(input: IndicatorChartInput): string {
  const u = input.unit;
  const v = (x: { value: number | null; text: string }) => (x.value !== null ? withUnit(x.value, u) : `“${x.text || '空白'}”`);
  const parts = [`${input.name}：${input.baseline.year}年基线${v(input.baseline)}，${input.target.year}年目标${v(input.target)}。`];
  if (input.actuals.length) {
    parts.push(`实际值：${input.actuals.map((p) => `${p.year}年${withUnit(p.value, u)}${p.illustrative ? '（示例数据）' : ''}`).join('，')}。`);
  } else parts.push('尚无年度实际数据。');
  if (input.reference?.points.length) {
    parts.push(`${input.reference.label}：${input.reference.points.map((p) => `${p.year}年${withUnit(p.value, u)}`).join('，')}。`);
  }
  parts.push(`状态：${input.statusText}。`);
  return parts.join('');
}

export function indicatorChart(input: IndicatorChartInput): string {
  const small = input.size === 'small';
  // A narrow drawing, so that its text stays legible when a 360 px phone shows it at full width.
  const width = small ? 240 : 380;
  const height = small ? 120 : 250;
  const margin = small ? { left: 10, right: 12, top: 16, bottom: 22 } : { left: 40, right: 40, top: 34, bottom: 32 };
  const b = input.baseline.value !== null ? { year: input.baseline.year, value: input.baseline.value, text: input.baseline.text } : null;
  const t = input.target.value !== null ? { year: input.target.year, value: input.target.value, text: input.target.text } : null;
  const refPoints = input.reference?.points ?? [];
  const values = [b?.value, t?.value, ...input.actuals.map((p) => p.value), ...refPoints.map((p) => p.value)].filter((v): v is number => v !== undefined);
  const lastYear = Math.max(input.target.year, ...input.actuals.map((p) => p.year), ...refPoints.map((p) => p.year));
  const firstYear = Math.min(input.baseline.year, ...refPoints.map((p) => p.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const x = scaleLinear().domain([firstYear - 0.4, lastYear + 0.4]).range([margin.left, width - margin.right]);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const pad = Math.max((hi - lo) * 0.2, Math.abs(hi) * 0.02, 0.5);
  const y = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).nice(4).range([height - margin.bottom, margin.top]);
  const f: Frame = { x, y, width, height, ...margin, small };
  const illustrative = input.actuals.some((p) => p.illustrative);
  const titleId = `chart-${input.id}-title`;
  const descId = `chart-${input.id}-desc`;

  const marks = [
    yGrid(f, input.unit),
    xAxis(f, small ? years.filter((yr) => yr === firstYear || yr === lastYear || yr === input.target.year) : years),
    b && t ? expectedPath(f, b, t) : '',
    t ? targetMark(f, t, input.unit) : '',
    input.reference ? referenceLine(f, input.reference) : '',
    b ? baselineMark(f, b) : '',
    actualsLine(f, input.actuals, b),
    illustrative ? illustrativeLabel(f) : '',
  ];
  if (!t) {
    // A text target is shown as text, never as a made-up point.
    marks.push(
      `<text class="text-target" x="${width - margin.right}" y="${small ? margin.top + 10 : margin.top + 14}" text-anchor="end" font-size="${small ? 10 : 12}" fill="#8a3b00">${input.target.year}年目标：${esc(input.target.text || '（原文空白）')}</text>`,
    );
  }
  if (!small) {
    marks.push(`<text class="status" x="${width - 4}" y="14" text-anchor="end" font-size="12" fill="#333">状态：${esc(input.statusText)}</text>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" class="chart${small ? ' chart-small' : ''}" font-family="${FONT}">`,
    `<title id="${titleId}">${esc(input.name)}${illustrative ? '（含示例数据，非官方统计）' : ''}</title>`,
    `<desc id="${descId}">${esc(description(input))}</desc>`,
    ...marks.filter(Boolean),
    '</svg>',
  ].join('\n');
}
