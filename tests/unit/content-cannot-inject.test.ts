/**
 * Content cannot inject code: HTML, scripts, `javascript:` addresses and event attributes in any kind of
 * content field are refused by the validator, naming the file and the field or line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

export const PAYLOADS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1'];
const P = 'content/plans/demo-edu-2021-2025';
const G = 'content/progress/demo-edu-2021-2025/2023.json';

type Edit = (root: string, payload: string) => void;
const json = (file: string, change: (o: any, payload: string) => void): Edit => (root, payload) => {
  const path = join(root, file);
  const o = JSON.parse(readFileSync(path, 'utf8'));
  change(o, payload);
  writeFileSync(path, JSON.stringify(o, null, 2));
};
const text = (file: string, from: string, to: (payload: string) => string): Edit => (root, payload) => {
  const path = join(root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to(payload)));
};

/** field → [edit, file named, field or line named] */
const FIELDS: Record<string, [Edit, string, string]> = {
  'plan title': [text(`${P}/plan.md`, 'title: 示例县教育事业发展“十四五”规划', (x) => `title: '${x}'`), `${P}/plan.md`, 'title:'],
  'region name': [text(`${P}/plan.md`, 'name: 示例县', (x) => `name: '${x}'`), `${P}/plan.md`, 'region.name:'],
  'plan source': [text(`${P}/plan.md`, 'source: 测试用的示例文本，不是官方文件', (x) => `source: '${x}'`), `${P}/plan.md`, 'source:'],
  'Markdown body': [text(`${P}/plan.md`, '为推动示例县教育事业高质量发展，制定本规划。', (x) => (x.startsWith('javascript') ? `[链接](${x})` : x)), `${P}/plan.md`, `${P}/plan.md:20:1`],
  'indicator name': [json(`${P}/indicators.json`, (o, x) => (o.indicators[0].name = x)), `${P}/indicators.json`, 'indicators[0].name:'],
  'indicator printed value': [json(`${P}/indicators.json`, (o, x) => (o.indicators[1].target.text = x)), `${P}/indicators.json`, 'indicators[1].target.text:'],
  'project text': [json(`${P}/projects.json`, (o, x) => (o.projects[0].text = x)), `${P}/projects.json`, 'projects[0].text:'],
  'progress summary': [json(G, (o, x) => (o.clauses[0].summary = x)), G, 'clauses[0].summary:'],
  'progress note': [json(G, (o, x) => (o.indicators[0].note = x)), G, 'indicators[0].note:'],
  'source title': [json(G, (o, x) => (o.indicators[0].source = { title: x })), G, 'indicators[0].source.title:'],
  'source url': [json(G, (o, x) => (o.indicators[0].source = { title: '公报', url: x })), G, 'indicators[0].source.url:'],
  'concept definition': [json('content/concepts.json', (o, x) => (o.concepts[0].definition = x)), 'content/concepts.json', 'concepts[0].definition:'],
  'reference source': [json('content/reference/national.json', (o, x) => (o.series[0].points[0].source.publisher = x)), 'content/reference/national.json', 'series[0].points[0].source.publisher:'],
};

describe('the validator refuses code in content', () => {
  for (const [field, [edit, file, where]] of Object.entries(FIELDS)) {
    for (const payload of PAYLOADS) {
      it(`${field}: ${payload.slice(0, 24)}`, () => {
        const root = fixtureRoot();
        edit(root, payload);
        const lines = loadContent(root).problems.map(formatProblem);
        const line = lines.find((l) => l.includes(file) && l.includes(where));
        expect(line, lines.join('\n')).toBeDefined();
        expect(line).toMatch(/expected (plain text|the plan's text as plain Markdown), found (HTML markup|a script address|raw HTML|a link to|an event attribute)/);
      });
    }
  }
  it('plain Chinese text with brackets and colons is fine', () => {
    const root = fixtureRoot();
    json(G, (o) => (o.clauses[0].summary = '完成《方案》中“三个100%”目标：比例≥95%，a<b 不算标签。'))(root, '');
    expect(loadContent(root).problems.map(formatProblem)).toEqual([]);
  });
});
