/**
 * Builds the real site once (unless E2E_DIST points at a built one), serves it on a free local port,
 * and hands the address to the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { REPO, runScript } from '../helpers/run.ts';

let server: Server | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = process.env.E2E_DIST ?? join(REPO, 'dist');
  if (!process.env.E2E_DIST) {
    const r = runScript('build.ts');
    if (r.code !== 0) throw new Error(`build failed:\n${r.stderr}`);
  }
  const serve = sirv(dist, { dev: false, etag: true });
  server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  return async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
