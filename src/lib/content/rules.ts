/**
 * Rules a careful publisher applies to a progress file beyond its shape: its dates must be possible (a
 * file is published on or after the day its figures describe, and neither date lies in the future), and
 * every official figure or status cites its source in full, as the README promises: title, publisher,
 * address, date and the quoted sentence.
 */
import type { ProgressFile } from '../../schemas/progress.ts';
import type { PathSegment } from './problems.ts';

export interface RuleProblem {
  path: PathSegment[];
  en: string;
  zh: string;
  fixEn: string;
  fixZh: string;
}

/**
 * Today's date in China (YYYY-MM-DD), where the bureaus publish: a date of today there is never "future".
 * `fixed` (VALIDATE_TODAY=YYYY-MM-DD, passed in by the commands) fixes it: tests, or re-checking an old tree
 * as of a past day. Only the validator reads it: what the build writes never depends on the clock.
 */
export function todayInChina(now: Date = new Date(), fixed?: string): string {
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Dates in the future, when `today` is given (the validator passes it; the build does not): the publication
 * dates of earlier values. (`published` not in the future and on or after `asOf`, which together keep
 * `asOf` out of the future too, are checked beside the period in load.ts.)
 */
export function dateProblems(file: ProgressFile, today: string | undefined): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (!today) return out;
  const future = (path: PathSegment[], date: string, what: string, whatZh: string) =>
    out.push({
      path,
      en: `expected ${what} not later than today (${today}), found ${date}, which is in the future.`,
      zh: `${whatZh}不能晚于今天（${today}），实际为 ${date}，是将来的日期。`,
      fixEn: 'Correct the date (a typo in the year?); a report is committed once it has been published.',
      fixZh: '请更正日期（年份是否写错？）；进展在公开发布之后才提交。',
    });
  file.indicators.forEach((e, i) => {
    e.revisions?.forEach((r, k) => {
      if (r.published > today) future(['indicators', i, 'revisions', k, 'published'], r.published, 'the date the earlier value was published', '更正前数值的发布日期');
    });
  });
  return out;
}

const SOURCE_FIELDS = ['title', 'publisher', 'url', 'date', 'quote'] as const;
const SOURCE_ZH: Record<(typeof SOURCE_FIELDS)[number], string> = { title: '标题', publisher: '发布单位', url: '网址', date: '日期', quote: '原文引句' };

/** Official entries that state a figure or a status but cite their source only in part. */
export function sourceProblems(file: ProgressFile): RuleProblem[] {
  const out: RuleProblem[] = [];
  const lists = [
    ['indicators', file.indicators],
    ['clauses', file.clauses],
    ['projects', file.projects],
  ] as const;
  for (const [key, list] of lists) {
    list.forEach((entry, i) => {
      const provenance = entry.provenance ?? file.provenance;
      const source = entry.source as Record<string, string | undefined> | undefined;
      if (provenance !== 'official' || !source) return;
      const missing = SOURCE_FIELDS.filter((f) => !source[f] || !source[f]!.trim());
      if (missing.length === 0) return;
      out.push({
        path: [key, i, 'source'],
        en: `expected a full source for an official ${key === 'indicators' ? 'figure' : 'status'} (title, publisher, url, date and quote), found it without ${missing.join(', ')}.`,
        zh: `官方${key === 'indicators' ? '数据' : '状态'}须注明完整来源（标题、发布单位、网址、日期、原文引句），这里缺少：${missing.map((f) => SOURCE_ZH[f]).join('、')}。`,
        fixEn: 'Fill in every part from the publication (the quote is the sentence that states the figure), or mark the entry "illustrative".',
        fixZh: '请按发布的文件逐项填写（原文引句即写明该数字的那句话），或把该条标为 "illustrative"（示例数据）。',
      });
    });
  }
  return out;
}
