/**
 * Round four of bad inputs, the 台账 workbook (see README-round4.md): a linked cell is the text the clerk sees
 * (a figure pasted from a web page was read as its link address), a space inside a number is said (93. 1 was
 * silently 93.1), a report with nothing in it is said in the workbook's words (it named JSON fields and a
 * "note" the workbook has no cell for), and a negative figure says what was found and how to fix it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import type { PlanBundle } from '../../../src/lib/model/plan.ts';
import { readWorkbook, type ReadResult } from '../../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../../src/lib/sheets/problems.ts';
import { fixtureRoot } from '../../helpers/fixtures.ts';
import { cellOf, editWorkbook } from '../../helpers/workbook.ts';
import { ole2 } from '../../helpers/ole2.ts';
import { runScript } from '../../helpers/run.ts';
import { PLAN } from './cases.ts';

const NAME = `${PLAN}-2024.xlsx`;
const ID = 'preschool-gross-enrolment';
let plans: PlanBundle[];
let base: Buffer;

beforeAll(async () => {
  plans = loadContent(fixtureRoot(), { today: '2026-12-01' }).model.plans;
  base = await writeWorkbook(plans.find((p) => p.id === PLAN)!, 2024, null);
});

/** The workbook as a clerk fills it: the publication date and 示例数据, then the edit. */
const read = async (edit: (wb: ExcelJS.Workbook) => void): Promise<ReadResult> =>
  readWorkbook(
    await editWorkbook(base, (wb) => {
      const guide = wb.getWorksheet('说明')!;
      guide.getCell('B6').value = '2025-03-15';
      guide.getCell('B7').value = '示例数据';
      edit(wb);
    }),
    NAME,
    plans,
    { today: '2026-12-01' },
  );
const lines = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => formatSheetProblem(p)));
const warned = (r: ReadResult) => r.warnings.map((p) => formatSheetProblem(p));
const entry = (r: ReadResult) => r.file?.indicators.find((e) => e.indicator === ID);

describe('a linked cell is what the clerk sees', () => {
  it('a figure pasted from a web page with its link: the figure, not the address', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = { text: '93.1', hyperlink: 'https://www.example.gov.cn/tjgb/2024.html' }));
    expect(lines(r)).toEqual([]);
    expect(entry(r)?.value).toBe(93.1);
  });

  it('a linked source title is the title, and the address column still reads the link behind “统计公报”', async () => {
    const r = await read((wb) => {
      cellOf(wb, '指标', ID, '2024年数值').value = 93.1;
      cellOf(wb, '指标', ID, '来源标题').value = { text: '示例县2024年教育事业统计公报', hyperlink: 'https://www.example.gov.cn/tjgb/2024.html' };
      cellOf(wb, '指标', ID, '来源网址').value = { text: '统计公报', hyperlink: 'https://www.example.gov.cn/tjgb/2024.html' };
    });
    expect(lines(r)).toEqual([]);
    expect(entry(r)?.source?.title).toBe('示例县2024年教育事业统计公报');
    expect(entry(r)?.source?.url).toBe('https://www.example.gov.cn/tjgb/2024.html');
  });

  it('a linked note keeps its words', async () => {
    const r = await read((wb) => {
      cellOf(wb, '指标', ID, '2024年数值').value = 93.1;
      cellOf(wb, '指标', ID, '备注').value = { text: '统计口径见公报', hyperlink: 'https://www.example.gov.cn/' };
    });
    expect(entry(r)?.note).toBe('统计口径见公报');
  });
});

describe('a space inside a number is said, not silently removed', () => {
  it('“93. 1” is read as 93.1 and said at its cell', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = '93. 1'));
    expect(entry(r)?.value).toBe(93.1);
    expect(warned(r)).toContain('工作表“指标”第 2 行“2024年数值”（D2）：填写的是“93. 1”，数字中间有空格，去掉空格后读作 93.1。如果不对，请改正这个格子（只写一个数，中间不加空格）。');
  });

  it('“9 3” (two digits apart) is said too', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = '9 3'));
    expect(warned(r).join('\n')).toContain('填写的是“9 3”，数字中间有空格，去掉空格后读作 93。');
  });

  it('spaces around a number are not worth a word', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = ' 93.1 '));
    expect(warned(r).join('\n')).not.toContain('数字中间有空格');
  });
});

describe('a workbook protected by an opening password', () => {
  it('is said to be encrypted, with how to remove the password (it was called an old .xls)', async () => {
    const r = await readWorkbook(ole2('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), NAME, plans);
    expect(lines(r)).toEqual([`工作簿：这个台账设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，清除打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，删去密码；WPS：文件 → 文档加密 → 密码加密，删去密码），保存后再导入。`]);
  });

  it('an old .xls renamed .xlsx is still said to be an old .xls', async () => {
    const r = await readWorkbook(ole2('Root Entry', 'Workbook'), NAME, plans);
    expect(lines(r).join('\n')).toContain('这是旧版 Excel（.xls）或 WPS 表格（.et）格式');
  });
});

describe('refusals in the workbook\'s words', () => {
  it('nothing filled in: said with the sheets and columns, not indicators/clauses/projects and a "note"', async () => {
    const r = await read(() => {});
    expect(lines(r)).toEqual(['工作表“说明”：年度进展应至少有一项内容，实际“指标”表的本年度数值、“任务”表和“项目”表的本年度状态都是空的。请至少填写一项指标数值、任务状态或项目状态，再导入。']);
  });

  it('a 发布日期 before the 数据截止日期, or still to come: named by their labels, not "published" and "asOf"', async () => {
    const root = fixtureRoot();
    const importWith = async (date: string) => {
      const bytes = await editWorkbook(base, (wb) => {
        cellOf(wb, '指标', ID, '2024年数值').value = 93.1;
        wb.getWorksheet('说明')!.getCell('B6').value = date;
        wb.getWorksheet('说明')!.getCell('B7').value = '示例数据';
      });
      const file = join(mkdtempSync(join(tmpdir(), 'round4-dates-')), NAME);
      writeFileSync(file, bytes);
      return runScript('sheet-import.ts', [file], { CONTENT_ROOT: root, VALIDATE_TODAY: '2026-12-01' });
    };
    const before = await importWith('2024-06-01');
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('工作表“说明”第 6 行“发布日期”（B6）：“发布日期”应不早于“数据截止日期”（2024-12-31），实际为 2024-06-01。报告只能在数据截止之后发布：请核对这两个日期，“发布日期”填实际公开发布的日期。');
    expect(before.stderr).not.toMatch(/published|asOf/);
  }, 60_000);

  it('a negative figure: what was found and how to fix it', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = -3));
    expect(lines(r)).toEqual(['工作表“指标”第 2 行“2024年数值”（D2）：应为不小于 0 的数字，实际为 -3。请填写这个数本身，不要填写与上一年相比的变化量。']);
  });
});

describe('a number as Excel shows it', () => {
  it('a formula result with binary noise (93.10000000000001) is the 93.1 the clerk sees', async () => {
    const r = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = { formula: 'D3*1', result: 93.10000000000001 } as ExcelJS.CellFormulaValue));
    expect(entry(r)?.value).toBe(93.1);
  });

  it('a number stored with noise (0.1 * 3 * 310.3333333333333) is 93.1; a figure of 15 digits is kept whole', async () => {
    const noisy = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = 0.1 * 3 * 310.3333333333333));
    expect(entry(noisy)?.value).toBe(93.1);
    const exact = await read((wb) => void (cellOf(wb, '指标', ID, '2024年数值').value = 93.1234567890123));
    expect(entry(exact)?.value).toBe(93.1234567890123);
  });
});
