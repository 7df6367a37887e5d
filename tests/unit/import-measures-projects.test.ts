/** Measures carry their responsible units; major projects carry facilities, areas and budgets. */
import { describe, expect, it } from 'vitest';
import { normaliseUnitNames, readResponsibleUnits } from '../../src/lib/model/units.ts';
import { readQuantities } from '../../src/lib/import/projects.ts';
import { importShipped } from '../helpers/plans.ts';

const plans = importShipped();
const plan = (id: string) => plans.find((p) => p.id === id)!.result;

describe('measures with responsible units (泾源)', () => {
  const measures = plan('jingyuan-edu-quality-2023-2027').clauses.filter((c) => c.units.length > 0);
  it('27 of 27 measures carry their units', () => {
    expect(measures).toHaveLength(27);
    expect(measures.map((m) => m.marker)).toEqual(Array.from({ length: 27 }, (_, i) => `${i + 1}.`));
  });
  it('keeps the printed names in order', () => {
    expect(measures[0]!.units).toEqual(['县委宣传部', '教育体育局', '团县委']);
    expect(measures[26]!.units).toEqual(['教育体育局', '公安局', '政法委', '网信办']);
  });
  it('normalises the two names one department is printed under', () => {
    const all = measures.flatMap((m) => m.units);
    const names = normaliseUnitNames(all);
    expect(names.get('统战部')).toBe('县委统战部');
    expect(names.get('政法委')).toBe('县委政法委');
    expect(names.get('教育体育局')).toBe('教育体育局');
  });
  it('reads units separated by 、 and ，', () => {
    expect(readResponsibleUnits('……工作。（责任单位：教育体育局、民政局、财政局、残联，各乡镇）')).toEqual([
      '教育体育局',
      '民政局',
      '财政局',
      '残联',
      '各乡镇',
    ]);
    expect(readResponsibleUnits('没有责任单位的条款。')).toEqual([]);
  });
});

describe('major projects', () => {
  it('平罗 专栏7: six items with schools, floor areas and budgets as printed', () => {
    const projects = plan('pingluo-edu-2021-2025').projects!.projects;
    expect(projects.map((p) => p.id)).toEqual(['box7-1', 'box7-2', 'box7-3', 'box7-4', 'box7-5', 'box7-6']);
    const second = projects[1]!;
    expect(second.facilities).toContain('平罗县城关第九小学');
    expect(second.floorArea.map((q) => [q.value, q.text])).toEqual([
      [25046, '总建筑面积25046平方米'],
      [13203, '建筑面积13203平方米'],
    ]);
    expect(second.budget.map((q) => [q.value, q.text])).toEqual([
      [11190, '概算总投资11190万元'],
      [6721.6, '概算投资6721.6万元'],
    ]);
    expect(projects[0]!.landArea[0]).toMatchObject({ value: 20923, unit: '平方米', text: '规划总占地面积20923平方米' });
  });
  it('青铜峡 四、重大项目: six categories with the facilities they name', () => {
    const projects = plan('qingtongxia-edu-2021-2025').projects!.projects;
    expect(projects.map((p) => p.name)).toEqual(['幼儿园建设', '义务教育学校建设', '普通高中教育', '职业教育', '加强教育信息化建设', '中小学校外综合实践学校建设']);
    expect(projects[0]!.facilities).toEqual(['第八幼儿园', '同兴小学幼儿园', '同进小学幼儿园', '同乐幼儿园']);
    expect(projects[1]!.facilities).toEqual(expect.arrayContaining(['第八小学', '第八中学', '甘城子中心学校', '连湖小学']));
  });
  it('reads every figure with its label', () => {
    expect(readQuantities('改造面积1339平方米，概算总投资568.5万元。')).toEqual([
      { label: '改造面积', value: 1339, unit: '平方米', text: '改造面积1339平方米' },
      { label: '概算总投资', value: 568.5, unit: '万元', text: '概算总投资568.5万元' },
    ]);
  });
});
