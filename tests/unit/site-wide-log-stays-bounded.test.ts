/**
 * The site-wide update log (/updates/ and /updates.xml) keeps the latest entries, and of each the first
 * plans and the first changes of each plan, saying what it left out; its size does not grow with the number
 * of plans. Each plan's own log and feed stay complete.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, changeCount, SITE_LOG_LIMITS, siteLog, updateSummary, type UpdateView } from '../../src/lib/publish/updates.ts';
import { urls } from '../../src/lib/site/urls.ts';

/** The plans of an entry touching `plans` plans with `lines` changes each, as a first import of many plans is. */
function touched(plans: number, lines: number): UpdateView['plans'] {
  return Array.from({ length: plans }, (_, p) => ({
    id: `plan-${p}`,
    title: `第${p}个规划`,
    years: [2023],
    files: [],
    lines: Array.from({ length: lines }, (_, l) => `指标${l} 2023年：${l}%`),
    illustrative: false,
  }));
}
/** A log of `entries` entries, each touching the same `plans` plans (shared, so that a log of 1,000 plans fits in memory). */
function log(entries: number, plans: number, lines: number): UpdateView[] {
  const each = touched(plans, lines);
  return Array.from({ length: entries }, (_, k) => ({
    id: `e${k}`,
    date: `2024-01-01T00:00:${String(k % 60).padStart(2, '0')}+08:00`,
    day: '2024-01-01',
    headline: `发布 ${plans} 个规划`,
    plans: each,
    illustrative: false,
  }));
}
const feed = (updates: UpdateView[]) => atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: siteLog(updates).updates });

describe('the site-wide log', () => {
  const L = SITE_LOG_LIMITS;
  it('keeps the latest entries, the first plans of each and the first changes of each plan, counting the rest', () => {
    const { updates, omitted } = siteLog(log(L.entries + 50, L.plansPerEntry + 30, L.linesPerPlan + 20));
    expect(updates).toHaveLength(L.entries);
    expect(updates[0]!.id).toBe('e0');
    expect(omitted).toBe(50);
    for (const u of updates) {
      expect(u.plans).toHaveLength(L.plansPerEntry);
      expect(u.morePlans).toBe(30);
      for (const p of u.plans) {
        expect(p.lines).toHaveLength(L.linesPerPlan);
        expect(p.moreLines).toBe(20);
        expect(changeCount(p)).toBe(L.linesPerPlan + 20);
      }
    }
  });

  it('says in its entries how much more there is and where to find it', () => {
    const [u] = siteLog(log(1, L.plansPerEntry + 3, L.linesPerPlan + 5)).updates;
    const summary = updateSummary(u!);
    expect(summary).toContain(`等共 ${L.linesPerPlan + 5} 处变化`);
    expect(summary).toContain('另有 3 个规划的更新，见各规划的更新记录。');
  });

  it('is the same size whether the site has 100 plans or 1,000 (a first import touches every one)', () => {
    const at100 = feed(log(300, 100, 40)).length;
    const at1000 = feed(log(3000, 1000, 40)).length;
    expect(Math.abs(at1000 - at100) / at100).toBeLessThan(0.05);
    expect(at1000).toBeLessThan(feed(log(1, 1000, 40)).length * L.entries);
    const doc = new XMLParser().parse(feed(log(3000, 1000, 40)));
    expect(doc.feed.entry).toHaveLength(L.entries);
  });

  it('leaves a log within its limits as it is (a county site of one plan), and an empty one empty', () => {
    const small = log(3, 1, 4);
    const { updates, omitted } = siteLog(small);
    expect(omitted).toBe(0);
    expect(updates.map((u) => u.plans.map((p) => p.lines))).toEqual(small.map((u) => u.plans.map((p) => p.lines)));
    expect(updates.every((u) => u.morePlans === 0 && u.plans.every((p) => p.moreLines === 0))).toBe(true);
    expect(updateSummary(updates[0]!)).toBe(updateSummary(small[0]!));
    expect(siteLog([])).toEqual({ updates: [], omitted: 0 });
  });

  it('says in the feed’s subtitle that it holds the latest entries only', () => {
    const xml = atomFeed({ feed: urls.feed(), page: urls.updates(), title: '更新记录', updates: [], bounds: '本订阅只有最近 100 次更新。' });
    expect(new XMLParser().parse(xml).feed.subtitle).toContain('本订阅只有最近 100 次更新。');
  });
});
