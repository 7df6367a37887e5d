/** A worker thread of the image pool (image-pool.ts): renders each SVG it is sent into the image cache. */
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './images.ts';

parentPort!.on('message', (job: { svg: string; width: number } | null) => {
  if (job === null) return void parentPort!.close();
  svgToPng(job.svg, job.width).then(
    () => parentPort!.postMessage({ ok: true }),
    (err: unknown) => parentPort!.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) }),
  );
});
