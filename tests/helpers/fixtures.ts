/**
 * Fixture trees for tests: `tests/fixtures/good` is a small valid content tree; each
 * `tests/fixtures/bad/<case>` holds only the files that differ, laid over a copy of the good tree.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** A fresh copy of the good tree with the named bad case laid over it; returns its root. */
export function fixtureRoot(badCase?: string): string {
  const root = mkdtempSync(join(tmpdir(), `fixture-${badCase ?? 'good'}-`));
  cpSync(join(FIXTURES, 'good'), root, { recursive: true });
  if (badCase) cpSync(join(FIXTURES, 'bad', badCase), root, { recursive: true });
  return root;
}
