/** The five shipped plans, imported afresh from content/sources/ for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlanSchema } from '../../src/schemas/plan.ts';
import { importPlan, type ImportResult } from '../../src/lib/import/import-plan.ts';
import type { Block, TableBlock } from '../../src/lib/import/parse-plan.ts';
import { REPO } from './run.ts';

export const SOURCES = join(REPO, 'content', 'sources');

export interface ShippedPlan {
  id: string;
  source: string;
  result: ImportResult;
}

export function importShipped(): ShippedPlan[] {
  return readdirSync(SOURCES)
    .filter((n) => n.endsWith('.yaml') && !n.endsWith('.profile.yaml'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.yaml$/, '');
      const meta = PlanSchema.parse(parse(readFileSync(join(SOURCES, name), 'utf8')));
      const source = readFileSync(join(SOURCES, `${id}.txt`), 'utf8');
      const concepts = new Set((JSON.parse(readFileSync(join(REPO, 'content', 'concepts.json'), 'utf8')) as { concepts: Array<{ id: string }> }).concepts.map((c) => c.id));
      return { id, source, result: importPlan(source, meta, concepts) };
    });
}

export function tablesOf(blocks: readonly Block[]): TableBlock[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'box' ? tablesOf(b.children) : []));
}
