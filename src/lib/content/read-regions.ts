/**
 * Each plan's region as its front matter prints it, read without its text, tables or progress: what a
 * partition's build and `npm run partitions` need to know which plans are whose before anything is read in
 * full. Reading and checking every plan of a 10,000-plan country takes minutes and gigabytes (a partition of
 * three plans took 226 s of CPU and 4.5 GB when it read them all); this takes seconds.
 *
 * Nothing here judges a plan: a folder whose front matter cannot be read here has no region, and whoever
 * reads the plans in full (the validator, the build) reports why.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '../model/markdown.ts';
import type { PlanBundle } from '../model/plan.ts';
import type { Placed } from '../model/partitions.ts';

/** A plan folder and the region its plan.md names, or `plan: null` when that cannot be read here. */
export interface PlanRegion {
  id: string;
  plan: Pick<PlanBundle['plan'], 'region'> | null;
}

/** The first bytes of a file: front matter comes first, and reading 10,000 whole texts took seconds. */
function head(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The block as the front matter writes it (`  key: plain value`, `"quoted"` without escapes, `null`), read
 * without a YAML parser (a tenth of a millisecond a plan, 10,000 plans a partition); undefined for anything
 * else, which the YAML parser then reads.
 */
function simpleBlock(lines: readonly string[]): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {};
  for (const line of lines) {
    if (line.trim() === '') continue;
    const m = /^ {2}([a-z]+): ?(.*?)\s*$/.exec(line);
    if (!m) return undefined;
    const value = m[2]!;
    if (/^"[^"\\]*"$/.test(value)) out[m[1]!] = value.slice(1, -1);
    else if (value === 'null' || value === '~') out[m[1]!] = null;
    else if (/^[^'"{}[\]#&*!|>%@`,:]*$/.test(value) && value !== '') out[m[1]!] = value;
    else return undefined;
  }
  return out;
}

/** The `region:` block of front matter (to the next top-level key), read alone; else the whole front matter. */
function parseRegion(frontMatter: string): unknown {
  const block = /^region:[ \t]*\r?\n(?:(?:[ \t]+.*|[ \t]*)(?:\r?\n|$))+/m.exec(frontMatter);
  const region = block ? (simpleBlock(block[0].split(/\r?\n/).slice(1)) ?? (parse(block[0]) as { region?: unknown } | null)?.region) : undefined;
  return region ?? (parse(frontMatter) as { region?: unknown } | null)?.region;
}

function regionOf(file: string): PlanRegion['plan'] {
  try {
    let text = head(file, 16384).replace(/^\uFEFF/, '');
    if (splitFrontMatter(text).frontMatter === null) text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const { frontMatter } = splitFrontMatter(text);
    const region = frontMatter === null ? undefined : parseRegion(frontMatter);
    const ok = typeof region === 'object' && region !== null && typeof (region as { province?: unknown }).province === 'string';
    return ok ? { region: region as PlanBundle['plan']['region'] } : null;
  } catch {
    return null;
  }
}

/** Every folder of `<root>/content/plans/` with its plan's region, in folder order. */
export function planRegions(root: string): PlanRegion[] {
  const dir = join(root, 'content', 'plans');
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
  return names.map((id) => ({ id, plan: regionOf(join(dir, id, 'plan.md')) }));
}

/**
 * Which plans a build of `mine` reads: its own (as `partitionOf` places them by these regions), and every
 * folder this scan could not place (a broken plan, progress or sources without a plan), so that the build
 * reports them as the validator would rather than publishing around them.
 */
export function onlyPlansOf(regions: readonly PlanRegion[], mine: (r: Placed) => boolean): (planId: string) => boolean {
  const placed = new Set(regions.filter((r) => r.plan !== null).map((r) => r.id));
  const own = new Set(regions.filter((r) => r.plan !== null && mine({ plan: r.plan! })).map((r) => r.id));
  return (id) => own.has(id) || !placed.has(id);
}
