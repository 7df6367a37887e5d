/**
 * A random county education plan, as offices write them, and what an importer must find in it. From a
 * seed: a title, a region and a period; chapters numbered in one of the styles offices use (第一章/第一节,
 * 一、（一）1.（1））; an indicator table (类别/指标/单位/基期/目标/属性, its header worded, ordered and nested
 * as tables are typeset, footnotes ① ② under it); targets and baselines written in prose, several years in
 * one sentence; measures naming their responsible units; a task list (重点任务｜具体措施｜牵头单位｜配合单位
 * ｜完成时限) with building projects in some rows; 专栏 boxes, one listing major projects with their floor
 * area (平方米) and budget (万元), or a project table.
 *
 * The model is format-free: `blocks` is the document in reading order; the renderers (render-*.ts) print it
 * as Word, PDF, a portal page or text, each in many layouts. `expected` is what must come back from any of
 * them. Nothing here knows how the importer works.
 */
import type { Rng } from './random.ts';
import { rng as makeRng } from './random.ts';

/** A table cell where it starts; the cells it covers by its spans are not repeated (as in HTML). */
export interface Cell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface TableModel {
  role: 'indicators' | 'tasks' | 'projects';
  /** Rows of origin cells; the first `headerRows` are the header. */
  rows: Cell[][];
  headerRows: number;
  /** Number of grid columns. */
  columns: number;
  /** Relative column widths (for PDF and Word), one per grid column. */
  widths: number[];
  /** Grid rows that print a group as one full-width row (一、学前教育). */
  groupRows: number[];
}

export type NumberStyle = 'chapter' | 'section' | 'zh' | 'zh-paren' | 'arabic' | 'arabic-paren';

export type ModelBlock =
  | { kind: 'title'; text: string }
  | { kind: 'notice'; lines: string[] }
  | { kind: 'heading'; depth: number; style: NumberStyle; n: number; number: string; title: string }
  /** A paragraph; `number` is a typed item number that opens it (1. （1）), part of `text`. */
  | { kind: 'paragraph'; text: string; number?: { style: NumberStyle; n: number; raw: string } }
  | { kind: 'caption'; text: string }
  | { kind: 'table'; table: TableModel }
  /** Notes under a table, each with its mark: printed `注：①…；②…` or one line per note. */
  | { kind: 'notes'; notes: Array<{ mark: string; text: string }>; style: 'joined' | 'lines' }
  | { kind: 'box'; title: string; paragraphs: string[] }
  | { kind: 'annex'; text: string };

export interface ExpectedIndicator {
  name: string;
  unit: string | null;
  baseline: { year: number; text: string };
  target: { year: number; text: string };
}

export interface ExpectedMeasure {
  /** Words of the measure, as printed, that identify it. */
  key: string;
  /** Every unit named, lead and supporting. */
  units: string[];
}

export interface ExpectedTask {
  task: string;
  measure: string;
  lead: string[];
  support: string[];
}

export interface ExpectedProject {
  /** The facility it builds, as printed (城南幼儿园). */
  facility: string;
  /** 建筑面积 in 平方米. */
  area: number;
  /** 投资 in 万元. */
  budget: number;
  where: 'box' | 'table' | 'task-row';
}

export interface ExpectedProse {
  name: string;
  year: number;
  value: number;
  kind: 'target' | 'baseline';
}

export interface PlanModel {
  seed: number;
  id: string;
  title: string;
  region: { name: string; level: 'county' | 'district' | 'county-level-city'; parent: string; province: string };
  issuer: string;
  period: { start: number; end: number };
  /** How the outline is numbered. */
  outline: 'chapters' | 'chapters-sections' | 'zh';
  blocks: ModelBlock[];
  expected: {
    indicators: ExpectedIndicator[];
    measures: ExpectedMeasure[];
    tasks: ExpectedTask[];
    projects: ExpectedProject[];
    prose: ExpectedProse[];
  };
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const PROVINCES: Array<[string, string[]]> = [
  ['宁夏回族自治区', ['银川市', '石嘴山市', '吴忠市', '固原市', '中卫市']],
  ['甘肃省', ['天水市', '定西市', '平凉市', '庆阳市']],
  ['河南省', ['洛阳市', '南阳市', '信阳市', '周口市']],
  ['四川省', ['绵阳市', '南充市', '宜宾市', '达州市']],
  ['湖南省', ['衡阳市', '邵阳市', '常德市', '怀化市']],
  ['江西省', ['赣州市', '吉安市', '上饶市', '抚州市']],
];
const PLACE_A = ['南', '北', '东', '西', '清', '安', '平', '永', '长', '临', '新', '宁', '泰', '德', '崇', '兴', '隆', '丰', '乐', '阳'];
const PLACE_B = ['岭', '川', '河', '山', '源', '城', '江', '泉', '宁', '安', '丰', '平', '阳', '溪', '原', '水', '林', '昌', '华', '远'];

interface IndicatorDef {
  name: string;
  unit: string | null;
  group: string;
  /** Baseline range, and the rise to the target; text targets have `text`. */
  base?: [number, number];
  rise?: [number, number];
  decimals?: number;
  text?: { baseline: string; target: string };
  decrease?: boolean;
  max?: number;
}

const INDICATORS: IndicatorDef[] = [
  { name: '学前教育毛入园率', unit: '%', group: '学前教育', base: [86, 95], rise: [1, 4], decimals: 1, max: 100 },
  { name: '普惠性幼儿园覆盖率', unit: '%', group: '学前教育', base: [80, 92], rise: [2, 6], decimals: 1, max: 100 },
  { name: '公办幼儿园在园幼儿占比', unit: '%', group: '学前教育', base: [48, 60], rise: [2, 8], decimals: 1 },
  { name: '幼儿园专任教师中专科以上学历比例', unit: '%', group: '学前教育', base: [80, 90], rise: [3, 8], decimals: 1, max: 100 },
  { name: '九年义务教育巩固率', unit: '%', group: '义务教育', base: [95, 98], rise: [0.5, 1.5], decimals: 1, max: 100 },
  { name: '义务教育阶段学校56人以上大班额比例', unit: '%', group: '义务教育', base: [1, 4], rise: [1, 2], decimals: 1, decrease: true },
  { name: '义务教育学校心理健康教育专兼职教师配备率', unit: '%', group: '义务教育', base: [70, 85], rise: [10, 15], decimals: 0, max: 100 },
  { name: '县域义务教育优质均衡发展', unit: null, group: '义务教育', text: { baseline: '—', target: '通过国家督导评估' } },
  { name: '残疾儿童少年义务教育入学率', unit: '%', group: '义务教育', base: [95, 98], rise: [0.5, 2], decimals: 1, max: 100 },
  { name: '高中阶段教育毛入学率', unit: '%', group: '高中阶段教育', base: [90, 95], rise: [1, 3], decimals: 1, max: 100 },
  { name: '普通高中优质特色学校数', unit: '所', group: '高中阶段教育', base: [1, 2], rise: [1, 2], decimals: 0 },
  { name: '中等职业学校“双师型”教师比例', unit: '%', group: '职业教育', base: [45, 60], rise: [5, 12], decimals: 0 },
  { name: '中职毕业生就业率', unit: '%', group: '职业教育', base: [92, 96], rise: [1, 2], decimals: 1, max: 100 },
  { name: '劳动年龄人口平均受教育年限', unit: '年', group: '人力资源', base: [9.8, 10.6], rise: [0.3, 0.6], decimals: 1 },
  { name: '新增劳动力平均受教育年限', unit: '年', group: '人力资源', base: [13, 13.8], rise: [0.2, 0.5], decimals: 1 },
  { name: '国家学生体质健康标准达标率', unit: '%', group: '质量提升', base: [88, 93], rise: [1, 3], decimals: 1, max: 100 },
  { name: '中小学生近视率', unit: '%', group: '质量提升', base: [50, 58], rise: [1, 3], decimals: 1, decrease: true },
  { name: '义务教育教师本科以上学历比例', unit: '%', group: '教师队伍', base: [70, 82], rise: [5, 10], decimals: 1 },
  { name: '中小学教师县级以上骨干教师比例', unit: '%', group: '教师队伍', base: [10, 16], rise: [3, 6], decimals: 0 },
  { name: '生均公用经费基准定额（小学）', unit: '元', group: '保障条件', base: [650, 720], rise: [50, 100], decimals: 0 },
  { name: '中小学互联网出口带宽达到1000M以上学校比例', unit: '%', group: '保障条件', base: [60, 80], rise: [15, 20], decimals: 0, max: 100 },
  { name: '智慧校园达标学校比例', unit: '%', group: '保障条件', text: { baseline: '—', target: '基本实现全覆盖' } },
];

/** Prose-only indicators (named in 发展目标 sentences, not in the table). */
const PROSE: Array<{ name: string; unit: string; base: [number, number]; step: [number, number]; decimals: number }> = [
  { name: '学前三年毛入园率', unit: '%', base: [88, 93], step: [1, 2], decimals: 0 },
  { name: '适龄残疾儿童少年入学率', unit: '%', base: [92, 95], step: [1, 2], decimals: 0 },
  { name: '义务教育巩固率', unit: '%', base: [95, 97], step: [0.5, 1], decimals: 1 },
  { name: '高中阶段毛入学率', unit: '%', base: [89, 92], step: [1, 2], decimals: 0 },
  { name: '学生体质健康优良率', unit: '%', base: [50, 58], step: [2, 4], decimals: 0 },
  { name: '教师培训覆盖率', unit: '%', base: [85, 92], step: [2, 3], decimals: 0 },
];

const UNITS_BASE = ['教育体育局', '发展和改革局', '财政局', '自然资源局', '住房和城乡建设局', '人力资源和社会保障局', '卫生健康局', '民政局', '公安局', '市场监督管理局', '残疾人联合会', '妇女联合会'];

const DEADLINES = ['2026年底前', '2027年6月底前', '2027年底前', '2028年底前', '长期坚持', '持续推进', '2030年底前', '每年12月底前'];

const TASKS: Array<{ task: string; measures: string[] }> = [
  { task: '推进学前教育普及普惠', measures: ['扩大普惠性学前教育资源供给，新增公办学位', '完善普惠性民办幼儿园认定扶持办法', '实施幼儿园保教质量评估'] },
  { task: '推动义务教育优质均衡', measures: ['推进城乡学校共同体建设，实施“强校带弱校”', '落实“双减”政策，提升课后服务质量', '消除义务教育阶段大班额'] },
  { task: '提升高中阶段教育质量', measures: ['推进普通高中多样化特色发展', '深化高中育人方式改革，完善选课走班教学管理'] },
  { task: '加快现代职业教育发展', measures: ['推进产教融合、校企合作，建设实训基地', '实施职业学校“双师型”教师培养计划'] },
  { task: '加强教师队伍建设', measures: ['补充紧缺学科教师，落实教师编制周转池制度', '实施教师全员培训，建设名师工作室'] },
  { task: '推进教育数字化', measures: ['建设智慧校园，推进数字教育资源共享', '开展教师信息技术应用能力提升培训'] },
  { task: '促进学生全面发展', measures: ['落实学生体质健康监测制度，保障每天校内体育活动时间', '开展心理健康教育，配齐心理健康教育教师'] },
  { task: '保障特殊群体受教育权利', measures: ['落实控辍保学工作机制，确保适龄儿童应入尽入', '完善残疾儿童少年随班就读支持保障体系'] },
];

const FACILITY_KIND = ['幼儿园', '小学', '中学', '九年制学校', '职业教育中心实训楼', '学校风雨操场'];
const FACILITY_PLACE = ['城南', '城北', '城东', '滨河', '新区', '工业园区', '东湖', '西山', '红星', '和平'];

const SECTION_WORDS: Record<string, string[]> = {
  basis: ['发展基础', '发展现状', '“十四五”时期教育发展成就', '发展环境'],
  aims: ['总体要求', '指导思想和发展目标', '发展目标', '主要目标'],
  tasks: ['主要任务', '重点任务', '主要任务和举措'],
  projects: ['重大项目', '重点建设工程', '教育基础设施建设'],
  safeguards: ['保障措施', '组织实施', '实施保障'],
};

const PROSE_FILLER = [
  '坚持以人民为中心的发展思想，坚持教育优先发展，办好人民满意的教育。',
  '全面贯彻党的教育方针，落实立德树人根本任务，推动教育高质量发展。',
  '统筹推进各级各类教育协调发展，促进教育公平，提高教育质量。',
  '教育投入持续增加，办学条件明显改善，教师队伍素质不断提高。',
  '城乡、校际之间办学水平仍有差距，优质教育资源总量不足，教师结构性缺编问题仍然存在。',
  '加强党对教育工作的全面领导，健全教育工作协调机制，压实各方责任。',
  '建立规划实施监测评估机制，定期开展评估，及时公布规划实施进展情况，接受社会各方参与规划实施的监督。',
];

const ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

export function numberText(style: NumberStyle, n: number, variant = 0): string {
  switch (style) {
    case 'chapter':
      return `第${ZH[n]}章`;
    case 'section':
      return `第${ZH[n]}节`;
    case 'zh':
      return `${ZH[n]}、`;
    case 'zh-paren':
      return variant === 1 ? `(${ZH[n]})` : `（${ZH[n]}）`;
    case 'arabic':
      return variant === 1 ? `${n}、` : variant === 2 ? `${n}．` : `${n}.`;
    case 'arabic-paren':
      return variant === 1 ? `(${n})` : `（${n}）`;
  }
}

const fmt = (v: number, d: number) => (d === 0 ? String(Math.round(v)) : v.toFixed(d).replace(/\.?0+$/u, '') || '0');

// ---------------------------------------------------------------------------------------------------------

/** What a family fixes in the model itself (everything else varies with the seed). */
export interface ModelOptions {
  /** Rows of the indicator table's header: always one, or always two or three. */
  headerDepth?: 1 | 'deep';
}

export function generatePlan(seed: number, opts: ModelOptions = {}): PlanModel {
  const r = makeRng(seed);
  const [province, cities] = r.pick(PROVINCES);
  const parent = r.pick(cities);
  const level = r.pick(['county', 'county', 'district', 'county-level-city'] as const);
  const suffix = level === 'county' ? '县' : level === 'district' ? '区' : '市';
  const place = r.pick(PLACE_A) + r.pick(PLACE_B);
  const name = place + suffix;
  const fiveYear = r.chance(0.7);
  const start = fiveYear ? 2026 : r.pick([2024, 2025, 2026]);
  const end = fiveYear ? 2030 : start + r.int(2, 4);
  const baseYear = start - 1;
  const title = fiveYear ? `${name}“十五五”教育事业发展规划` : `${name}教育高质量发展行动方案（${start}—${end}年）`;
  const units = UNITS_BASE.map((u) => suffix + u);
  const unitsGov = [`各乡（镇）人民政府`, `${suffix}委编办`, `团${suffix}委`];
  const allUnits = [...units, ...unitsGov];
  const outline = r.pick(['chapters', 'chapters-sections', 'zh'] as const);
  const typedVariant = r.int(0, 2);

  const blocks: ModelBlock[] = [];
  const expected: PlanModel['expected'] = { indicators: [], measures: [], tasks: [], projects: [], prose: [] };

  // The numbering: levels of the outline in use.
  const styles: NumberStyle[] = outline === 'chapters' ? ['chapter', 'zh', 'zh-paren', 'arabic'] : outline === 'chapters-sections' ? ['chapter', 'section', 'zh', 'zh-paren'] : ['zh', 'zh-paren', 'arabic', 'arabic-paren'];
  const counters = [0, 0, 0, 0];
  const heading = (depth: number, title: string) => {
    counters[depth]!++;
    for (let d = depth + 1; d < counters.length; d++) counters[d] = 0;
    const style = styles[depth]!;
    blocks.push({ kind: 'heading', depth, style, n: counters[depth]!, number: numberText(style, counters[depth]!, typedVariant), title });
  };
  // Items (1. / （1）) one level below the deepest heading used, typed into paragraphs.
  const itemStyle: NumberStyle = styles[2]!;

  if (r.chance(0.3)) {
    const org = `${name}人民政府办公室`;
    blocks.push({
      kind: 'notice',
      lines: [`${org}关于印发《${title}》的通知`, `各乡（镇）人民政府，${suffix}直各部门：`, `《${title}》已经${suffix}人民政府同意，现印发给你们，请认真贯彻执行。`, org, `${start}年${r.int(1, 12)}月${r.int(1, 28)}日`],
    });
  }
  blocks.push({ kind: 'title', text: title });
  blocks.push({ kind: 'paragraph', text: `为加快推进${name}教育现代化，根据国家和${province.replace(/省|回族自治区/u, '')}有关规划，结合我${suffix}实际，制定本${fiveYear ? '规划' : '方案'}。` });

  // Chapter: basis, with baselines in prose.
  heading(0, r.pick(SECTION_WORDS.basis!));
  if (outline === 'chapters-sections') heading(1, '发展成就');
  const prose = r.sample(PROSE, r.int(2, 4));
  const proseValues = prose.map((p) => {
    const b = r.int(p.base[0] * 10, p.base[1] * 10) / 10;
    return { p, base: Number(fmt(b, p.decimals)) };
  });
  const baselineSentence = proseValues
    .slice(0, r.int(1, proseValues.length))
    .map(({ p, base }, i) => {
      expected.prose.push({ name: p.name, year: baseYear, value: base, kind: 'baseline' });
      return i === 0 ? `${baseYear}年，全${suffix}${p.name}为${fmt(base, p.decimals)}${p.unit}` : `${p.name}为${fmt(base, p.decimals)}${p.unit}`;
    })
    .join('，');
  blocks.push({ kind: 'paragraph', text: `${r.pick(PROSE_FILLER)}${baselineSentence}。` });
  blocks.push({ kind: 'paragraph', text: r.pick(PROSE_FILLER) });

  // Chapter: aims, with targets of several years in one sentence, and the indicator table.
  heading(0, r.pick(SECTION_WORDS.aims!));
  if (outline === 'chapters-sections') heading(1, '发展目标');
  const mid = end - r.int(1, Math.max(1, end - start - 1));
  const years = [...new Set([mid, end])].sort();
  // The ways offices word a target, drawn from a source of their own so that the rest of a plan stays as it was.
  const say = makeRng(seed).fork('prose-phrasing');
  const clauses = years.map((y, k) => {
    const parts = proseValues.map(({ p, base }) => {
      const v = Number(fmt(base + (r.int(p.step[0] * 10, p.step[1] * 10) / 10) * (k + 1), p.decimals));
      const capped = Math.min(v, 100);
      expected.prose.push({ name: p.name, year: y, value: capped, kind: 'target' });
      const figure = `${fmt(capped, p.decimals)}${p.unit}`;
      const more = r.pick(['以上', '以上', '']);
      switch (say.pick(['reach', 'reach', 'not-below', 'from-to', 'keep', 'raise', 'steady'] as const)) {
        case 'reach':
          return `${p.name}达到${figure}${more}`;
        case 'raise':
          return `${p.name}${say.pick(['提高到', '提升到'])}${figure}`;
        case 'steady':
          return `${p.name}稳定在${figure}以上`;
        case 'not-below':
          return `${p.name}不低于${figure}`;
        case 'keep':
          return `${p.name}保持在${figure}以上`;
        case 'from-to':
          // `…由60%提升至100%`: the baseline (the year before the plan) and the target in one phrase.
          if (!expected.prose.some((x) => x.kind === 'baseline' && x.name === p.name)) expected.prose.push({ name: p.name, year: baseYear, value: base, kind: 'baseline' });
          return `${p.name}由${fmt(base, p.decimals)}${p.unit}${say.pick(['提升至', '提高到', '提高至'])}${figure}`;
      }
    });
    const usual = r.pick([`到${y}年`, `到${y}年底`, `到${y}年末`]);
    const when = say.chance(0.4) ? say.pick([`截至${y}年底`, `力争到${y}年`, `力争到${y}年底`]) : usual;
    return `${when}，${k === 0 ? `全${suffix}` : ''}${parts.join('，')}`;
  });
  blocks.push({ kind: 'paragraph', text: `${clauses.join('；')}。` });
  const table = indicatorTable(r.fork('indicators'), baseYear, end, expected.indicators, opts);
  blocks.push({ kind: 'caption', text: r.pick([`表1 ${name}“十五五”教育发展主要指标`, '表1 主要发展指标', '专栏1 主要指标', `${title.replace(/规划|行动方案.*$/u, '')}主要指标`]) });
  blocks.push({ kind: 'table', table: table.table });
  if (table.notes.length) blocks.push({ kind: 'notes', notes: table.notes, style: r.pick(['joined', 'lines'] as const) });

  // Chapter: tasks, with measures naming their units, a box, sometimes a project box.
  heading(0, r.pick(SECTION_WORDS.tasks!));
  const taskDefs = r.sample(TASKS, r.int(3, 5));
  let boxNo = 1;
  taskDefs.forEach((t, i) => {
    heading(1, t.task);
    const ms = r.sample(t.measures, r.int(1, 2));
    ms.forEach((m, j) => {
      const lead = r.pick(units.slice(0, 3));
      const support = r.sample(allUnits.filter((u) => u !== lead), r.int(0, 2));
      const phrase = r.pick(['paren', 'paren-lead', 'sentence'] as const);
      const unitsText =
        phrase === 'paren'
          ? `（责任单位：${[lead, ...support].join('、')}）`
          : phrase === 'paren-lead'
            ? `（责任单位：${lead}牵头${support.length ? `，${support.join('、')}配合` : ''}）`
            : `${lead}牵头${support.length ? `，${support.join('、')}配合` : ''}。`;
      const body = `${m}，${r.pick(['到', '力争到'])}${end}年${r.pick(['取得明显成效', '基本完成', '形成长效机制'])}。`;
      // The whole sentence identifies the measure: the task list may print the same words with other units.
      const key = body.slice(0, -1);
      const itemNo = ms.length > 1 ? numberText(itemStyle, j + 1, typedVariant) : '';
      const text = `${itemNo}${body}${unitsText}`;
      blocks.push({ kind: 'paragraph', text, ...(itemNo ? { number: { style: itemStyle, n: j + 1, raw: itemNo } } : {}) });
      expected.measures.push({ key, units: [lead, ...support] });
    });
    if (i === 0 && r.chance(0.7)) {
      boxNo++;
      blocks.push({
        kind: 'box',
        title: `专栏${boxNo} ${t.task}工程`,
        paragraphs: r.sample(t.measures, 2).map((m, k) => `${numberText('arabic-paren', k + 1)}${m}。`),
      });
    }
  });

  // Projects: a box of numbered items, a project table, or none (then only task rows carry them).
  const projectForm = r.pick(['box', 'table', 'none'] as const);
  const usedFacilities = new Set<string>();
  const facility = () => {
    let f: string;
    do f = `${r.pick(FACILITY_PLACE)}${r.pick(FACILITY_KIND)}`;
    while (usedFacilities.has(f));
    usedFacilities.add(f);
    return f;
  };
  const area = () => r.int(20, 180) * 100;
  const budget = () => r.int(8, 120) * 100;
  if (projectForm !== 'none') {
    heading(0, r.pick(SECTION_WORDS.projects!));
    const n = r.int(2, 5);
    const projects = Array.from({ length: n }, () => ({ facility: facility(), area: area(), budget: budget(), verb: r.pick(['新建', '改扩建', '迁建']) }));
    if (projectForm === 'box') {
      boxNo++;
      const itemNumber: NumberStyle = r.pick(['arabic', 'arabic-paren']);
      blocks.push({
        kind: 'box',
        title: `专栏${boxNo} ${r.pick(['教育基础设施重大项目', '重点建设项目', '教育重点工程'])}`,
        paragraphs: projects.map((p, k) => {
          expected.projects.push({ facility: p.facility, area: p.area, budget: p.budget, where: 'box' });
          return `${numberText(itemNumber, k + 1)}${p.facility}${p.verb}项目：${p.verb}${p.facility}，建筑面积${p.area}平方米，总投资${p.budget}万元。`;
        }),
      });
    } else {
      blocks.push({ kind: 'caption', text: r.pick(['表2 重大项目一览表', '重点建设项目表', `${name}教育重大项目清单`]) });
      const head = ['序号', r.pick(['项目名称', '工程名称']), r.pick(['建设内容', '主要建设内容']), r.pick(['建设规模（平方米）', '建筑面积（平方米）']), r.pick(['投资（万元）', '总投资（万元）', '估算投资（万元）']), r.pick(['建设年限', '建设期限'])];
      const rows: Cell[][] = [head.map((h) => c(h))];
      projects.forEach((p, k) => {
        expected.projects.push({ facility: p.facility, area: p.area, budget: p.budget, where: 'table' });
        rows.push([c(String(k + 1)), c(`${p.facility}${p.verb}项目`), c(`${p.verb}${p.facility}教学及辅助用房`), c(String(p.area)), c(String(p.budget)), c(`${start}—${r.int(start + 1, end)}年`)]);
      });
      blocks.push({ kind: 'table', table: { role: 'projects', rows, headerRows: 1, columns: 6, widths: [4, 14, 16, 8, 8, 8], groupRows: [] } });
    }
  }

  // The task list: in a chapter or as an annex.
  const annex = r.chance(0.4);
  if (!annex) heading(0, r.pick(SECTION_WORDS.safeguards!));
  blocks.push({ kind: 'paragraph', text: r.pick(PROSE_FILLER) });
  if (annex) blocks.push({ kind: 'annex', text: '附件：重点任务分解表' });
  else blocks.push({ kind: 'caption', text: r.pick(['重点任务清单', `${name}教育发展重点任务分解表`, '表3 重点任务分解表']) });
  blocks.push({ kind: 'table', table: taskTable(r.fork('tasks'), units, unitsGov, start, end, expected, facility, area, budget) });
  if (!annex) {
    blocks.push({ kind: 'paragraph', text: PROSE_FILLER[5]! });
    blocks.push({ kind: 'paragraph', text: PROSE_FILLER[6]! });
  }

  const id = `gen-${seed}-${start}-${end}`;
  return { seed, id, title, region: { name, level, parent, province }, issuer: `${name}人民政府`, period: { start, end }, outline, blocks, expected };
}

function c(text: string, rowSpan = 1, colSpan = 1): Cell {
  return { text, rowSpan, colSpan };
}

/** Letter-spacing a short header word as typesetters do: 指标 → `指  标`. */
function spaced(r: Rng, word: string, on: boolean): string {
  if (!on || word.length > 3 || /\d/u.test(word)) return word;
  const gap = r.pick(['  ', ' ', '　', '   ']);
  return [...word].join(gap);
}

function indicatorTable(r: Rng, baseYear: number, end: number, out: ExpectedIndicator[], opts: ModelOptions): { table: TableModel; notes: Array<{ mark: string; text: string }> } {
  const defs = r.sample(INDICATORS, r.int(5, 12));
  // Keep the groups together, in the pool's order.
  defs.sort((a, b) => INDICATORS.indexOf(a) - INDICATORS.indexOf(b));
  const letterSpaced = r.chance(0.4);
  const hasNo = r.chance(0.3);
  const hasGroup = r.chance(0.75);
  const unitCol = r.pick(['column', 'column', 'column', 'in-name'] as const);
  const hasAttr = r.chance(0.85);
  const depth = opts.headerDepth === 1 ? 1 : opts.headerDepth === 'deep' ? r.pick([2, 3] as const) : r.pick([1, 1, 2, 2, 3] as const);
  const groupStyle = !hasGroup ? 'none' : r.pick(['merged', 'merged', 'first-only', 'repeated', 'row'] as const);
  const mid = r.chance(0.25) && end - baseYear > 2 ? baseYear + Math.floor((end - baseYear) / 2) + 1 : null;
  const titleRow = depth === 3 && r.chance(0.5);

  const groupWord = r.pick(['类别', '领域', '学段', '类型', '一级指标']);
  const nameWord = r.pick(['指标', '指标名称', '主要指标', '具体指标', '指标内容']);
  const unitWord = r.pick(['单位', '计量单位']);
  const attrWord = r.pick(['属性', '指标属性', '性质']);
  const yearHead = (y: number, role: 'baseline' | 'target' | 'mid') =>
    role === 'mid'
      ? `${y}年`
      : r.pick(role === 'baseline' ? [`${y}年`, `${y}年（基期）`, `基期值（${y}年）`, `${y}年基期值`, `现状值（${y}年）`] : [`${y}年`, `${y}年（目标）`, `目标值（${y}年）`, `${y}年目标值`]);

  // Leading columns (merged down through the header rows), value columns, trailing columns.
  const lead: Array<{ word: string; w: number }> = [];
  if (hasNo) lead.push({ word: '序号', w: 3 });
  if (hasGroup && groupStyle !== 'row') lead.push({ word: groupWord, w: 6 });
  lead.push({ word: nameWord, w: 16 });
  if (unitCol === 'column') lead.push({ word: unitWord, w: 4 });
  const valueYears: Array<[number, 'baseline' | 'target' | 'mid']> = [[baseYear, 'baseline'], ...(mid ? [[mid, 'mid'] as [number, 'mid']] : []), [end, 'target']];
  const trail = hasAttr ? [{ word: attrWord, w: 5 }] : [];
  const columns = lead.length + valueYears.length + trail.length;
  const widths = [...lead.map((x) => x.w), ...valueYears.map(() => 7), ...trail.map((x) => x.w)];

  const rows: Cell[][] = [];
  if (titleRow) rows.push([c(r.pick(['主要发展指标', '“十五五”教育发展主要指标', '教育发展主要指标体系']), 1, columns)]);
  const valueRows = titleRow ? depth - 1 : depth;
  if (valueRows <= 1) {
    rows.push([...lead.map((x) => c(spaced(r, x.word, letterSpaced))), ...valueYears.map(([y, role]) => c(yearHead(y, role))), ...trail.map((x) => c(spaced(r, x.word, letterSpaced)))]);
  } else if (valueRows === 2) {
    const span = r.pick(['指标值', '规划目标', '发展指标值', 'years']);
    if (span === 'years') {
      // 基期 over 2025年, 目标 over 2030年.
      rows.push([...lead.map((x) => c(spaced(r, x.word, letterSpaced), 2)), ...valueYears.map(([, role]) => c(role === 'baseline' ? r.pick(['基期', '基期值', '现状']) : role === 'target' ? r.pick(['目标', '目标值']) : '中期')), ...trail.map((x) => c(spaced(r, x.word, letterSpaced), 2))]);
      rows.push(valueYears.map(([y]) => c(`${y}年`)));
    } else {
      rows.push([...lead.map((x) => c(spaced(r, x.word, letterSpaced), 2)), c(span, 1, valueYears.length), ...trail.map((x) => c(spaced(r, x.word, letterSpaced), 2))]);
      rows.push(valueYears.map(([y, role]) => c(yearHead(y, role))));
    }
  } else {
    rows.push([...lead.map((x) => c(spaced(r, x.word, letterSpaced), 3)), c('指标值', 1, valueYears.length), ...trail.map((x) => c(spaced(r, x.word, letterSpaced), 3))]);
    rows.push(valueYears.map(([, role]) => c(role === 'baseline' ? '基期值' : role === 'target' ? '目标值' : '中期值')));
    rows.push(valueYears.map(([y]) => c(`${y}年`)));
  }
  const headerRows = rows.length;

  // Footnotes on one or two indicators.
  const noted = r.chance(0.5) ? r.sample(defs, r.int(1, 2)) : [];
  const notes = noted.map((d, k) => ({ mark: CIRCLED[k]!, text: r.pick([`${d.name}按教育统计口径计算。`, `数据来源：${r.pick(['教育事业统计', '县统计局', '全国学生资助管理信息系统'])}。`, '基期值为预计数。']) }));

  const groupRows: number[] = [];
  const byGroup = new Map<string, IndicatorDef[]>();
  for (const d of defs) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
  let no = 0;
  let g = 0;
  for (const [group, list] of byGroup) {
    g++;
    if (groupStyle === 'row') {
      groupRows.push(rows.length);
      rows.push([c(`${ZH[g]}、${group}`, 1, columns)]);
    }
    list.forEach((d, k) => {
      no++;
      let baseline: string;
      let target: string;
      let midText = '';
      if (d.text) {
        baseline = d.text.baseline;
        target = d.text.target;
        midText = '—';
      } else {
        const b = r.int(d.base![0] * 10, d.base![1] * 10) / 10;
        const rise = r.int(d.rise![0] * 10, d.rise![1] * 10) / 10;
        let t = d.decrease ? Math.max(0, b - rise) : b + rise;
        if (d.max) t = Math.min(t, d.max);
        baseline = fmt(b, d.decimals ?? 1);
        const tt = fmt(t, d.decimals ?? 1);
        const form = r.int(0, 9);
        target = d.decrease ? (form < 3 ? `<${tt}` : tt) : form === 0 ? `≥${tt}` : form === 1 ? `${tt}以上` : form === 2 ? `>${tt}` : tt;
        midText = fmt((b + t) / 2, d.decimals ?? 1);
      }
      const mark = noted.includes(d) ? CIRCLED[noted.indexOf(d)]! : '';
      const shownName = unitCol === 'in-name' && d.unit ? `${d.name}（${d.unit}）${mark}` : `${d.name}${mark}`;
      out.push({ name: d.name, unit: d.unit, baseline: { year: baseYear, text: baseline }, target: { year: end, text: target } });
      const row: Cell[] = [];
      if (hasNo) row.push(c(String(no)));
      if (hasGroup && groupStyle !== 'row') {
        if (groupStyle === 'merged') {
          if (k === 0) row.push(c(group, list.length));
        } else row.push(c(groupStyle === 'repeated' || k === 0 ? group : ''));
      }
      row.push(c(shownName));
      if (unitCol === 'column') row.push(c(d.unit ?? r.pick(['—', '', '-'])));
      for (const [, role] of valueYears) row.push(c(role === 'baseline' ? baseline : role === 'target' ? target : midText));
      if (hasAttr) row.push(c(r.chance(0.4) ? '约束性' : '预期性'));
      rows.push(row);
    });
  }
  return { table: { role: 'indicators', rows, headerRows, columns, widths, groupRows }, notes };
}

function taskTable(
  r: Rng,
  units: string[],
  unitsGov: string[],
  start: number,
  end: number,
  expected: PlanModel['expected'],
  facility: () => string,
  area: () => number,
  budget: () => number,
): TableModel {
  const split = r.chance(0.65); // 牵头单位｜配合单位, else one 责任单位 column
  const hasNo = r.chance(0.7);
  const mergeTasks = r.chance(0.6);
  const head: string[] = [];
  if (hasNo) head.push('序号');
  head.push(r.pick(['重点任务', '主要任务', '工作任务', '任务名称']));
  head.push(r.pick(['具体措施', '工作措施', '主要举措', '具体工作措施']));
  if (split) head.push(r.pick(['牵头单位', '牵头部门']), r.pick(['配合单位', '配合部门', '协办单位']));
  else head.push(r.pick(['责任单位', '责任部门']));
  head.push(r.pick(['完成时限', '时间节点', '完成时间']));
  const rows: Cell[][] = [head.map((h) => c(h))];
  const defs = r.sample(TASKS, r.int(3, 6));
  let no = 0;
  const taskRowsWithProject = new Set([r.int(0, defs.length - 1)]);
  defs.forEach((t, i) => {
    no++;
    const ms: string[] = r.sample(t.measures, r.int(1, 2));
    if (taskRowsWithProject.has(i)) {
      const f = facility();
      const a = area();
      const b = budget();
      expected.projects.push({ facility: f, area: a, budget: b, where: 'task-row' });
      ms.push(`${r.pick(['新建', '改扩建'])}${f}，建筑面积${a}平方米，总投资${b}万元`);
    }
    ms.forEach((m, k) => {
      const lead = [r.pick(units.slice(0, 4))];
      const support = r.sample([...units, ...unitsGov].filter((u) => !lead.includes(u)), r.int(0, 3));
      expected.tasks.push({ task: t.task, measure: m, lead, support });
      const row: Cell[] = [];
      const first = k === 0;
      if (hasNo) {
        if (mergeTasks) {
          if (first) row.push(c(String(no), ms.length));
        } else row.push(c(first ? String(no) : ''));
      }
      if (mergeTasks) {
        if (first) row.push(c(t.task, ms.length));
      } else row.push(c(first || r.chance(0.5) ? t.task : ''));
      row.push(c(m));
      if (split) row.push(c(lead.join('、')), c(support.join('、')));
      else row.push(c(support.length === 0 ? lead.join('、') : r.chance(0.5) ? `${lead.join('、')}（牵头）、${support.join('、')}` : `${lead.join('、')}牵头，${support.join('、')}配合`));
      row.push(c(r.pick(DEADLINES.filter((d) => !/^20/u.test(d) || Number(d.slice(0, 4)) <= end && Number(d.slice(0, 4)) >= start))));
      rows.push(row);
    });
  });
  // A task row that is empty in the merged-less layout needs its task repeated for the model: recorded above.
  const widths = [...(hasNo ? [3] : []), 10, 22, ...(split ? [10, 12] : [18]), 8];
  return { role: 'tasks', rows, headerRows: 1, columns: head.length, widths, groupRows: [] };
}
