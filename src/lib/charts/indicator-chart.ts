/**
 * An indicator's chart as an SVG string, computed at build time with d3 scales and shapes: no browser,
 * no global DOM, no script. One function per mark. The chart shows the baseline, every yearly actual,
 * the target (a marker at the target year and a dashed line), the straight expected path, the status
 * in words and, inside the chart, the label of illustrative data. An indicator whose target is text
 * (通过自治区评估认定) is drawn as a timeline of the statuses recorded each year, never as made-up points.
 *
 * Sizes are chosen for a 360 px phone: the full chart is drawn 330 units wide and shown at the width of
 * the text column, so 13-unit text is at least 12 px there; labels are placed so that none overlap.
 * With `frame`, the chart carries its own title, plan, source and provenance: a downloaded file or a
 * screenshot travels with its context.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { boxOf, labelSvg, placeLabels, textWidth, wrapText, type Box, type Label } from './labels.ts';
import { asPrinted, ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';
import { formatValue } from '../model/format.ts';

export interface ChartPoint {
  year: number;
  value: number;
  /** Made up to show how the site works (示例数据), not an official statistic. */
  illustrative: boolean;
}

/** A status recorded by the bureau in one year (for text targets), in words. */
export interface RecordedPoint {
  year: number;
  statusText: string;
  illustrative: boolean;
}

/** What a standalone chart (download, share image) carries inside it. */
export interface ChartFrame {
  /** The indicator's name and region, e.g. 学前教育毛入园率 · 平罗县. */
  title: string;
  /** The plan's full official title. */
  plan: string;
  /** Where the figures come from, one line each (规划原文 …, 官方数据 …). */
  sources: readonly string[];
  /** 示例数据，非官方统计 or 官方数据 …: said in words, not only by a marker style. */
  provenance: string;
  /** Where to read more (the indicator page's address). */
  url?: string | undefined;
}

export interface IndicatorChartInput {
  /** Unique within the page, for aria ids. */
  id: string;
  name: string;
  unit: string | null;
  baseline: { year: number; value: number | null; text: string };
  target: { year: number; value: number | null; text: string };
  /** `prose`: a target the plan writes only in a sentence, with no baseline printed. */
  origin?: 'prose' | undefined;
  actuals: readonly ChartPoint[];
  /** Statuses recorded per year; drawn as a timeline when the target is text. */
  recorded?: readonly RecordedPoint[] | undefined;
  /** A reference series (全国), drawn as a labelled grey line; never the region's own value. */
  reference?: { label: string; points: ReadonlyArray<{ year: number; value: number }> } | undefined;
  /** Status in words, e.g. 按计划推进. */
  statusText: string;
  /**
   * The chart's heading on a page (`学前教育毛入园率 · 平罗县`), drawn above the plot in place of the status
   * line: the page states the status once, beside the badge. A framed chart has its title in the frame.
   */
  heading?: string | undefined;
  /** `wide`: the full chart drawn 640 units wide, for a wide column (the page shows one or the other). */
  size?: 'full' | 'small' | 'wide';
  frame?: ChartFrame | undefined;
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
  fs: number;
}

/** Width of the full chart in SVG units; shown at the text column's width (328 px on a 360 px phone). */
export const FULL_WIDTH = 330;
export const SMALL_WIDTH = 240;
/** Width of the full chart for a wide column (≥ 48rem): shown up to the column's width, 13-unit text stays about 13–19 px. */
export const WIDE_WIDTH = 640;
/** Smallest text in SVG units; at the widths above it stays at or above 12 px on a 360 px phone. */
export const FULL_FONT = 13;
export const SMALL_FONT = 12.5;

const FONT = 'system-ui, -apple-system, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, &quot;Noto Sans S Chinese&quot;, sans-serif';
const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 1000) / 1000);
const withUnit = (v: number, unit: string | null) => formatValue(v, unit, 3);
const ILLUSTRATIVE = ILLUSTRATIVE_LABEL;

/** Years to label on the x axis: all of them when they fit, else every other one (ends kept). */
function axisYears(f: Frame, years: readonly number[], keep: readonly number[]): number[] {
  const span = (f.width - f.left - f.right) / Math.max(1, years.length);
  if (span >= textWidth('2020', f.fs) + 6) return [...years];
  return years.filter((yr, i) => i % 2 === 0 || keep.includes(yr));
}

export function xAxis(f: Frame, years: readonly number[]): string {
  const ticks = years
    .map((yr) => `<g transform="translate(${r1(f.x(yr))},${f.height - f.bottom})"><line y2="4" stroke="#767676"/><text y="${r1(f.fs + 4)}" text-anchor="middle" font-size="${f.fs}" fill="#333">${yr}</text></g>`)
    .join('');
  return `<g class="x-axis"><line x1="${f.left}" x2="${f.width - f.right}" y1="${f.height - f.bottom}" y2="${f.height - f.bottom}" stroke="#767676"/>${ticks}</g>`;
}

function xAxisBoxes(f: Frame, years: readonly number[]): Box[] {
  return years.map((yr) => boxOf({ x: f.x(yr), y: f.height - f.bottom + f.fs + 4, text: String(yr), size: f.fs, anchor: 'middle' }));
}

export function yGrid(f: Frame, unit: string | null): string {
  if (f.small) return '';
  const rows = f.y
    .ticks(4)
    .map((v) => `<g transform="translate(0,${r1(f.y(v))})"><line x1="${f.left}" x2="${f.width - f.right}" stroke="#e3e3e3"/><text x="${f.left - 5}" dy="0.32em" text-anchor="end" font-size="${f.fs}" fill="#333">${num(v)}</text></g>`)
    .join('');
  // Above the top tick's label, clear of it.
  const label = unit ? `<text x="${f.left - 5}" y="${f.top - f.fs}" text-anchor="end" font-size="${f.fs}" fill="#333">${esc(unit)}</text>` : '';
  return `<g class="y-grid">${rows}${label}</g>`;
}

function yGridBoxes(f: Frame, unit: string | null): Box[] {
  if (f.small) return [];
  const boxes = f.y.ticks(4).map((v) => boxOf({ x: f.left - 5, y: f.y(v) + f.fs * 0.32, text: num(v), size: f.fs, anchor: 'end' }));
  if (unit) boxes.push(boxOf({ x: f.left - 5, y: f.top - f.fs, text: unit, size: f.fs, anchor: 'end' }));
  return boxes;
}

/** The straight path from baseline to target: what steady progress would look like. */
export function expectedPath(f: Frame, b: { year: number; value: number }, t: { year: number; value: number }): string {
  const d = line<{ year: number; value: number }>()
    .x((p) => r1(f.x(p.year)))
    .y((p) => r1(f.y(p.value)))([b, t]);
  return `<path class="expected" d="${d}" fill="none" stroke="#767676" stroke-width="1.5" stroke-dasharray="2 4"/>`;
}

/** The target: a diamond at the target year and a dashed line at its value. */
export function targetMark(f: Frame, t: { year: number; value: number }): string {
  const x = r1(f.x(t.year));
  const y = r1(f.y(t.value));
  const s = f.small ? 4 : 6;
  return `<g class="target"><line x1="${f.left}" x2="${f.width - f.right}" y1="${y}" y2="${y}" stroke="#8a3b00" stroke-width="1" stroke-dasharray="6 4"/><path d="M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z" fill="#8a3b00"/></g>`;
}

export function baselineMark(f: Frame, b: { year: number; value: number }): string {
  const x = r1(f.x(b.year));
  const y = r1(f.y(b.value));
  return `<g class="baseline"><rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="#333"/></g>`;
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
  return `<g class="actuals"><path d="${d}" fill="none" stroke="#0b5cad" stroke-width="2"/>${dots}</g>`;
}

export function referenceLine(f: Frame, ref: NonNullable<IndicatorChartInput['reference']>): string {
  if (ref.points.length === 0) return '';
  const d = line<{ year: number; value: number }>()
    .x((p) => r1(f.x(p.year)))
    .y((p) => r1(f.y(p.value)))([...ref.points]);
  return `<g class="reference"><path d="${d}" fill="none" stroke="#8c8c8c" stroke-width="1.5"/></g>`;
}

/** The label of illustrative data, in words inside the drawing (a box so that it is not missed). */
export function illustrativeLabel(x: number, y: number, fs: number): string {
  const w = textWidth(ILLUSTRATIVE, fs) + 12;
  return `<g class="illustrative-label"><rect x="${r1(x)}" y="${r1(y - fs - 3)}" width="${r1(w)}" height="${r1(fs + 8)}" fill="#fff4e5" stroke="#b35c00"/><text x="${r1(x + 6)}" y="${r1(y)}" font-size="${fs}" fill="#7a3d00">${ILLUSTRATIVE}</text></g>`;
}

/** The labels on the plot (baseline, target, values, reference), placed so that none overlap. */
function plotLabels(f: Frame, input: IndicatorChartInput, b: { year: number; value: number; text: string } | null, t: { year: number; value: number; text: string } | null): Label[] {
  const fs = f.fs;
  const labels: Label[] = [];
  const step = fs + 4;
  const around = (dx = 0): Array<readonly [number, number]> => [[dx, step * 1.9], [dx, -step], [dx, step * 2.9], [dx, -step * 2]];
  if (t) {
    labels.push({ x: f.x(t.year) - 8, y: f.y(t.value) - 9, text: `目标 ${t.text || withUnit(t.value, input.unit)}`, size: fs, anchor: 'end', fill: '#8a3b00', cls: 'label-target', required: true, alternatives: around() });
  }
  if (b) {
    labels.push({ x: f.x(b.year) + 6, y: f.y(b.value) + fs + 6, text: `基线 ${b.text}`, size: fs, fill: '#333', cls: 'label-baseline', required: true, alternatives: [[0, -(fs + 16)], [0, fs + 8], [0, -(2 * fs + 20)]] });
  }
  // The latest value first: it is the one people quote.
  for (const p of [...input.actuals].reverse()) {
    labels.push({ x: f.x(p.year), y: f.y(p.value) - 9, text: num(p.value), size: fs, anchor: 'middle', fill: '#0b5cad', cls: 'label-value', alternatives: [[0, fs + 18]] });
  }
  const ref = input.reference?.points.at(-1);
  if (ref && input.reference) {
    labels.push({ x: f.x(ref.year), y: f.y(ref.value) + fs + 6, text: input.reference.label, size: fs, anchor: 'middle', fill: '#595959', cls: 'label-reference', alternatives: [[0, -(fs + 16)], [-(fs + 6), 0]] });
  }
  return labels;
}

/** Header lines of a standalone chart: title and plan, wrapped to the drawing's width. */
function frameHeader(frame: ChartFrame, width: number, fs: number): { svg: string; height: number } {
  const out: string[] = [];
  let y = 6;
  for (const l of wrapText(frame.title, fs + 3, width - 16)) {
    y += fs + 7;
    out.push(`<text class="frame-title" x="8" y="${r1(y)}" font-size="${fs + 3}" font-weight="700" fill="#1a1a1a">${esc(l)}</text>`);
  }
  for (const l of wrapText(`《${frame.plan}》`, fs, width - 16)) {
    y += fs + 5;
    out.push(`<text class="frame-plan" x="8" y="${r1(y)}" font-size="${fs}" fill="#333">${esc(l)}</text>`);
  }
  return { svg: `<g class="frame-header">${out.join('')}</g>`, height: y + 8 };
}

/** Footer lines of a standalone chart: the sources, the provenance in words and the address. */
function frameFooter(frame: ChartFrame, top: number, width: number, fs: number): { svg: string; height: number } {
  const out: string[] = [];
  let y = top;
  const lines = [...frame.sources.map((s) => `来源：${s}`), frame.provenance, ...(frame.url ? [frame.url] : [])];
  for (const [i, text] of lines.entries()) {
    const isProv = i === frame.sources.length;
    for (const l of wrapText(text, fs, width - 16)) {
      y += fs + 5;
      out.push(`<text class="${isProv ? 'frame-provenance' : 'frame-source'}" x="8" y="${r1(y)}" font-size="${fs}" fill="${isProv ? '#7a3d00' : '#333'}">${esc(l)}</text>`);
    }
  }
  return { svg: `<g class="frame-footer">${out.join('')}</g>`, height: y - top + 8 };
}

/** The chart in words, as its <desc>: also the text alternative of an <img> of it (the embed page's). */
export function describeChart(input: IndicatorChartInput): string {
  const u = input.unit;
  const v = (x: { value: number | null; text: string }) => (x.value !== null ? withUnit(x.value, u) : x.text ? `“${x.text}”` : asPrinted(x, input.origin));
  const parts = [`${input.name}：${input.baseline.year}年基线${v(input.baseline)}，${input.target.year}年目标${v(input.target)}。`];
  if (input.actuals.length) {
    parts.push(`实际值：${input.actuals.map((p) => `${p.year}年${withUnit(p.value, u)}${p.illustrative ? '（示例数据）' : ''}`).join('，')}。`);
  } else if (input.target.value === null && input.recorded?.length) {
    parts.push(`记录的状态：${input.recorded.map((p) => `${p.year}年${p.statusText}${p.illustrative ? '（示例数据）' : ''}`).join('，')}。`);
  } else parts.push('尚无年度实际数据。');
  if (input.reference?.points.length) {
    parts.push(`${input.reference.label}：${input.reference.points.map((p) => `${p.year}年${withUnit(p.value, u)}`).join('，')}。`);
  }
  parts.push(`状态：${input.statusText}。`);
  return parts.join('');
}

/**
 * A text target over time: one row per year from the baseline to the target, each with the status the
 * bureau recorded that year (未报告 where it recorded none), ending with the target as printed.
 */
export function statusTimeline(input: IndicatorChartInput, width: number, fs: number, top: number): { svg: string; height: number } {
  const small = input.size === 'small';
  const rowH = fs + (small ? 8 : 11);
  const byYear = new Map((input.recorded ?? []).map((r) => [r.year, r]));
  const years = Array.from({ length: input.target.year - input.baseline.year + 1 }, (_, i) => input.baseline.year + i);
  const rows: string[] = [];
  let y = top;
  const xLine = 8 + textWidth('2020', fs) + 12;
  const textX = xLine + 12;
  const lineTop = y + rowH / 2;
  for (const yr of small ? years.filter((yr) => yr === input.baseline.year || yr === input.target.year || byYear.has(yr)) : years) {
    const rec = byYear.get(yr);
    const text =
      yr === input.baseline.year
        ? `基线：${input.baseline.text || '（原文空白）'}`
        : yr === input.target.year && !rec
          ? `目标：${input.target.text || '（原文空白）'}`
          : rec
            ? `${rec.statusText}${rec.illustrative ? '（示例）' : ''}`
            : '未报告';
    const lines = wrapText(text, fs, width - textX - 6);
    const cy = y + rowH / 2;
    const marker =
      yr === input.target.year && !rec
        ? `<path d="M${r1(xLine)},${r1(cy - 6)}L${r1(xLine + 6)},${r1(cy)}L${r1(xLine)},${r1(cy + 6)}L${r1(xLine - 6)},${r1(cy)}Z" fill="#8a3b00"/>`
        : rec
          ? `<circle cx="${r1(xLine)}" cy="${r1(cy)}" r="5" fill="${rec.illustrative ? '#fff' : '#0b5cad'}" stroke="#0b5cad" stroke-width="2"/>`
          : yr === input.baseline.year
            ? `<rect x="${r1(xLine - 4)}" y="${r1(cy - 4)}" width="8" height="8" fill="#333"/>`
            : `<circle cx="${r1(xLine)}" cy="${r1(cy)}" r="4" fill="#fff" stroke="#767676" stroke-width="1.5"/>`;
    const fill = rec ? '#0b5cad' : yr === input.target.year ? '#8a3b00' : '#333';
    rows.push(
      `<g class="timeline-row"><text x="8" y="${r1(cy + fs * 0.35)}" font-size="${fs}" fill="#333">${yr}</text>${marker}${lines.map((l, i) => `<text x="${r1(textX)}" y="${r1(cy + fs * 0.35 + i * (fs + 4))}" font-size="${fs}" fill="${fill}">${esc(l)}</text>`).join('')}</g>`,
    );
    y += rowH + (lines.length - 1) * (fs + 4);
  }
  // A target year with a recorded status still shows the target as printed, below the timeline.
  const last = byYear.get(input.target.year);
  if (last) {
    for (const l of wrapText(`${input.target.year}年目标：${input.target.text || '（原文空白）'}`, fs, width - 16)) {
      y += fs + 6;
      rows.push(`<text class="text-target" x="8" y="${r1(y)}" font-size="${fs}" fill="#8a3b00">${esc(l)}</text>`);
    }
    y += 6;
  }
  const spine = `<line x1="${r1(xLine)}" x2="${r1(xLine)}" y1="${r1(lineTop)}" y2="${r1(Math.max(lineTop, y - rowH / 2))}" stroke="#c0c0c0" stroke-width="2"/>`;
  return { svg: `<g class="timeline">${spine}${rows.join('')}</g>`, height: y - top };
}

export function indicatorChart(input: IndicatorChartInput): string {
  const small = input.size === 'small';
  const wide = input.size === 'wide';
  const width = small ? SMALL_WIDTH : wide ? WIDE_WIDTH : FULL_WIDTH;
  const fs = small ? SMALL_FONT : FULL_FONT;
  const illustrative = input.actuals.some((p) => p.illustrative) || (input.recorded ?? []).some((p) => p.illustrative);
  const titleId = `chart-${input.id}-title`;
  const descId = `chart-${input.id}-desc`;
  const parts: string[] = [];
  let top = 0;

  if (input.frame && !small) {
    const h = frameHeader(input.frame, width, fs);
    parts.push(h.svg);
    top = h.height;
  }
  // The heading (or, without one, the status) and the illustrative label above the plot, where nothing else is drawn.
  if (!small) {
    const line = input.heading && !input.frame ? input.heading : `状态：${input.statusText}`;
    const cls = input.heading && !input.frame ? 'heading' : 'status';
    const lines = wrapText(line, fs, width - 16);
    for (const l of lines) {
      top += fs + 6;
      parts.push(`<text class="${cls}" x="8" y="${r1(top)}" font-size="${fs}"${cls === 'heading' ? ' font-weight="700"' : ''} fill="#333">${esc(l)}</text>`);
    }
    if (illustrative) {
      const w = textWidth(ILLUSTRATIVE, fs) + 12;
      const lastW = textWidth(lines.at(-1) ?? '', fs) + 8 + 16;
      if (lastW + w <= width - 4) parts.push(illustrativeLabel(width - w - 4, top, fs));
      else {
        top += fs + 10;
        parts.push(illustrativeLabel(8, top, fs));
      }
    }
    top += 8;
  }

  const b = input.baseline.value !== null ? { year: input.baseline.year, value: input.baseline.value, text: input.baseline.text } : null;
  const t = input.target.value !== null ? { year: input.target.year, value: input.target.value, text: input.target.text } : null;
  let height: number;
  if (!t) {
    const tl = statusTimeline(input, width, fs, top + 4);
    parts.push(tl.svg);
    height = top + 4 + tl.height + 4;
  } else {
    const plotH = small ? 110 : wide ? 260 : 200;
    const margin = small ? { left: 10, right: 12, top: top + 10, bottom: fs + 10 } : { left: 38, right: 12, top: top + 2 * fs + 8, bottom: fs + 12 };
    height = margin.top + plotH;
    const refPoints = input.reference?.points ?? [];
    const values = [b?.value, t.value, ...input.actuals.map((p) => p.value), ...refPoints.map((p) => p.value)].filter((v): v is number => v !== undefined);
    const lastYear = Math.max(input.target.year, ...input.actuals.map((p) => p.year), ...refPoints.map((p) => p.year));
    const firstYear = Math.min(input.baseline.year, ...refPoints.map((p) => p.year));
    const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
    const x = scaleLinear().domain([firstYear - 0.4, lastYear + 0.4]).range([margin.left, width - margin.right]);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = Math.max((hi - lo) * 0.25, Math.abs(hi) * 0.02, 0.5);
    const y = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).nice(4).range([height - margin.bottom, margin.top]);
    const f: Frame = { x, y, width, height, ...margin, small, fs };
    const shownYears = small ? years.filter((yr) => yr === firstYear || yr === lastYear || yr === input.target.year) : axisYears(f, years, [firstYear, lastYear, input.target.year]);
    parts.push(
      yGrid(f, input.unit),
      xAxis(f, shownYears),
      b ? expectedPath(f, b, t) : '',
      targetMark(f, t),
      input.reference ? referenceLine(f, input.reference) : '',
      b ? baselineMark(f, b) : '',
      actualsLine(f, input.actuals, b),
    );
    if (!small) {
      const area = { x0: 2, y0: top + 2, x1: width - 2, y1: height - margin.bottom - 2 };
      const placed = placeLabels(plotLabels(f, input, b, t), area, [...yGridBoxes(f, input.unit), ...xAxisBoxes(f, shownYears)]);
      parts.push(`<g class="labels">${placed.map(labelSvg).join('')}</g>`);
    }
  }
  if (input.frame && !small) {
    const foot = frameFooter(input.frame, height + 4, width, fs);
    parts.push(foot.svg);
    height += 4 + foot.height;
  }
  height = Math.ceil(height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" class="chart${small ? ' chart-small' : wide ? ' chart-wide' : ''}${t ? '' : ' chart-timeline'}" font-family="${FONT}">`,
    `<title id="${titleId}">${esc(input.name)}${illustrative ? `（含${ILLUSTRATIVE_LABEL}）` : ''}</title>`,
    `<desc id="${descId}">${esc(describeChart(input))}</desc>`,
    input.frame && !small ? `<rect class="frame-bg" width="${width}" height="${height}" fill="#fff"/>` : '',
    ...parts.filter(Boolean),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
