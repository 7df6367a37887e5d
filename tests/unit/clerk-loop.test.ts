/**
 * The clerk's loop, end to end: write the 台账 for a new year, fill it in as a clerk would (with the usual
 * mistakes), import (refused, nothing written), fix, import, commit, build. The year's figures and
 * statuses then appear on the site, in the downloads and in the Chinese update log and its feed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { editWorkbook, setCell } from '../helpers/workbook.ts';

const P = 'demo-edu-2021-2025';

describe('the clerk’s loop', () => {
  it('workbook → mistakes → import refused → fix → import → commit → build → site, downloads, update log', async () => {
    const root = fixtureRoot();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', '初始内容');

    const xlsx = join(root, `${P}-2024.xlsx`);
    const made = runScript('sheet.ts', [P, '2024', xlsx], { CONTENT_ROOT: root });
    expect(made.code, made.stderr).toBe(0);

    const source = { 来源标题: '示例县2024年教育事业统计公报', 发布单位: '示例县教育局', 来源网址: 'https://www.example.gov.cn/2024.html', 原文引句: '学前三年毛入园率93.1%' };
    // As a clerk fills it in, with the usual mistakes.
    writeFileSync(xlsx, await editWorkbook(readFileSync(xlsx), (wb) => {
      const guide = wb.getWorksheet('说明')!;
      guide.getCell('B6').value = '2025/3/15';
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '九十三');
      setCell(wb, '指标', 'compulsory-quality-balanced', '2024年数值', 'N/A');
      for (const [h, v] of Object.entries(source)) setCell(wb, '指标', 'preschool-gross-enrolment', h, v);
      setCell(wb, '指标', 'preschool-gross-enrolment', '发布日期', '2025/13/01');
      setCell(wb, '任务', 's2-1', '2024年状态', '基本完成');
      setCell(wb, '项目', 's2-1', '2024年状态', '在建');
    }));
    const target = join(root, 'content/progress', P, '2024.json');
    const refused = runScript('sheet-import.ts', [xlsx], { CONTENT_ROOT: root });
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n').filter((l) => l.startsWith('工作表'));
    // Every problem in one pass (issue 26): the official project row without a source and the source left
    // without a date are reported now, not in a later round.
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('工作表“指标”第 2 行“2024年数值”（D2）：应为数字，实际为“九十三”。请只填写阿拉伯数字，如 93.1。');
    expect(refused.stderr).toContain('没有写入任何文件');
    expect(existsSync(target)).toBe(false);

    // Fixed as the messages say.
    writeFileSync(xlsx, await editWorkbook(readFileSync(xlsx), (wb) => {
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '93.1%');
      setCell(wb, '指标', 'compulsory-quality-balanced', '2024年数值', null);
      setCell(wb, '指标', 'preschool-gross-enrolment', '发布日期', '2025年3月1日');
      setCell(wb, '任务', 's2-1', '2024年状态', '已完成');
      for (const sheet of ['任务', '项目']) {
        setCell(wb, sheet, 's2-1', '来源标题', '示例县教育局2024年工作总结');
        // An official status cites its source in full (issue 18): publisher and address too.
        setCell(wb, sheet, 's2-1', '发布单位', '示例县教育局');
        setCell(wb, sheet, 's2-1', '来源网址', 'https://www.example.gov.cn/2024-summary.html');
        setCell(wb, sheet, 's2-1', '发布日期', '2025-01-20');
        setCell(wb, sheet, 's2-1', '原文引句', '全年新建幼儿园2所，示例县第一幼儿园扩建工程开工。');
      }
    }));
    const imported = runScript('sheet-import.ts', [xlsx], { CONTENT_ROOT: root });
    expect(imported.code, imported.stderr).toBe(0);
    const file = JSON.parse(readFileSync(target, 'utf8'));
    expect(file.indicators).toEqual([
      { indicator: 'preschool-gross-enrolment', value: 93.1, source: { title: source.来源标题, publisher: source.发布单位, url: source.来源网址, date: '2025-03-01', quote: source.原文引句 } },
    ]);
    expect(file.clauses[0]).toMatchObject({ clause: 's2-1', status: 'completed' });
    expect(file.projects[0]).toMatchObject({ project: 's2-1', status: 'under-construction' });
    expect(runScript('validate.ts', [root, '--today', '2025-04-01']).code).toBe(0);

    git('add', '-A');
    git('commit', '-qm', 'Import the 2024 workbook');
    const dist = join(root, 'dist');
    const build = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
    expect(build.code, build.stderr).toBe(0);
    const read = (p: string) => readFileSync(join(dist, p), 'utf8');
    const indicator = read(`plans/${P}/indicators/preschool-gross-enrolment/index.html`);
    expect(indicator).toContain('93.1');
    expect(indicator).toContain('示例县2024年教育事业统计公报');
    expect(read(`plans/${P}/measures/index.html`)).toMatch(/2024年 <a class="task-status" href="\/about\/#measure-completed"[^>]*><strong>已完成<\/strong><\/a>/);
    const csv = read(`data/${P}/indicators.csv`);
    expect(csv.split('\n').some((l) => l.includes('preschool-gross-enrolment') && l.includes('2024') && l.includes('93.1'))).toBe(true);
    const headline = '发布示例县 2024 年度进展：1 项指标数值、1 项任务状态、1 项项目状态';
    expect(read('updates/index.html')).toContain(headline);
    // The log says what the data published; the commit message stays with the developers.
    expect(read('updates/index.html')).not.toContain('Import the 2024 workbook');
    expect(read(`plans/${P}/updates.xml`)).toContain(headline);
  }, 600_000);
});
