/** Serves a built site from a folder on a free local port (for browser tests and the benchmark). */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const TEXT = /\.(?:html|css|js|json|svg|xml|csv|txt)$|\/$/;

/** Gzips text responses as an ordinary static host does, so that measured transfer sizes are realistic. */
function gzipText(res: ServerResponse, url: string): void {
  const chunks: Buffer[] = [];
  let head: [number, Record<string, unknown>] = [200, {}];
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = ((status: number, headers?: Record<string, unknown>) => ((head = [status, { ...(headers ?? {}) }]), res)) as typeof res.writeHead;
  res.write = ((chunk: Buffer | string) => (chunks.push(Buffer.from(chunk)), true)) as typeof res.write;
  res.end = ((chunk?: Buffer | string) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    let body = Buffer.concat(chunks);
    const headers = Object.fromEntries(Object.entries(head[1]).filter(([k]) => k.toLowerCase() !== 'content-length'));
    if (TEXT.test(url) && body.length > 0) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    writeHead(head[0], headers as never);
    return end(body);
  }) as typeof res.end;
}

/**
 * `prefix` serves the site under a base path, as a portal hosts it (`/jyj/ghgk/`): a request outside it is
 * a 404, as on the real host, so a link that forgot the base path is caught.
 */
export async function serveStatic(dir: string, options: { gzip?: boolean; prefix?: string } = {}): Promise<{ base: string; close: () => Promise<void> }> {
  const serve = sirv(dir, { dev: false, etag: false });
  const prefix = options.prefix ?? '/';
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found (outside the base path)');
      return;
    }
    req.url = '/' + (req.url ?? '/').slice(prefix.length);
    if (options.gzip && /gzip/.test(String(req.headers['accept-encoding']))) gzipText(res, url);
    serve(req, res, () => {
      // As ordinary static hosts do: the site's own 404.html, with status 404.
      const page = join(dir, '404.html');
      res.statusCode = 404;
      if (existsSync(page)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(page));
      } else res.end('not found');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { base: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
