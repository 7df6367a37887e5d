/**
 * Every mistake a clerk can make in the 台账 gets one line naming the sheet, the row, the column header and
 * the cell, what was expected and what was found; nothing is written while any problem remains. Values
 * typed with units or in full-width digits and dates typed as text are read as meant.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentModel } from '../../src/lib/content/load.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { readWorkbook, type ReadResult } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../src/lib/sheets/problems.ts';
import { REPO, runScript } from '../helpers/run.ts';
import { cellOf, columnOf, editWorkbook, rowOf, setCell } from '../helpers/workbook.ts';

const PLAN = 'pingluo-edu-2021-2025';
const NAME = `${PLAN}-2024.xlsx`;
let model: ContentModel;
let plan: PlanBundle;
let base: Buffer;

beforeAll(async () => {
  model = loadContent(REPO).model;
  plan = model.plans.find((p) => p.id === PLAN)!;
  base = await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!);
});

const lines = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => formatSheetProblem(p)));
async function importEdited(edit: (wb: ExcelJS.Workbook) => void | Promise<void>, name = NAME): Promise<ReadResult> {
  return readWorkbook(await editWorkbook(base, edit), name, model.plans);
}
const ind = (r: ReadResult, id: string) => (r.ok ? r.file.indicators.find((e) => e.indicator === id) : undefined);

describe('cells a clerk types', () => {
  it('refuses a number written in words, in the words of the issue', async () => {
    const r = await importEdited((wb) => void setCell(wb, '指标', 'working-age-years-of-schooling', '2024年数值', '九十三'));
    expect(lines(r)).toEqual(['工作表“指标”第 12 行“2024年数值”（D12）：应为数字，实际为“九十三”。请只填写阿拉伯数字，如 93.1。']);
  });

  it('reads 93.1% and ９３．１ as 93.1 on a percentage indicator', async () => {
    const r = await importEdited((wb) => {
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '93.1%');
      setCell(wb, '指标', 'compulsory-retention', '2024年数值', '９３．１');
      setCell(wb, '指标', 'vocational-employment', '2024年数值', ' 93.1 ％ ');
    });
    expect(lines(r)).toEqual([]);
    for (const id of ['preschool-gross-enrolment', 'compulsory-retention', 'vocational-employment']) expect(ind(r, id)?.value).toBe(93.1);
  });

  it('reads a cell formatted as percent (0.931 shown as 93.1%) as 93.1', async () => {
    const r = await importEdited((wb) => {
      const c = cellOf(wb, '指标', 'preschool-gross-enrolment', '2024年数值');
      c.value = 0.931;
      c.style = { ...c.style, numFmt: '0.0%' }; // its own style: exceljs shares one style object between cells

    });
    expect(lines(r)).toEqual([]);
    expect(ind(r, 'preschool-gross-enrolment')?.value).toBe(93.1);
  });

  it('refuses a percent sign on an indicator counted in 万人', async () => {
    const r = await importEdited((wb) => void setCell(wb, '指标', 'vocational-enrolment', '2024年数值', '42%'));
    expect(lines(r)).toEqual(['工作表“指标”第 7 行“2024年数值”（D7）：应为以“万人”计的数字，实际为“42%”（带百分号，但这个指标不是百分比）。']);
  });

  it('refuses N/A and asks for an empty cell instead', async () => {
    const r = await importEdited((wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', 'N/A'));
    expect(lines(r)).toEqual(['工作表“指标”第 2 行“2024年数值”（D2）：应为数字，实际为“N/A”。不知道的数值请留空，不要填写“N/A”。']);
  });

  it('refuses the date 2024/13/01 and reads Excel dates and text dates', async () => {
    const bad = await importEdited((wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '发布日期', '2024/13/01'));
    expect(lines(bad)).toEqual(['工作表“指标”第 2 行“发布日期”（L2）：应为日期，实际为“2024/13/01”：没有 13 月。请改为真实的日期，如 2024-01-13。']);
    const good = await importEdited((wb) => {
      for (const [id, v] of [
        ['preschool-gross-enrolment', new Date(Date.UTC(2025, 2, 15))],
        ['compulsory-retention', '2025年3月15日'],
        ['vocational-employment', '2025/3/15'],
      ] as const) {
        setCell(wb, '指标', id, '来源标题', '2024年教育统计公报');
        setCell(wb, '指标', id, '发布日期', v);
      }
    });
    expect(lines(good)).toEqual([]);
    for (const id of ['preschool-gross-enrolment', 'compulsory-retention', 'vocational-employment']) expect(ind(good, id)?.source?.date).toBe('2025-03-15');
  });

  it('refuses a status not in the drop-down, naming the labels', async () => {
    const clause = plan.progress[0]!.clauses[0]!.clause;
    const r = await importEdited((wb) => void setCell(wb, '任务', clause, '2024年状态', '基本完成'));
    expect(lines(r)).toEqual([`工作表“任务”第 2 行“2024年状态”（E2）：应为下拉列表中的状态之一（未启动、推进中、滞后、已完成、常态化推进），实际为“基本完成”。请从下拉列表中选择。`]);
  });

  it('refuses an empty required cell: the publication date, and a source without its title', async () => {
    const r = await importEdited((wb) => {
      wb.getWorksheet('说明')!.getCell('B6').value = null;
      setCell(wb, '指标', 'preschool-gross-enrolment', '发布单位', '平罗县教育体育局');
    });
    expect(lines(r)).toEqual([
      '工作表“说明”第 6 行“发布日期”（B6）：必填，实际为空。',
      '工作表“指标”第 2 行“来源标题”（I2）：填写了来源的其他信息，但没有来源标题。来源标题必填。',
    ]);
  });

  it('points an official figure without a source at its row', async () => {
    const r = await importEdited((wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '数据性质', '官方数据'));
    expect(lines(r)).toContain('工作表“指标”第 2 行“来源标题”（I2）：这是官方数据，但没有填写来源：请填写来源标题、发布单位、网址、发布日期和原文引句；如果不是官方数据，请在“数据性质”中选“示例数据”。');
    // The file says 示例数据 by default, so one official row makes every other filled row say which it is.
    expect(lines(r)).toContain('工作表“指标”第 3 行“数据性质”（G3）：本台账混合了官方数据和示例数据，每一行都要在“数据性质”中选择“官方数据”或“示例数据”。');
  });
});

describe('what a statistician would question, at its cell', () => {
  it('refuses a 1027.3 % enrolment rate in the value cell', async () => {
    const r = await importEdited((wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', 1027.3));
    expect(lines(r)).toEqual(['工作表“指标”第 2 行“2024年数值”（D2）：“学前三年毛入园率”应为不超过 150 的百分比（毛入学率可以超过 100%，但不会超过 150%），实际为 1027.3。检查小数点（93.1 而不是 931）和单位。']);
  });

  it('asks for a note on a jump far beyond the history, and passes once 备注 explains it', async () => {
    const jump = await importEdited((wb) => {
      setCell(wb, '指标', 'compulsory-retention', '2024年数值', 9.76);
      setCell(wb, '指标', 'compulsory-retention', '备注', null);
    });
    expect(lines(jump)).toHaveLength(1);
    expect(lines(jump)[0]).toMatch(/^工作表“指标”第 5 行“2024年数值”（D5）：“九年义务教育巩固率”从 2023 年的 [\d.]+ 变为 9\.76，每年变化约 [\d.]+，远超这项指标以往每年约 [\d.]+ 的变化幅度。请核对数值；确实如此时，在“备注”列中说明原因。$/);
    const explained = await importEdited((wb) => {
      setCell(wb, '指标', 'compulsory-retention', '2024年数值', 9.76);
      setCell(wb, '指标', 'compulsory-retention', '备注', '统计口径改为千分比（示例）。');
    });
    expect(lines(explained)).toEqual([]);
  });

  it('asks for a row on 修订 when a published figure changes', async () => {
    const published = plan.progress.find((p) => p.year === 2024)!;
    const changed = await editWorkbook(base, (wb) => void setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', 95.8));
    const bad = await readWorkbook(changed, NAME, model.plans, { published });
    expect(lines(bad)).toEqual([
      `工作表“指标”第 2 行“2024年数值”（D2）：“学前三年毛入园率”2024 年已发布的数值 95.3 被改为 95.8，但没有记录原值和更正原因。请在“修订”表中加一行：指标编号、原发布值 95.3、原发布日期 ${published.published} 和更正原因。`,
    ]);
    const fixed = await editWorkbook(changed, (wb) => {
      const ws = wb.getWorksheet('修订')!;
      const row = ws.getRow(2);
      row.getCell(columnOf(ws, '指标编号')).value = 'preschool-gross-enrolment';
      row.getCell(columnOf(ws, '原发布值')).value = 95.3;
      row.getCell(columnOf(ws, '原发布日期')).value = published.published;
      row.getCell(columnOf(ws, '更正原因')).value = '按全口径在园幼儿数更正（示例）。';
    });
    const good = await readWorkbook(fixed, NAME, model.plans, { published });
    expect(lines(good)).toEqual([]);
    expect(ind(good, 'preschool-gross-enrolment')?.revisions).toEqual([{ value: 95.3, published: published.published, note: '按全口径在园幼儿数更正（示例）。' }]);
  });
});

describe('rows and sheets', () => {
  it('refuses an edited id in the locked id column, naming the id it should have', async () => {
    const r = await importEdited((wb) => {
      const ws = wb.getWorksheet('指标')!;
      ws.getRow(rowOf(ws, 'compulsory-retention')).getCell(1).value = 'compulsory-retention-rate';
    });
    expect(lines(r)).toEqual(['工作表“指标”第 5 行“指标编号”（A5）：编号列已锁定，不能修改：这一行是“九年义务教育巩固率”，编号应为“compulsory-retention”，实际被改成了“compulsory-retention-rate”。请改回“compulsory-retention”。']);
  });

  it('refuses a row added for an indicator that does not exist', async () => {
    const r = await importEdited((wb) => {
      const ws = wb.getWorksheet('指标')!;
      const row = ws.getRow(ws.rowCount + 1);
      row.getCell(1).value = 'teacher-ratio';
      row.getCell(2).value = '生师比';
      row.getCell(4).value = 15;
    });
    expect(lines(r)).toEqual(['工作表“指标”第 13 行“指标编号”（A13）：规划中没有编号为“teacher-ratio”的指标。台账只能填写规划中已有的指标，不能新增行；请删除这一行。']);
  });

  it('reads re-ordered rows by their ids and writes the same file', async () => {
    const r = await importEdited((wb) => {
      const ws = wb.getWorksheet('指标')!;
      const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => (ws.getRow(i + 2).values as ExcelJS.CellValue[]).slice(1));
      rows.reverse().forEach((values, i) => {
        const row = ws.getRow(i + 2);
        values.forEach((v, c) => (row.getCell(c + 1).value = v ?? null));
      });
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.json).toBe(readFileSync(join(REPO, 'content/progress', PLAN, '2024.json'), 'utf8'));
  });

  it('refuses merged cells, naming the range', async () => {
    const r = await importEdited((wb) => wb.getWorksheet('指标')!.mergeCells('D3:D4'));
    expect(lines(r)).toEqual(['工作表“指标”第 3 行（D3:D4）：单元格 D3:D4 被合并了。每一行只写一个指标：请取消合并（开始 → 合并居中 → 取消合并单元格），把内容分别填到各行。']);
  });

  it('refuses a renamed sheet and a deleted sheet', async () => {
    const renamed = await importEdited((wb) => void (wb.getWorksheet('指标')!.name = '指标（2024）'));
    expect(lines(renamed)).toEqual(['工作表“指标”：找不到这张工作表；工作簿里有“指标（2024）”，是否被改了名？请改回“指标”。']);
    const deleted = await importEdited((wb) => wb.removeWorksheet(wb.getWorksheet('任务')!.id));
    expect(lines(deleted)[0]).toMatch(/^工作表“任务”：找不到这张工作表，它被删除了（现有的工作表：“说明”、“指标”、“项目”、“修订”）。/);
  });

  it('refuses a workbook for another year than its file name claims', async () => {
    const r = await readWorkbook(base, `${PLAN}-2023.xlsx`, model.plans);
    expect(lines(r)).toEqual([`工作簿：文件名“${PLAN}-2023.xlsx”表明是 ${PLAN} 的 2023 年台账，但工作簿内容是 ${PLAN} 的 2024 年（见“说明”表）。请确认选对了文件，并把文件名改为 ${PLAN}-2024.xlsx。`]);
  });

  it('refuses a workbook whose locked plan or year was changed', async () => {
    const r = await importEdited((wb) => void (wb.getWorksheet('说明')!.getCell('B4').value = 2025));
    // The edited cell is named: 年度 (B4), not 规划编号.
    expect(lines(r)).toEqual(['工作表“说明”第 4 行“年度”（B4）：台账是为 pingluo-edu-2021-2025 的 2024 年生成的，但“年度”被改成了“2025”（原为“2024”）。锁定的格子不能修改：请改回“2024”；如果要填写别的规划或年度，请重新生成台账（npm run sheet -- <规划编号> <年份>）。']);
    const plan = await importEdited((wb) => void (wb.getWorksheet('说明')!.getCell('B3').value = 'zhongwei-edu-2021-2025'));
    expect(lines(plan)[0]).toMatch(/^工作表“说明”第 3 行“规划编号”（B3）：台账是为 pingluo-edu-2021-2025 的 2024 年生成的，但“规划编号”被改成了“zhongwei-edu-2021-2025”/);
  });
});

describe('files that are not a 台账', () => {
  const refuse = async (bytes: Uint8Array, name: string) => lines(await readWorkbook(bytes, name, model.plans));

  it('an old .xls', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refuse(ole, 'ledger.xls'))[0]).toMatch(/^工作簿：这是旧版 Excel（\.xls）或 WPS 表格（\.et）格式，只能导入 \.xlsx。请在 Excel 或 WPS 中打开它/);
  });

  it('a CSV, in UTF-8 or in GBK, quoting its first line', async () => {
    const text = '指标编号,2024年数值\npreschool-gross-enrolment,93.1\n';
    expect((await refuse(Buffer.from(text), 'ledger.csv'))[0]).toContain('这是CSV 文本文件（第一行：“指标编号,2024年数值”），不是 .xlsx 工作簿');
    const gbk = Buffer.from([0xd6, 0xb8, 0xb1, 0xea, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0x31, 0x0a]); // 指标编号,1 in GBK
    expect((await refuse(gbk, 'ledger.csv'))[0]).toContain('（第一行：“指标编号,1”）');
  });

  it('a zip of something else named .xlsx', async () => {
    const zip = new JSZip();
    zip.file('photos/1.jpg', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await refuse(bytes, NAME)).toEqual(['工作簿：这是一个 zip 压缩包，不是 Excel 工作簿：里面没有 xl/workbook.xml（只有 photos/、photos/1.jpg 等）。请导入 npm run sheet 生成的 .xlsx 台账。']);
  });

  it('a workbook of 50,000 rows is refused by its size before it is parsed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标');
    for (let r = 1; r <= 50_001; r++) ws.addRow([`id-${r}`, r]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const started = performance.now();
    const out = await refuse(bytes, NAME);
    const ms = performance.now() - started;
    expect(out).toEqual(['工作表“指标”：有 50000 行，超过上限 5000 行：一个规划一年的指标、任务和项目不过几十行。请检查是否误粘贴了大量数据。']);
    expect(ms).toBeGreaterThan(0); // the time is reported by npm run bench, not asserted here
  }, 600_000);
});

describe('npm run sheet and npm run sheet:import', () => {
  it('write nothing while a problem remains, then write the year when it is fixed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sheet-cli-'));
    cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
    const xlsx = join(root, NAME);
    const made = runScript('sheet.ts', [PLAN, '2024', xlsx], { CONTENT_ROOT: root });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`已写入`);
    const target = join(root, 'content/progress', PLAN, '2024.json');
    const before = readFileSync(target, 'utf8');
    writeFileSync(xlsx, await editWorkbook(readFileSync(xlsx), (wb) => {
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '96.2');
      setCell(wb, '指标', 'working-age-years-of-schooling', '2024年数值', '九十三');
    }));
    const bad = runScript('sheet-import.ts', [xlsx], { CONTENT_ROOT: root });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('工作表“指标”第 12 行“2024年数值”（D12）：应为数字，实际为“九十三”。');
    expect(bad.stderr).toContain('台账中发现 1 个问题，没有写入任何文件。');
    expect(readFileSync(target, 'utf8')).toBe(before);
    const en = runScript('sheet-import.ts', ['--lang', 'en', xlsx], { CONTENT_ROOT: root });
    expect(en.stderr).toContain('sheet "指标" row 12 "2024年数值" (D12): expected a number, found "九十三".');
    writeFileSync(xlsx, await editWorkbook(readFileSync(xlsx), (wb) => void setCell(wb, '指标', 'working-age-years-of-schooling', '2024年数值', 9.8)));
    const good = runScript('sheet-import.ts', [xlsx], { CONTENT_ROOT: root });
    expect(good.code, good.stderr).toBe(0);
    const file = JSON.parse(readFileSync(target, 'utf8'));
    expect(file.indicators.find((e: { indicator: string }) => e.indicator === 'preschool-gross-enrolment').value).toBe(96.2);
    expect(existsSync(`${target}.tmp-${process.pid}`)).toBe(false);
  }, 600_000);

  it('refuse a plan that does not exist and a year outside the period', () => {
    expect(runScript('sheet.ts', ['pingluo-edu-2021-2026', '2024', '/dev/null']).stderr).toContain('没有编号为“pingluo-edu-2021-2026”的规划。最接近的：pingluo-edu-2021-2025');
    expect(runScript('sheet.ts', [PLAN, '2030', '/dev/null']).stderr).toContain('年份应在规划期 2021–2025 之内，实际为 2030。');
    expect(runScript('sheet-import.ts', ['/nonexistent.xlsx']).stderr).toContain('找不到文件“/nonexistent.xlsx”');
  });
});
