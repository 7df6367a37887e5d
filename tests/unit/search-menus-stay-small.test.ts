/**
 * The 章节 and 责任单位 menus of the search page stay small at any number of plans: every choice while there
 * are few, the ones most plans share past the limit (a thousand plans' own chapter names would be thousands).
 */
import { describe, expect, it } from 'vitest';
import { MENU_LIMIT, menuChoices } from '../../src/lib/publish/search-terms.ts';

describe('search filter menus', () => {
  it('offers every value while there are few, in Chinese order', () => {
    expect(menuChoices(['主要任务', '保障措施', '发展基础', '主要任务'])).toEqual({ choices: ['保障措施', '发展基础', '主要任务'], all: true });
  });

  it('offers only the values most plans share once there are more than the limit', () => {
    // 1,000 plans: four common chapter headings in every plan, and one heading of its own in each.
    const values = Array.from({ length: 1000 }, (_, i) => ['发展基础', '总体要求', '主要任务', '保障措施', `第${i}县的特色工作`]).flat();
    const menu = menuChoices(values);
    expect(menu.all).toBe(false);
    expect(menu.choices).toHaveLength(MENU_LIMIT);
    expect(menu.choices).toEqual(expect.arrayContaining(['发展基础', '总体要求', '主要任务', '保障措施']));
    expect(menuChoices(values, 4)).toEqual({ choices: ['保障措施', '发展基础', '主要任务', '总体要求'], all: false });
  });
});
