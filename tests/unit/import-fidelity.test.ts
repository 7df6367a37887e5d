/**
 * Fidelity is the product: every sentence of each official text appears, in order, in the published
 * Markdown; every table cell appears verbatim; the committed content is exactly what the importer makes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/lib/import/fidelity.ts';
import { importShipped, SOURCES, tablesOf } from '../helpers/plans.ts';
import { runScript } from '../helpers/run.ts';

const plans = importShipped();
// SHA-256 of the official texts as received (../shared/seeds/<file>), checked here against content/sources/
// and the sourceSha256 each metadata file records, so that nothing beside the clone is needed.
const SHA256_OF: Record<string, string> = {
  'qingtongxia-edu-2021-2025': 'f3e6ec987bcf0141ab524721a2bf7ef24c23b7eeb04577e806090d7f270fccc6', // 000_e2fac2a1d0630100.txt
  'zhongwei-edu-2021-2025': '8013d061bcfb23e94a71995f7968f2f384b73a8879a1fa67852c663c572b2e81', // 001_211ad32d5d7f1fa6.txt
  'pingluo-edu-2021-2025': '786df4aab5871d28a8e78cadbd4e044d75304f2ad5d324df4a3b0283264e0538', // 002_d96ee1680fab35c2.txt
  'jingyuan-edu-quality-2023-2027': 'c06eb91d2783572ac1c1d4c7afc612cd2d5dcf18a967c262974ff45bbfbcde9e', // 003_6f2007cb89897e4a.txt
  'xingqing-edu-2021-2025': 'd5c179d702e8b92bbb99ce1f3e9b8f53e66c932ac3ba1d0e07cb417a5cfa4dfd', // 004_c77acc05e93d2f4c.txt
};

describe('fidelity to the official text', () => {
  it('ships all five plans', () => {
    expect(plans.map((p) => p.id)).toEqual(Object.keys(SHA256_OF).sort());
  });
  for (const plan of plans) {
    it(`${plan.id}: the source copy is byte-for-byte the official text (its recorded SHA-256)`, () => {
      const recorded = (parse(readFileSync(join(SOURCES, `${plan.id}.yaml`), 'utf8')) as { sourceSha256?: string }).sourceSha256;
      expect(recorded).toBe(SHA256_OF[plan.id]);
      expect(createHash('sha256').update(readFileSync(join(SOURCES, `${plan.id}.txt`))).digest('hex')).toBe(recorded);
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
  }, 600_000);
});
