/**
 * Text boxes for chart labels, estimated without a browser, and a greedy placer that keeps labels from
 * overlapping one another: each label tries its preferred spot, then its alternatives, and is left out
 * when none is free (every value is also in the table beside the chart, so nothing is lost).
 */

export interface Label {
  x: number;
  y: number;
  text: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  fill: string;
  cls?: string;
  /** Other (dx, dy) offsets to try, in order, when the preferred spot is taken. */
  alternatives?: ReadonlyArray<readonly [number, number]>;
  /** A label that must be drawn (baseline, target): placed first, drawn even when every spot is taken. */
  required?: boolean;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Full-width (CJK, full-width punctuation) characters take 1 em; digits and Latin about 0.62 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? size : ch === ' ' ? 0.3 * size : 0.62 * size;
  return w;
}

/** The box a label occupies, for a baseline at y (SVG text without dominant-baseline). */
export function boxOf(l: Pick<Label, 'x' | 'y' | 'text' | 'size' | 'anchor'>): Box {
  const w = textWidth(l.text, l.size);
  const x0 = l.anchor === 'end' ? l.x - w : l.anchor === 'middle' ? l.x - w / 2 : l.x;
  return { x0, y0: l.y - l.size * 0.95, x1: x0 + w, y1: l.y + l.size * 0.25 };
}

export const overlaps = (a: Box, b: Box, gap = 1): boolean => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const inside = (b: Box, area: Box) => b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1;

/**
 * Places labels in order (required ones first), avoiding `obstacles` and each other and staying inside
 * `area`. Returns the labels drawn, moved to where they fit.
 */
export function placeLabels(labels: readonly Label[], area: Box, obstacles: readonly Box[] = []): Label[] {
  const taken: Box[] = [...obstacles];
  const placed: Label[] = [];
  const order = [...labels.filter((l) => l.required), ...labels.filter((l) => !l.required)];
  for (const l of order) {
    const tries: Array<readonly [number, number]> = [[0, 0], ...(l.alternatives ?? [])];
    let done = false;
    for (const [dx, dy] of tries) {
      const c = { ...l, x: l.x + dx, y: l.y + dy };
      const b = boxOf(c);
      if (inside(b, area) && !taken.some((t) => overlaps(b, t))) {
        taken.push(b);
        placed.push(c);
        done = true;
        break;
      }
    }
    if (!done && l.required) {
      // Keep it inside the drawing at least; a required label is never dropped.
      const b = boxOf(l);
      const shift = b.x0 < area.x0 ? area.x0 - b.x0 : b.x1 > area.x1 ? area.x1 - b.x1 : 0;
      const c = { ...l, x: l.x + shift };
      taken.push(boxOf(c));
      placed.push(c);
    }
  }
  return placed;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function labelSvg(l: Label): string {
  const anchor = l.anchor && l.anchor !== 'start' ? ` text-anchor="${l.anchor}"` : '';
  const cls = l.cls ? ` class="${l.cls}"` : '';
  return `<text${cls} x="${r1(l.x)}" y="${r1(l.y)}"${anchor} font-size="${l.size}" fill="${l.fill}">${esc(l.text)}</text>`;
}

/** Breaks text into lines no wider than `width` (CJK text breaks between any two characters). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, size) > width) {
      lines.push(line);
      line = ch.trimStart();
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
