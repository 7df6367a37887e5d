/**
 * JSON → workbook → JSON gives the same file, byte for byte, for every progress file in content/ and in
 * the fixtures; and the workbook a clerk opens has what the issue promises: the sheets, locked ids,
 * drop-downs of Chinese labels, frozen headers, column widths, earlier years, no macros.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentModel } from '../../src/lib/content/load.ts';
import { readWorkbook } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { serializeProgress } from '../../src/lib/sheets/serialize.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/run.ts';
import { cellOf, columnOf, openWorkbook } from '../helpers/workbook.ts';

let model: ContentModel;
beforeAll(() => {
  const r = loadContent(REPO);
  expect(r.problems).toEqual([]);
  model = r.model;
});

describe('round trip JSON → workbook → JSON', () => {
  it('gives every progress file in content/ back byte for byte', async () => {
    let n = 0;
    for (const plan of model.plans) {
      for (const file of plan.progress) {
        const path = join(REPO, 'content/progress', plan.id, `${file.year}.json`);
        const text = readFileSync(path, 'utf8');
        expect(serializeProgress(file)).toBe(text);
        const bytes = await writeWorkbook(plan, file.year, file);
        const back = await readWorkbook(bytes, `${plan.id}-${file.year}.xlsx`, model.plans);
        expect(back.ok, JSON.stringify(!back.ok && back.problems)).toBe(true);
        if (back.ok) expect(back.json, path).toBe(text);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(20);
  }, 120_000);

  it('keeps official sources, revisions, text values, recorded statuses and mixed provenance', async () => {
    const root = fixtureRoot();
    const { model: m } = loadContent(root);
    const plan = m.plans[0]!;
    const file = {
      ...plan.progress[0]!,
      provenance: 'official' as const,
      indicators: [
        {
          indicator: plan.indicators[0]!.id,
          value: 92.43,
          text: '92.43%',
          status: 'on-track' as const,
          provenance: 'official' as const,
          source: { title: '2023年统计公报', publisher: '县教育局', url: 'https://example.gov.cn/a', date: '2024-03-01', quote: '毛入园率92.43%。' },
          revisions: [
            { value: 91.83, published: '2024-03-15', note: '首次发布值', source: { title: '初版公报' } },
            { value: null, published: '2024-05-01' },
          ],
          note: '按全口径',
        },
      ],
      clauses: [{ clause: plan.progress[0]!.clauses[0]!.clause, status: 'ongoing' as const, summary: ' 前后有空格 ', provenance: 'illustrative' as const }],
      projects: [{ project: plan.projects[0]!.id, status: null, provenance: 'official' as const, source: { title: '项目公示', date: '2023-12-01' } }],
    };
    const text = serializeProgress(file);
    const back = await readWorkbook(await writeWorkbook(plan, file.year, file), 'x.xlsx', m.plans);
    expect(back.ok, JSON.stringify(!back.ok && back.problems)).toBe(true);
    if (back.ok) expect(back.json).toBe(text);
  });
});

describe('the workbook a clerk opens', () => {
  it('has the sheets, locked ids, Chinese drop-downs, frozen headers, widths and earlier years', async () => {
    const plan = model.plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const bytes = await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!);
    const wb = await openWorkbook(bytes);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['说明', '指标', '任务', '项目', '修订']);
    const ind = wb.getWorksheet('指标')!;
    expect(ind.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ind.getColumn(columnOf(ind, '指标名称')).width).toBeGreaterThan(20);
    // Earlier years for context; this year's value open, the id locked, the sheet protected (no password).
    expect(['2021年数值', '2022年数值', '2023年数值'].every((h) => columnOf(ind, h) > 0)).toBe(true);
    expect(columnOf(ind, '2024年数值')).toBe(4); // D, as in 工作表“指标”第 12 行“2024年数值”（D12）
    const id = cellOf(wb, '指标', 'preschool-gross-enrolment', '指标编号');
    const value = cellOf(wb, '指标', 'preschool-gross-enrolment', '2024年数值');
    expect(id.protection?.locked).not.toBe(false);
    expect(value.protection?.locked).toBe(false);
    expect(value.value).toBe(95.3);
    expect(cellOf(wb, '指标', 'preschool-gross-enrolment', '2023年数值').value).toBe(plan.progress.find((p) => p.year === 2023)!.indicators[0]!.value);
    const status = cellOf(wb, '任务', plan.progress[0]!.clauses[0]!.clause, '2024年状态');
    expect(status.dataValidation).toMatchObject({ type: 'list', formulae: ['"未启动,推进中,滞后,已完成,常态化推进"'] });
    expect(cellOf(wb, '项目', plan.projects[0]!.id, '数据性质').dataValidation).toMatchObject({ type: 'list', formulae: ['"官方数据,示例数据"'] });
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(password|hashValue)=/);
    expect(Object.keys(zip.files).some((f) => /vbaProject|\.bin$/.test(f))).toBe(false);
    // Every column explained on 说明.
    const guide = wb.getWorksheet('说明')!;
    const explained = new Set<string>();
    guide.eachRow((row) => explained.add(`${row.getCell(1).value}/${row.getCell(2).value}`));
    for (const sheet of ['指标', '任务', '项目', '修订']) {
      const ws = wb.getWorksheet(sheet)!;
      for (let c = 1; c <= ws.columnCount; c++) expect(explained.has(`${sheet}/${ws.getRow(1).getCell(c).value}`), `${sheet}/${ws.getRow(1).getCell(c).value}`).toBe(true);
    }
  });

  it('is the same bytes for the same content (no clock in it)', async () => {
    const plan = model.plans[0]!;
    const a = await writeWorkbook(plan, plan.progress[0]!.year, plan.progress[0]!);
    const b = await writeWorkbook(plan, plan.progress[0]!.year, plan.progress[0]!);
    const files = async (bytes: Buffer) => {
      const zip = await JSZip.loadAsync(bytes);
      return Promise.all(Object.keys(zip.files).sort().map(async (f) => [f, await zip.file(f)?.async('string')]));
    };
    expect(await files(a)).toEqual(await files(b));
  });
});
