/**
 * A build reads and parses the content once: the pages use what the build has just validated (handed over
 * in the process, lib/content/handoff.ts) instead of reading every plan again, and only for the content
 * root it was read from.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { handOver, handedOver } from '../../src/lib/content/handoff.ts';
import type { ContentModel } from '../../src/lib/content/load.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const KEY = Symbol.for('plan-site.validated-content');
afterEach(() => void delete (globalThis as Record<symbol, unknown>)[KEY]);

const model = { plans: [], concepts: [], references: [] } as unknown as ContentModel;

it('what the build hands over is what a second copy of the module finds, for the same root only', async () => {
  handOver('/srv/site/', model);
  // Astro bundles the pages' modules again: the module imported afresh stands for that second copy.
  vi.resetModules();
  const again = await import('../../src/lib/content/handoff.ts');
  expect(again.handedOver).not.toBe(handedOver);
  expect(again.handedOver('/srv/site')?.plans).toBe(model.plans);
  expect(again.handedOver('/srv/other')).toBeUndefined();
});

it('nothing handed over: the pages read the content themselves', () => {
  expect(handedOver(fixtureRoot())).toBeUndefined();
});

it('a partition narrowing the build’s plans afterwards does not narrow what was handed over', () => {
  const m = { ...model, plans: [{ id: 'a' }, { id: 'b' }] } as unknown as ContentModel;
  handOver('/srv/site', m);
  m.plans = m.plans.slice(0, 1);
  expect(handedOver('/srv/site')?.plans).toHaveLength(2);
});
