/**
 * Builds the real site once (unless E2E_DIST points at a built one), serves it on a free local port,
 * and hands the address to the browser tests.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.ts';
import { REPO, runScript } from '../helpers/run.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = process.env.E2E_DIST ?? join(REPO, 'dist');
  if (!process.env.E2E_DIST) {
    const r = runScript('build.ts');
    if (r.code !== 0) throw new Error(`build failed:\n${r.stderr}`);
  }
  const { base, close } = await serveStatic(dist);
  project.provide('baseURL', base);
  return close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
