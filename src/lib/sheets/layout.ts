/**
 * The 台账 workbook's layout, shared by the writer and the reader: the sheets, their columns in order,
 * which columns a clerk fills in, and the plain-Chinese explanation of each for the 说明 sheet. The
 * reader finds columns by their header, so a clerk who moves a column does no harm.
 */

export const SHEET = {
  guide: '说明',
  indicators: '指标',
  tasks: '任务',
  projects: '项目',
  revisions: '修订',
} as const;

/** The sheets a workbook must have, in order. */
export const DATA_SHEETS = [SHEET.indicators, SHEET.tasks, SHEET.projects, SHEET.revisions] as const;

/** A hidden sheet recording what the workbook was made for; clerks never see it. */
export const META_SHEET = '_台账信息';
export const FORMAT = 'plan-progress-ledger/1';

/** Refused above this many rows in one sheet: a plan has tens of items, never thousands. */
export const MAX_ROWS = 5000;
/** Refused above this size: a real ledger is well under 1 MB. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type FieldKey =
  | 'id'
  | 'name'
  | 'unit'
  | 'label'
  | 'text'
  | 'units'
  | 'value'
  | 'valueText'
  | 'status'
  | 'summary'
  | 'provenance'
  | 'note'
  | 'sourceTitle'
  | 'sourcePublisher'
  | 'sourceUrl'
  | 'sourceDate'
  | 'sourceQuote'
  | 'baseline'
  | 'target'
  | 'revValue'
  | 'revPublished'
  | 'revNote'
  | `year:${number}`;

export interface Column {
  key: FieldKey;
  header: string;
  /** A clerk fills it in (unlocked); otherwise it is context and locked. */
  input: boolean;
  width: number;
  explain: string;
}

const source = (what: string): Column[] => [
  { key: 'sourceTitle', header: '来源标题', input: true, width: 28, explain: `${what}所依据的公开文件标题，如“平罗县2024年教育事业统计公报”。官方数据必填。` },
  { key: 'sourcePublisher', header: '发布单位', input: true, width: 16, explain: '发布该文件的单位，如“平罗县教育体育局”。' },
  { key: 'sourceUrl', header: '来源网址', input: true, width: 30, explain: '能读到该文件的网址，以 http:// 或 https:// 开头。' },
  { key: 'sourceDate', header: '发布日期', input: true, width: 12, explain: '该文件的发布日期，如 2025-03-15（也可写 2025/3/15 或 2025年3月15日）。' },
  { key: 'sourceQuote', header: '原文引句', input: true, width: 40, explain: '文件中写明这个数字或情况的原话，照抄，不改一字。' },
];

const provenance: Column = {
  key: 'provenance',
  header: '数据性质',
  input: true,
  width: 10,
  explain: '从下拉列表选“官方数据”或“示例数据”；留空表示与“说明”表中的默认数据性质相同。',
};

function earlier(years: readonly number[], what: string): Column[] {
  return years.map((y) => ({ key: `year:${y}` as const, header: `${y}年${what}`, input: false, width: 10, explain: `${y} 年已发布的${what}，仅供参考，不能修改。` }));
}

export function indicatorColumns(year: number, earlierYears: readonly number[]): Column[] {
  return [
    { key: 'id', header: '指标编号', input: false, width: 24, explain: '网站使用的指标编号，已锁定，不能修改。' },
    { key: 'name', header: '指标名称', input: false, width: 30, explain: '规划原文中的指标名称。' },
    { key: 'unit', header: '单位', input: false, width: 8, explain: '数值的单位；百分比指标填 93.1 即表示 93.1%。' },
    { key: 'value', header: `${year}年数值`, input: true, width: 12, explain: `${year} 年的实际数值，只填数字（可以带 %，如 93.1%）；还不知道就留空。` },
    { key: 'valueText', header: '原文表述', input: true, width: 20, explain: '来源中的数值不是数字时（如“已通过自治区评估认定”），照抄在这里。' },
    { key: 'status', header: '状态', input: true, width: 12, explain: '一般留空，网站按数值自动判断；文字类指标（无法用数字判断的）从下拉列表选择状态。' },
    provenance,
    { key: 'note', header: '备注', input: true, width: 30, explain: '需要向读者说明的情况，如统计口径变化；数值变化异常时必须在此说明原因。' },
    ...source('数值'),
    { key: 'baseline', header: '基期值', input: false, width: 14, explain: '规划原文中的基期值（年份：数值），照原文抄录。' },
    { key: 'target', header: '目标值', input: false, width: 14, explain: '规划原文中的目标值（年份：数值），照原文抄录。' },
    ...earlier(earlierYears, '数值'),
  ];
}

export function taskColumns(year: number, earlierYears: readonly number[]): Column[] {
  return [
    { key: 'id', header: '条款编号', input: false, width: 14, explain: '网站使用的条款编号，已锁定，不能修改。' },
    { key: 'label', header: '条款序号', input: false, width: 14, explain: '条款在规划原文中的位置，如“三、（二）2.”。' },
    { key: 'text', header: '条款内容', input: false, width: 50, explain: '规划原文，一字未改。' },
    { key: 'units', header: '责任单位', input: false, width: 20, explain: '原文列出的责任单位。' },
    { key: 'status', header: `${year}年状态`, input: true, width: 12, explain: '从下拉列表选择：未启动、推进中、滞后、已完成、常态化推进；还不知道就留空。' },
    { key: 'summary', header: '进展情况', input: true, width: 40, explain: '这一年做了什么，一两句话。' },
    provenance,
    ...source('状态'),
    ...earlier(earlierYears, '状态'),
  ];
}

export function projectColumns(year: number, earlierYears: readonly number[]): Column[] {
  return [
    { key: 'id', header: '项目编号', input: false, width: 10, explain: '网站使用的项目编号，已锁定，不能修改。' },
    { key: 'name', header: '项目名称', input: false, width: 24, explain: '规划原文中的项目名称。' },
    { key: 'text', header: '项目内容', input: false, width: 50, explain: '规划原文，一字未改。' },
    { key: 'status', header: `${year}年状态`, input: true, width: 12, explain: '从下拉列表选择：未开工、前期准备、在建、已完工、已投用；还不知道就留空。' },
    { key: 'summary', header: '进展情况', input: true, width: 40, explain: '这一年的进展，一两句话。' },
    provenance,
    ...source('状态'),
    ...earlier(earlierYears, '状态'),
  ];
}

export function revisionColumns(): Column[] {
  return [
    { key: 'id', header: '指标编号', input: true, width: 24, explain: '被更正的指标的编号（从“指标”表复制）。' },
    { key: 'name', header: '指标名称', input: false, width: 30, explain: '指标名称，仅供核对。' },
    { key: 'revValue', header: '原发布值', input: true, width: 12, explain: '更正前已经发布的数值。' },
    { key: 'revPublished', header: '原发布日期', input: true, width: 12, explain: '原数值的发布日期，如 2024-03-15。' },
    { key: 'revNote', header: '更正原因', input: true, width: 40, explain: '为什么更正，如“按全口径在园幼儿数更正”。必填。' },
    ...source('原数值'),
  ];
}

/** Drop-down text for provenance, and what each means. */
export const PROVENANCE_LABELS: ReadonlyArray<[id: 'official' | 'illustrative', label: string]> = [
  ['official', '官方数据'],
  ['illustrative', '示例数据'],
];

/** Column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
