/**
 * Defence in depth: even content that skipped the validator cannot run code. The pages are built straight
 * from a content tree full of payloads (every kind of field), opened in Chromium, and nothing executes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { NODE, REPO } from '../helpers/run.ts';
import { launchBrowser } from './browser.ts';

const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'">',
];
const URL_PAYLOAD = 'javascript:window.__pwned="url"';

let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let base = '';
let browser: Browser;

beforeAll(async () => {
  const root = fixtureRoot();
  const P = join(root, 'content/plans/demo-edu-2021-2025');
  const bad = PAYLOADS.join(' ');
  const md = readFileSync(join(P, 'plan.md'), 'utf8')
    .replace('title: 示例县教育事业发展“十四五”规划', `title: ${JSON.stringify(`示例${bad}`)}`)
    .replace('name: 示例县', `name: ${JSON.stringify(`示例县${bad}`)}`)
    .replace('为推动示例县教育事业高质量发展，制定本规划。', `为推动${bad} [点击](${URL_PAYLOAD}) <a href="${URL_PAYLOAD}">链接</a>`);
  writeFileSync(join(P, 'plan.md'), md);
  const ind = JSON.parse(readFileSync(join(P, 'indicators.json'), 'utf8'));
  ind.indicators[0].name = `学前教育毛入园率${bad}`;
  ind.indicators[1].target.text = bad;
  writeFileSync(join(P, 'indicators.json'), JSON.stringify(ind));
  const progPath = join(root, 'content/progress/demo-edu-2021-2025/2023.json');
  const prog = JSON.parse(readFileSync(progPath, 'utf8'));
  prog.indicators[0].note = bad;
  prog.indicators[0].source = { title: bad }; // a javascript: url is refused by the schema itself
  prog.clauses[0].summary = bad;
  writeFileSync(progPath, JSON.stringify(prog));
  const out = mkdtempSync(join(tmpdir(), 'hostile-'));
  const r = spawnSync(NODE, [join(REPO, 'tests/helpers/build-unvalidated.ts'), root, out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  site = await serveStatic(out);
  base = site.base;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('nothing executes on any page that shows the payloads', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const paths = [
    '/',
    '/plans/demo-edu-2021-2025/',
    '/plans/demo-edu-2021-2025/text/',
    '/plans/demo-edu-2021-2025/indicators/preschool-gross-enrolment/',
    '/plans/demo-edu-2021-2025/indicators/compulsory-quality-balanced/',
    '/plans/demo-edu-2021-2025/measures/',
  ];
  for (const path of paths) {
    await page.goto(base + path);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), path).toBeUndefined();
    expect(await page.locator('script:not([src])').count(), path).toBe(0);
    const text = await page.locator('body').textContent();
    expect(text, path).toContain('<script>');
    for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href.toLowerCase(), path).not.toMatch(/^\s*javascript:/);
    }
  }
  expect(dialogs).toEqual([]);
});
