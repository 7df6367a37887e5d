/**
 * The reader of content/sources/: plans declared by their source metadata (content/sources/<plan-id>.yaml)
 * must have their folder, so that a half-copied tree never publishes a site with fewer plans than it declares.
 */
import { join } from 'node:path';
import type { LoadContext } from './collect.ts';
import { listFolder } from './read-files.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export function readSources(ctx: LoadContext, planIds: readonly string[]): void {
  const sourcesDir = join(ctx.contentDir, 'sources');
  const sources = listFolder(ctx, sourcesDir);
  for (const name of sources.files) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(name);
    if (!m || planIds.includes(m[1]!) || !(ctx.options.include ?? (() => true))(m[1]!)) continue;
    const file = ctx.rel(join(sourcesDir, name));
    ctx.out.add({
      file,
      ...bilingual(V.sourceWithoutPlan, { plan: m[1]!, file }),
    });
  }
}
