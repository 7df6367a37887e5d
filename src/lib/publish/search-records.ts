/**
 * The search index at the level people cite: one record of the national index (docs/search-index.md) per plan, per clause and per indicator,
 * each opening the exact place (the plan's dashboard, a clause anchor, an indicator page), with filters for
 * plan, region, chapter, kind of record, responsible unit and attribute. A clause that is also a measure
 * (it names responsible units) or holds a major project is still one record: it carries the units, the
 * latest reported status and the project's figures, and its kind filter lists every kind it is.
 *
 * A few clauses were printed with traditional characters (督導體制). Their record also carries the
 * simplified form, marked as such, so that a search for 督导 finds them; the published text is untouched.
 */
import * as OpenCC from 'opencc-js';
import type { PlanBundle } from '../model/plan.ts';
import { citation, type Clause } from '../model/clauses.ts';
import type { Concept } from '../../schemas/concepts.ts';
import { indicatorViews, measureViews, projectViews, unitNames } from '../progress/views.ts';
import { ILLUSTRATIVE_LABEL, statusWord, tk } from '../../i18n/index.ts';
import { urls } from '../model/urls.ts';
import { tableRowId, tableRows, type TableRow } from '../model/table-rows.ts';
import { formatPrinted } from '../model/format.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /**
   * How many characters at the start of `content` are the clause's own heading (its first sentence),
   * which search ranks above the rest; 0 when it has none.
   */
  headingLength?: number;
}

/** The heading a clause's text opens with: its numbering and first sentence (`2.提升…水平。`), or ''. */
export function headingPrefix(text: string): string {
  const m = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|——)?[^。；！？\n]{2,40}[。；！？]/.exec(text);
  return m && m[0].length < text.length ? m[0] : '';
}

/**
 * The index's language: not Chinese. Pagefind's Chinese segmenter cuts words differently from the
 * browser's (督导体制 → 督导|体制 against 督|导|体制), so a phrase could not be matched reliably, and it
 * holds about 100 KB of memory per record while indexing. Chinese characters are instead indexed one by
 * one (`spaced`), the query is spaced the same way, and a phrase is exactly its characters in a row.
 */
export const SEARCH_LANGUAGE = 'und';

/** Every Chinese character as a word of its own, for the index and for queries alike. */
export function spaced(text: string): string {
  return text.replace(/(\p{Script=Han})/gu, ' $1 ');
}

/** The record as indexed: its display text kept in `meta.text`, the searched text spaced out. */
function finish(r: SearchRecord): SearchRecord {
  const meta = { ...r.meta, text: r.meta.text ?? r.content };
  const headingLength = r.headingLength ? spaced(r.content.slice(0, r.headingLength)).length : 0;
  return { ...r, content: spaced(r.content), meta, ...(headingLength ? { headingLength } : {}) };
}
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** The text, plus its simplified form when it contains traditional characters. */
export function searchableText(text: string): string {
  const simplified = toSimplified(text);
  return simplified === text ? text : `${text}（检索用简体：${simplified}）`;
}

/** Full-width letters and digits as half-width, so that `２０２５年` and `2025年` are one word. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => (/[０-９Ａ-Ｚａ-ｚ％]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c));
}

/** A plan's short name for result titles and query matching: 中卫市规划, 泾源县方案. */
export function planShortName(plan: PlanBundle): string {
  return `${plan.plan.region.name}${plan.plan.kind === 'action-plan' ? '方案' : '规划'}`;
}

/** Half-width brackets as full-width, for locators only (`三、(五)4.` → `三、（五）4.`); never for official text. */
export function normaliseLocator(label: string): string {
  return label.replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * What a clause is about, in its own words: its heading, or its first sentence without the numbering
 * (`2.提升中等职业教育办学水平。加强…` → `提升中等职业教育办学水平`), cut at `max` characters.
 */
export function clauseHeading(c: Pick<Clause, 'text' | 'marker'>, max = 30): string {
  let text = c.text.trim();
  if (c.marker && text.startsWith(c.marker)) text = text.slice(c.marker.length).trim();
  else text = text.replace(/^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|——)\s*/, '');
  const sentence = /^[^。；！？\n]*/.exec(text)![0].replace(/[：:，,]$/, '');
  const first = sentence.length > 0 ? sentence : text;
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

/** The title of a clause's result: what it is about · where it stands · which plan. */
export function clauseTitle(plan: PlanBundle, c: Clause): string {
  return `${clauseHeading(c)} · ${normaliseLocator(c.label)} · ${planShortName(plan)}`;
}

/** Words a reader may type for an indicator: its concept's name, the plans' own names, catalogue aliases. */
function indicatorAliases(name: string, concept: Concept | undefined, plans: readonly PlanBundle[]): string[] {
  if (!concept) return [];
  const names = new Set([concept.name, ...(concept.aliases ?? [])]);
  for (const p of plans) for (const i of p.indicators) if (i.concept === concept.id) names.add(i.name);
  names.delete(name);
  return [...names];
}

/** How many records a plan gives the index: its own, one per clause (the title excepted) or table row, one per indicator. */
export function searchRecordCount(plan: PlanBundle): number {
  return 1 + indexedClauses(plan).reduce((n, c) => n + (rowsOfTable(plan, c)?.length ?? 1), 0) + plan.indicators.length;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

/**
 * The rows a table gives the index in its place, or null for a clause that is not a table (or a table
 * without data rows, indexed as one block). A row that is one of the plan's indicators is found as that
 * indicator (its own record, opening its page), so only the other rows are records of their own.
 */
function rowsOfTable(plan: PlanBundle, c: Clause): TableRow[] | null {
  if (c.kind !== 'table') return null;
  const rows = tableRows(c);
  if (rows.length === 0) return null;
  const names = plan.indicators.filter((i) => i.source.clause === c.id).map((i) => squash(i.name));
  return rows.filter((r) => !names.some((n) => squash(r.cells.join('')).includes(n)));
}

/**
 * The clauses that are records of their own: all but the title and a task list, which is searched row by
 * row (each row a measure), not as one block that would match with every row.
 */
function indexedClauses(plan: PlanBundle): Clause[] {
  const taskTables = new Set(plan.clauses.flatMap((c) => (c.kind === 'row' && c.parent ? [c.parent] : [])));
  return plan.clauses.filter((c) => c.kind !== 'title' && !taskTables.has(c.id));
}

/**
 * Records of `plans`; `all` is every plan of the site (unit names are normalised across all of them, and
 * an indicator is also found by the names other plans give it); `concepts` is the indicator catalogue.
 */
export function searchRecords(plans: readonly PlanBundle[], all: readonly PlanBundle[] = plans, concepts: readonly Concept[] = []): SearchRecord[] {
  const names = unitNames(all);
  const out: SearchRecord[] = [];
  for (const plan of plans) {
    const title = plan.plan.title;
    const region = plan.plan.region;
    const base = { plan: [title], region: [region.name] };
    const period = `${plan.plan.period.start}—${plan.plan.period.end}年`;
    const issuer = [plan.plan.issuer ?? []].flat().join('、');
    out.push({
      url: urls.plan(plan.id),
      // Former names (撤县设区, mergers) keep the plan findable under the name a reader may still use.
      content: `${title} ${region.parent ?? ''}${region.name}${(region.former ?? []).map((f) => ` 原${f.name}`).join('')} ${period} ${issuer}`,
      language: SEARCH_LANGUAGE,
      meta: { title: `${title} · ${region.name} · ${period}`, plan: title, kind: '规划', region: region.name, period, ...(issuer ? { issuer } : {}) },
      filters: { ...base, kind: ['规划'] },
    });
    const chapterText = new Map(plan.clauses.filter((c) => c.level === 1).map((c) => [c.id, c.text]));
    const measures = new Map(measureViews(plan, names, all).map((m) => [m.clause.id, m]));
    const projects = projectViews(plan, all);
    for (const c of indexedClauses(plan)) {
      const chapter = c.chapter ? chapterText.get(c.chapter) : undefined;
      const rows = rowsOfTable(plan, c);
      if (rows) {
        // Each row its own result, titled and excerpted by its name and cells, never by the header line.
        const kind = c.box !== null ? '专栏' : '条款';
        for (const row of rows) {
          const label = `${c.label}第${row.n}行`;
          out.push({
            url: urls.text(plan.id, tableRowId(c, row.n)),
            content: halfWidth(searchableText(row.text)),
            language: SEARCH_LANGUAGE,
            meta: { title: `${row.name} · ${normaliseLocator(label)} · ${planShortName(plan)}`, plan: title, kind, cite: citation(title, { label }), text: row.text },
            filters: { ...base, kind: [kind], ...(chapter ? { chapter: [chapter] } : {}) },
          });
        }
        continue;
      }
      const m = measures.get(c.id);
      const units = m ? m.units : [];
      const own = projects.filter((p) => p.project.clause === c.id);
      const kinds = [c.box !== null ? '专栏' : '条款', ...(units.length > 0 ? ['措施'] : []), ...(own.length > 0 ? ['项目'] : [])];
      const meta: Record<string, string> = { title: clauseTitle(plan, c), plan: title, kind: kinds.join(' · '), cite: citation(title, c) };
      if (units.length > 0) meta.units = units.map((u) => (u.printed === u.name ? u.name : `${u.printed}（${u.name}）`)).join('、');
      if (m?.latest?.status) meta.status = `${m.latest.year}年${tk(`clauseStatus.${m.latest.status}`)}${m.latest.provenance === 'illustrative' ? `（${ILLUSTRATIVE_LABEL}）` : ''}`;
      if (own.length > 0) {
        meta.project = own
          .map(({ project: p, latest }) => [p.name, ...p.floorArea.map((q) => q.text), ...p.budget.map((q) => q.text), ...(latest?.status ? [`${latest.year}年${tk(`projectStatus.${latest.status}`)}${latest.provenance === 'illustrative' ? `（${ILLUSTRATIVE_LABEL}）` : ''}`] : [])].join('，'))
          .join('；');
      }
      // A row's other cells (its task, its deadline) are part of what it says.
      const rowText = c.row ? [c.row.task, c.text, c.row.deadline ? `完成时限：${c.row.deadline.text}` : null].filter(Boolean).join(' ') : c.text;
      const content = halfWidth(searchableText(rowText));
      const heading = c.kind === 'heading' ? content : headingPrefix(content);
      // The verbatim text, for the excerpt shown and for downloads (the indexed text is spaced out).
      meta.text = c.text;
      out.push({
        url: urls.text(plan.id, c.id),
        ...(heading ? { headingLength: heading.length } : {}),
        content: units.length > 0 ? `${content} 责任单位：${units.map((u) => (u.printed === u.name ? u.name : `${u.printed}（${u.name}）`)).join('、')}` : content,
        language: SEARCH_LANGUAGE,
        meta,
        filters: { ...base, kind: kinds, ...(chapter ? { chapter: [chapter] } : {}), ...(units.length > 0 ? { unit: [...new Set(units.map((u) => u.name))] } : {}) },
      });
    }
    for (const v of indicatorViews(plan, all)) {
      const i = v.indicator;
      const attribute = i.attribute ? tk(`attribute.${i.attribute}`) : null;
      const concept = concepts.find((c) => c.id === i.concept);
      const aliases = indicatorAliases(i.name, concept, all);
      out.push({
        url: urls.indicator(plan.id, i.id),
        // The table's group heading (职业教育) is shown, not searched: it would put every indicator of the
        // group above the clauses that are about the topic.
        content: halfWidth(`${i.name}（${i.unit ?? ''}） 基线${i.baseline.year}年 ${i.baseline.text} 目标${i.target.year}年 ${i.target.text} ${attribute ?? ''}指标${aliases.length > 0 ? `（也称：${aliases.join('；')}）` : ''}`),
        language: SEARCH_LANGUAGE,
        // A status computed from illustrative values carries the label wherever it is shown.
        meta: {
          title: `${i.name} · 指标 · ${planShortName(plan)}`,
          // The row in words, as a reader names it (学前三年毛入园率：2020年 95%，2025年目标 96%，约束性指标);
          // the other names it is found by follow, for the search page to leave out.
          text: `${i.name}：${i.baseline.year}年 ${formatPrinted(i.baseline.text, i.unit)}，${i.target.year}年目标 ${formatPrinted(i.target.text, i.unit)}${attribute ? `，${attribute}指标` : ''}${aliases.length > 0 ? `（也称：${aliases.join('；')}）` : ''}`,
          plan: title,
          kind: '指标',
          ...(i.group ? { group: i.group } : {}),
          status: `${v.status.final ? '终期结论：' : ''}${statusWord(v.status.status, v.status.final)}${v.status.gapText ? `，${v.status.gapText}` : ''}${v.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : ''}`,
        },
        // `indicator` repeats the kind for the page's check of which results are indicators: a filter's file
        // lists every record that has it, so this one is a seventh the size of the kind filter's.
        filters: { ...base, kind: ['指标'], indicator: ['指标'], ...(attribute ? { attribute: [attribute] } : {}) },
      });
    }
  }
  return out.map(finish);
}
