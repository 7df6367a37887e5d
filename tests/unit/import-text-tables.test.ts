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
import { readCellLines } from '../../src/lib/import/cell-lines.ts';
import { importPlan } from '../../src/lib/import/import-plan.ts';
import { wrapWidth } from '../../src/lib/import/artifacts.ts';
import { tableView } from '../../src/lib/import/table-header.ts';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers/fixtures.ts';

const meta = PlanSchema.parse(parse(readFileSync(join(FIXTURES, 'import', 'chapter-layout.yaml'), 'utf8')));

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

describe('tables and their rows in text', () => {
  it('keeps 规划目标 › 2028年 a milestone beside 规划目标 › 目标值（2030年）', () => {
    expect(readTableRoles(['序号', '主要指标', '单位', '规划目标 › 基期值（2025年）', '规划目标 › 2028年', '规划目标 › 目标值（2030年）', '性质']).roles).toEqual([
      'no', 'name', 'unit', 'baseline', 'milestone', 'target', 'attribute',
    ]);
  });

  it('reads a group row printed without tabs (一、学前教育) as a row of its table, also right under the header', () => {
    const r = importPlan(
      [
        '某县“十五五”教育事业发展规划',
        '',
        '第一章 发展目标',
        '专栏1 主要指标',
        '序号\t指标\t2025年（基期）\t目标值（2030年）\t指标属性',
        '一、学前教育',
        '1\t学前教育毛入园率（%）\t92.8\t95.5\t预期性',
        '二、保障条件',
        '2\t生均公用经费基准定额（小学）（元）\t675\t772\t约束性',
        '第二章 主要任务',
        '',
      ].join('\n'),
      meta,
    );
    expect(r.indicators!.indicators.map((i) => [i.group, i.name, i.baseline.text, i.target.text])).toEqual([
      ['一、学前教育', '学前教育毛入园率', '92.8', '95.5'],
      ['二、保障条件', '生均公用经费基准定额（小学）', '675', '772'],
    ]);
  });

  it('reads 规划目标 › 2025年 before 规划目标 › 2030年（目标） as the baseline', () => {
    expect(readTableRoles(['序  号', '类  别', '指标内容', '规划目标 › 2025年', '规划目标 › 2030年（目标）', '指标属性']).roles).toEqual(['no', 'group', 'name', 'baseline', 'target', 'attribute']);
  });

  it('keeps group rows (一、学前教育) in a space-aligned table and in a table copied one cell a line', () => {
    const spaced = readSpaceTable(['序号  指标                   2025年  2030年  属性', '一、学前教育', '1     学前教育毛入园率（%）  92.8    95.5    预期性', '二、义务教育', '2     九年义务教育巩固率（%）  97.2    98.1    预期性'], 0);
    expect(spaced!.rows.slice(1).map((r) => r.join('|'))).toEqual(['一、学前教育||||', '1|学前教育毛入园率（%）|92.8|95.5|预期性', '二、义务教育||||', '2|九年义务教育巩固率（%）|97.2|98.1|预期性']);
    const lined = readCellLines(['序号', '指标', '2025年（基期）', '目标值（2030年）', '指标属性', '一、学前教育', '1', '学前教育毛入园率（%）', '92.8', '95.5', '预期性', '二、义务教育', '2', '九年义务教育巩固率（%）', '97.2', '98.1', '预期性'], 0, (t) => /^[一二三]、/u.test(t));
    expect(lined!.rows.slice(1).map((r) => r.join('|'))).toEqual(['一、学前教育||||', '1|学前教育毛入园率（%）|92.8|95.5|预期性', '二、义务教育||||', '2|九年义务教育巩固率（%）|97.2|98.1|预期性']);
  });

  it('opens a new row at its number rather than reading the number as the last row\'s figure', () => {
    const lined = readCellLines(['序 号', '一级指标', '指　标', '计量单位', '现状值（2025年）', '2030年目标值', '3', '县域义务教育优质均衡发展', '—', '—', '通过国家督导评估', '4', '高中阶段教育', '高中阶段教育毛入学率', '%', '91.6', '92.6'], 0, () => false);
    expect(lined!.rows.slice(1)).toEqual([
      ['3', '', '县域义务教育优质均衡发展', '—', '—', '通过国家督导评估'],
      ['4', '高中阶段教育', '高中阶段教育毛入学率', '%', '91.6', '92.6'],
    ]);
  });

  it('reads a table copied one cell a line, empty cells left out, by what each cell holds', () => {
    const lines = ['领 域', '具体指标', '单 位', '2025年基期值', '2030年（目标）', '属   性', '学前教育', '学前教育毛入园率', '%', '90.6', '92.4', '预期性', '公办幼儿园在园幼儿占比', '%', '49.4', '53.4', '预期性', '义务教育', '县域义务教育优质均衡发展', '—', '—', '通过国家督导评估', '预期性', '第三章 主要任务'];
    const t = readCellLines(lines, 0, (s) => /^第.章/u.test(s));
    expect(t!.rows).toEqual([
      ['领 域', '具体指标', '单 位', '2025年基期值', '2030年（目标）', '属   性'],
      ['学前教育', '学前教育毛入园率', '%', '90.6', '92.4', '预期性'],
      ['', '公办幼儿园在园幼儿占比', '%', '49.4', '53.4', '预期性'],
      ['义务教育', '县域义务教育优质均衡发展', '—', '—', '通过国家督导评估', '预期性'],
    ]);
    expect(t!.last).toBe(23);
  });

  it('reads a task list copied one cell a line: a row without supporting units keeps its columns', () => {
    const lines = ['重点任务', '主要举措', '牵头部门', '协办单位', '时间节点', '推进教育数字化', '开展教师信息技术应用能力提升培训', '县发展和改革局', '持续推进', '促进学生全面发展', '落实学生体质健康监测制度', '县财政局', '县市场监督管理局、县发展和改革局', '2027年底前'];
    expect(readCellLines(lines, 0, () => false)!.rows.slice(1)).toEqual([
      ['推进教育数字化', '开展教师信息技术应用能力提升培训', '县发展和改革局', '', '持续推进'],
      ['促进学生全面发展', '落实学生体质健康监测制度', '县财政局', '县市场监督管理局、县发展和改革局', '2027年底前'],
    ]);
  });

  it('finds the wrap width of a hard-wrapped text beside a space-aligned table', () => {
    const prose = Array.from({ length: 6 }, (_, k) => `　　全县学前三年毛入园率达到${90 + k}%以上，教师培训覆盖率达到九十`);
    const table = ['指标                  单位  2025年  2030年', '学前教育毛入园率      %     90      95', '义务教育巩固率        %     97      98', '高中阶段毛入学率      %     91      93', '普通高中优质特色学校数  所    1       3'];
    expect(wrapWidth([...prose, ...table, ...table])).toBe([...prose[0]!].length);
  });

  it('finds the wrap width of a hard-wrapped text among many short lines (cells copied one a line)', () => {
    const prose = Array.from({ length: 10 }, (_, k) => `　　全县学前三年毛入园率达到${90 + k}%以上，教师培训覆盖率达到九十`);
    // Cells of every length from 10 to 21 characters, five of each.
    const cells = Array.from({ length: 60 }, (_, k) => '落实双减政策提升课后服务质量开展教师信息技术'.slice(0, 10 + (k % 12)));
    expect(wrapWidth([...prose, ...cells])).toBe([...prose[0]!].length);
  });

  it('reads a task merged down over its measures: a row of one measure keeps it under 主要举措', () => {
    const lines = ['序号', '任务名称', '主要举措', '牵头单位', '配合部门', '时间节点', '5', '促进学生全面发展', '落实学生体质健康监测制度，保障每天校内体育活动时间', '区财政局', '2027年6月底前', '开展心理健康教育，配齐心理健康教育教师', '区发展和改革局', '持续推进'];
    expect(readCellLines(lines, 0, () => false)!.rows.slice(1)).toEqual([
      ['5', '促进学生全面发展', '落实学生体质健康监测制度，保障每天校内体育活动时间', '区财政局', '', '2027年6月底前'],
      ['', '', '开展心理健康教育，配齐心理健康教育教师', '区发展和改革局', '', '持续推进'],
    ]);
  });

  it('reads a responsible-units cell naming who leads and who helps (县教育体育局牵头，县自然资源局配合)', () => {
    const lines = ['序号', '重点任务', '主要举措', '责任部门', '完成时限', '1', '加强教师队伍建设', '补充紧缺学科教师', '县教育体育局', '2027年6月底前', '改扩建城东小学，建筑面积14300平方米，总投资800万元', '县教育体育局牵头，县自然资源局配合', '2030年底前'];
    expect(readCellLines(lines, 0, () => false)!.rows.at(-1)).toEqual(['', '', '改扩建城东小学，建筑面积14300平方米，总投资800万元', '县教育体育局牵头，县自然资源局配合', '2030年底前']);
  });

  it('does not run a group row (一、学前教育) into the whole row after it', () => {
    const r = importPlan(['某县规划', '', '第一章 目标', '表1 主要指标', '指标名称\t2025年\t2028年\t2030年\t性 质', '一、学前教育', '幼儿园专任教师中专科以上学历比例（%）\t80.6\t82.8\t85.1\t预期性', '二、义务教育', '九年义务教育巩固率（%）\t97.5\t97.9\t98.3\t预期性', ''].join('\n'), meta);
    expect(r.indicators!.indicators.map((i) => [i.group, i.name, i.baseline.text, i.target.text])).toEqual([
      ['一、学前教育', '幼儿园专任教师中专科以上学历比例', '80.6', '85.1'],
      ['二、义务教育', '九年义务教育巩固率', '97.5', '98.3'],
    ]);
  });

  it('ends a space-aligned table at a heading, however the heading is spaced', () => {
    const t = readSpaceTable(['序号  一级指标      主要指标            计量单位  2025年  2030年', '1     学前教育      学前教育毛入园率    %         93.1    96.5', '2     义务教育      九年义务教育巩固率  %         95.1    96.6', '第三章  主要任务和举措'], 0, (s) => /^第.章/u.test(s));
    expect([t!.last, t!.rows[0]]).toEqual([3, ['序号', '一级指标', '主要指标', '计量单位', '2025年', '2030年']]);
  });

  it('joins a header word letter-spaced wider than a gap (单   位) and reads a two-row table aligned by characters', () => {
    const t = readSpaceTable(['主要指标                     单   位  规划目标', '                                2025年（基期）  2030年目标值', '普惠性幼儿园覆盖率                %      89.2       93', '公办幼儿园在园幼儿占比              %      53.3       56.1'], 0);
    expect(t!.rows[0]).toEqual(['主要指标', '单   位', '规划目标', '']);
    const p = readSpaceTable(['序号  工程名称        建设内容             建筑面积（平方米）  投资（万元）  建设年限', '1   城北幼儿园改扩建项目  改扩建城北幼儿园教学及辅助用房  13100      9800    2026—2028年', '2   工业园区中学迁建项目  迁建工业园区中学教学及辅助用房  11400      9800    2026—2029年'], 0);
    expect(p!.rows.map((r) => r.length)).toEqual([6, 6, 6]);
    expect(p!.rows[1]).toEqual(['1', '城北幼儿园改扩建项目', '改扩建城北幼儿园教学及辅助用房', '13100', '9800', '2026—2028年']);
  });

  it('gives （责任单位：…） printed on a line of its own to the measure just before it', () => {
    const r = importPlan(['某县规划', '', '第一章 主要任务', '推进产教融合、校企合作，建设实训基地，力争到2030年形成长效机制。', '（责任单位：县财政局牵头，县自然资源局配合）', ''].join('\n'), meta);
    expect(r.measures.map((m) => [m.text.slice(0, 6), m.lead, m.support])).toEqual([['推进产教融合', ['县财政局'], ['县自然资源局']]]);
  });
});

describe('a table continued on the next page with its header printed again', () => {
  it('is one table: the repeated header is no row, and a task merged down runs on past it', () => {
    const text = [
      '第一章 主要任务',
      '表2 重点任务分解表',
      '序号\t任务名称\t主要举措\t牵头单位\t完成时限',
      '1\t加快现代职业教育发展\t实施“双师型”教师培养计划\t县教育局\t2027年底前',
      '序号\t任务名称\t主要举措\t牵头单位\t完成时限',
      '\t\t推进产教融合、校企合作，建设实训基地\t县财政局\t2028年底前',
      '',
      '第二章 保障措施',
      '加强组织领导。',
    ].join('\n');
    const r = importPlan(text, meta, new Set());
    expect(r.measures.filter((m) => m.clause.length > 0).map((m) => [m.task, m.text, m.lead])).toEqual([
      ['加快现代职业教育发展', '实施“双师型”教师培养计划', ['县教育局']],
      ['加快现代职业教育发展', '推进产教融合、校企合作，建设实训基地', ['县财政局']],
    ]);
    expect(r.fidelity.missingCells).toEqual([]);
  });
});

describe('a heading over year columns printed over the middle of them (a text or a PDF read without its grid)', () => {
  it('makes the last of the plain years right of it the target, not the year under it', () => {
    const roles = readTableRoles(['序号', '指标名称', '单位', '2025年基期值', '规划目标 › 2028年', '2029年', '指标属性']);
    expect(roles.roles).toEqual(['no', 'name', 'unit', 'baseline', 'milestone', 'target', 'attribute']);
  });

  it('reads a header of two rows under a reader that saw one: the row of header words filling the gaps is header too', () => {
    const block: TableBlock = {
      type: 'table',
      rows: [
        ['指标名称', '单位', '', ''],
        ['', '', '现状值（2025年）', '2030年'],
        ['学前教育毛入园率', '%', '93.9', '>96.9'],
      ],
      headerRows: 1,
      layout: 'tabs',
      lines: [],
      first: 1,
      last: 3,
    };
    const view = tableView(block);
    expect(view.headerRows).toBe(2);
    expect(view.body).toEqual([['学前教育毛入园率', '%', '93.9', '>96.9']]);
    expect(readTableRoles(view.header).roles).toEqual(['name', 'unit', 'baseline', 'target']);
  });
});
