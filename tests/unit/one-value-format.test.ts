/**
 * One formatter for a value with its unit (src/lib/model/format.ts), used by the pages, both charts, the
 * tables and the downloads: a percent sign closes up, any other unit follows a space, a number keeps the
 * digits it has (never padded), and a printed figure keeps its text as printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPrinted, formatValue, roundTo, unitSuffix } from '../../src/lib/model/format.ts';
import { ReferenceFileSchema } from '../../src/schemas/reference.ts';
import { nationalLine, referenceLines } from '../../src/lib/progress/compare.ts';

describe('a value with its unit', () => {
  it('writes % closed up, other units after a space, no unit as the number alone, no value as —', () => {
    expect(formatValue(93.1, '%')).toBe('93.1%');
    expect(formatValue(9.5, '年')).toBe('9.5 年');
    expect(formatValue(12, null)).toBe('12');
    expect(formatValue(null, '%')).toBe('—');
    expect(unitSuffix('万元')).toBe(' 万元');
  });
  it('never pads a number with digits it does not have (92.4%, not 92.40%)', () => {
    expect(formatValue(92.404, '%', 2)).toBe('92.4%');
    expect(formatValue(92, '%', 2)).toBe('92%');
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        const digits = (formatValue(v, '%', d).replace('%', '').split('.')[1] ?? '').length;
        expect(digits).toBeLessThanOrEqual(d);
        expect(Math.abs(roundTo(v, d) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.abs(v));
      }),
    );
  });
  it('keeps a printed figure’s text, adding the unit only where the text is a number without it', () => {
    expect(formatPrinted('95', '%')).toBe('95%');
    expect(formatPrinted('10.8', '年')).toBe('10.8 年');
    expect(formatPrinted('101.93%', '%')).toBe('101.93%');
    expect(formatPrinted('11.3（16—59岁人口）', '年')).toBe('11.3（16—59岁人口） 年');
    expect(formatPrinted('通过自治区 评估认定', '%')).toBe('通过自治区 评估认定');
    expect(formatPrinted('-', '%')).toBe('-');
    fc.assert(fc.property(fc.string(), fc.constantFrom('%', '年', null), (text, unit) => formatPrinted(text, unit).startsWith(text)));
  });
});

describe('reference lines are found by their kind, not their name', () => {
  const file = (area: string, label: string, kind: string) => ({
    area,
    label,
    kind,
    provenance: 'official',
    series: [{ concept: 'c', name: 'n', unit: '%', points: [{ year: 2020, value: 1, text: '1', source: { title: 't', publisher: 'p' } }] }],
  });
  it('the national line is the one of kind national, whatever it is called', () => {
    const refs = [file('宁夏回族自治区', '宁夏', 'provincial'), file('中华人民共和国', '全国平均', 'national')].map((f) => ReferenceFileSchema.parse(f));
    expect(nationalLine(referenceLines('c', refs))?.label).toBe('全国平均');
    expect(nationalLine(referenceLines('c', refs.slice(0, 1)))).toBeUndefined();
  });
  it('a reference file without its kind, or with another kind, is refused', () => {
    const { kind: _, ...without } = file('全国', '全国', 'national');
    expect(ReferenceFileSchema.safeParse(without).success).toBe(false);
    expect(ReferenceFileSchema.safeParse(file('全国', '全国', 'country')).success).toBe(false);
  });
});
