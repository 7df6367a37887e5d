/**
 * `npm run bench:sheets` (also run by `npm run bench`): time to write the 台账 workbook and read it back,
 * for the largest plan in content/ and for a synthetic plan of 1,000 indicator rows; and the time to refuse
 * a workbook of 50,000 rows. Figures only.
 */
import ExcelJS from 'exceljs';
import { loadContent } from '../src/lib/content/load.ts';
import type { PlanBundle } from '../src/lib/model/plan.ts';
import { taskClauses } from '../src/lib/progress/views.ts';
import { readWorkbook } from '../src/lib/sheets/read.ts';
import { writeWorkbook } from '../src/lib/sheets/write.ts';
import { environment } from './env.ts';

async function time(plan: PlanBundle, year: number, plans: PlanBundle[]): Promise<string> {
  const file = plan.progress.find((p) => p.year === year) ?? null;
  const t0 = performance.now();
  const bytes = await writeWorkbook(plan, year, file);
  const t1 = performance.now();
  const back = await readWorkbook(bytes, `${plan.id}-${year}.xlsx`, plans);
  const t2 = performance.now();
  if (!back.ok) throw new Error(`read back failed: ${JSON.stringify(back.problems.slice(0, 3))}`);
  const rows = plan.indicators.length + taskClauses(plan).length + plan.projects.length;
  return `${plan.id} ${year}: ${rows} rows, ${(bytes.length / 1024).toFixed(0)} KiB; write ${(t1 - t0).toFixed(0)} ms, read back ${(t2 - t1).toFixed(0)} ms`;
}

export async function sheetFigures(root: string): Promise<string[]> {
  const { model } = loadContent(root);
  const size = (p: PlanBundle) => p.indicators.length + taskClauses(p).length + p.projects.length;
  const largest = [...model.plans].sort((a, b) => size(b) - size(a))[0]!;
  const year = largest.progress.at(-1)?.year ?? largest.plan.period.start;
  const out = [await time(largest, year, model.plans)];
  // 1,000 indicator rows: the largest plan's indicators repeated, every row with a value and a source.
  const base = model.plans.find((p) => p.indicators.length > 0)!;
  const lastYear = base.progress.at(-1)!;
  const indicators = Array.from({ length: 1000 }, (_, i) => ({ ...base.indicators[i % base.indicators.length]!, id: `synthetic-${i}` }));
  const synthetic: PlanBundle = {
    ...base,
    id: 'synthetic-edu-2021-2025',
    indicators,
    progress: [
      {
        ...lastYear,
        plan: 'synthetic-edu-2021-2025',
        indicators: indicators.map((ind, i) => ({
          indicator: ind.id,
          value: lastYear.indicators.find((e) => e.indicator === base.indicators[i % base.indicators.length]!.id)?.value ?? null,
          note: '示例数据',
          source: { title: '示例公报', date: `${lastYear.year + 1}-03-15` },
        })),
      },
    ],
  };
  out.push(await time(synthetic, lastYear.year, [...model.plans, synthetic]));
  // 50,000 rows: refused by the rows in the sheet's XML (src/lib/sheets/open.ts) before the workbook is parsed.
  const big = new ExcelJS.Workbook();
  const ws = big.addWorksheet('指标');
  for (let r = 1; r <= 50_001; r++) ws.addRow([`id-${r}`, r]);
  const bytes = Buffer.from(await big.xlsx.writeBuffer());
  const t0 = performance.now();
  const refused = await readWorkbook(bytes, 'big.xlsx', model.plans);
  out.push(`50,000 rows (${(bytes.length / 1024).toFixed(0)} KiB): ${refused.ok ? 'read?!' : 'refused'} in ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
}

if (import.meta.main) {
  for (const line of await sheetFigures(environment('en').contentRoot ?? process.cwd())) console.log(`workbook: ${line}`);
}
