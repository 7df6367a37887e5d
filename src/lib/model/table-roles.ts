/**
 * What each column of a printed table holds, read from its header cells: the roles of an indicator table
 * (类别｜指标｜单位｜2025年｜2030年｜属性, 指标名称｜单位｜基期值｜目标值｜指标属性), of a task list
 * (序号｜重点任务｜具体措施｜责任单位｜完成时限) and of a project table (项目名称｜建设内容｜总投资（万元）).
 * The roles go into the structure profile, where staff correct them when a header is unusual.
 */
import type { z } from 'zod';
import type { ColumnRoleSchema, TableKindSchema } from '../../schemas/plan.ts';

export type ColumnRole = z.output<typeof ColumnRoleSchema>;
export type TableKind = z.output<typeof TableKindSchema>;

export interface TableRoles {
  kind: TableKind;
  /** One role per column. */
  roles: ColumnRole[];
  /** Year of each column whose header names one (2025年, 基期值（2025年）), else null. */
  years: Array<number | null>;
  /** Unit a header prints for its column (总投资（万元）→ 万元), else null. */
  units: Array<string | null>;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

function roleOfWord(header: string): ColumnRole {
  const whole = squash(header);
  const paren = /[（(]([^（）()]*)[）)]$/u.exec(whole)?.[1] ?? '';
  const h = whole.replace(/[（(][^（）()]*[）)]$/u, '');
  if (/^(?:序号|编号|No\.?)$/iu.test(h)) return 'no';
  if (/^(?:类别|领域|学段|类型|分类|维度|板块|方面|一级指标)$/u.test(h)) return 'group';
  if (/^(?:指标|指标名称|指标内容|主要指标|二级指标|具体指标|项目|指标项|指标项目|监测指标|评价指标|发展指标)$/u.test(h)) return 'name';
  if (/^(?:单位|计量单位|指标单位)$/u.test(h)) return 'unit';
  if (/^(?:属性|指标属性|性质|指标性质|指标类型)$/u.test(h)) return 'attribute';
  if (/^(?:牵头单位|牵头部门)$/u.test(h)) return 'lead';
  if (/^(?:配合单位|协办单位|参与单位|配合部门)$/u.test(h)) return 'support';
  if (/责任单位|责任部门|责任主体|实施主体/u.test(h)) return 'units';
  if (/时限|时间节点|完成时间|进度安排|时间安排/u.test(h)) return 'deadline';
  if (/建设年限|建设期限|建设周期|起止年限|实施年限/u.test(h)) return 'period';
  if (/投资|资金|概算|预算/u.test(h) || /^(?:万元|亿元)$/u.test(paren)) return 'budget';
  if (/面积/u.test(h) || (/规模/u.test(h) && /平方米/u.test(paren))) return 'area';
  if (/^(?:项目名称|工程名称|项目)$/u.test(h)) return 'project';
  if (/建设内容|建设规模|主要内容/u.test(h)) return 'content';
  if (/^(?:重点任务|主要任务|任务|任务名称|工作任务|重点工作|工作事项|重点事项|事项|任务事项)$/u.test(h)) return 'task';
  if (/措施|举措|工作内容|具体内容|实施内容|具体任务|任务内容|目标任务|工作目标/u.test(h)) return 'measure';
  if (/基期|基准|现状|基数/u.test(h)) return 'baseline';
  if (/目标/u.test(h)) return 'target';
  if (/^\d{4}年(?:底|末)?(?:值|预计值|目标值)?$/u.test(h)) {
    // 2025年（基期）, 2030年（目标）: the words in brackets say which.
    if (/基期|基准|现状|基数/u.test(paren)) return 'baseline';
    if (/目标|规划|预期/u.test(paren)) return 'target';
    return 'milestone';
  }
  if (/^(?:中期|中期值|中期目标)$/u.test(h)) return 'milestone';
  if (/^(?:备注|说明)$/u.test(h)) return 'note';
  return 'other';
}

/** A header word of any table family (a year, 基期值, 单位, 指标值 …): what a header row holds, not data. */
export function isHeaderWord(text: string): boolean {
  const h = squash(text);
  if (h === '' || /^[\d.%％≥≤<>]+$/u.test(h)) return false;
  return roleOfWord(h) !== 'other' || /^(?:指标值|发展指标值|规划目标|规划值|目标值|预期值|基期值|现状值|中期值?|指标值及年份)$/u.test(h.replace(/[（(][^（）()]*[）)]$/u, ''));
}

/**
 * The role of a column from its header: one word, or a path of header rows (指标值 › 2030年（目标）, 基期 ›
 * 2025年): the lowest word that names a role decides, a word above it says whether a year is the baseline
 * or the target.
 */
function roleOf(header: string): ColumnRole {
  const parts = header.split('›').map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return roleOfWord(header);
  const leaf = roleOfWord(parts.at(-1)!);
  const above = parts.slice(0, -1).map(roleOfWord);
  if (leaf === 'milestone' || leaf === 'other') {
    for (let k = above.length - 1; k >= 0; k--) {
      if (above[k] === 'baseline' || above[k] === 'target') return above[k]!;
      if (/^中期/u.test(squash(parts[k]!))) return 'milestone';
    }
  }
  if (leaf !== 'other') return leaf;
  return above.reverse().find((r) => r !== 'other') ?? 'other';
}

/** Reads the column roles of a table from its header row. */
export function readTableRoles(header: readonly string[]): TableRoles {
  const roles = header.map(roleOf);
  const years = header.map((h) => {
    const m = /(20\d\d|19\d\d)\s*年/u.exec(h);
    return m ? Number(m[1]) : null;
  });
  const units = header.map((h) => /[（(]([^（）()]{1,6})[）)]\s*$/u.exec(squash(h))?.[1] ?? null);
  // A path names a year in any of its words (指标值 › 2030年（目标）).
  // Year columns: the first is the baseline, the last the target, the others milestones (unless a
  // header already says 基期/目标).
  // Under one spanning word (规划目标 › 2025年｜2028年｜2030年（目标）) several years take its role: the one
  // whose own words say so keeps it (else the last target, the first baseline), the others are milestones.
  for (const role of ['target', 'baseline'] as const) {
    const cols = roles.flatMap((r, i) => (r === role ? [i] : []));
    if (cols.length < 2) continue;
    const own = cols.filter((i) => roleOfWord(header[i]!.split('›').at(-1)!) === role);
    const keep = own.length >= 1 ? (role === 'target' ? own.at(-1)! : own[0]!) : role === 'target' ? cols.at(-1)! : cols[0]!;
    for (const i of cols) if (i !== keep) roles[i] = 'milestone';
  }
  // 规划目标 printed over the middle of the years it spans (a text or a PDF read without its grid) reaches
  // only the year under it: a later plain year right of it is under the same word, and the last is the target.
  const t = roles.indexOf('target');
  if (t >= 0 && roleOfWord(header[t]!.split('›').at(-1)!) !== 'target' && header[t]!.includes('›') && years[t] !== null) {
    let last = t;
    for (let i = t + 1; i < roles.length && roles[i] === 'milestone' && !header[i]!.includes('›') && (years[i] ?? 0) > years[last]!; i++) last = i;
    if (last !== t) [roles[t], roles[last]] = ['milestone', 'target'];
  }
  const yearCols = roles.flatMap((r, i) => (r === 'milestone' ? [i] : []));
  // 2025年｜2030年目标值: a year before the one a header names the target is the baseline.
  const named = roles.indexOf('target');
  if (!roles.includes('baseline') && (yearCols.length >= 2 || (named >= 0 && yearCols.length >= 1 && yearCols[0]! < named))) roles[yearCols[0]!] = 'baseline';
  if (!roles.includes('target') && yearCols.length >= 1) roles[yearCols.at(-1)!] = 'target';
  // A task table's 项目 column is its task; an indicator table's 项目 column is the indicator name.
  const hasUnits = roles.some((r) => r === 'units' || r === 'lead');
  // With responsible units and no budget or area, a 主要内容 column is what is to be done, not a project's
  // content; and of two measure-like columns (目标任务｜工作措施) the first is the task, the second its measure.
  if (hasUnits && !roles.includes('budget') && !roles.includes('area')) {
    roles.forEach((r, i) => r === 'content' && (roles[i] = 'measure'));
    const measures = roles.flatMap((r, i) => (r === 'measure' ? [i] : []));
    if (measures.length >= 2 && !roles.includes('task')) roles[measures[0]!] = 'task';
  }
  const kind: TableKind =
    roles.includes('name') && roles.includes('target') && !hasUnits
      ? 'indicators'
      : (roles.includes('project') || roles.includes('name')) && (roles.includes('budget') || roles.includes('content') || roles.includes('area'))
        ? 'projects'
        : hasUnits && roles.some((r) => r === 'task' || r === 'measure' || r === 'name' || r === 'project')
          ? 'tasks'
          : 'other';
  if (kind === 'projects') roles.forEach((r, i) => r === 'name' && (roles[i] = 'project'));
  if (kind === 'tasks') roles.forEach((r, i) => (r === 'name' || r === 'project') && (roles[i] = 'task'));
  return { kind, roles, years, units };
}
