/** Imports a fixture of tests/fixtures/import (its .txt with its .yaml) in memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlanSchema, type Plan } from '../../src/schemas/plan.ts';
import { importPlan, type ImportOptions, type ImportResult } from '../../src/lib/import/import-plan.ts';
import { ImportError } from '../../src/lib/import/parse-plan.ts';
import { FIXTURES } from './fixtures.ts';

export const IMPORT_FIXTURES = join(FIXTURES, 'import');

export function fixtureMeta(name: string): Plan {
  return PlanSchema.parse(parse(readFileSync(join(IMPORT_FIXTURES, `${name}.yaml`), 'utf8')));
}

export function fixtureText(name: string): string {
  return readFileSync(join(IMPORT_FIXTURES, `${name}.txt`), 'utf8');
}

export function importFixture(name: string, text = fixtureText(name), opts: ImportOptions = {}): ImportResult {
  return importPlan(text, fixtureMeta(name), new Set(), opts);
}

/** The refusal an import of `text` ends in; fails the test if it imports. */
export function refusalOf(name: string, text: string): ImportError {
  try {
    importFixture(name, text);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('imported without complaint');
}
