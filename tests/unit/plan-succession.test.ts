/**
 * Plan succession, on fictional plans (tests/fixtures/succession, laid over tests/fixtures/good; see its
 * README): a 十五五 plan that `succeeds` a 十四五 one; the region page shows its plans as a timeline; the
 * same indicator concept links across the two; a baseline that differs from the predecessor's last reported
 * value is shown beside it. The shipped content gains no invented plan.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { baselineCheck, counterparts, predecessorOf, successorsOf } from '../../src/lib/progress/succession.ts';
import { indicatorViews } from '../../src/lib/progress/views.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';

function successionRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'fixture-succession-'));
  cpSync(join(FIXTURES, 'good'), root, { recursive: true });
  cpSync(join(FIXTURES, 'succession'), root, { recursive: true });
  return root;
}

describe('succession in the model', () => {
  const { model, problems } = loadContent(successionRoot());
  const old = model.plans.find((p) => p.id === 'demo-edu-2021-2025')!;
  const next = model.plans.find((p) => p.id === 'demo-edu-2026-2030')!;
  it('the fictional pair loads without problems', () => expect(problems).toEqual([]));
  it('each plan knows the other', () => {
    expect(predecessorOf(next, model.plans)?.id).toBe(old.id);
    expect(successorsOf(old, model.plans).map((p) => p.id)).toEqual([next.id]);
    expect(predecessorOf(old, model.plans)).toBeNull();
  });
  it('the same concept links both ways; an indicator without a concept links nowhere', () => {
    expect(counterparts(next, next.indicators[0]!, model.plans).map((c) => [c.relation, c.plan.id, c.indicator.id])).toEqual([['predecessor', old.id, 'preschool-gross-enrolment']]);
    expect(counterparts(old, old.indicators[0]!, model.plans).map((c) => [c.relation, c.plan.id])).toEqual([['successor', next.id]]);
    expect(counterparts(old, old.indicators[1]!, model.plans)).toEqual([]);
  });
  it("a baseline that differs from the predecessor's reported value is flagged with both figures", () => {
    expect(baselineCheck(next, next.indicators[0]!, model.plans)).toEqual({
      baseline: { year: 2025, value: 93, text: '93' },
      reported: { year: 2025, value: 94.1, provenance: 'illustrative' },
      differs: true,
    });
    expect(baselineCheck(old, old.indicators[0]!, model.plans)).toBeNull();
  });
  it('the old plan is over and gets its verdict; the new one runs', () => {
    expect(indicatorViews(old, model.plans)[0]!.status).toMatchObject({ status: 'missed', final: true, gapText: '差 0.9 个百分点' });
    expect(indicatorViews(next, model.plans)[0]!.status.final).toBe(false);
  });
});

describe('the shipped content', () => {
  it('holds the five real plans and no invented one', () => {
    expect(readdirSync(join(REPO, 'content/plans')).sort()).toEqual([
      'jingyuan-edu-quality-2023-2027',
      'pingluo-edu-2021-2025',
      'qingtongxia-edu-2021-2025',
      'xingqing-edu-2021-2025',
      'zhongwei-edu-2021-2025',
    ]);
  });
});

describe('succession on the site', () => {
  it('region timeline, counterpart links and the two baselines side by side', () => {
    const root = successionRoot();
    const dist = join(root, 'dist');
    const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
    expect(r.code, r.stderr).toBe(0);
    const read = (p: string) => readFileSync(join(dist, p), 'utf8');
    const region = read('regions/shi-li-xian/index.html');
    const timeline = region.slice(region.indexOf('<ol class="plan-list timeline">'), region.indexOf('</ol>'));
    expect(timeline.indexOf('2021—2025年')).toBeLessThan(timeline.indexOf('2026—2030年'));
    expect(timeline).toContain('接续：<a href="/plans/demo-edu-2021-2025/">示例县教育事业发展“十四五”规划</a>');
    expect(timeline).toContain('规划期已结束');
    expect(timeline).toContain('实施中');
    const next = read('plans/demo-edu-2026-2030/indicators/preschool-gross-enrolment/index.html');
    expect(next).toContain('上一期规划（2021—2025年）：<a href="/plans/demo-edu-2021-2025/indicators/preschool-gross-enrolment/">');
    expect(next).toContain('本规划的基线与上一期规划报告的数值不一致');
    expect(next).toMatch(/本规划印发的基线（原文）<\/th><td[^>]*>93%<\/td>/); // as printed, with the unit its neighbour row carries
    expect(next).toMatch(/上一期规划报告的2025年实际值<\/th><td[^>]*>94.1%/);
    const old = read('plans/demo-edu-2021-2025/indicators/preschool-gross-enrolment/index.html');
    expect(old).toContain('下一期规划（2026—2030年）：<a href="/plans/demo-edu-2026-2030/indicators/preschool-gross-enrolment/">');
    expect(read('plans/demo-edu-2026-2030/index.html')).toContain('接续的上一期规划');
  }, 600_000);
});
