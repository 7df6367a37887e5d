/**
 * Fidelity is the product: every sentence of each official text appears, in order, in the published
 * Markdown; every table cell appears verbatim; the committed content is exactly what the importer makes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/lib/import/fidelity.ts';
import { importShipped, SEEDS, SOURCES, tablesOf } from '../helpers/plans.ts';
import { runScript } from '../helpers/run.ts';

const plans = importShipped();
const SEED_OF: Record<string, string> = {
  'qingtongxia-edu-2021-2025': '000_e2fac2a1d0630100.txt',
  'zhongwei-edu-2021-2025': '001_211ad32d5d7f1fa6.txt',
  'pingluo-edu-2021-2025': '002_d96ee1680fab35c2.txt',
  'jingyuan-edu-quality-2023-2027': '003_6f2007cb89897e4a.txt',
  'xingqing-edu-2021-2025': '004_c77acc05e93d2f4c.txt',
};

describe('fidelity to the official text', () => {
  it('ships all five plans', () => {
    expect(plans.map((p) => p.id)).toEqual(Object.keys(SEED_OF).sort());
  });
  for (const plan of plans) {
    it(`${plan.id}: the source copy is byte-for-byte the official text`, () => {
      expect(readFileSync(join(SOURCES, `${plan.id}.txt`))).toEqual(readFileSync(join(SEEDS, SEED_OF[plan.id]!)));
    });
    it(`${plan.id}: 100% of the text, in order, and every table cell`, () => {
      const report = checkFidelity(plan.source, plan.result.body, tablesOf(plan.result.parsed.blocks));
      expect(report.firstDifference).toBeNull();
      expect(report.textRatio).toBe(1);
      expect(report.missingCells).toEqual([]);
      expect(report.tablesInMarkdown).toBe(report.tablesInSource);
    });
  }
  it('detects a dropped character (the check can fail)', () => {
    const plan = plans.find((p) => p.id === 'qingtongxia-edu-2021-2025')!;
    const tampered = plan.result.body.replace('提高教育现代化水平', '提高教育现代水平');
    expect(tampered).not.toBe(plan.result.body);
    expect(checkFidelity(plan.source, tampered, tablesOf(plan.result.parsed.blocks)).textRatio).toBeLessThan(1);
  });
  it('keeps traditional characters as printed (督導體制)', () => {
    const qtx = plans.find((p) => p.id === 'qingtongxia-edu-2021-2025')!;
    expect(qtx.result.body).toContain('推进教育督導體制改革');
  });
  it('the committed content is exactly what a fresh import produces', () => {
    const r = runScript('import.ts', ['--all', '--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
