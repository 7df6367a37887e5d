/**
 * The adversarial suite, content half: every case of ./cases.ts against the validator, which must report
 * the expected problem (file, field or line, phrase) or accept the content, and never throw.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { ALSO_REPORTED, CASES } from './cases.ts';

describe('adversarial content cases', () => {
  it('cover every class with enough cases', () => {
    const by = (cls: string) => CASES.filter((c) => c.cls === cls).length;
    for (const cls of ['encodings', 'schema', 'plausibility', 'injection', 'paths']) expect(by(cls), cls).toBeGreaterThanOrEqual(5);
  });
  for (const c of CASES) {
    it(`${c.cls}: ${c.name}`, () => {
      const root = fixtureRoot();
      c.edit(root);
      const { problems } = loadContent(root, { today: c.today ?? '2026-12-01' });
      const lines = problems.map(formatProblem);
      if ('ok' in c.expect) {
        expect(lines).toEqual([]);
        return;
      }
      for (const p of problems) expect(formatProblem(p), 'no stack trace or bare error code').not.toMatch(/\n\s+at |\bE[A-Z]{3,}\b/);
      const want = [c.expect.problem, ...(ALSO_REPORTED[c.name] ?? [])];
      for (const parts of want) {
        const line = lines.find((l) => parts.every((s) => l.includes(s)));
        expect(line, `no problem line contains ${JSON.stringify(parts)}:\n${lines.join('\n')}`).toBeDefined();
      }
      if (c.expect.count !== undefined) expect(lines, lines.join('\n')).toHaveLength(c.expect.count);
    });
  }
  it('every new problem carries Chinese text', () => {
    const root = fixtureRoot();
    for (const c of CASES.filter((x) => x.cls === 'paths' && !('ok' in x.expect)).slice(0, 1)) c.edit(root);
    const { problems } = loadContent(root, { today: '2026-12-01' });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.zh?.message, formatProblem(p)).toMatch(/[\u4e00-\u9fff]/);
  });
});
