/**
 * The images the build renders ahead on worker threads (lib/site/images.ts) are exactly the ones the pages
 * serve: every PNG of the built site (a plan's share.png; an indicator's chart PNG is made in the reader's
 * browser, so the site has none) is the image of one job, so none is rendered twice and none is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { svgToPng } from '../../src/lib/publish/images.ts';
import { imageJobs } from '../../src/lib/site/images.ts';
import { REPO } from '../helpers/run.ts';
import { walk } from '../helpers/crawl.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');

it('every PNG of the site is one job rendered ahead, byte for byte', async () => {
  const { model } = loadContent(REPO);
  const jobs = [...imageJobs(model.plans)];
  const pngs = walk(DIST).filter((f) => f.endsWith('.png')).map((f) => f.slice(DIST.length));
  expect(jobs.map((j) => j.url).sort()).toEqual(pngs.sort());
  for (const job of jobs) {
    const served = readFileSync(join(DIST, job.url!));
    expect((await svgToPng(job.svg, job.width)).equals(served), job.url).toBe(true);
  }
  expect(readdirSync(join(DIST, 'plans')).length).toBe(model.plans.length);
});
