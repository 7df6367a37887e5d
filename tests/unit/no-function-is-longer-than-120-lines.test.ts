/**
 * No function in src/ is longer than 120 lines (issue 24): a function that long holds several stages that
 * share state, and nobody can change one rule without reading all of it. Measured with the TypeScript
 * compiler on every .ts file under src/, from the first line of a function to its last, nested functions
 * included in the function that holds them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';

const MAX_LINES = 120;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every function of `text` longer than `max` lines, as `path:line name (n lines)`. */
export function longFunctions(path: string, text: string, max = MAX_LINES): string[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const named = (node as ts.FunctionLikeDeclaration).name;
      if (last - first + 1 > max) found.push(`${path}:${first} ${named ? named.getText(sf) : '(anonymous)'} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('functions in src/', () => {
  it('the measure counts a function from its first line to its last, nested ones inside their parent', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const x${i} = ${i};`).join('\n');
    expect(longFunctions('a.ts', `function short() {\n${body(118)}\n}`)).toEqual([]);
    expect(longFunctions('a.ts', `export function long() {\n${body(119)}\n}`)).toEqual(['a.ts:1 long (121 lines)']);
    expect(longFunctions('a.ts', `const f = () => {\n${body(130)}\n};`)).toEqual(['a.ts:1 (anonymous) (132 lines)']);
  });

  it(`none is longer than ${MAX_LINES} lines`, () => {
    const src = join(REPO, 'src');
    const long = tsFiles(src).flatMap((f) => longFunctions(relative(REPO, f), readFileSync(f, 'utf8')));
    expect(long).toEqual([]);
  });
});
