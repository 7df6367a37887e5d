/** Serves a built site from a folder on a free local port (for browser tests and the benchmark). */
import { createServer } from 'node:http';
import sirv from 'sirv';

export async function serveStatic(dir: string): Promise<{ base: string; close: () => Promise<void> }> {
  const serve = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { base: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
