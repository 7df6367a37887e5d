/**
 * The layers of src/ (STYLE.md): imports point down only. dependency-cruiser checks every module against
 * .dependency-cruiser.cjs; the imports in the frontmatter of .astro pages and components are checked too
 * (dependency-cruiser does not read .astro files, so each frontmatter is cruised as a .ts file beside it).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../helpers/crawl.ts';
import { NODE, REPO } from '../helpers/run.ts';

/** A copy of src/ with each .astro file's frontmatter beside it as `<name>.astro.ts`. */
function cruisableCopy(extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync(join(REPO, 'src'), join(root, 'src'), { recursive: true });
  for (const f of ['.dependency-cruiser.cjs', 'tsconfig.json']) cpSync(join(REPO, f), join(root, f));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  for (const file of walk(join(root, 'src')).filter((f) => f.endsWith('.astro'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    writeFileSync(`${file}.ts`, front);
  }
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(root, path), text);
  return root;
}

function cruise(root: string): { code: number | null; out: string } {
  const bin = join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const r = spawnSync(NODE, [bin, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long'], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('layers', () => {
  it('every import in src/ points down a layer', () => {
    const r = cruise(cruisableCopy());
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('a forbidden import fails, and the message says which way the arrow should go', () => {
    const r = cruise(
      cruisableCopy({
        'src/lib/model/reaches-up.ts': "import { getPlans } from '../site/data.ts';\nexport const x = getPlans;\n",
        'src/lib/charts/reads-views.ts': "import { indicatorViews } from '../progress/views.ts';\nexport const y = indicatorViews;\n",
        'src/pages/reads-files.astro.ts': "import { loadContent } from '../lib/content/load.ts';\nexport const z = loadContent;\n",
        'src/lib/publish/reads-workbook.ts': "import * as w from '../sheets/read.ts';\nexport const v = w;\n",
        'src/components/computes.astro.ts': "import { indicatorViews } from '../lib/progress/views.ts';\nexport const c = indicatorViews;\n",
        'src/client/search/ships-the-model.ts': "import { urls } from '../../lib/model/urls.ts';\nexport const u = urls;\n",
        'src/lib/publish/reads-config.ts': "import { config } from '../../config/env.ts';\nexport const e = config;\n",
      }),
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/model-is-pure: src\/lib\/model\/reaches-up\.ts → src\/lib\/site\/data\.ts/);
    expect(r.out).toContain('lib/model is the typed plan model');
    expect(r.out).toMatch(/charts-are-pure: src\/lib\/charts\/reads-views\.ts → src\/lib\/progress\/views\.ts/);
    expect(r.out).toMatch(/nothing-below-imports-the-workbook: src\/lib\/publish\/reads-workbook\.ts → src\/lib\/sheets\/read\.ts/);
    expect(r.out).toMatch(/pages-only-render: src\/components\/computes\.astro\.ts → src\/lib\/progress\/views\.ts/);
    expect(r.out).toContain('Pages and components render what lib/site hands them');
    expect(r.out).toMatch(/the-browser-runs-only-client-code: src\/client\/search\/ships-the-model\.ts → src\/lib\/model\/urls\.ts/);
    expect(r.out).toContain('src/client is the code that runs in the reader');
    expect(r.out).toMatch(/the-library-reads-no-configuration: src\/lib\/publish\/reads-config\.ts → src\/config\/env\.ts/);
    expect(r.out).toContain('Library code receives its settings as values');
    expect(r.out).toMatch(/pages-go-through-the-site: src\/pages\/reads-files\.astro\.ts → src\/lib\/content\/load\.ts/);
  });
});
