/**
 * Every city (地级市) that plans name as their parent has a region page listing its counties, so a large
 * overview can link to cities instead of listing every plan; the overview's city counts add up.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { regionViews } from '../../src/lib/progress/views.ts';
import { groupByRegion } from '../../src/lib/site/regions.ts';
import { HOME_PLAN_LIMIT, homeCards, regionSummaries } from '../../src/lib/site/home.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);

describe('region pages for cities', () => {
  it('a city known only as a parent gets a page listing its counties; a county has no children', () => {
    const views = regionViews(model.plans);
    const yinchuan = views.find((v) => v.name === '银川市')!;
    expect(yinchuan.plans).toEqual([]);
    expect(yinchuan.children.map((c) => c.name)).toEqual(['兴庆区']);
    expect(views.find((v) => v.name === '兴庆区')!.children).toEqual([]);
    // 中卫市 has a plan of its own and no county plans under it.
    const zhongwei = views.find((v) => v.name === '中卫市')!;
    expect(zhongwei.plans.map((p) => p.id)).toEqual(['zhongwei-edu-2021-2025']);
    expect(zhongwei.children).toEqual([]);
    expect(new Set(views.map((v) => v.slug)).size).toBe(views.length);
  });

  it('the overview of a large site counts plans by province and city, every plan once', () => {
    const plans: PlanBundle[] = Array.from({ length: HOME_PLAN_LIMIT + 10 }, (_, i) => {
      const p = model.plans[i % model.plans.length]!;
      const id = `${p.id}-syn${i}`;
      return { ...p, id, plan: { ...p.plan, id, region: { ...p.plan.region, name: `合成${i}县` } } };
    });
    const summaries = regionSummaries(groupByRegion(plans), homeCards(plans));
    expect(summaries.map((p) => p.name)).toEqual(['宁夏回族自治区']);
    expect(summaries[0]!.plans).toBe(plans.length);
    expect(summaries[0]!.cities.reduce((n, c) => n + c.plans, 0)).toBe(plans.length);
    const views = regionViews(plans);
    for (const c of summaries[0]!.cities) {
      const page = views.find((v) => v.slug === c.slug)!;
      expect(page.plans.length + page.children.reduce((n, x) => n + x.plans.length, 0), c.name).toBe(c.plans);
    }
  });
});
