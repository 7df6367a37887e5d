/**
 * PNG images rendered on every core before the pages are built. Astro renders pages one after another,
 * and each PNG (a font subset, then resvg) keeps one core busy for tens of milliseconds, so at 1,000 plans
 * (about 10,000 images) the images alone took minutes on one core. The pool renders them on worker threads
 * into the image cache (images.ts); the pages' endpoints then find every image there. The bytes are the
 * same either way: the cache is keyed by the SVG, and a missing entry is rendered by the endpoint as before.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface ImageJob {
  svg: string;
  /** Width in pixels of the PNG. */
  width: number;
  /** The site URL that serves the image (for tests and messages). */
  url?: string | undefined;
}

/** Renders every job not already cached, on `threads` worker threads (one per core by default); returns how many distinct images are ready. */
export async function renderImages(jobs: Iterable<ImageJob>, threads = availableParallelism()): Promise<number> {
  const seen = new Set<string>();
  const iterator = (function* () {
    for (const job of jobs) {
      const key = createHash('sha1').update(`${job.width}\n${job.svg}`).digest('hex');
      if (seen.has(key)) continue;
      seen.add(key);
      yield job;
    }
  })();
  let failure: string | null = null;
  let rendered = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./image-worker.ts', import.meta.url));
      const next = () => {
        const job = failure ? undefined : iterator.next().value;
        worker.postMessage(job ? { svg: job.svg, width: job.width } : null);
      };
      worker.on('message', (m: { ok: boolean; error?: string }) => {
        if (m.ok) rendered++;
        else failure ??= m.error ?? 'unknown error';
        next();
      });
      worker.on('error', reject);
      worker.on('exit', () => resolve());
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, threads) }, run));
  if (failure) throw new Error(`rendering a PNG image failed: ${failure}`);
  return rendered;
}
