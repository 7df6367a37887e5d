/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a page whose key
 * and code are those of the previous build is copied from it instead of rendered again. A key is a digest
 * of everything the page is made from: its props (each plan in them by the digest of its whole content, so
 * that hashing a page does not mean serialising its plan again) and the site's configuration (address,
 * base, partition, publisher). Only routes made from their props alone get one; a page that reads other
 * data (every plan, the update log) is rendered on every build.
 */
import { createHash } from 'node:crypto';
import { config } from '../../config/env.ts';
import type { PlanBundle } from '../model/plan.ts';

const planDigests = new WeakMap<object, string>();
/** The plans of a build as a set, made once (every page's key asks whether a value is one of them). */
const planSets = new WeakMap<readonly PlanBundle[], Set<object>>();
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function planDigest(plan: PlanBundle): string {
  let d = planDigests.get(plan);
  if (d === undefined) {
    d = sha(JSON.stringify(plan));
    planDigests.set(plan, d);
  }
  return d;
}

/** The key of a page made from `props` alone, among `plans` (whose objects the props share). */
export function propsCacheKey(props: unknown, plans: readonly PlanBundle[]): string {
  let known = planSets.get(plans);
  if (!known) planSets.set(plans, (known = new Set<object>(plans)));
  const text = JSON.stringify(props, (_key, value: unknown) => (value !== null && typeof value === 'object' && known.has(value) ? `plan ${planDigest(value as PlanBundle)}` : value));
  return sha(`${JSON.stringify(config())}\n${text}`);
}
