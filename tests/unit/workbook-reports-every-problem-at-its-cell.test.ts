/**
 * The clerk's loop in one pass: every problem of every sheet at once, sorted by sheet, row and column, each
 * at the cell it is about whichever rule found it (the cell reader, the schema, the statistician's checks,
 * or the whole-content rules of npm run validate); formulas and decimal commas are said, not silently read
 * or dropped; dates in the future are refused; what is left unreported is listed.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { readNumber } from '../../src/lib/sheets/cells.ts';
import { readWorkbook, type ReadResult } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../src/lib/sheets/problems.ts';
import { REPO, runScript } from '../helpers/run.ts';
import { cellOf, editWorkbook, setCell } from '../helpers/workbook.ts';

const PLAN = 'pingluo-edu-2021-2025';
const NAME = `${PLAN}-2024.xlsx`;
let plans: PlanBundle[];
let base: Buffer;

beforeAll(async () => {
  plans = loadContent(REPO).model.plans;
  const plan = plans.find((p) => p.id === PLAN)!;
  base = await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!);
});

const lines = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => formatSheetProblem(p)));
const warned = (r: ReadResult) => r.warnings.map((p) => formatSheetProblem(p));
const read = async (edit: (wb: ExcelJS.Workbook) => void, today?: string) => readWorkbook(await editWorkbook(base, edit), NAME, plans, { today });
const ind = (r: ReadResult, id: string) => (r.ok ? r.file : r.file)?.indicators.find((e) => e.indicator === id);

describe('formulas', () => {
  it('a formula in 备注 with no saved result is refused at its cell, not dropped', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', 'preschool-gross-enrolment', '备注').value = { formula: 'CONCATENATE("口径","调整")' } as ExcelJS.CellFormulaValue));
    expect(lines(r)).toEqual([
      '工作表“指标”第 2 行“备注”（H2）：这个单元格是公式（=CONCATENATE("口径","调整")），但文件里没有保存它的计算结果，无法知道要发布什么。请在 Excel 或 WPS 中打开台账、保存一次（让公式算出结果），或者直接填写数值或文字，不要用公式。',
    ]);
  });

  it('a value formula without a result is refused as such, never reported as "changed to empty"', async () => {
    const plan = plans.find((p) => p.id === PLAN)!;
    const published = plan.progress.find((p) => p.year === 2024)!;
    const bytes = await editWorkbook(base, (wb) => void (cellOf(wb, '指标', 'preschool-gross-enrolment', '2024年数值').value = { formula: 'D3*1' } as ExcelJS.CellFormulaValue));
    const r = await readWorkbook(bytes, NAME, plans, { published });
    expect(lines(r)).toHaveLength(1);
    expect(lines(r)[0]).toMatch(/^工作表“指标”第 2 行“2024年数值”（D2）：这个单元格是公式（=D3\*1），但文件里没有保存它的计算结果/);
    expect(lines(r)[0]).not.toContain('被改为 空');
  });

  it('a formula with a saved result is read by that result, with a warning at its cell', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', 'preschool-gross-enrolment', '2024年数值').value = { formula: 'ROUND(93.14,1)', result: 93.1 } as ExcelJS.CellFormulaValue));
    expect(lines(r)).toEqual([]);
    expect(ind(r, 'preschool-gross-enrolment')?.value).toBe(93.1);
    expect(warned(r)).toContain('工作表“指标”第 2 行“2024年数值”（D2）：这个单元格是公式（=ROUND(93.14,1)），读取的是保存的计算结果“93.1”。请确认这就是要发布的内容；最好直接填写数值或文字。');
  });
});

describe('decimal commas', () => {
  it('97,8 is read as 97.8, and the warning quotes what was typed', async () => {
    const r = await read((wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '97,8'));
    expect(ind(r, 'preschool-gross-enrolment')?.value).toBe(97.8);
    expect(warned(r)).toContain('工作表“指标”第 2 行“2024年数值”（D2）：填写的是“97,8”，逗号被当作小数点，读作 97.8。如果不对，请改为用小数点的写法（如 97.8）。');
  });

  it('a comma grouping thousands is read as such and said', async () => {
    const r = await read((wb) => void setCell(wb, '指标', 'vocational-enrolment', '2024年数值', '1,234.5'));
    expect(warned(r).some((l) => l.includes('填写的是“1,234.5”，逗号被当作千位分隔符，读作 1234.5'))).toBe(true);
  });

  it('never reads a comma silently, for any number typed with one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(',', '，'), (whole, frac, comma) => {
        const r = readNumber(`${whole}${comma}${frac}`, '%', undefined);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toBe(Number(`${whole}.${frac}`));
          expect(r.warn?.zh).toContain('逗号被当作小数点');
        }
      }),
      { seed: 26, numRuns: 200 },
    );
  });
});

describe('dates in the future', () => {
  it('a row dated 2099-12-31 is refused at its cell', async () => {
    const r = await read((wb) => {
      setCell(wb, '指标', 'preschool-gross-enrolment', '来源标题', '2024年统计公报');
      setCell(wb, '指标', 'preschool-gross-enrolment', '发布日期', '2099-12-31');
    }, '2025-06-01');
    expect(lines(r)).toEqual(['工作表“指标”第 2 行“发布日期”（L2）：日期不能晚于今天（2025-06-01），实际为 2099-12-31，是将来的日期。请更正日期（年份是否写错？）；进展在公开发布之后才导入。']);
  });

  it('the file’s own dates on 说明 too', async () => {
    const r = await read((wb) => void (wb.getWorksheet('说明')!.getCell('B6').value = '2099/1/1'), '2025-06-01');
    expect(lines(r)[0]).toMatch(/^工作表“说明”第 6 行“发布日期”（B6）：日期不能晚于今天（2025-06-01），实际为 2099-01-01/);
  });
});

describe('one pass', () => {
  it('problems of every stage and sheet arrive together, sorted by sheet, row and column', async () => {
    const clause = plans.find((p) => p.id === PLAN)!.progress[0]!.clauses[0]!.clause;
    const r = await read((wb) => {
      setCell(wb, '任务', clause, '2024年状态', '基本完成'); // a cell the reader refuses
      setCell(wb, '指标', 'working-age-years-of-schooling', '2024年数值', '九十三'); // the reader again, on an earlier sheet
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', 1027.3); // the statistician's check
      setCell(wb, '指标', 'compulsory-retention', '来源标题', '公报');
      setCell(wb, '指标', 'compulsory-retention', '来源网址', 'www.example.gov.cn'); // the schema: not a web address
    });
    const out = lines(r);
    expect(out.map((l) => /^工作表“(.+?)”第 (\d+) 行“(.+?)”/.exec(l)?.slice(1).join(' '))).toEqual([
      '指标 2 2024年数值',
      '指标 5 来源网址',
      '指标 12 2024年数值',
      '任务 2 2024年状态',
    ]);
  });

  it('lists what the year leaves unreported', async () => {
    const plan = plans.find((p) => p.id === PLAN)!;
    const bytes = await editWorkbook(await writeWorkbook(plan, 2025, null), (wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '2025年数值', 95));
    const r = await readWorkbook(bytes, `${PLAN}-2025.xlsx`, plans);
    expect(warned(r).some((l) => /^工作表“任务”：\d+ 条任务没有填写 2025 年的状态（s\S+、.+），网站上将显示为“未报告”。/.test(l))).toBe(true);
    expect(warned(r).some((l) => /^工作表“指标”：\d+ 项指标没有填写 2025 年的数值/.test(l))).toBe(true);
  });
});

describe('a value refused by the whole-content rules is reported at its cell (npm run sheet:import)', () => {
  it('a <script> and a direction override name the sheet and cell, not the JSON file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sheet-cells-'));
    cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
    const xlsx = join(root, NAME);
    writeFileSync(
      xlsx,
      await editWorkbook(base, (wb) => {
        setCell(wb, '指标', 'preschool-gross-enrolment', '备注', '口径调整<script>alert(1)</script>');
        setCell(wb, '指标', 'compulsory-retention', '备注', '说明\u202E文字');
      }),
    );
    const r = runScript('sheet-import.ts', [xlsx], { CONTENT_ROOT: root, VALIDATE_TODAY: '2025-06-01' });
    expect(r.code).toBe(1);
    const problems = r.stderr.split('\n').filter((l) => l.startsWith('工作表'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^工作表“指标”第 2 行“备注”（H2）：.*HTML/);
    expect(problems[1]).toMatch(/^工作表“指标”第 \d+ 行“备注”（H\d+）：.*文字方向控制符（U\+202E）/);
    expect(r.stderr).not.toContain('.json');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 600_000);
});

describe('the staff guide', () => {
  it('says, with a filled-in example, what 官方数据 needs on every row of the workbook', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(join(REPO, 'docs/更新指南.md'), 'utf8');
    const section = guide.slice(guide.indexOf('#### “官方数据”的每一行要填什么'), guide.indexOf('### 第 2 步：导入'));
    expect(section.length).toBeGreaterThan(200);
    // Every column the importer requires of an official row is named, with an example value beside it.
    for (const header of ['来源标题', '发布单位', '来源网址', '发布日期', '原文引句']) expect(section).toMatch(new RegExp(`\\| ${header} \\| \\S`));
    expect(section).toContain('示例数据');
  });
});
