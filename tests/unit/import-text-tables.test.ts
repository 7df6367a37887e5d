/**
 * Tables in text files as offices save them: aligned with spaces whether the editor counts a Chinese
 * character as one column or two (and “ ” — as two), with headers of two rows and letter-spaced header
 * words; an indicator's name keeps a qualifier in brackets (（小学）) and loses only a unit (（%）); a year
 * column before the one a header names the target is the baseline.
 */
import { describe, expect, it } from 'vitest';
import { readSpaceTable } from '../../src/lib/import/space-table.ts';
import { readTableRoles } from '../../src/lib/model/table-roles.ts';
import { tableToIndicators } from '../../src/lib/import/indicator-table.ts';
import type { TableBlock } from '../../src/lib/import/parse-plan.ts';

describe('space-aligned tables', () => {
  it('reads columns aligned by counting each character as one column', () => {
    const t = readSpaceTable(
      [
        '类　型     主要指标              单 位  2025年（基期）  目标值（2030年）  性 质',
        '学前教育    幼儿园专任教师中专科以上学历比例  %    86.3       91.1        预期性',
        '        残疾儿童少年义务教育入学率     %    97         99          预期性',
        '保障条件    生均公用经费基准定额（小学）    元    673        726         预期性',
      ],
      0,
    );
    expect(t!.rows).toEqual([
      ['类　型', '主要指标', '单 位', '2025年（基期）', '目标值（2030年）', '性 质'],
      ['学前教育', '幼儿园专任教师中专科以上学历比例', '%', '86.3', '91.1', '预期性'],
      ['', '残疾儿童少年义务教育入学率', '%', '97', '99', '预期性'],
      ['保障条件', '生均公用经费基准定额（小学）', '元', '673', '726', '预期性'],
    ]);
  });

  it('reads columns aligned by display width, quotation marks and dashes printed wide', () => {
    const t = readSpaceTable(
      [
        '领 域     具体指标                        单 位  2025年  2030年    属   性',
        '学前教育  学前教育毛入园率                %      90.6    92.4      预期性',
        '          县域义务教育优质均衡发展        —     —      通过评估  预期性',
        '职业教育  中等职业学校“双师型”教师比例  %      50      57        预期性',
      ],
      0,
    );
    expect(t!.rows.map((r) => r.length)).toEqual([6, 6, 6, 6]);
    expect(t!.rows[2]).toEqual(['', '县域义务教育优质均衡发展', '—', '—', '通过评估', '预期性']);
    expect(t!.collisions).toEqual([]);
  });

  it('keeps a two-row header whose upper word spans the year columns', () => {
    const t = readSpaceTable(
      [
        '指标                  单位  指标值                   属性',
        '                            2025年（基期）  2030年（目标）',
        '学前教育毛入园率      %     90              95        预期性',
        '义务教育巩固率        %     97              98        约束性',
      ],
      0,
    );
    expect(t!.rows.slice(0, 3)).toEqual([
      ['指标', '单位', '指标值', '', '属性'],
      ['', '', '2025年（基期）', '2030年（目标）', ''],
      ['学前教育毛入园率', '%', '90', '95', '预期性'],
    ]);
  });
});

describe('indicator names and year columns', () => {
  const table = (rows: string[][]): TableBlock => ({ type: 'table', rows, layout: 'tabs', lines: rows.map((r, i) => ({ line: i + 1, text: r.join('\t') })), first: 1, last: rows.length });

  it('keeps （小学） in the name and takes （%） and （元/生） off as units', () => {
    const rows = tableToIndicators(table([['指标', '2025年', '2030年'], ['生均公用经费基准定额（小学）', '672', '737'], ['学前教育毛入园率（%）', '90', '95'], ['生均经费（元/生）', '900', '1000']]), 't1');
    expect(rows.map((r) => [r.name, r.unit])).toEqual([
      ['生均公用经费基准定额（小学）', null],
      ['学前教育毛入园率', '%'],
      ['生均经费', '元/生'],
    ]);
  });

  it('reads 2025年 before 2030年目标值 as the baseline', () => {
    expect(readTableRoles(['类别', '具体指标', '单位', '2025年', '2030年目标值', '指标属性']).roles).toEqual(['group', 'name', 'unit', 'baseline', 'target', 'attribute']);
  });
});
