/**
 * The units a measure names, in every phrasing plans use, reach the model (and so the measures and
 * departments pages): lead units first, names with nested brackets kept whole.
 */
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../src/lib/model/clauses.ts';
import { readResponsibleUnits } from '../../src/lib/model/units.ts';

describe('responsible units in every phrasing', () => {
  it('reads （责任单位：…） as before, and the 牵头/配合 phrasings, lead first', () => {
    expect(readResponsibleUnits('开展评估。（责任单位：教育局、财政局，各乡镇）')).toEqual(['教育局', '财政局', '各乡镇']);
    expect(readResponsibleUnits('建成城北幼儿园。（责任单位：县教育局牵头，县发展改革局、县自然资源局配合）')).toEqual([
      '县教育局',
      '县发展改革局',
      '县自然资源局',
    ]);
    expect(readResponsibleUnits('完成学位测算。县教育局牵头、各乡（镇）人民政府按职责分工负责。')).toEqual(['县教育局', '各乡（镇）人民政府']);
    expect(readResponsibleUnits('统筹推进。（牵头单位：县教育局；配合单位：各县（区）人民政府）')).toEqual(['县教育局', '各县（区）人民政府']);
    expect(readResponsibleUnits('落实法治副校长牵头负责的训诫制度。加强校舍安全。')).toEqual([]);
  });

  it('gives a clause of a 第X章 plan its units', () => {
    const c = extractClauses('## 第一章 任务\n\n（一）扩大资源。（责任单位：县教育局牵头，县财政局配合）\n');
    expect(c.find((x) => x.id === 'ch1-1')!.units).toEqual(['县教育局', '县财政局']);
  });
});
