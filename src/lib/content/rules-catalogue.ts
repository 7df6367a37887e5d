/**
 * Rules between the catalogue (content/concepts.json) and what refers to it: an indicator mapped to a
 * concept, or a reference series, names a concept that exists and measures it in the concept's unit.
 */
import type { Concept } from '../../schemas/concepts.ts';
import type { ReferenceFile } from '../../schemas/reference.ts';
import type { ProblemCollector } from './collect.ts';
import type { Located } from './locate.ts';
import { problemAt } from './read-files.ts';
import type { LoadedPlan, PlanFolder } from './read-plan.ts';
import { closestIds } from './closest-ids.ts';

function unknownConcept(found: string, concepts: readonly Concept[]): string {
  const conceptIds = concepts.map((c) => c.id);
  return (
    `expected the id of a concept in content/concepts.json, found "${found}". ` +
    (conceptIds.length ? `Closest: ${closestIds(found, conceptIds).join(', ')}.` : 'The catalogue is empty or missing.')
  );
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
      const at = (message: string, fix: string) => problemAt(doc, file, ['indicators', i, 'concept'], message, fix);
      const concept = concepts.find((c) => c.id === ind.concept);
      if (!concept) {
        out.add(at(unknownConcept(ind.concept, concepts), 'Use a known id, add the concept to content/concepts.json, or remove "concept".'));
        return;
      }
      const first = mapped.get(concept.id);
      if (first && first.unit !== ind.unit) {
        out.add(at(`expected the unit ${JSON.stringify(first.unit)} that ${first.where} uses for concept "${concept.id}", found ${JSON.stringify(ind.unit)}. Indicators in different units are not the same measure.`, 'Map it to another concept, or remove "concept".'));
      } else if (ind.unit !== concept.unit) {
        out.add(at(`expected the unit "${concept.unit}" of concept "${concept.id}", found ${JSON.stringify(ind.unit)}.`, 'Map it to another concept, or remove "concept".'));
      }
      if (!first) mapped.set(concept.id, { unit: ind.unit, where: `${file} (${ind.id})` });
    });
  }
}

/** Every reference series names a known concept and uses its unit. */
export function referenceConceptRule(data: ReferenceFile, doc: Located, file: string, concepts: readonly Concept[], out: ProblemCollector): void {
  data.series.forEach((s, i) => {
    const concept = concepts.find((c) => c.id === s.concept);
    if (!concept) out.add(problemAt(doc, file, ['series', i, 'concept'], unknownConcept(s.concept, concepts)));
    else if (concept.unit !== s.unit) out.add(problemAt(doc, file, ['series', i, 'unit'], `expected the unit "${concept.unit}" of concept "${concept.id}", found "${s.unit}".`));
  });
}
