/**
 * Images made at build time: share cards (Open Graph, 1200×630) for a plan, also the share image of its
 * indicator pages, so that a link shared in a chat shows what it is about and its status. (An indicator's
 * chart PNG is made in the reader's browser from its SVG: public/chart-png.js.)
 *
 * Rendering uses resvg (a registry package with its binary inside, nothing downloaded at install) and
 * one font shipped inside an npm package (Noto Sans Hans from @embedpdf/fonts-sc): system fonts are not
 * loaded, so the same input gives the same bytes on every machine and no font is fetched.
 *
 * Speed: resvg re-reads a font file for every run of text, and this font is 8 MB, so each image gets a
 * subset of the font holding only its own characters (subset-font, HarfBuzz in WebAssembly), about
 * 30 KB. Images are also kept in a cache keyed by their SVG (node_modules/.cache), so a rebuild after a
 * staff update renders only the images whose content changed; the bytes are the same either way. The build
 * fills that cache on every core before the pages are built (image-pool.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { textWidth, wrapText } from '../charts/labels.ts';
import { ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';
import { paletteImagePng } from './images-png.ts';

/** The family name inside NotoSansHans-Regular.otf. */
export const IMAGE_FONT_FAMILY = 'Noto Sans S Chinese';

let fontPath: string | null = null;
/** The CJK font file inside node_modules; a clear error when it is missing. */
export function imageFont(): string {
  if (fontPath) return fontPath;
  let path = '';
  try {
    path = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
  } catch {
    path = '';
  }
  if (!path || !existsSync(path)) {
    throw new Error('The Chinese font for PNG images is missing: expected node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf. Run `npm install` in the project folder.');
  }
  fontPath = path;
  return path;
}

let cacheDir: string | null = null;
/**
 * The image cache: node_modules/.cache/plan-site-images of the project, the node_modules folder that holds
 * the font. Not the current folder's: the build runs Astro inside a working folder of its own
 * (.astro/build-<pid>/), and a cache there was thrown away with it, so every page's images were rendered a
 * second time, one after another, after the pool had rendered them on every core.
 */
export function imageCache(): string {
  if (cacheDir) return cacheDir;
  const font = imageFont();
  const at = font.lastIndexOf(`${sep}node_modules${sep}`);
  cacheDir = at >= 0 ? join(font.slice(0, at), 'node_modules', '.cache', 'plan-site-images') : join(process.cwd(), 'node_modules', '.cache', 'plan-site-images');
  return cacheDir;
}
/** A name of its own for a file being written, so that two builds (or two threads) rendering one image never share it. */
const own = (path: string, ext: string) => `${path}.${process.pid}-${threadId}${ext}`;
let fontBytes: Buffer | null = null;

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const oneFontOf = (svg: string) => svg.replace(/font-family="[^"]*"/g, `font-family="${IMAGE_FONT_FAMILY}"`);
/**
 * Where the cache keeps the PNG of this SVG at this width. The key names the encoding (`png8`: palette PNG,
 * images-png.ts), so that images cached in an earlier encoding are never served as this one's.
 */
export function cachedImagePath(svg: string, width: number): string {
  return join(imageCache(), `${createHash('sha256').update(`png8\n${width}\n${oneFontOf(svg)}`).digest('hex')}.png`);
}

/** Renders an SVG string to PNG at `width` pixels wide, with the bundled CJK font only, as a palette PNG. */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  const oneFont = oneFontOf(svg);
  const CACHE = imageCache();
  const cached = cachedImagePath(svg, width);
  if (existsSync(cached)) return readFileSync(cached);
  fontBytes ??= readFileSync(imageFont());
  // Only the characters drawn (text nodes), plus digits and the label, so the subset is small.
  const drawn = [...oneFont.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!)).join('');
  const chars = [...new Set(`${drawn}0123456789${ILLUSTRATIVE_LABEL}`)].sort().join('');
  const subset = await subsetFont(fontBytes, chars, { targetFormat: 'sfnt' });
  mkdirSync(CACHE, { recursive: true });
  const fontFile = own(cached, '.font');
  writeFileSync(fontFile, subset);
  const resvg = new Resvg(oneFont, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY, sansSerifFamily: IMAGE_FONT_FAMILY },
  });
  const image = resvg.render();
  const png = paletteImagePng(image.pixels, image.width, image.height);
  unlinkSync(fontFile);
  // Written under a temporary name and renamed, so that a stopped build never leaves half an image.
  const tmp = own(cached, '.tmp');
  writeFileSync(tmp, png);
  renameSync(tmp, cached);
  return png;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ShareCard {
  /** What it is about, e.g. the indicator's name or the plan's title. */
  title: string;
  /** Region, plan, period. */
  subtitle: string;
  /** Lines of figures and status, in words. */
  lines: readonly string[];
  illustrative: boolean;
  /** The site's name, at the foot. */
  site: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A 1200×630 share card as SVG: title, subtitle, figures, the illustrative label in words, the site. */
export function shareCardSvg(card: ShareCard): string {
  const textW = 1080;
  const out: string[] = [];
  let y = 60;
  out.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/><rect width="${CARD_WIDTH}" height="14" fill="#0b5cad"/>`);
  for (const l of wrapText(card.title, 52, textW).slice(0, 3)) {
    y += 62;
    out.push(`<text x="60" y="${y}" font-size="52" font-weight="700" fill="#1a1a1a">${esc(l)}</text>`);
  }
  for (const l of wrapText(card.subtitle, 30, textW).slice(0, 2)) {
    y += 42;
    out.push(`<text x="60" y="${y}" font-size="30" fill="#444">${esc(l)}</text>`);
  }
  y += 20;
  for (const l of card.lines.flatMap((x) => wrapText(x, 34, textW)).slice(0, 5)) {
    y += 48;
    out.push(`<text x="60" y="${y}" font-size="34" fill="#0b5cad">${esc(l)}</text>`);
  }
  if (card.illustrative) {
    const label = ILLUSTRATIVE_LABEL;
    const w = textWidth(label, 32) + 28;
    out.push(`<g class="illustrative-label"><rect x="60" y="470" width="${w}" height="52" fill="#fff4e5" stroke="#b35c00" stroke-width="2"/><text x="74" y="507" font-size="32" fill="#7a3d00">${label}</text></g>`);
  }
  out.push(`<text x="60" y="590" font-size="28" fill="#555">${esc(card.site)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" font-family="${IMAGE_FONT_FAMILY}">${out.join('')}</svg>`;
}

/** The share card as PNG, 1200×630. */
export function shareCardPng(card: ShareCard): Promise<Buffer> {
  return svgToPng(shareCardSvg(card), CARD_WIDTH);
}
