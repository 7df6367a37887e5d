/**
 * The PNG images are rendered on worker threads before the pages are built (lib/publish/image-pool.ts):
 * each image once, into the cache the pages' endpoints read, with the same bytes as an image rendered on
 * the main thread; a broken image fails the build with its reason.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderImages } from '../../src/lib/publish/image-pool.ts';
import { cachedImagePath, svgToPng } from '../../src/lib/publish/images.ts';
import { REPO } from '../helpers/run.ts';

/** An SVG of its own (a label unique to this run), so that it is not in the cache before the test. */
const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60" width="200" height="60"><rect width="200" height="60" fill="#eef"/><text x="10" y="38" font-size="20" fill="#123">${label}</text></svg>`;
const cached = (s: string, width: number) => cachedImagePath(s, width);
const run = `${process.pid}-${Date.now()}`;
const jobs = ['一', '二', '三'].map((n) => ({ svg: svg(`图${n} ${run}`), width: 200 }));

afterAll(() => {
  for (const j of jobs) rmSync(cached(j.svg, j.width), { force: true });
});

describe('rendering images on worker threads', () => {
  it('renders each image once, into the cache, with the bytes the main thread would make', async () => {
    for (const j of jobs) expect(existsSync(cached(j.svg, j.width))).toBe(false);
    const rendered = await renderImages([...jobs, jobs[0]!], 2);
    expect(rendered).toBe(3);
    for (const j of jobs) {
      const file = cached(j.svg, j.width);
      expect(existsSync(file)).toBe(true);
      const fromPool = readFileSync(file);
      expect(fromPool.subarray(1, 4).toString()).toBe('PNG');
      rmSync(file);
      expect((await svgToPng(j.svg, j.width)).equals(fromPool)).toBe(true);
    }
  });

  it('a broken image fails with its reason', async () => {
    await expect(renderImages([{ svg: '<svg', width: 100 }], 2)).rejects.toThrow(/rendering a PNG image failed: .*\S/);
  });
});

describe('the image cache', () => {
  it('is the project\'s, also for pages built in a working folder of their own (Astro runs in .astro/build-<pid>/)', async () => {
    const scratch = join(REPO, '.astro', `images-test-${process.pid}`);
    mkdirSync(scratch, { recursive: true });
    const here = process.cwd();
    const job = { svg: svg(`图四 ${run}`), width: 200 };
    try {
      process.chdir(scratch);
      // The pages' code is loaded by the Astro build after it has moved into its working folder.
      vi.resetModules();
      const images = await import('../../src/lib/publish/images.ts');
      await images.svgToPng(job.svg, job.width);
    } finally {
      process.chdir(here);
    }
    try {
      expect(existsSync(cached(job.svg, job.width))).toBe(true);
      expect(existsSync(join(scratch, 'node_modules'))).toBe(false);
    } finally {
      rmSync(cached(job.svg, job.width), { force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
