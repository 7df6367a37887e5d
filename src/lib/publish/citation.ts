/**
 * Ready citations of a plan, a clause or an indicator: a reference in the GB/T 7714-2015 style for an
 * online document ([EB/OL]), a plain-text citation for an article, and the permalink. The official text
 * is cited by its own title and issuer; nothing is reworded.
 *
 * GB/T 7714-2015 §4.1 and §8.1: 主要责任者. 题名: 其他题名信息[文献类型标志/文献载体标志]. (更新或修改日期)
 * [引用日期]. 获取和访问路径. The 主要责任者 is the issuing body (印发单位) where the metadata names it, else
 * the government of the plan's region (a local plan is the government's document, whichever office
 * printed it), and 佚名 only where neither is known (§8.1.2). The 引用日期 must not depend on the clock
 * (rebuilds are byte-identical), so it is the date the page's data last changed.
 */
import type { PlanBundle } from '../model/plan.ts';
import { citation } from '../model/clauses.ts';
import { formatDate } from '../model/format.ts';
import { ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';

export interface CitationInput {
  plan: PlanBundle;
  /** The clause's citation label (`三、（三）2.`), or null for the whole plan. */
  label?: string | null | undefined;
  /** An indicator's name, when citing one indicator. */
  indicator?: string | null | undefined;
  /** The permalink (absolute). */
  url: string;
  /** The date the page's data last changed (YYYY-MM-DD), used as 引用日期. */
  accessed: string;
  /** True when the cited figures include illustrative values. */
  illustrative?: boolean;
}

export interface Citation {
  /** GB/T 7714-2015 reference. */
  gbt: string;
  /** A plain-text citation for an article. */
  plain: string;
  url: string;
}

const issuerOf = (plan: PlanBundle): string | null => {
  const issuer = plan.plan.issuer;
  if (issuer === null) return null;
  return Array.isArray(issuer) ? issuer.join(', ') : issuer;
};

/** The region's government, 平罗县人民政府, or null when the plan names no region. */
const governmentOf = (plan: PlanBundle): string | null => {
  const name = plan.plan.region?.name?.trim();
  return name ? `${name}人民政府` : null;
};

/** The 主要责任者 of a citation: 印发单位, else the region's government (XX县人民政府), else 佚名. */
export function citationAuthor(plan: PlanBundle): string {
  return issuerOf(plan) ?? governmentOf(plan) ?? '佚名';
}

/** The GB/T 7714 reference around what it cites: `head` (责任者. 题名) before, `middle` ([EB/OL]. (日期)[引用日期]. ) after. */
function gbtParts(input: Pick<CitationInput, 'plan' | 'accessed'>): { head: string; middle: string } {
  const meta = input.plan.plan;
  const issued = meta.issued ? `(${meta.issued})` : '';
  return { head: `${citationAuthor(input.plan)}. ${meta.title}`, middle: `[EB/OL]. ${issued}[${input.accessed}]. ` };
}

export function citeGbt(input: CitationInput): string {
  const { head, middle } = gbtParts(input);
  const other = [input.label, input.indicator].filter(Boolean).join(' ');
  return `${head}${other ? `: ${other}` : ''}${middle}${input.url}.`;
}

/**
 * What the citations of a full-text page's clauses share, written once on the page: a clause's short
 * citation is `《title》label`, its GB/T 7714 reference `gbtHead: label` + `gbtTail` + its id + `.`
 * (composeClauseGbt, and public/copy-cite.js in the reader's browser). Every clause of a page repeated the
 * title, the issuer, the dates and the address, about 600 bytes a clause and 45 % of the page.
 */
export interface ClauseCitationForm {
  /** The plan's full title, as in 《title》. */
  title: string;
  /** 责任者. 题名, before the clause's label. */
  gbtHead: string;
  /** From [EB/OL] to the page's absolute address and its `#`, before the clause's id. */
  gbtTail: string;
}

/** The shared parts of the clause citations of `page`, a plan's full text at its absolute address. */
export function clauseCitationForm(input: Pick<CitationInput, 'plan' | 'accessed'> & { page: string }): ClauseCitationForm {
  const { head, middle } = gbtParts(input);
  return { title: input.plan.plan.title, gbtHead: head, gbtTail: `${middle}${input.page}#` };
}

/** A clause's GB/T 7714 reference from its page's form: what citeGbt gives for the clause's permalink. */
export function composeClauseGbt(form: ClauseCitationForm, label: string, id: string): string {
  return `${form.gbtHead}${label ? `: ${label}` : ''}${form.gbtTail}${encodeURIComponent(id)}.`;
}

/** The plain citation, read as a sentence: its date as readers write dates (2022年10月25日); GB/T 7714 keeps ISO. */
export function citePlain(input: CitationInput): string {
  const meta = input.plan.plan;
  const issuer = issuerOf(input.plan)?.replace(/, /g, '、');
  // The short form is the site's one citation formatter (lib/model/clauses.ts); this adds who and when.
  const what = `${citation(meta.title, { label: input.label ?? '' })}${input.indicator ? `“${input.indicator}”` : ''}`;
  const by = [issuer ? `${issuer}印发` : null, meta.issued ? formatDate(meta.issued) : null].filter(Boolean).join('，');
  const note = input.illustrative ? `（年度数值为${ILLUSTRATIVE_LABEL}）` : '';
  return `${what}${by ? `（${by}）` : ''}${note}，${input.url}`;
}

export function cite(input: CitationInput): Citation {
  return { gbt: citeGbt(input), plain: citePlain(input), url: input.url };
}
