/**
 * The overview page's data: for each plan, its indicators counted by status, its final review (终期评估)
 * when its period is over, the binding indicators that fail, and for a plan without an indicator table its
 * measures counted by latest status. A large site (more than HOME_PLAN_LIMIT plans) is summarised by
 * province and city instead.
 */
import type { PlanBundle } from '../model/plan.ts';
import { FAILING, type IndicatorStatus } from '../progress/status.ts';
import { bindingParts, finalReview, verdictGroup } from '../progress/review.ts';
import { yearCoverage } from '../progress/reporting.ts';
import { hasIllustrative, indicatorViews, lastUpdated, regionSlug, unitNames, type IndicatorView } from '../progress/views.ts';
import { t } from '../../i18n/index.ts';
import type { ProvinceGroup } from './regions.ts';
import { measureStatusCounts } from './dashboard.ts';

/** The cards of `plans`; `all` is every plan of the site (a plan is judged beside its predecessor). */
export function homeCards(plans: readonly PlanBundle[], all: readonly PlanBundle[] = plans) {
  const names = unitNames(all);
  return plans.map((plan) => {
    const views = indicatorViews(plan, all);
    const count = (s: IndicatorStatus[]) => views.filter((v) => s.includes(v.status.status)).length;
    const review = finalReview(plan, all, views);
    return {
      plan,
      views,
      counts: [
        ['achieved', count(['achieved', 'maintained'])],
        ['on-track', count(['on-track'])],
        ['at-risk', count(['at-risk'])],
        ['off-track', count(['off-track', 'slipped'])],
        ['no-data', count(['no-data', 'not-assessable'])],
      ] as Array<[IndicatorStatus, number]>,
      review,
      offTrackBinding: views.filter((v) => v.indicator.attribute === 'binding' && FAILING.includes(v.status.status)),
      updated: lastUpdated(plan),
      measureCounts: views.length === 0 ? measureStatusCounts(plan, names, all) : { counts: [], illustrative: false },
      binding: review && bindingParts(review),
    };
  });
}

/**
 * Past this many plans the overview stops listing every plan (at 1,000 plans that page would weigh
 * hundreds of kilobytes on a phone) and lists provinces and cities with counts, each city linking to its
 * region page, which lists its counties' plans.
 */
export const HOME_PLAN_LIMIT = 40;

export interface CitySummary {
  name: string;
  slug: string;
  /** Plans in the city, its own and its counties'. */
  plans: number;
  /** Regions (the city and its counties) with plans. */
  regions: number;
  /** Plans whose binding indicators missed their target, lack a final figure, or are off track. */
  failingBinding: number;
  /** Plans whose period is over (with a 终期评估). */
  ended: number;
}

export interface ProvinceSummary {
  name: string;
  slug: string;
  plans: number;
  cities: CitySummary[];
}

/** Provinces and cities with their counts, in the overview's region order. */
export function regionSummaries(groups: readonly ProvinceGroup[], cards: ReturnType<typeof homeCards>): ProvinceSummary[] {
  const byId = new Map(cards.map((c) => [c.plan.id, c]));
  const failing = (id: string) => {
    const c = byId.get(id);
    if (!c) return false;
    if (c.review) return c.review.binding.missed.length > 0 || c.review.binding['not-reported'].length > 0;
    return c.offTrackBinding.length > 0;
  };
  return groups.map((p) => ({
    name: p.name,
    slug: p.slug,
    plans: p.cities.reduce((n, c) => n + c.plans.length, 0),
    cities: p.cities.map((c) => ({
      name: c.name,
      slug: c.slug,
      plans: c.plans.length,
      regions: new Set(c.plans.map((x) => regionSlug(x.plan.region))).size,
      failingBinding: c.plans.filter((x) => failing(x.id)).length,
      ended: c.plans.filter((x) => byId.get(x.id)?.review).length,
    })),
  }));
}

/** A count shown with its status badge (icon and word, linked to the method): `✔ 已达成 20 项`. */
export interface StatusCount {
  status: IndicatorStatus;
  final: boolean;
  n: number;
}

/** A binding indicator that failed, named with its place and linked to its page. */
export interface FailedBinding {
  plan: PlanBundle;
  view: IndicatorView;
}

/**
 * The answer the overview opens with, across every plan (the inverted pyramid: the result before the list):
 * how many plans, their indicators by final verdict (ended plans) or by status (running ones), the binding
 * indicators that missed, and how many yearly reports were published of those due.
 */
export interface SiteSummary {
  /** `收录规划 5 个：规划期已结束 4 个，实施中 1 个。` */
  plans: string;
  /** Ended plans' indicators by verdict; a verdict no indicator has is left out. */
  verdicts: { lead: string; counts: StatusCount[] } | null;
  /** Running plans' indicators by mid-period status. */
  statuses: { lead: string; counts: StatusCount[] } | null;
  /** Binding indicators that missed their target or lack a final figure; the line is red only when there are some. */
  binding: { line: string; failed: FailedBinding[] } | null;
  /** `年度报告：应发布 22 份，已发布 22 份；各年报告的指标数值 198 项中已报告 198 项。` */
  reporting: string | null;
  /** Whether any figure counted rests on illustrative data. */
  illustrative: boolean;
}

const VERDICT_BADGES: ReadonlyArray<[ReturnType<typeof verdictGroup>, IndicatorStatus]> = [
  ['achieved', 'achieved'],
  ['missed', 'missed'],
  ['not-reported', 'final-not-reported'],
  ['other', 'no-data'],
];

export function siteSummary(plans: readonly PlanBundle[], cards: ReturnType<typeof homeCards>): SiteSummary {
  const ended = cards.filter((c) => c.review);
  const running = cards.filter((c) => !c.review && c.views.length > 0);
  const verdictCounts = VERDICT_BADGES.map(([g, status]) => ({
    status,
    final: g !== 'other',
    n: ended.reduce((n, c) => n + c.review!.counts[g], 0),
  })).filter((c) => c.n > 0);
  const statusCounts = running.length
    ? (['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const)
        .map((status) => ({ status, final: false, n: running.reduce((n, c) => n + (c.counts.find(([s]) => s === status)?.[1] ?? 0), 0) }))
        .filter((c) => c.n > 0)
    : [];
  const failed: FailedBinding[] = [
    ...ended.flatMap((c) => [...c.review!.binding.missed, ...c.review!.binding['not-reported']].map((view) => ({ plan: c.plan, view }))),
    ...running.flatMap((c) => c.offTrackBinding.map((view) => ({ plan: c.plan, view }))),
  ];
  const bindingTotal = [...ended, ...running].reduce((n, c) => n + c.views.filter((v) => v.indicator.attribute === 'binding').length, 0);
  const coverage = plans.flatMap((p) => yearCoverage(p, plans));
  const indicatorsDue = coverage.reduce((n, c) => n + c.indicators.total, 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    plans: t('home.summary.plans', { n: plans.length, ended: ended.length, running: plans.length - ended.length }),
    verdicts: ended.length && verdictCounts.length ? { lead: t('home.summary.verdicts', { plans: ended.length, n: sum(verdictCounts.map((c) => c.n)) }), counts: verdictCounts } : null,
    statuses: statusCounts.length ? { lead: t('home.summary.statuses', { plans: running.length, n: sum(statusCounts.map((c) => c.n)) }), counts: statusCounts } : null,
    binding: bindingTotal
      ? { line: failed.length ? t('home.summary.bindingFailed', { total: bindingTotal, n: failed.length }) : t('home.summary.bindingNone', { total: bindingTotal }), failed }
      : null,
    reporting: coverage.length
      ? t('home.summary.reports', { due: coverage.length, published: coverage.filter((c) => c.report).length }) +
        (indicatorsDue ? t('home.summary.reportedValues', { due: indicatorsDue, reported: sum(coverage.map((c) => c.indicators.reported)) }) : '') + '。'
      : null,
    illustrative: plans.some(hasIllustrative),
  };
}
