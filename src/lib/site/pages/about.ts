/** What the about page(s) take from the layers below lib/site: pages import only lib/site. */
export { AT_RISK, ON_TRACK, computeStatus, expectedValue } from '../../progress/status.ts';
export { formatValue } from '../../model/format.ts';
export { statusKey } from '../../../i18n/index.ts';

import { computeStatus as judge } from '../../progress/status.ts';

/**
 * Worked examples for the status page, computed by the method itself so that they can never disagree with
 * it: one county's 学前教育毛入园率, 88.51% in 2020 with 95% the target for 2025, as reported in 2023.
 */
export function statusExamples() {
  const ind = { baseline: { year: 2020, value: 88.51, text: '88.51' }, target: { year: 2025, value: 95, text: '95' }, direction: 'increase' as const, unit: '%' };
  const mid = (value: number) => ({ value, result: judge(ind, [{ year: 2023, value }]) });
  const fin = (value: number) => ({ value, result: judge(ind, [{ year: 2025, value }], { periodOver: true }) });
  return {
    early: mid(95.2),
    onTrack: mid(92.3),
    atRisk: mid(91),
    offTrack: mid(89.5),
    achieved: fin(96.2),
    missed: fin(94.4),
  };
}
