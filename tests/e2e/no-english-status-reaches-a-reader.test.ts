/**
 * One table of Chinese status labels (src/i18n/zh-CN.json): every status the method or a progress file
 * can give has a Chinese label, and no English status id is visible as text on any page of the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tk } from '../../src/i18n/index.ts';
import { STATUS_ORDER } from '../../src/lib/progress/status.ts';
import { ClauseStatusSchema, ProjectStatusSchema, RecordedIndicatorStatusSchema } from '../../src/schemas/progress.ts';
import { walk } from '../helpers/crawl.ts';
import { REPO } from '../helpers/run.ts';

const DIST = process.env.E2E_DIST ?? join(REPO, 'dist');
const ids = [
  ...STATUS_ORDER.map((s) => `status.${s}`),
  ...RecordedIndicatorStatusSchema.options.map((s) => `status.${s}`),
  ...ClauseStatusSchema.options.map((s) => `clauseStatus.${s}`),
  ...ProjectStatusSchema.options.map((s) => `projectStatus.${s}`),
];

describe('status labels', () => {
  it('every status has a Chinese label in the one table', () => {
    const missing = ids.filter((k) => tk(k) === k || !/[\u4e00-\u9fff]/.test(tk(k)));
    expect(missing).toEqual([]);
  });

  it('no English status id is visible on any page', () => {
    const words = [...new Set(ids.map((k) => k.split('.')[1]!))].filter((w) => w.includes('-'));
    const seen: string[] = [];
    for (const file of walk(DIST).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(file, 'utf8')
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ');
      for (const w of words) if (new RegExp(`(^|[^a-z-])${w}([^a-z-]|$)`).test(text)) seen.push(`${file.slice(DIST.length)}: ${w}`);
    }
    expect(seen).toEqual([]);
  });
});
