/**
 * What of a model came back from an import: every indicator (name, baseline with its year, target with its
 * year), every measure with all its units, every task-list row with its task and lead units, every project
 * with its floor area and budget, every target and baseline written in prose. Comparisons ignore spacing
 * only (a letter-spaced or wrapped cell is the same text); figures are compared as printed.
 */
import type { ImportResult } from '../../../src/lib/import/import-plan.ts';
import type { PlanModel } from './model.ts';

export const CATEGORIES = ['indicators', 'measures', 'tasks', 'projects', 'prose'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Score {
  expected: Record<Category, number>;
  found: Record<Category, number>;
  /** What was not found, one line each: category, what was expected, and the closest thing that came back. */
  misses: Array<{ category: Category; expected: string; got: string }>;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000]+/gu, '');

export function emptyScore(): Score {
  const zero = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  return { expected: zero(), found: zero(), misses: [] };
}

/** The model's expected items, all counted as missing (a refused document). */
export function scoreRefused(model: PlanModel): Score {
  const s = emptyScore();
  for (const c of CATEGORIES) s.expected[c] = model.expected[c].length;
  return s;
}

export function scoreImport(model: PlanModel, result: ImportResult): Score {
  const s = emptyScore();
  const e = model.expected;
  const indicators = result.indicators?.indicators ?? [];
  for (const x of e.indicators) {
    s.expected.indicators++;
    // The name as printed, less a footnote mark and a unit printed in it (学前教育毛入园率（%）).
    const nameOf = (n: string) => squash(n).replace(/[①②③④⑤⑥⑦⑧⑨⑩¹²³]+/gu, '');
    const byName = indicators.filter((i) => nameOf(i.name) === squash(x.name) || (x.unit !== null && nameOf(i.name) === squash(`${x.name}（${x.unit}）`)));
    const ok = byName.find(
      (i) => i.baseline.year === x.baseline.year && squash(i.baseline.text) === squash(x.baseline.text) && i.target.year === x.target.year && squash(i.target.text) === squash(x.target.text),
    );
    if (ok) s.found.indicators++;
    else {
      const near = byName[0] ?? indicators.find((i) => squash(i.name).includes(squash(x.name).slice(0, 4)));
      s.misses.push({
        category: 'indicators',
        expected: `${x.name} ${x.baseline.year}:${x.baseline.text} → ${x.target.year}:${x.target.text}`,
        got: near ? `${near.name} ${near.baseline.year}:${near.baseline.text} → ${near.target.year}:${near.target.text}` : `no indicator named so (${indicators.length} indicators read)`,
      });
    }
  }
  const unitsOf = (m: ImportResult['measures'][number]) => new Set([...m.lead, ...m.support, ...m.units].map(squash));
  for (const x of e.measures) {
    s.expected.measures++;
    const withText = result.measures.filter((m) => squash(m.text).includes(squash(x.key)));
    const ok = withText.find((m) => x.units.every((u) => unitsOf(m).has(squash(u))));
    if (ok) s.found.measures++;
    else {
      const near = withText.find((m) => !/-r\d+$/u.test(m.id)) ?? withText[0];
      s.misses.push({ category: 'measures', expected: `${x.key} ⟨${x.units.join('、')}⟩`, got: near ? `${near.text.slice(0, 40)} ⟨${[...unitsOf(near)].join('、')}⟩` : 'no measure with this text' });
    }
  }
  for (const x of e.tasks) {
    s.expected.tasks++;
    const withText = result.measures.filter((m) => squash(m.text).includes(squash(x.measure)));
    // A row naming one unit and no supporting ones names its lead, marked (牵头) or not.
    const leadOf = (m: ImportResult['measures'][number]) => (m.lead.length === 0 && x.support.length === 0 ? m.units : m.lead).map(squash);
    const ok = withText.find((m) => squash(m.task).includes(squash(x.task)) && x.lead.every((u) => leadOf(m).includes(squash(u))));
    if (ok) s.found.tasks++;
    else {
      const near = withText[0];
      s.misses.push({
        category: 'tasks',
        expected: `${x.task}｜${x.measure.slice(0, 20)}｜牵头 ${x.lead.join('、')}`,
        got: near ? `${near.task ?? '(no task)'}｜${near.text.slice(0, 20)}｜牵头 ${near.lead.join('、') || '(none)'}；units ${near.units.join('、')}` : 'no measure with this text',
      });
    }
  }
  const projects = result.projects?.projects ?? [];
  for (const x of e.projects) {
    s.expected.projects++;
    const named = projects.filter((p) => squash(`${p.name}${p.text}`).includes(x.facility));
    const ok = named.find((p) => p.budget.some((b) => b.value === x.budget) && [...p.floorArea, ...p.area].some((a) => a.value === x.area));
    if (ok) s.found.projects++;
    else {
      const near = named[0];
      s.misses.push({
        category: 'projects',
        expected: `${x.facility} (${x.where}) ${x.area}平方米 ${x.budget}万元`,
        got: near ? `${near.name}: area ${[...near.floorArea, ...near.area].map((a) => a.value).join(',') || '-'}, budget ${near.budget.map((b) => b.value).join(',') || '-'}` : `no project naming it (${projects.length} projects read)`,
      });
    }
  }
  const prose = result.proseTargets as ReadonlyArray<(typeof result.proseTargets)[number] & { baseline?: { year: number; value: number | null } | null; kind?: string }>;
  for (const x of e.prose) {
    s.expected.prose++;
    const named = prose.filter((t) => squash(t.name).endsWith(squash(x.name)));
    const ok =
      x.kind === 'target'
        ? named.find((t) => t.year === x.year && t.value === x.value && t.kind !== 'baseline')
        : named.find((t) => (t.baseline?.year === x.year && t.baseline?.value === x.value) || (t.kind === 'baseline' && t.year === x.year && t.value === x.value));
    if (ok) s.found.prose++;
    else {
      s.misses.push({
        category: 'prose',
        expected: `${x.kind} ${x.name} ${x.year}: ${x.value}`,
        got: named.length ? named.map((t) => `${t.year}: ${t.value}${t.baseline ? ` (baseline ${t.baseline.year}: ${t.baseline.value})` : ''}`).join('; ') : `nothing named so (${prose.length} prose targets read)`,
      });
    }
  }
  return s;
}

export function addScore(into: Score, s: Score): void {
  for (const c of CATEGORIES) {
    into.expected[c] += s.expected[c];
    into.found[c] += s.found[c];
  }
  into.misses.push(...s.misses);
}

export function pct(s: Score, c: Category): number {
  return s.expected[c] === 0 ? 100 : (100 * s.found[c]) / s.expected[c];
}
