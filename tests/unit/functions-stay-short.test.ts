/**
 * No function longer than 120 lines in the site's layers (pages, components, layouts, the search page's
 * browser code, lib/site, lib/charts, lib/publish, lib/progress, lib/model): a reader can hold one in mind.
 * The frontmatter of each .astro file counts as code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { walk } from '../helpers/crawl.ts';
import { REPO } from '../helpers/run.ts';

const MAX_LINES = 120;
const FOLDERS = ['pages', 'components', 'layouts', 'client', 'lib/site', 'lib/charts', 'lib/publish', 'lib/progress', 'lib/model'];

/** `file:line name (n lines)` for every function in `text` longer than MAX_LINES. */
export function longFunctions(file: string, text: string): string[] {
  const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - from + 1;
      if (lines > MAX_LINES) out.push(`${file}:${from + 1} ${node.name?.getText(source) ?? '(anonymous)'} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('functions stay short', () => {
  it(`no function in ${FOLDERS.join(', ')} is longer than ${MAX_LINES} lines`, () => {
    const files = FOLDERS.flatMap((d) => walk(join(REPO, 'src', d))).filter((f) => /\.(ts|astro)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => longFunctions(f.slice(REPO.length + 1), readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('finds a long function, in a module or in an .astro frontmatter', () => {
    const long = `function big() {\n${'  x();\n'.repeat(130)}}\n`;
    expect(longFunctions('a.ts', long)).toEqual(['a.ts:1 big (132 lines)']);
    expect(longFunctions('b.astro', `---\n${long}---\n<p/>`)).toEqual(['b.astro:1 big (132 lines)']);
    expect(longFunctions('c.ts', 'const f = () => 1;\n')).toEqual([]);
  });
});
