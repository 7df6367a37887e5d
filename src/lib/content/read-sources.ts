/**
 * The reader of content/sources/: plans declared by their source metadata (content/sources/<plan-id>.yaml)
 * must have their folder, so that a half-copied tree never publishes a site with fewer plans than it declares.
 */
import { join } from 'node:path';
import type { LoadContext } from './collect.ts';
import { listFolder } from './read-files.ts';

export function readSources(ctx: LoadContext, planIds: readonly string[]): void {
  const sourcesDir = join(ctx.contentDir, 'sources');
  const sources = listFolder(ctx, sourcesDir);
  for (const name of sources.files) {
    const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(name);
    if (!m || planIds.includes(m[1]!)) continue;
    const file = ctx.rel(join(sourcesDir, name));
    ctx.out.add({
      file,
      message: `expected the plan "${m[1]}" that this file declares in content/plans/${m[1]}/, found no such folder.`,
      fix: `Import it (npm run import -- --all), finish copying content/, or remove ${file}.`,
      zh: { message: `该文件声明了规划“${m[1]}”，但 content/plans/${m[1]}/ 不存在。`, fix: `请导入它（npm run import -- --all）、把 content/ 复制完整，或删除 ${file}。` },
    });
  }
}
