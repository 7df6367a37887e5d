/**
 * The content a build has just read and validated, handed to its pages. `npm run build` validates the
 * content and then runs Astro in the same process; the pages read the content through lib/site/data.ts,
 * which Astro bundles into chunks of its own (a second copy of every module), so a module variable is not
 * shared and the pages read and parsed every plan a second time (about a tenth of a build). The hand-over
 * lives in the process-wide symbol registry, which both copies see, and names the content root it is of.
 */
import { resolve } from 'node:path';
import type { ContentModel } from './load.ts';

const KEY = Symbol.for('plan-site.validated-content');
type Slot = { [KEY]?: { root: string; model: ContentModel } };

/** Hands `model`, read from `root` and free of problems, to the pages built next in this process. */
export function handOver(root: string, model: ContentModel): void {
  (globalThis as Slot)[KEY] = { root: resolve(root), model: { ...model } };
}

/** The content handed over for `root`, if any: else the pages read it themselves. */
export function handedOver(root: string): ContentModel | undefined {
  const slot = (globalThis as Slot)[KEY];
  return slot && slot.root === resolve(root) ? slot.model : undefined;
}
