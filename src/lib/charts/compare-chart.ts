/**
 * One measure across regions as an SVG string: each plan's baseline, yearly values and target on a common
 * time axis (plans with other periods, such as 2023–2027, sit where their years are), and the published
 * reference series as grey lines. Every line is labelled with its region at its end (a thin leader joins a
 * label moved apart to its line), so colour is never the only way to tell the lines apart; when the ends
 * cannot all be labelled without two labels touching, the regions are listed under the chart instead, each
 * beside its line's mark. Reference points are drawn over the regions' points, so that neither hides the
 * other. Illustrative values are hollow and labelled inside the chart.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { textWidth } from './labels.ts';
import { ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';
import { formatValue } from '../model/format.ts';

export interface CompareSeriesInput {
  label: string;
  baseline: { year: number; value: number | null };
  target: { year: number; value: number | null; text: string };
  actuals: ReadonlyArray<{ year: number; value: number; illustrative: boolean }>;
}

export interface CompareChartInput {
  id: string;
  name: string;
  unit: string;
  series: readonly CompareSeriesInput[];
  references: ReadonlyArray<{ label: string; points: ReadonlyArray<{ year: number; value: number }> }>;
  /** Said in the description when the chart draws only some of the regions compared. */
  note?: string | undefined;
}

/** Okabe–Ito colours, distinguishable with common colour-vision deficiencies. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8C6D00', '#56B4E9'];
const FONT = 'system-ui, -apple-system, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, &quot;Noto Sans S Chinese&quot;, sans-serif';
const r1 = (n: number) => Math.round(n * 10) / 10;
const num = (n: number) => String(Math.round(n * 1000) / 1000);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Moves end labels apart vertically so that none overlaps another. */
export function spreadLabels(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const overflow = (order.at(-1)?.y ?? 0) - bottom;
  if (overflow > 0) for (const o of order) o.y = Math.max(top, o.y - overflow);
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = r1(o.y);
  return out;
}

function description(input: CompareChartInput): string {
  const u = (v: number) => formatValue(v, input.unit, 3);
  const parts = input.series.map((s) => {
    const values = s.actuals.map((a) => `${a.year}年${u(a.value)}${a.illustrative ? '（示例）' : ''}`).join('，');
    return `${s.label}：基线${s.baseline.year}年${s.baseline.value !== null ? u(s.baseline.value) : '空缺'}，目标${s.target.year}年${s.target.value !== null ? u(s.target.value) : `“${s.target.text}”`}${values ? `，${values}` : ''}`;
  });
  const refs = input.references.map((r) => `${r.label}：${r.points.map((p) => `${p.year}年${u(p.value)}`).join('，')}`);
  return `${input.name}各地比较。${input.note ?? ''}${[...parts, ...refs].join('；')}。`;
}

/** The plot's height, and the distance between two end labels' baselines. */
const PLOT_HEIGHT = 300;
const LABEL_GAP = 17;

/** Whether `n` end labels fit one under another beside the plot (else they are listed under it). */
export function endLabelsFit(n: number, top: number, bottom: number): boolean {
  return (n - 1) * LABEL_GAP <= bottom - top;
}

/** The list under the chart when the end labels do not fit: each region beside its line's mark, in rows. */
function legendRows(entries: ReadonlyArray<{ text: string; colour: string; reference: boolean }>, width: number, top: number, fs: number): { svg: string; height: number } {
  const rows: string[] = [];
  let x = 8;
  let y = top + fs;
  for (const e of entries) {
    const w = 22 + textWidth(e.text, fs) + 12;
    if (x > 8 && x + w > width - 4) {
      x = 8;
      y += fs + 8;
    }
    const mark = e.reference
      ? `<line x1="${x}" x2="${x + 16}" y1="${r1(y - fs * 0.35)}" y2="${r1(y - fs * 0.35)}" stroke="#8c8c8c" stroke-width="1.5"/><rect x="${x + 5}" y="${r1(y - fs * 0.35 - 3)}" width="6" height="6" fill="#8c8c8c"/>`
      : `<line x1="${x}" x2="${x + 16}" y1="${r1(y - fs * 0.35)}" y2="${r1(y - fs * 0.35)}" stroke="${e.colour}" stroke-width="2"/><circle cx="${x + 8}" cy="${r1(y - fs * 0.35)}" r="3.5" fill="${e.colour}"/>`;
    rows.push(`<g class="legend-entry">${mark}<text x="${r1(x + 22)}" y="${r1(y)}" font-size="${fs}" fill="${e.colour}">${esc(e.text)}</text></g>`);
    x += w;
  }
  return { svg: `<g class="labels legend">${rows.join('')}</g>`, height: y - top + 8 };
}

export function compareChart(input: CompareChartInput): string {
  // Drawn 340 units wide with 13-unit text: at least 12 px when a 360 px phone shows it at full width.
  const width = 340;
  let height = PLOT_HEIGHT;
  const fs = 13;
  const labelW = Math.max(0, ...[...input.series.map((s) => s.label), ...input.references.map((r) => r.label)].map((l) => textWidth(l, fs)));
  const plotTop = 56;
  const plotBottom = PLOT_HEIGHT - 30;
  const atEnds = endLabelsFit(input.series.length + input.references.length, plotTop, plotBottom);
  const m = { left: 38, right: atEnds ? Math.ceil(labelW) + 14 : 14, top: plotTop, bottom: 30 };
  const all = [
    ...input.series.flatMap((s) => [s.baseline.value, s.target.value, ...s.actuals.map((a) => a.value)]),
    ...input.references.flatMap((r) => r.points.map((p) => p.value)),
  ].filter((v): v is number => v !== null);
  const years = [
    ...input.series.flatMap((s) => [s.baseline.year, s.target.year, ...s.actuals.map((a) => a.year)]),
    ...input.references.flatMap((r) => r.points.map((p) => p.year)),
  ];
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  const x = scaleLinear().domain([y0 - 0.4, y1 + 0.4]).range([m.left, width - m.right]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = Math.max((hi - lo) * 0.1, 0.5);
  const y: ScaleLinear<number, number> = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).nice(5).range([height - m.bottom, m.top]);
  const path = line<{ year: number; value: number }>()
    .x((p) => r1(x(p.year)))
    .y((p) => r1(y(p.value)));

  const grid = y
    .ticks(5)
    .map((v) => `<g transform="translate(0,${r1(y(v))})"><line x1="${m.left}" x2="${width - m.right}" stroke="#e3e3e3"/><text x="${m.left - 6}" dy="0.32em" text-anchor="end" font-size="${fs}" fill="#333">${num(v)}</text></g>`)
    .join('');
  const allYears = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  // Every year when the labels fit side by side, else every other year counted back from the last.
  const fits = (width - m.left - m.right) / allYears.length >= textWidth('2020', fs) + 6;
  const axis = allYears
    .filter((yr) => fits || (y1 - yr) % 2 === 0)
    .map((yr) => `<g transform="translate(${r1(x(yr))},${height - m.bottom})"><line y2="4" stroke="#767676"/><text y="${fs + 4}" text-anchor="middle" font-size="${fs}" fill="#333">${yr}</text></g>`)
    .join('');

  const ends: Array<{ y: number; x: number; text: string; colour: string }> = [];
  const refMarks = input.references
    .map((r) => {
      const pts = [...r.points].sort((a, b) => a.year - b.year);
      const byYear = [...new Map(pts.map((p) => [p.year, p])).values()];
      const d = byYear.length > 1 ? `<path d="${path(byYear)}" fill="none" stroke="#8c8c8c" stroke-width="1.5"/>` : '';
      const dots = pts.map((p) => `<rect x="${r1(x(p.year)) - 3}" y="${r1(y(p.value)) - 3}" width="6" height="6" fill="#8c8c8c" stroke="#fff" stroke-width="1"/>`).join('');
      const last = byYear.at(-1)!;
      ends.push({ x: r1(x(last.year)), y: y(last.value), text: r.label, colour: '#595959' });
      return `<g class="reference">${d}${dots}</g>`;
    })
    .join('');
  const seriesMarks = input.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length]!;
      const pts = [...(s.baseline.value !== null ? [{ year: s.baseline.year, value: s.baseline.value }] : []), ...s.actuals];
      const d = pts.length > 1 ? `<path d="${path(pts)}" fill="none" stroke="${colour}" stroke-width="2"/>` : '';
      const base = s.baseline.value !== null ? `<rect x="${r1(x(s.baseline.year)) - 3.5}" y="${r1(y(s.baseline.value)) - 3.5}" width="7" height="7" fill="${colour}"/>` : '';
      const dots = s.actuals.map((a) => `<circle cx="${r1(x(a.year))}" cy="${r1(y(a.value))}" r="3.5" fill="${a.illustrative ? '#fff' : colour}" stroke="${colour}" stroke-width="2"/>`).join('');
      let target = '';
      if (s.target.value !== null) {
        const tx = r1(x(s.target.year));
        const ty = r1(y(s.target.value));
        target = `<path d="M${tx},${ty - 5}L${tx + 5},${ty}L${tx},${ty + 5}L${tx - 5},${ty}Z" fill="none" stroke="${colour}" stroke-width="2"/>`;
        const last = pts.at(-1);
        if (last && last.year < s.target.year) target = `<line x1="${r1(x(last.year))}" y1="${r1(y(last.value))}" x2="${tx}" y2="${ty}" stroke="${colour}" stroke-width="1" stroke-dasharray="3 3"/>${target}`;
      }
      const end = s.target.value !== null ? { year: s.target.year, value: s.target.value } : pts.at(-1);
      if (end) ends.push({ x: r1(x(end.year)), y: y(end.value), text: s.label, colour });
      return `<g class="series">${d}${target}${base}${dots}</g>`;
    })
    .join('');
  let labels: string;
  if (atEnds) {
    const labelYs = spreadLabels(ends.map((e) => e.y), LABEL_GAP, m.top, height - m.bottom);
    const lx = width - m.right + 10;
    // A label moved away from its line's end is joined to it by a thin leader, so that it is never read as another line's.
    const leaders = ends
      .map((e, i) => (Math.abs(labelYs[i]! - e.y) > 2 || e.x < x(y1) - 1 ? `<line class="leader" x1="${r1(e.x + 5)}" y1="${r1(e.y)}" x2="${r1(lx - 2)}" y2="${labelYs[i]}" stroke="${e.colour}" stroke-width="0.75"/>` : ''))
      .join('');
    const texts = ends.map((e, i) => `<text x="${lx}" y="${labelYs[i]}" dy="0.32em" font-size="${fs}" fill="${e.colour}">${esc(e.text)}</text>`).join('');
    labels = `<g class="leaders">${leaders}</g><g class="labels">${texts}</g>`;
  } else {
    const legend = legendRows(
      [...input.series.map((s, i) => ({ text: s.label, colour: COLOURS[i % COLOURS.length]!, reference: false })), ...input.references.map((r) => ({ text: r.label, colour: '#595959', reference: true }))],
      width,
      height + 4,
      fs,
    );
    labels = legend.svg;
    height += 4 + legend.height;
  }
  const illustrative = input.series.some((s) => s.actuals.some((a) => a.illustrative));
  const note = illustrative
    ? `<g class="illustrative-label"><rect x="4" y="2" width="${r1(textWidth(`空心点为${ILLUSTRATIVE_LABEL}`, fs) + 12)}" height="${fs + 8}" fill="#fff4e5" stroke="#b35c00"/><text x="10" y="${fs + 3}" font-size="${fs}" fill="#7a3d00">空心点为${ILLUSTRATIVE_LABEL}</text></g>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="cmp-${input.id}-title cmp-${input.id}-desc" class="chart chart-compare" font-family="${FONT}">`,
    `<title id="cmp-${input.id}-title">${esc(input.name)}：各地比较${illustrative ? `（含${ILLUSTRATIVE_LABEL}）` : ''}</title>`,
    `<desc id="cmp-${input.id}-desc">${esc(description(input))}</desc>`,
    `<g class="y-grid">${grid}<text x="${m.left - 6}" y="${m.top - fs}" text-anchor="end" font-size="${fs}" fill="#333">${esc(input.unit)}</text></g>`,
    `<g class="x-axis"><line x1="${m.left}" x2="${width - m.right}" y1="${height - m.bottom}" y2="${height - m.bottom}" stroke="#767676"/>${axis}</g>`,
    seriesMarks,
    refMarks,
    labels,
    note,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
