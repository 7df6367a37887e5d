/**
 * What a plan commits to, read from wherever it is printed: measures with their units and deadlines
 * (a clause ending in 责任单位, a sentence `X牵头，Y配合`, or a row of a task list), major projects in a
 * table (with budgets in 万元 or 亿元), and targets written only in prose (到2030年…达到95%以上), which are
 * proposed to staff for confirmation, never published on the importer's word alone.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import type { Project, Quantity } from '../../schemas/projects.ts';
import type { Clause } from '../model/clauses.ts';
import { findDeadline } from '../model/deadlines.ts';
import { carryDown, readTaskRows, type TaskRow } from '../model/task-rows.ts';
import { indicatorId } from './indicator-table.ts';
import type { TableBlock } from './parse-plan.ts';
import { readFacilities, readQuantities } from './projects.ts';
import { tableView } from './table-header.ts';
import { readResponsibility } from '../model/responsibility.ts';
import type { TableRoles } from '../model/table-roles.ts';

/**
 * A measure with its units and deadline, wherever it is printed: a task-list row (its fields as the model
 * reads them, task-rows.ts) or a clause that names its units (no and task then from the clause).
 */
export interface Measure extends Omit<TaskRow, 'row'> {
  /** Clause id (for a table row: the table's clause id and `-r<row>`). */
  id: string;
  clause: string;
  /** Where it was printed: the source line (1-based) and the line as printed. */
  source: { line: number; text: string };
}

function rowSource(table: TableBlock, r: number): { line: number; text: string } {
  const printed = table.layout !== 'cells' ? table.lines[r] : undefined;
  return printed ? { line: printed.line, text: printed.text.trim() } : { line: table.first, text: table.rows[r]!.join('\t') };
}

/** Each row of a task list (任务清单, 任务分解表) as a measure with its units and deadline. */
export function tableMeasures(table: TableBlock, roles: TableRoles, clause: string): Measure[] {
  const view = tableView(table);
  return readTaskRows([view.header, ...view.body], roles).map((r) => ({
    id: `${clause}-r${r.row}`,
    clause,
    no: r.no,
    task: r.task,
    text: r.text,
    lead: r.lead,
    support: r.support,
    units: r.units,
    deadline: r.deadline,
    source: rowSource(table, r.row + view.headerRows - 1),
  }));
}

/** Clauses that name who must carry them out, in any of the phrasings responsibility.ts reads. */
export function clauseMeasures(clauses: readonly Clause[], lineOf: (c: Clause) => { line: number; text: string }): Measure[] {
  const out: Measure[] = [];
  let prev: Clause | null = null;
  for (const c of clauses) {
    if (c.kind === 'table' || c.kind === 'row' || c.kind === 'title' || c.part === 'notice') continue;
    const r = readResponsibility(c.text);
    const before = prev;
    prev = c;
    if (!r) continue;
    // `（责任单位：…）` printed on a line of its own names the units of the measure just before it.
    const alone = r.text.length >= c.text.trim().length - 1 && before !== null && before.parent === c.parent && !readResponsibility(before.text) && before.kind !== 'heading';
    const m = alone ? before : c;
    out.push({
      id: m.id,
      clause: m.id,
      no: m.marker,
      task: null,
      text: alone ? `${m.text}${c.text}` : c.text,
      lead: r.lead,
      support: r.support,
      units: r.units,
      deadline: findDeadline(alone ? `${m.text}${c.text}` : c.text),
      source: lineOf(m),
    });
  }
  return out;
}

const WAN_OR_YI = /^\s*(\d+(?:\.\d+)?)\s*(万元|亿元)?\s*$/u;

/** Each row of a project table (项目名称｜建设内容及规模｜总投资（万元）) as a project. */
export function tableProjects(table: TableBlock, roles: TableRoles, clause: string, category: string | null): Project[] {
  const col = (role: string) => roles.roles.indexOf(role as never);
  const [no, name, content, budget, area] = ['no', 'project', 'content', 'budget', 'area'].map(col) as [number, number, number, number, number];
  const view = tableView(table);
  const rows = carryDown(view.body, []);
  const out: Project[] = [];
  rows.forEach((cells, r) => {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const title = cell(name) || cell(content);
    if (title === '' || /^(?:合计|总计|小计)$/u.test(title.replace(/\s+/gu, ''))) return;
    const words = [cell(content), cell(area)].filter(Boolean).join('，');
    const quantities = readQuantities(words);
    const budgets: Quantity[] = quantities.filter((q) => q.unit === '万元' || q.unit === '亿元');
    const b = WAN_OR_YI.exec(cell(budget));
    if (b) {
      const unit = b[2] ?? roles.units[budget] ?? '万元';
      const label = view.header[budget]!.replace(/[（(][^（）()]*[）)]\s*$/u, '').trim();
      budgets.push({ label, value: Number(b[1]), unit, text: cell(budget) });
    }
    // A bare figure under an area header (建筑面积（平方米）, 建设规模（平方米）) is an area in the header's unit.
    const a = /^\s*(\d+(?:\.\d+)?)\s*(平方米)?\s*$/u.exec(cell(area));
    if (a && (a[2] ?? roles.units[area] ?? '平方米') === '平方米') {
      const label = view.header[area]!.replace(/[（(][^（）()]*[）)]\s*$/u, '').replace(/\s+/gu, '');
      quantities.push({ label, value: Number(a[1]), unit: '平方米', text: cell(area) });
    }
    const printed = rowSource(table, r + view.headerRows);
    out.push({
      id: `${clause}-r${r + 1}`,
      no: cell(no) || null,
      name: title,
      category,
      facilities: readFacilities(`${title}，${cell(content)}`),
      // 建设规模 in 平方米 is the floor area to be built.
      floorArea: quantities.filter((q) => q.unit === '平方米' && /建筑面积|^建设规模$/u.test(q.label)),
      landArea: quantities.filter((q) => q.unit === '平方米' && /占地/u.test(q.label)),
      area: quantities.filter((q) => q.unit === '平方米' && !/建筑面积|^建设规模$|占地/u.test(q.label)),
      budget: budgets,
      text: printed.text,
      clause,
    });
  });
  return out;
}

/**
 * A building named in a task-list row with its floor area or budget (`改扩建滨河小学，建筑面积6200平方米，
 * 总投资11300万元`) is a project, as in a project table: offices often list their projects only there.
 */
export function taskRowProjects(measures: readonly Measure[]): Project[] {
  const out: Project[] = [];
  for (const m of measures) {
    if (!/-r\d+$/u.test(m.id)) continue;
    const quantities = readQuantities(m.text);
    const facilities = readFacilities(m.text);
    if (facilities.length === 0 || !quantities.some((q) => q.unit === '平方米' || q.unit === '万元' || q.unit === '亿元')) continue;
    out.push({
      id: m.id,
      no: m.no,
      name: m.text.split(/[，,。；;]/u)[0]!.trim() || m.text,
      category: m.task,
      facilities,
      floorArea: quantities.filter((q) => q.unit === '平方米' && /建筑面积/u.test(q.label)),
      landArea: quantities.filter((q) => q.unit === '平方米' && /占地/u.test(q.label)),
      area: quantities.filter((q) => q.unit === '平方米' && !/建筑面积|占地/u.test(q.label)),
      budget: quantities.filter((q) => q.unit === '万元' || q.unit === '亿元'),
      text: m.source.text,
      clause: m.clause,
    });
  }
  return out;
}

export interface ProseTarget {
  /** Proposed indicator id. */
  id: string;
  clause: string;
  /** The indicator's name as printed (the subject of the phrase). */
  name: string;
  year: number;
  value: number;
  unit: string | null;
  /** The phrase as printed: `全县学前三年毛入园率达到95%以上`. */
  text: string;
  /** Whether an indicator table of the plan already has it (same id). */
  inTable: boolean;
  /** The figure the plan states for an earlier year, in prose (`2025年，全县…为88%`), or null. */
  baseline: { year: number; value: number; text: string } | null;
}

const VERB = /(达到|提高到|提升到|增加到|增长到|提高至|提升至|增加至|增长至|稳定在|保持在|控制在|不低于|不少于|超过|降至|降低到|下降到|降低至|下降至)/u;
// What happened: `2025年，全县…为88%`, `…达到88%`.
const PAST_VERB = /(为|是|达到|达|提高到|提升到|增加到|增长到|降至|降低到|下降到)/u;
// A figure, not a ratio (1:1, 10∶1).
const FIGURE = /^\s*(\d+(?:\.\d+)?)(?![\d.:：∶])\s*(%|％|个|所|人|名|年|万元|亿元|平方米|万平方米|间|张)?\s*(以上|以下|以内|左右)?/u;
const PHRASE_START = '(?:^|[，。；：、,;:\\s（(）)])';
// `到2030年，…` opening a sentence or a phrase; not `提高到2025年的93.2%`, which tells what happened.
// `力争到2030年`, `争取到…`, `确保到…` too.
const TARGET_YEAR = new RegExp(`${PHRASE_START}(?:力争|争取|确保)?(?:到|至)\\s*(20\\d\\d)\\s*年(?:底|末)?[，,]?`, 'gu');
// `截至2027年底，…达到94%`: a year the plan has not reached yet is a target, one it has is a statement of fact.
const CUTOFF_YEAR = /(?:截至|截止到?)\s*(20\d\d)\s*年(?:底|末)?[，,]?/gu;
// `…由60%提升至100%`: the figure the phrase starts from, before its verb.
const FROM_FIGURE = /由\s*(\d+(?:\.\d+)?)\s*(%|％)?$/u;
// `2025年，…` or `截至2025年底，…` stating the figures of a year (not `2025年前`, `2025年起`, `2025年以来`).
const BASE_YEAR = new RegExp(`(?:${PHRASE_START}|截至|截止到?)(?<!(?:^|[^截])[到至]\\s*)(20\\d\\d)\\s*年(?:底|末)?(?![底末前以起内初至到—－-])[，,]?`, 'gu');
const PLACE_WORDS = /^(?:全县|全市|全区|全旗|我县|我市|我区|全县域|力争|实现|确保|使|其中)+/u;

interface Phrase {
  name: string;
  value: number;
  unit: string | null;
  /** The phrase up to the end of its figure. */
  text: string;
  /** The figure as printed: `88%`. */
  figure: string;
}

/** The phrases of a stretch of prose that name a figure after one of `verb`'s words. */
function figurePhrases(stretch: string, verb: RegExp): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of stretch.split(/[，,、；]/u)) {
    const v = verb.exec(phrase);
    if (!v) continue;
    const fig = FIGURE.exec(phrase.slice(v.index + v[0].length));
    if (!fig || fig[0].trim() === '') continue;
    const name = phrase.slice(0, v.index).replace(/\s+/gu, '').replace(PLACE_WORDS, '');
    if (name.length < 2) continue;
    out.push({ name, value: Number(fig[1]), unit: fig[2]?.replace('％', '%') ?? null, text: phrase.slice(0, v.index + v[0].length + fig[0].length).trim(), figure: fig[0].trim() });
  }
  return out;
}

/**
 * Each year's stretch of a clause: from the year that opens it to the next such year or the end of the
 * sentence, so that `到2026年底，…达到92%；到2027年，…达到94%` gives each year its own figures.
 */
function yearStretches(text: string, opener: RegExp, keep: (m: RegExpMatchArray) => boolean = () => true): Array<{ year: number; at: number; stretch: string }> {
  const found = [...text.matchAll(opener)].filter(keep);
  const targets = [...text.matchAll(TARGET_YEAR), ...text.matchAll(BASE_YEAR)].map((m) => m.index!).sort((a, b) => a - b);
  return found.map((m) => {
    const from = m.index! + m[0].length;
    const next = targets.find((t) => t > m.index!) ?? text.length;
    const stop = text.indexOf('。', from);
    return { year: Number(m[1]), at: m.index!, stretch: text.slice(from, Math.max(from, Math.min(next, stop < 0 ? text.length : stop))) };
  });
}

/** `2025年，全县…为88%`: the figures prose states for a year, by name (the first statement of each). */
function proseBaselines(clauses: readonly Clause[], firstYear: number): Array<Phrase & { year: number }> {
  const out: Array<Phrase & { year: number }> = [];
  // `截至2027年底，…` in a plan from 2026 on promises; it states nothing.
  const stated = (m: RegExpMatchArray) => !(/截/u.test(m[0]) && Number(m[1]) >= firstYear);
  for (const c of clauses) {
    if (c.part !== 'body' || c.kind === 'table' || c.kind === 'row') continue;
    for (const { year, stretch } of yearStretches(c.text, BASE_YEAR, stated)) {
      for (const p of figurePhrases(stretch, PAST_VERB)) if (!out.some((b) => b.name === p.name && b.year === year)) out.push({ ...p, year });
    }
  }
  return out;
}

/** `到2030年，全县学前三年毛入园率达到95%以上，…`: each phrase after the year that names a figure, with its baseline in prose. */
export function proseTargets(clauses: readonly Clause[], tableIds: ReadonlySet<string>, period: { start: number } = { start: Infinity }): ProseTarget[] {
  const out: ProseTarget[] = [];
  const seen = new Set<string>();
  const baselines = proseBaselines(clauses, period.start);
  for (const c of clauses) {
    if (c.part !== 'body' || c.kind === 'table' || c.kind === 'row') continue;
    const stretches = [...yearStretches(c.text, TARGET_YEAR), ...yearStretches(c.text, CUTOFF_YEAR, (m) => Number(m[1]) >= period.start)].sort((a, b) => a.at - b.at);
    for (const { year, stretch } of stretches) {
      for (const phrase of figurePhrases(stretch, VERB)) {
        // `X由60%提升至100%`: X, with 60 as its baseline (the year before the plan).
        const from = FROM_FIGURE.exec(phrase.name);
        const p = from ? { ...phrase, name: phrase.name.slice(0, from.index) } : phrase;
        let id = indicatorId(p.name, out.length + 1);
        if (/^indicator-/u.test(id)) id = `prose-${c.id}-${out.filter((t) => t.clause === c.id).length + 1}`;
        // Per year: a milestone year and the final year of one indicator are two targets.
        const key = `${id}@${year}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const stated = baselines.find((b) => b.year < year && (b.name === p.name || b.name.endsWith(p.name) || p.name.endsWith(b.name)));
        const base = from ? { year: period.start - 1, value: Number(from[1]), figure: `${from[1]}${from[2] ?? ''}` } : stated;
        out.push({
          id,
          clause: c.id,
          name: p.name,
          year,
          value: p.value,
          unit: p.unit,
          text: p.text,
          inTable: tableIds.has(id),
          baseline: base ? { year: base.year, value: base.value, text: base.figure } : null,
        });
      }
    }
  }
  return out;
}

/** A confirmed prose target as an indicator: its baseline as prose states it, or none. */
export function proseIndicator(t: ProseTarget, no: number, baselineYear: number): Indicator {
  const atMost = /以下|以内|控制在|降至|降低到|下降到/u.test(t.text);
  return {
    id: t.id,
    no,
    name: t.name,
    unit: t.unit,
    group: null,
    baseline: t.baseline ? { year: t.baseline.year, value: t.baseline.value, text: t.baseline.text } : { year: baselineYear, value: null, text: '' },
    target: { year: t.year, value: t.value, text: t.text.slice(t.name.length).replace(/^\s*/u, '') || t.text },
    attribute: null,
    direction: atMost ? 'decrease' : 'increase',
    origin: 'prose',
    source: { clause: t.clause, raw: t.text },
  };
}
