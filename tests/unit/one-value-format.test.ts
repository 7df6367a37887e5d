/**
 * One formatter for a value with its unit (src/lib/model/format.ts), used by the pages, both charts, the
 * tables and the downloads: a percent sign closes up, any other unit follows a space, a number keeps the
 * digits it has (never padded), and a printed figure keeps its text as printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatComparison, formatDate, formatPrinted, formatValue, plainAmount, roundTo, unitSuffix } from '../../src/lib/model/format.ts';
import { formatGap } from '../../src/lib/progress/status.ts';
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

describe('dates as readers write them', () => {
  it('writes an ISO date as 2026年3月15日, a month as 2026年3月, a year as 2026年', () => {
    expect(formatDate('2026-03-15')).toBe('2026年3月15日');
    expect(formatDate('2025-12-31')).toBe('2025年12月31日');
    expect(formatDate('2026-03')).toBe('2026年3月');
    expect(formatDate('2026')).toBe('2026年');
    expect(formatDate('2026-03-15T08:00:00Z')).toBe('2026年3月15日');
  });
  it('leaves anything that is not an ISO date as given, and nothing as nothing', () => {
    expect(formatDate('2025年度')).toBe('2025年度');
    expect(formatDate(null)).toBe('');
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDate(iso)).toBe(`${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`);
      }),
    );
  });
});

describe('amounts in 万 as a reader counts them', () => {
  it('says 0.055 万人 as 约 550 人, 0.3 亿元 as 约 3000 万元, and nothing for 1.2 万人 or a unit without 万', () => {
    expect(plainAmount(0.055, '万人')).toBe('约 550 人');
    expect(plainAmount(-0.055, '万人')).toBe('约 550 人');
    expect(plainAmount(0.0012, '万人')).toBe('约 12 人');
    expect(plainAmount(0.3, '亿元')).toBe('约 3000 万元');
    expect(plainAmount(0.45, '万平方米')).toBe('约 4500 平方米');
    expect(plainAmount(1.2, '万人')).toBeNull();
    expect(plainAmount(0.5, '%')).toBeNull();
    expect(plainAmount(0.5, '万')).toBeNull();
    expect(plainAmount(0, '万人')).toBeNull();
  });
  it('a gap in 万人 keeps the figure and says it in people beside it', () => {
    expect(formatGap(-0.055, '万人')).toBe('差 0.055 万人，约 550 人');
    expect(formatGap(0.6, '%')).toBe('超出 0.6 个百分点');
  });
});

describe('comparisons in printed signs', () => {
  it('writes an ASCII > or < typed in content as ＞ ＜ ≥ ≤, closing up the spaces around it', () => {
    expect(formatComparison('2025年 > 90%（《“十四五”公共服务规划》）')).toBe('2025年＞90%（《“十四五”公共服务规划》）');
    expect(formatComparison('2025年 >= 92%')).toBe('2025年≥92%');
    expect(formatComparison('< 5%')).toBe('＜5%');
    expect(formatComparison('2025年 11.3年')).toBe('2025年 11.3年');
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
