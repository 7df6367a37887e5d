/**
 * The site's PNG images (share cards) are palette PNGs: one byte a pixel instead of resvg's four, the
 * picture unchanged where it has at most 256 colours (a chart on white has a few hundred, mostly
 * anti-aliased edges), and each other colour drawn in its nearest kept one. The PNG is read back
 * through resvg itself (an <image> of it), so the check does not trust the writer it checks.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { paletteImagePng } from '../../src/lib/publish/images-png.ts';
import { svgToPng } from '../../src/lib/publish/images.ts';

/** No text is drawn: resvg loads no fonts (loading the system's crashed the test worker). */
const NO_FONTS = { background: '#ffffff', font: { loadSystemFonts: false } };

/** The RGBA pixels of a PNG, decoded by resvg. */
function pixelsOf(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const r = new Resvg(svg, NO_FONTS).render();
  return { width, height, pixels: r.pixels };
}

/** A chart-like picture without text: axes, a line, markers, a band, anti-aliased edges. */
const chartLike = `<svg xmlns="http://www.w3.org/2000/svg" width="660" height="400" viewBox="0 0 660 400"><rect width="660" height="400" fill="#ffffff"/>
<rect x="60" y="40" width="560" height="300" fill="#eef4fb"/><path d="M60 340H620M60 40V340" stroke="#555" stroke-width="1.5"/>
<path d="M80 300L200 260L320 250L440 180L560 120" fill="none" stroke="#0b5cad" stroke-width="3"/>
${[80, 200, 320, 440, 560].map((x, i) => `<circle cx="${x}" cy="${[300, 260, 250, 180, 120][i]}" r="7" fill="#fff" stroke="#0b5cad" stroke-width="3"/>`).join('')}
<path d="M60 100H620" stroke="#b35c00" stroke-dasharray="8 6" stroke-width="2"/><rect x="400" y="20" width="200" height="40" fill="#fff4e5" stroke="#b35c00" stroke-width="2"/></svg>`;

describe('palette PNG images', () => {
  it('keep a picture of at most 256 colours exactly, in under half the bytes of resvg’s RGBA PNG', () => {
    const image = new Resvg(chartLike, NO_FONTS).render();
    const png = paletteImagePng(image.pixels, image.width, image.height);
    expect(png[25], 'colour type: indexed').toBe(3);
    const back = pixelsOf(png);
    expect([back.width, back.height]).toEqual([660, 400]);
    expect(back.pixels.equals(image.pixels)).toBe(true);
    expect(png.length).toBeLessThan(image.asPng().length / 2);
  });

  it('draw a picture of more than 256 colours in its 256 most used ones, each pixel in its nearest', () => {
    // 300 shades of one grey ramp, the first 100 covering most of the picture.
    const stripes = Array.from({ length: 300 }, (_, k) => `<rect x="${k * 2}" y="0" width="2" height="${k < 100 ? 50 : 5}" fill="rgb(${k % 256},${Math.floor(k / 2)},80)"/>`).join('');
    const image = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="50"><rect width="600" height="50" fill="#fff"/>${stripes}</svg>`, NO_FONTS).render();
    const pixels = image.pixels; // a getter that copies the image out of resvg each time
    const png = paletteImagePng(pixels, image.width, image.height);
    const at = png.indexOf('PLTE', 0, 'latin1');
    expect(png.readUInt32BE(at - 4) / 3).toBe(256);
    const palette = Array.from({ length: 256 }, (_, k) => [...png.subarray(at + 4 + k * 3, at + 7 + k * 3)]);
    const back = pixelsOf(png).pixels;
    const d = (p: number[], i: number) => Math.hypot(p[0]! - pixels[i]!, p[1]! - pixels[i + 1]!, p[2]! - pixels[i + 2]!);
    let exact = 0;
    let notNearest = 0;
    for (let i = 0; i < back.length; i += 4) {
      const drawn = d([back[i]!, back[i + 1]!, back[i + 2]!], i);
      if (drawn > Math.min(...palette.map((p) => d(p, i)))) notNearest++;
      if (drawn === 0) exact++;
    }
    expect(notNearest).toBe(0);
    expect(exact / (back.length / 4)).toBeGreaterThan(0.95);
  });

  it('are what svgToPng writes: the same bytes for the same picture', async () => {
    const a = await svgToPng(chartLike, 660);
    expect(a[25]).toBe(3);
    expect(a.equals(await svgToPng(chartLike, 660))).toBe(true);
  });
});
