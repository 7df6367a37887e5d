/**
 * Property tests on the text library: arbitrary input never crashes the parser and is never refused (what
 * it does not understand is published as printed, with a warning naming a line), and no character of the input is lost or reordered except
 * by the listed artifact rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/lib/import/fidelity.ts';
import { ImportError, parsePlanText } from '../../src/lib/import/parse-plan.ts';
import { blocksToMarkdown } from '../../src/lib/import/to-markdown.ts';
import { extractClauses } from '../../src/lib/model/clauses.ts';
import { tablesOf } from '../helpers/plans.ts';

const PIECES = [
  '一、', '二、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '(2)', '专栏1：', '专栏 2 ', '——', '\t', '\n', '\n\n', '\n\n\n',
  '。', '，', '；', '：', '、', '*', '**', '[bookmark: _Toc1]', '目 录', '.....\t3', '表一', '附件：', '教育', '发展', '規劃',
  '2020 年', '2025 年', '95', '101.93%', '约束性', '|', '\\', '<', '>', '#', '-', '+', '`', '_', '[', ']', '&', '~', ' ', '年',
  'a', '（责任单位：教育局、统战部）', '指 标', '项 目', '2022年10月25日', '" "',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((xs) => xs.join(''));
const anyText = fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('the text library on arbitrary input', () => {
  it('never refuses a readable text: every warning names a line of it', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const parsed = parsePlanText(input, '标题');
        extractClauses(blocksToMarkdown(parsed.blocks));
        const lines = input.split(/\r\n?|\n/u).length;
        for (const w of parsed.warnings) expect(w.line).toBeGreaterThan(0), expect(w.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 400 },
    );
  });

  it('loses and reorders no character except by the listed artifact rules', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        let parsed;
        try {
          parsed = parsePlanText(input, '标题');
        } catch (err) {
          if (err instanceof ImportError) return;
          throw err;
        }
        const report = checkFidelity(input, blocksToMarkdown(parsed.blocks), tablesOf(parsed.blocks));
        expect(report.firstDifference).toBeNull();
        expect(report.missingCells).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
