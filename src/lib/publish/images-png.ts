/**
 * A rendered image's pixels written as a palette PNG (8-bit indexed colour). resvg writes RGBA, 4 bytes a
 * pixel, but a chart or share card drawn on white holds only a few hundred colours (its fills, and the
 * anti-aliased edges between them), so one byte a pixel keeps it: about 40 % of the bytes of resvg's PNG
 * for the same picture. At 1,000 plans the images were a third of the site (814 MB).
 *
 * The 256 most frequent colours are kept exactly; a picture with more (a few rare edge shades) has each of
 * the others drawn in its nearest kept colour. Deterministic: the same pixels give the same bytes.
 * Written by hand because no library in package.json writes indexed PNG (sharp is only an optional
 * dependency of Astro); the format is the PNG specification's IHDR, PLTE, IDAT, IEND with zlib from Node.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The colour of pixel i as 0xRRGGBB, composited over white where it is not opaque. */
function rgbAt(rgba: Uint8Array, i: number): number {
  const a = rgba[i * 4 + 3]!;
  const c = (k: number) => {
    const v = rgba[i * 4 + k]!;
    return a === 255 ? v : Math.round((v * a + 255 * (255 - a)) / 255);
  };
  return (c(0) << 16) | (c(1) << 8) | c(2);
}

const distance = (p: number, q: number) => ((p >> 16) - (q >> 16)) ** 2 + (((p >> 8) & 255) - ((q >> 8) & 255)) ** 2 + ((p & 255) - (q & 255)) ** 2;

/** RGBA pixels (`width` × `height`, as resvg gives them) → an indexed PNG of at most 256 colours, on white. */
export function paletteImagePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const n = width * height;
  // Pixels are read 4 bytes at a time and a colour is looked up only where it differs from the pixel
  // before (charts are mostly long runs of white): a Map lookup per pixel was most of an image's time.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const px = new Uint32Array(aligned.buffer, aligned.byteOffset, n);
  const counts = new Map<number, number>();
  /** The composited colour of each distinct RGBA value met. */
  const colourOf = new Map<number, number>();
  let prev = -1;
  let prevColour = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const v = px[i]!;
    if (v === prev) {
      run++;
      continue;
    }
    if (run > 0) counts.set(prevColour, (counts.get(prevColour) ?? 0) + run);
    let c = colourOf.get(v);
    if (c === undefined) {
      c = rgbAt(aligned, i);
      colourOf.set(v, c);
    }
    prev = v;
    prevColour = c;
    run = 1;
  }
  if (run > 0) counts.set(prevColour, (counts.get(prevColour) ?? 0) + run);
  const byUse = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const palette = byUse.slice(0, 256);
  const index = new Map(palette.map((c, k) => [c, k]));
  for (const c of byUse.slice(256)) {
    let best = 0;
    for (let k = 1; k < palette.length; k++) if (distance(c, palette[k]!) < distance(c, palette[best]!)) best = k;
    index.set(c, best);
  }
  // Each row: filter type 0 (none), then one palette index a pixel; filters rarely help indexed images.
  const raw = Buffer.alloc((width + 1) * height);
  prev = -1;
  let prevIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1) + 1;
    for (let x = 0; x < width; x++) {
      const v = px[y * width + x]!;
      if (v !== prev) {
        prev = v;
        prevIndex = index.get(colourOf.get(v)!)!;
      }
      raw[row + x] = prevIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per index
  ihdr[9] = 3; // colour type: indexed
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, k) => {
    plte[k * 3] = c >> 16;
    plte[k * 3 + 1] = (c >> 8) & 255;
    plte[k * 3 + 2] = c & 255;
  });
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
