/**
 * An indicator's chart PNG is drawn in the reader's browser from the chart's SVG download
 * (public/chart-png.js), not rendered by the build: the PNG button saves it at the width the build used,
 * twice the SVG's size, with the picture in it. Without JavaScript the button is hidden, never a dead link,
 * and the SVG download is there. The built site has no chart.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, it } from 'vitest';
import { withAndWithoutScript } from './browser.ts';
import { walk } from '../helpers/crawl.ts';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');
const PATH = '/plans/qingtongxia-edu-2021-2025/indicators/preschool-gross-enrolment/';
const BUTTON = '图表（PNG 图片）';
const pages = withAndWithoutScript({ acceptDownloads: true });

/** The RGBA pixels of a PNG, decoded by resvg (an <image> of it; no text, so no fonts loaded). */
function pixelsOf(png: Buffer): Buffer {
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return Buffer.from(new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: false } }).render().pixels);
}

it('the PNG button saves the chart’s SVG as a PNG twice its size, with the chart drawn in it', async () => {
  const [, svgWidth, svgHeight] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(readFileSync(join(DIST, PATH, 'chart.svg'), 'utf8'))!.map(Number);
  await pages.js.goto(PATH);
  const button = pages.js.locator('#chart .actions').getByRole('button', { name: BUTTON });
  expect(await button.getAttribute('class')).toBe('button');
  const [download] = await Promise.all([pages.js.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('qingtongxia-edu-2021-2025-preschool-gross-enrolment.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * svgWidth!, 2 * svgHeight!]);
  const pixels = pixelsOf(png);
  let inked = 0;
  let blue = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    if (r < 200 || g < 200 || b < 200) inked++;
    // The actual values' line, #0b5cad.
    if (r < 60 && g > 60 && g < 130 && b > 140) blue++;
  }
  expect(inked / (pixels.length / 4)).toBeGreaterThan(0.01);
  expect(blue).toBeGreaterThan(100);
});

it('without JavaScript the PNG button is hidden, and the SVG download stays', async () => {
  await pages.nojs.goto(PATH);
  expect(await pages.nojs.locator('button[data-chart-png]').count()).toBe(1);
  expect(await pages.nojs.locator('button[data-chart-png]').isVisible()).toBe(false);
  expect(await pages.nojs.getByRole('button', { name: BUTTON }).count()).toBe(0);
  expect(await pages.nojs.getByRole('link', { name: '下载图表（SVG）' }).isVisible()).toBe(true);
  expect(await pages.nojs.locator('a[href$=".png"]').count()).toBe(0);
});

it('the build writes no chart.png: an indicator’s PNG is made only in the browser', () => {
  expect(walk(DIST).filter((f) => f.endsWith('/chart.png'))).toEqual([]);
});
