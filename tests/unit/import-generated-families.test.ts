/**
 * Plans the importer has not seen: for each family of documents (a format and a layout offices and portals
 * publish: Word with merged multi-row headers, a PDF whose CJK font is not embedded, a portal article page,
 * a GBK text file…, tests/helpers/docgen/families.ts), documents generated from many seeds are imported by
 * the path `npm run import` takes, and what comes back is compared with the plan each was generated from:
 * every indicator (name, baseline with its year, target with its year), every measure with all its units,
 * every task-list row with its task and lead units, every project with its area and budget, every target
 * and baseline written in prose; and no readable document may be refused.
 *
 * THE THRESHOLDS BELOW ARE A RATCHET, not the goal. They are what main achieved when each was last set
 * (issue 23's goal: no refusal and at least 98% of everything, per family). When the importer improves,
 * raise them to the new figures (`npm run bench -- --import` prints them, and this test logs them); never
 * lower one to land a change: a lower figure means the change lost something a family of plans relies on.
 * What each family still misses, with a seed and the command that shows it, is in the bench's
 * `--recovery` report.
 */
import { describe, expect, it } from 'vitest';
import { FAMILIES, generate } from '../helpers/docgen/families.ts';
import { generatePlan } from '../helpers/docgen/model.ts';
import { rng } from '../helpers/docgen/random.ts';
import { renderText } from '../helpers/docgen/render-text.ts';
import { CATEGORIES, pct, type Category } from '../helpers/docgen/score.ts';
import { runFamily, seedsFor } from '../../scripts/bench-import.ts';

/** Seeds per family in this test: fewer for PDF, whose generation and reading cost most. */
const SEEDS: Record<string, number> = { txt: 24, docx: 16, html: 16, pdf: 8 };

type Ratchet = { refused: number } & Record<Category, number>;
/**
 * Per family: at most `refused` documents refused, at least this % of each category (ratchet: only up).
 * Set one point under main's figure (the refusals exactly), so that a reader landing beside an importer
 * change does not block either; raise them when a family improves.
 */
const RATCHET: Record<string, Ratchet> = {
  'txt-tabs': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-spaces': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-cells': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-hard-wrapped': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-box-drawn': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-ascii-grid': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-markdown': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-gbk': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-utf16': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'txt-utf8-bom': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'docx-flat': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'docx-merged-header': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'docx-word-numbering': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'docx-boxed': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'pdf-embedded': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'pdf-wrapped-cells': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'pdf-stsong': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'html-portal': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
  'html-portal-gbk': { refused: 0, indicators: 99, measures: 99, tasks: 99, projects: 99, prose: 99 },
};

describe('generated documents of every family import and come back whole', () => {
  for (const family of FAMILIES) {
    it(`${family.name}: ${family.covers.join('; ')}`, { timeout: 120_000 }, async () => {
      const seeds = seedsFor(SEEDS[family.format]!);
      const run = await runFamily(family, seeds);
      const figures = `${family.name}: refused ${run.refused.length}/${run.docs}, ${CATEGORIES.map((c) => `${c} ${pct(run.score, c).toFixed(1)}%`).join(', ')}`;
      console.log(figures);
      const ratchet = RATCHET[family.name];
      expect(ratchet, `no ratchet for ${family.name}; add one: ${figures}`).toBeDefined();
      const reproduce = (seed: number) => `npm run bench -- --import --family ${family.name} --seed ${seed}`;
      expect(
        run.refused.length,
        `${family.name}: more documents refused than before (${figures}); first: seed ${run.refused[0]?.seed}: ${run.refused[0]?.message}\n  ${reproduce(run.refused[0]?.seed ?? 1)}`,
      ).toBeLessThanOrEqual(ratchet!.refused);
      for (const c of CATEGORIES) {
        const i = run.score.misses.findIndex((m) => m.category === c);
        const miss = run.score.misses[i];
        expect(
          pct(run.score, c),
          `${family.name}: ${c} recovered less than before (${figures})${miss ? `; e.g. seed ${run.missSeeds[i]}: expected ${miss.expected}, came back ${miss.got}\n  ${reproduce(run.missSeeds[i]!)}` : ''}`,
        ).toBeGreaterThanOrEqual(ratchet![c]);
      }
    });
  }
});

describe('the generator', () => {
  it('gives the same plan and the same text for the same seed, and other plans for other seeds', () => {
    const layout = { tables: 'tabs', wrap: null, encoding: 'utf-8', crlf: false } as const;
    expect(generatePlan(7)).toEqual(generatePlan(7));
    expect(renderText(generatePlan(7), layout, rng(7))).toEqual(renderText(generatePlan(7), layout, rng(7)));
    expect(generatePlan(8).title === generatePlan(7).title && generatePlan(8).expected.indicators.length === generatePlan(7).expected.indicators.length).toBe(false);
  });

  it('prints everything it expects back (its expectations are in the text, never invented)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const model = generatePlan(seed);
      const text = Buffer.from(renderText(model, { tables: 'tabs', wrap: null, encoding: 'utf-8', crlf: false }, rng(seed))).toString('utf8');
      const squashed = text.replace(/\s+/gu, '');
      const has = (s: string) => expect(squashed, `seed ${seed}`).toContain(s.replace(/\s+/gu, ''));
      for (const x of model.expected.indicators) [x.name, x.baseline.text, x.target.text, String(x.baseline.year), String(x.target.year)].forEach(has);
      for (const x of model.expected.measures) [x.key, ...x.units].forEach(has);
      for (const x of model.expected.tasks) [x.task, x.measure, ...x.lead, ...x.support].forEach(has);
      for (const x of model.expected.projects) [x.facility, String(x.area), String(x.budget)].forEach(has);
      for (const x of model.expected.prose) [x.name, String(x.value), String(x.year)].forEach(has);
    }
  });

  it('varies what offices vary: header depth, letter-spacing, numbering, boxes, project forms', () => {
    const models = Array.from({ length: 60 }, (_, i) => generatePlan(i + 1));
    const tables = models.map((m) => m.blocks.find((b) => b.kind === 'table' && b.table.role === 'indicators')).map((b) => (b as Extract<typeof b, { kind: 'table' }>).table);
    expect(new Set(tables.map((t) => t.headerRows))).toEqual(new Set([1, 2, 3]));
    expect(tables.some((t) => t.rows[0]!.some((c) => /^\S(?:\s+\S)+$/u.test(c.text)))).toBe(true);
    expect(tables.some((t) => t.rows.some((r) => r.some((c) => c.rowSpan > 1)))).toBe(true);
    expect(new Set(models.map((m) => m.outline))).toEqual(new Set(['chapters', 'chapters-sections', 'zh']));
    expect(new Set(models.flatMap((m) => m.expected.projects.map((p) => p.where)))).toEqual(new Set(['box', 'table', 'task-row']));
    expect(models.some((m) => m.blocks.some((b) => b.kind === 'notes'))).toBe(true);
  });

  it('measures on unseen seeds when told where to start (`npm run bench -- --import --seed-from 17`)', () => {
    expect(seedsFor(3)).toEqual([1, 2, 3]);
    expect(seedsFor(4, 17)).toEqual([17, 18, 19, 20]);
  });

  it('generates a document of every family', async () => {
    for (const f of FAMILIES.filter((x) => x.format !== 'pdf')) {
      const d = await generate(f, 3);
      expect(d.bytes.length, f.name).toBeGreaterThan(1000);
    }
  });
});
