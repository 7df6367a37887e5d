/**
 * Starts building the real site once (unless E2E_DIST points at a built one) and returns at once, so that the
 * unit tests run while the site builds: Vitest awaits every project's global setup before it runs any test
 * file, and a build awaited here left both cores to the build alone for the better part of a minute.
 * When the build ends, the site is served on a free local port and a status file says where (or why the
 * build failed); `wait-for-site.ts`, the e2e project's setup file, waits for that file before each browser
 * test file's own hooks run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.ts';
import { NODE, REPO } from '../helpers/run.ts';
import type { SiteStatus } from './wait-for-site.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = process.env.E2E_DIST ?? join(REPO, 'dist');
  const folder = mkdtempSync(join(tmpdir(), 'e2e-site-'));
  const statusFile = join(folder, 'status.json');
  project.provide('siteStatusFile', statusFile);
  // Written whole under another name, then renamed: a reader never sees half a file.
  const report = (status: SiteStatus) => {
    writeFileSync(`${statusFile}.part`, JSON.stringify(status));
    renameSync(`${statusFile}.part`, statusFile);
  };
  let close = async () => {};
  const serve = async () => {
    const site = await serveStatic(dist);
    close = site.close;
    report({ code: 0, base: site.base });
  };
  let done: Promise<void>;
  if (process.env.E2E_DIST) done = serve();
  else {
    const child = spawn(NODE, [join(REPO, 'scripts', 'build.ts')], { cwd: REPO, env: { ...process.env, BUILD_QUIET: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
    done = new Promise<void>((resolve) => {
      child.on('error', (e) => (report({ code: 1, stderr: String(e) }), resolve()));
      child.on('close', async (code) => {
        if (code === 0) await serve();
        else report({ code: code ?? 1, stderr });
        resolve();
      });
    });
  }
  return async () => {
    await done;
    await close();
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteStatusFile: string;
  }
}
