/**
 * Rules between the catalogue (content/concepts.json) and what refers to it: an indicator mapped to a
 * concept, or a reference series, names a concept that exists and measures it in the concept's unit.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import type { ProblemCollector } from './collect.ts';
import type { Located } from './locate.ts';
import { saidAt } from './read-files.ts';
import type { LoadedPlan, PlanFolder } from './read-plan.ts';
import { closestIds } from './closest-ids.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

function unknownConcept(found: string, concepts: readonly Concept[], indicator: boolean) {
  const conceptIds = concepts.map((c) => c.id);
  return bilingual(V.unknownConcept, { found, closest: conceptIds.length ? closestIds(found, conceptIds) : [], indicator });
}

/** Every indicator mapped to a concept names a known concept and uses its unit, as every other plan mapped to it does. */
export function conceptUnitRule(plans: readonly LoadedPlan[], folders: readonly PlanFolder[], concepts: readonly Concept[], out: ProblemCollector): void {
  const docs = new Map(folders.map((f) => [f.id, f.indicators]));
  const mapped = new Map<string, { unit: string | null; where: string }>();
  for (const plan of plans) {
    const file = `content/plans/${plan.id}/indicators.json`;
    const doc = docs.get(plan.id);
    plan.indicators.forEach((ind, i) => {
      if (!ind.concept || !doc) return;
      const at = (said: ReturnType<typeof bilingual>) => saidAt(doc, file, ['indicators', i, 'concept'], said);
      const concept = concepts.find((c) => c.id === ind.concept);
      if (!concept) {
        out.add(at(unknownConcept(ind.concept, concepts, true)));
        return;
      }
      const first = mapped.get(concept.id);
      if (first && first.unit !== ind.unit) {
        out.add(at(bilingual(V.conceptUnitElsewhere, { unit: first.unit, where: first.where, concept: concept.id, found: ind.unit })));
      } else if (ind.unit !== concept.unit) {
        out.add(at(bilingual(V.conceptUnit, { unit: concept.unit, concept: concept.id, found: ind.unit, mapped: true })));
      }
      if (!first) mapped.set(concept.id, { unit: ind.unit, where: `${file} (${ind.id})` });
    });
  }
}

/** Every reference series names a known concept and uses its unit. */
export function referenceConceptRule(data: ReferenceFile, doc: Located, file: string, concepts: readonly Concept[], out: ProblemCollector): void {
  data.series.forEach((s, i) => {
    const concept = concepts.find((c) => c.id === s.concept);
    if (!concept) out.add(saidAt(doc, file, ['series', i, 'concept'], unknownConcept(s.concept, concepts, false)));
    else if (concept.unit !== s.unit) out.add(saidAt(doc, file, ['series', i, 'unit'], bilingual(V.conceptUnit, { unit: concept.unit, concept: concept.id, found: s.unit, mapped: false })));
  });
}
