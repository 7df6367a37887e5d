/**
 * The search index at the level people cite: one Pagefind record per clause, indicator, measure and
 * project, each opening the exact place (a clause anchor, an indicator page), with filters for plan,
 * region, chapter, kind of record, responsible unit and attribute.
 *
 * A few clauses were printed with traditional characters (督導體制). Their record also carries the
 * simplified form, marked as such, so that a search for 督导 finds them; the published text is untouched.
 */
import * as OpenCC from 'opencc-js';
import type { PlanBundle } from '../model/plan.ts';
import { indicatorViews, measureViews, unitNames } from '../progress/views.ts';
import { ILLUSTRATIVE_LABEL, tk } from '../../i18n/index.ts';
import { urls } from '../model/urls.ts';
import { citation } from '../model/clauses.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export const SEARCH_LANGUAGE = 'zh-cn';
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

/** Records of `plans`; `all` is every plan of the site (unit names are normalised across all of them). */
export function searchRecords(plans: readonly PlanBundle[], all: readonly PlanBundle[] = plans): SearchRecord[] {
  const names = unitNames(all);
  const out: SearchRecord[] = [];
  for (const plan of plans) {
    const title = plan.plan.title;
    const base = { plan: [title], region: [plan.plan.region.name] };
    const chapterText = new Map(plan.clauses.filter((c) => c.level === 1).map((c) => [c.id, c.text]));
    for (const c of plan.clauses) {
      if (c.kind === 'title') continue;
      const chapter = c.chapter ? chapterText.get(c.chapter) : undefined;
      out.push({
        url: urls.text(plan.id, c.id),
        content: halfWidth(searchableText(c.text)),
        language: SEARCH_LANGUAGE,
        meta: { title: citation(title, c), plan: title, kind: c.box !== null ? '专栏' : '条款', clause: c.id },
        filters: { ...base, kind: [c.box !== null ? '专栏' : '条款'], ...(chapter ? { chapter: [chapter] } : {}) },
      });
    }
    for (const v of indicatorViews(plan, all)) {
      const i = v.indicator;
      const attribute = i.attribute ? tk(`attribute.${i.attribute}`) : null;
      out.push({
        url: urls.indicator(plan.id, i.id),
        content: halfWidth(`${i.name}（${i.unit ?? ''}）${i.group ?? ''} 基线${i.baseline.year}年 ${i.baseline.text} 目标${i.target.year}年 ${i.target.text} ${attribute ?? ''}指标`),
        language: SEARCH_LANGUAGE,
        // A status computed from illustrative values carries the label wherever it is shown.
        meta: {
          title: `${i.name}（${plan.plan.region.name}）`,
          plan: title,
          kind: '指标',
          status: `${v.status.final ? '终期结论：' : ''}${tk(`status.${v.status.status}`)}${v.status.gapText ? `，${v.status.gapText}` : ''}${v.illustrative ? `（${ILLUSTRATIVE_LABEL}）` : ''}`,
        },
        filters: { ...base, kind: ['指标'], ...(attribute ? { attribute: [attribute] } : {}) },
      });
    }
    for (const m of measureViews(plan, names, all)) {
      if (m.units.length === 0) continue;
      out.push({
        url: urls.measures(plan.id, m.clause.id),
        content: halfWidth(searchableText(`${m.clause.text} 责任单位：${m.units.map((u) => (u.printed === u.name ? u.name : `${u.printed}（${u.name}）`)).join('、')}`)),
        language: SEARCH_LANGUAGE,
        meta: { title: `${citation(title, m.clause)}（措施）`, plan: title, kind: '措施' },
        filters: { ...base, kind: ['措施'], unit: [...new Set(m.units.map((u) => u.name))] },
      });
    }
    for (const p of plan.projects) {
      out.push({
        url: urls.projects(plan.id, p.id),
        content: halfWidth(`${p.text} ${p.facilities.join('、')}`),
        language: SEARCH_LANGUAGE,
        meta: { title: `${p.name}（${plan.plan.region.name}重大项目）`, plan: title, kind: '项目' },
        filters: { ...base, kind: ['项目'] },
      });
    }
  }
  return out;
}
