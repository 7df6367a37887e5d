/**
 * A 台账 comes back saved by whatever program the clerk has: Excel 365 (threaded comments and their
 * persons), LibreOffice, WPS, openpyxl-based tools (notes under xl/comments/, absolute part paths, sheets
 * under other names). Parts a ledger does not need never stop the import, and a sheet of 100,000 pasted
 * rows is refused by its size before a single row is read.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { readWorkbook, type ReadResult } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../src/lib/sheets/problems.ts';
import { REPO } from '../helpers/run.ts';
import { editParts, type Parts } from '../helpers/office-zip.ts';
import { editWorkbook, setCell } from '../helpers/workbook.ts';

const PLAN = 'pingluo-edu-2021-2025';
const NAME = `${PLAN}-2024.xlsx`;
let plans: PlanBundle[];
let filled: Uint8Array;

beforeAll(async () => {
  plans = loadContent(REPO).model.plans;
  const plan = plans.find((p) => p.id === PLAN)!;
  filled = await editWorkbook(await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!), (wb) => {
    setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', 93.4);
  });
});

const lines = (r: ReadResult) => (r.ok ? [] : r.problems.map((p) => formatSheetProblem(p)));
const value = (r: ReadResult) => (r.ok ? r.file.indicators.find((e) => e.indicator === 'preschool-gross-enrolment')?.value : undefined);
const text = (parts: Parts, name: string) => parts[name] as string;

/** Moves the 指标 sheet's notes to `to`, referenced by `target` from the sheet's relationships. */
function notesAt(parts: Parts, to: string, target: string): void {
  parts[to] = parts['xl/comments2.xml']!;
  delete parts['xl/comments2.xml'];
  parts['xl/worksheets/_rels/sheet2.xml.rels'] = text(parts, 'xl/worksheets/_rels/sheet2.xml.rels').replace('Target="../comments2.xml"', `Target="${target}"`);
}

describe('a workbook with cell notes, as other programs save them', () => {
  it('notes under xl/comments/ with an absolute path (openpyxl and the tools built on it)', async () => {
    const bytes = editParts(filled, (parts) => notesAt(parts, 'xl/comments/comment1.xml', '/xl/comments/comment1.xml'));
    const r = await readWorkbook(bytes, NAME, plans);
    expect(lines(r)).toEqual([]);
    expect(value(r)).toBe(93.4);
  });

  it('notes at the usual place but named by an absolute path', async () => {
    const r = await readWorkbook(editParts(filled, (parts) => notesAt(parts, 'xl/comments2.xml', '/xl/comments2.xml')), NAME, plans);
    expect(lines(r)).toEqual([]);
  });

  it('a note whose part is missing, and threaded comments with their persons (Excel 365)', async () => {
    const bytes = editParts(filled, (parts) => {
      delete parts['xl/comments3.xml'];
      parts['xl/threadedComments/threadedComment1.xml'] = '<?xml version="1.0"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="D2" id="{1}" personId="{2}"><text>请核对</text></threadedComment></ThreadedComments>';
      parts['xl/persons/person.xml'] = '<?xml version="1.0"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>';
      parts['xl/worksheets/_rels/sheet2.xml.rels'] = text(parts, 'xl/worksheets/_rels/sheet2.xml.rels').replace(
        '</Relationships>',
        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
      );
      parts['xl/_rels/workbook.xml.rels'] = text(parts, 'xl/_rels/workbook.xml.rels').replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>',
      );
    });
    const r = await readWorkbook(bytes, NAME, plans);
    expect(lines(r)).toEqual([]);
    expect(value(r)).toBe(93.4);
  });

  it('sheets saved under other part names, referenced by absolute paths', async () => {
    const bytes = editParts(filled, (parts) => {
      for (let i = 1; i <= 6; i++) {
        parts[`xl/worksheets/Sheet_${i}.xml`] = parts[`xl/worksheets/sheet${i}.xml`]!;
        delete parts[`xl/worksheets/sheet${i}.xml`];
        const rels = parts[`xl/worksheets/_rels/sheet${i}.xml.rels`];
        if (rels !== undefined) {
          parts[`xl/worksheets/_rels/Sheet_${i}.xml.rels`] = rels;
          delete parts[`xl/worksheets/_rels/sheet${i}.xml.rels`];
        }
      }
      parts['xl/_rels/workbook.xml.rels'] = text(parts, 'xl/_rels/workbook.xml.rels').replace(/Target="worksheets\/sheet(\d)\.xml"/g, 'Target="/xl/worksheets/Sheet_$1.xml"');
    });
    const r = await readWorkbook(bytes, NAME, plans);
    expect(lines(r)).toEqual([]);
    expect(value(r)).toBe(93.4);
  });

  it('notes, drawings or their relationships left out never stop the import', async () => {
    for (const drop of [['xl/drawings/vmlDrawing2.vml'], ['xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml'], ['xl/worksheets/_rels/sheet2.xml.rels'], ['xl/comments4.xml', 'xl/comments5.xml']]) {
      const r = await readWorkbook(editParts(filled, (parts) => drop.forEach((d) => delete parts[d])), NAME, plans);
      expect(lines(r), drop.join()).toEqual([]);
    }
  });
});

describe('a sheet of pasted rows is refused by its size, before its rows are read', () => {
  /** The 指标 sheet with `n` extra rows, written straight into its XML (no <dimension>, as some programs save). */
  function withRows(n: number): Uint8Array {
    return editParts(filled, (parts) => {
      const xml = text(parts, 'xl/worksheets/sheet2.xml').replace(/<dimension [^>]*\/>/, '');
      const rows: string[] = [];
      for (let r = 20; r < 20 + n; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>id-${r}</t></is></c><c r="D${r}"><v>${r}</v></c></row>`);
      parts['xl/worksheets/sheet2.xml'] = xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    });
  }

  it('100,000 rows: refused, naming the sheet, and exceljs never parses it', async () => {
    const bytes = withRows(100_000);
    const load = vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx), 'load');
    try {
      const r = await readWorkbook(bytes, NAME, plans);
      expect(lines(r)).toEqual(['工作表“指标”：有 100018 行，超过上限 5000 行：一个规划一年的指标、任务和项目不过几十行。请检查是否误粘贴了大量数据。']);
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
    }
  }, 60_000);

  it('a single row numbered 100,000 (an empty sheet with one far cell) counts by its number', async () => {
    const bytes = editParts(filled, (parts) => {
      parts['xl/worksheets/sheet3.xml'] = text(parts, 'xl/worksheets/sheet3.xml').replace('</sheetData>', '<row r="100001"><c r="A100001"><v>1</v></c></row></sheetData>');
    });
    expect(lines(await readWorkbook(bytes, NAME, plans))).toEqual(['工作表“任务”：有 100000 行，超过上限 5000 行：一个规划一年的指标、任务和项目不过几十行。请检查是否误粘贴了大量数据。']);
  });

  it('a sheet within the limit is read as before', async () => {
    const r = await readWorkbook(withRows(0), NAME, plans);
    expect(value(r)).toBe(93.4);
  });
});
