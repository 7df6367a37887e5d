/**
 * A full-text page writes what its clauses' citations share once (title, issuer, dates, address) and each
 * clause composes its GB/T 7714 reference from that form: the composed reference is, character for
 * character, the one citeGbt writes for the clause's permalink, for every clause of every plan and for plans
 * without an issuer, a date of issue or a region (佚名), clauses without a label included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { citation } from '../../src/lib/model/clauses.ts';
import { citeGbt, clauseCitationForm, composeClauseGbt } from '../../src/lib/publish/citation.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const PAGE = 'https://www.example.gov.cn/jyj/ghgk/plans/x/text/';
const expected = (plan: PlanBundle, label: string, id: string, accessed: string) => citeGbt({ plan, label, url: `${PAGE}#${id}`, accessed });

describe('a clause citation composed from its page’s form', () => {
  it('is the reference citeGbt writes, for every clause of every plan', () => {
    let n = 0;
    for (const plan of model.plans) {
      const form = clauseCitationForm({ plan, accessed: '2026-03-15', page: PAGE });
      expect(form.title).toBe(plan.plan.title);
      for (const c of plan.clauses) {
        expect(composeClauseGbt(form, c.label, c.id), `${plan.id} ${c.id}`).toBe(expected(plan, c.label, c.id, '2026-03-15'));
        expect(`《${form.title}》${c.label}`).toBe(citation(plan.plan.title, c));
        n++;
      }
    }
    expect(n).toBeGreaterThan(400);
  });

  it('is the same for plans without an issuer, a date of issue or a region, and for a clause without a label', () => {
    const base = model.plans[0]!;
    const variants = fc.record({
      issuer: fc.constantFrom(null, '某县教育局', ['甲局', '乙局']),
      issued: fc.constantFrom(null, '2021-02-03'),
      region: fc.constantFrom('平罗县', '', '  '),
      title: fc.string({ minLength: 1, maxLength: 12 }),
      label: fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    });
    fc.assert(
      fc.property(variants, (v) => {
        const plan = { ...base, plan: { ...base.plan, title: v.title, issuer: v.issuer, issued: v.issued, region: { ...base.plan.region, name: v.region } } } as PlanBundle;
        const form = clauseCitationForm({ plan, accessed: '2024-01-01', page: PAGE });
        expect(composeClauseGbt(form, v.label, v.id)).toBe(expected(plan, v.label, v.id, '2024-01-01'));
      }),
    );
  });
});
