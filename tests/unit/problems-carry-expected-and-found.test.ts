/**
 * One Problem type carries what was expected and what was found apart from its sentence, in both languages,
 * for every schema and field error (issue 24): a reader of problems (an editor, a report) need not parse the
 * sentence. The sentence itself stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithFriendlyErrors } from '../../src/lib/content/friendly.ts';
import { formatProblemZh, type Problem } from '../../src/lib/content/problems.ts';
import { YearSchema as Year } from '../../src/schemas/common.ts';

const Doc = z.object({ year: Year, status: z.enum(['achieved', 'missed']), value: z.number() }).strict();
const problems = (value: unknown): Problem[] => {
  const r = parseWithFriendlyErrors(Doc, { value, locate: () => ({}) } as never, 'content/x.json');
  return r.ok ? [] : r.problems;
};
const at = (value: unknown, field: string) => problems(value).find((p) => p.field === field)!;
const ok = { year: 2024, status: 'achieved', value: 1 };

describe('a problem carries what was expected and what was found', () => {
  it('for a check a schema raises by entry', () => {
    const p = at({ ...ok, year: 1800 }, 'year');
    expect(p.expected).toEqual({ en: 'a year from 1949 on', zh: '1949 年及以后的年份' });
    expect(p.found).toEqual({ en: '1800', zh: '1800' });
    expect(p.message).toBe('expected a year from 1949 on, found 1800.');
    expect(p.zh!.message).toBe('应为1949 年及以后的年份，实际为1800。');
  });

  it('for a wrong type, a missing field, a value not listed and an unknown field', () => {
    expect(at({ ...ok, value: '九十三' }, 'value')).toMatchObject({ expected: { en: 'a number', zh: '数字' }, found: { en: '"九十三"', zh: '“九十三”' } });
    const { value: _, ...missing } = ok;
    expect(at(missing, 'value')).toMatchObject({ expected: { en: 'a number', zh: '数字' }, found: { en: 'nothing', zh: '空（没有填写）' } });
    expect(at({ ...ok, status: 'done' }, 'status')).toMatchObject({ expected: { en: '"achieved", "missed"', zh: '“achieved”、“missed”' }, found: { en: '"done"', zh: '“done”' } });
    expect(at({ ...ok, extra: 1 }, 'extra').found).toEqual({ en: '"extra"', zh: '“extra”' });
  });

  it('in the sentence exactly as before', () => {
    const p = at({ ...ok, value: '九十三' }, 'value');
    expect(formatProblemZh(p)).toContain('应为数字，实际为“九十三”。');
    expect(p.zh!.message).toContain(p.expected!.zh);
    expect(p.zh!.message).toContain(p.found!.zh);
    expect(p.message).toContain(p.expected!.en);
    expect(p.message).toContain(p.found!.en);
  });
});
