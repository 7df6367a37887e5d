/**
 * The e2e project's setup file: before a browser test file's own hooks, waits until the shared site that
 * the global setup builds is built and served, then hands its address to `baseURL()`. A failed build fails
 * every file that needs the site, with the build's own message. The wait has no deadline of its own: the
 * hook timeout catches a hang, whatever the machine's load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, inject } from 'vitest';
import { setBaseURL } from './browser.ts';

export type SiteStatus = { code: number; base?: string; stderr?: string };

beforeAll(async () => {
  const file = inject('siteStatusFile');
  while (!existsSync(file)) await sleep(200);
  const status = JSON.parse(readFileSync(file, 'utf8')) as SiteStatus;
  if (status.code !== 0 || !status.base) throw new Error(`the shared site did not build:\n${status.stderr ?? ''}`);
  setBaseURL(status.base);
});
