/**
 * A responsible unit belongs to its region: 平罗县教育体育局 and 泾源县教育体育局 are two units with two
 * pages, and the overview lists them together under their kind (教育体育局), each county apart.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { departmentKinds, departmentViews } from '../../src/lib/progress/views.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const jingyuan = model.plans.find((p) => p.id === 'jingyuan-edu-quality-2023-2027')!;
/** The same text issued by another (fictional) county. */
const other: PlanBundle = { ...jingyuan, id: 'shili-edu-quality-2023-2027', plan: { ...jingyuan.plan, id: 'shili-edu-quality-2023-2027', region: { ...jingyuan.plan.region, name: '示例县' } } };

describe('departments by county', () => {
  const departments = departmentViews([jingyuan, other]);

  it('the same name in two counties is two units, each with its own page and its own measures', () => {
    const edu = departments.filter((d) => d.name === '教育体育局');
    expect(edu.map((d) => [d.slug, d.title]).sort()).toEqual([
      ['jing-yuan-xian-640424--jiao-yu-ti-yu-ju', '教育体育局（泾源县）'],
      ['shi-li-xian--jiao-yu-ti-yu-ju', '教育体育局（示例县）'],
    ]);
    for (const d of edu) expect(new Set(d.measures.map((m) => m.plan.id))).toEqual(new Set([d.region === '泾源县' ? jingyuan.id : other.id]));
  });

  it('the overview groups them by kind, county by county', () => {
    const kind = departmentKinds(departments).find((k) => k.name === '教育体育局')!;
    expect(kind.departments.map((d) => d.region).sort()).toEqual(['泾源县', '示例县']);
    expect(kind.measures).toBe(kind.departments.reduce((n, d) => n + d.measures.length, 0));
  });

  it('a printed name that already names its county is not prefixed twice', () => {
    const renamed: PlanBundle = { ...jingyuan, plan: { ...jingyuan.plan, region: { ...jingyuan.plan.region, name: '县委' } } };
    const d = departmentViews([renamed]).find((x) => x.name === '县委统战部')!;
    expect(d.title).toBe('县委统战部');
    expect(d.slug).toBe('xian-wei-tong-zhan-bu');
  });
});
