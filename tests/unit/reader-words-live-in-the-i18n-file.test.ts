/**
 * The words a reader sees are written once, in src/i18n/zh-CN.json (issue 24): the status method's reasons
 * and gaps, the final review, the reporting coverage and the note of a build without history no longer hold
 * Chinese of their own. Comments may quote Chinese; code may not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.ts';

const CJK = /[\u4e00-\u9fff]/;
/** The lines of a module's code holding Chinese, comments left out. */
function chineseInCode(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/\/\/.*$/gm, '');
  return code.split('\n').flatMap((line, i) => (CJK.test(line) ? [`${relative(REPO, file)}:${i + 1}: ${line.trim()}`] : []));
}

describe('reader-facing words', () => {
  it('of lib/progress and the content history come from the i18n file', () => {
    const progress = readdirSync(join(REPO, 'src/lib/progress')).filter((f) => f.endsWith('.ts')).map((f) => join(REPO, 'src/lib/progress', f));
    const files = [...progress, join(REPO, 'src/lib/content/history.ts')];
    expect(files.flatMap(chineseInCode)).toEqual([]);
  });
});
