/**
 * Download columns are declared once and typed: a row whose key is misspelt fails `npm run typecheck`
 * (the @ts-expect-error lines below fail the type check if the error ever goes away), instead of silently
 * emptying a column of the CSV.
 */
import { describe, expect, it } from 'vitest';
import { defineTable } from '../../src/lib/publish/downloads.ts';

const fields = [
  { name: 'plan_id', type: 'string', description: '规划编号' },
  { name: 'value_2024', type: 'number', description: '2024年实际值' },
] as const;

describe('download columns', () => {
  it('a row with every declared column makes a table', () => {
    const rows = [{ plan_id: 'pingluo-edu-2021-2025', value_2024: 93.1 }];
    expect(defineTable({ name: 't', title: 't', fields, rows }).rows).toEqual(rows);
  });

  it('a misspelt or missing key does not type-check', () => {
    const misspelt = [{ plan_idd: 'pingluo-edu-2021-2025', value_2024: 93.1 }];
    // @ts-expect-error plan_idd is not a column: plan_id is missing
    defineTable({ name: 't', title: 't', fields, rows: misspelt });
    const missing = [{ plan_id: 'pingluo-edu-2021-2025' }];
    // @ts-expect-error value_2024 is declared but missing from the row
    defineTable({ name: 't', title: 't', fields, rows: missing });
    expect(true).toBe(true);
  });
});
