/**
 * The whole path of a plan in a layout the shipped plans do not use (第X章/第X节, an indicator table for
 * 2025 → 2030, a 重点任务清单, a prose target confirmed by staff), from `npm run import` to the built site,
 * read in a browser: the plan shows its indicators (never 本规划没有指标表), each row of the task list is a
 * measure with its task, lead and supporting units and deadline, linked to its row in the full text and
 * listed by its departments, and an indicator whose baseline the plan never printed says so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';
import { departmentSlug } from '../../src/lib/progress/task-views.ts';
import { crawl } from '../helpers/crawl.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { follow, freshPage, launchBrowser } from './browser.ts';

const ID = 'hexi-edu-2026-2030';
const TABLE = 'ch3-sec2-1-t1';
const UNREAD = 'hedong-edu-2026-2030';
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser;
let page: Page;
let dist = '';

beforeAll(async () => {
  const root = fixtureRoot();
  const fixture = (ext: string) => join(FIXTURES, 'import', `chapter-layout.${ext}`);
  const first = runScript('import.ts', [fixture('txt'), fixture('yaml'), '--content', root]);
  if (first.code !== 0) throw new Error(first.stderr);
  // Staff confirm the prose target 一级及以上幼儿园占比达到60% in the profile, and import again.
  const profilePath = join(root, 'content/sources', `${ID}.profile.yaml`);
  const profile = parse(readFileSync(profilePath, 'utf8'));
  const target = profile.proseTargets.find((t: { text: string }) => t.text.includes('一级及以上幼儿园占比'));
  target.confirmed = true;
  writeFileSync(profilePath, stringify(profile));
  const sources = join(root, 'content/sources');
  const again = runScript('import.ts', [join(sources, `${ID}.txt`), join(sources, `${ID}.yaml`), '--content', root]);
  if (again.code !== 0) throw new Error(again.stderr);
  // A second plan whose indicator table the importer cannot read (an unusual header, a caption without 指标).
  const tmp = mkdtempSync(join(tmpdir(), 'unread-table-'));
  writeFileSync(join(tmp, `${UNREAD}.txt`), readFileSync(fixture('txt'), 'utf8').replace('表1 河西县“十五五”教育事业发展主要指标', '表1 发展目标').replace('类别\t指标\t单位\t2025年\t2030年\t属性', '类别\t项目\t计量\t现状\t规划\t性质'));
  writeFileSync(join(tmp, `${UNREAD}.yaml`), readFileSync(fixture('yaml'), 'utf8').replace(`id: ${ID}`, `id: ${UNREAD}`).replace('name: 河西县', 'name: 河东县').replace(/河西县/gu, '河东县'));
  const unread = runScript('import.ts', [join(tmp, `${UNREAD}.txt`), join(tmp, `${UNREAD}.yaml`), '--content', root]);
  if (unread.code !== 0) throw new Error(unread.stderr);
  dist = join(mkdtempSync(join(tmpdir(), 'imported-site-')), 'dist');
  const built = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
  if (built.code !== 0) throw new Error(built.stderr);
  site = await serveStatic(dist);
  browser = await launchBrowser();
  page = await (await browser.newContext({ baseURL: site.base, locale: 'zh-CN' })).newPage();
}, 300_000);

// A fresh page for every test (freshPage): nothing one test does to its page carries into the next.
beforeEach(async () => {
  page = await freshPage(page);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a 十五五 plan imported from a county’s text', () => {
  it('shows its indicator table on the plan page, never 本规划没有指标表', async () => {
    await page.goto(`/plans/${ID}/`);
    const body = (await page.locator('main').textContent())!;
    expect(body).not.toContain('本规划没有指标表');
    expect(body).toContain('学前三年毛入园率');
    expect(body).toContain('高中阶段毛入学率');
  });

  it('does not say a plan has no indicator table when it prints one the importer could not read, and points to it', async () => {
    await page.goto(`/plans/${UNREAD}/`);
    const body = (await page.locator('main').textContent())!;
    expect(body).not.toContain('本规划没有指标表');
    expect(body).toContain('本站没有从本规划的表格中读出指标');
    await page.locator('#indicators ~ p a, section[aria-labelledby="indicators"] p a', { hasText: '表1' }).first().click();
    await page.waitForURL(`**/plans/${UNREAD}/text/#ch2-sec2-t1`);
    await page.goto('/');
    expect(await page.locator('main').textContent()).toContain('本站没有从原文表格中读出指标');
  });

  it('lists every row of the task list as a measure with its task, lead and supporting units and deadline', async () => {
    await page.goto(`/plans/${ID}/measures/`);
    const first = page.locator(`li[id="${TABLE}-r1"]`);
    const text = (await first.textContent())!.replace(/\s+/gu, '');
    expect(text).toContain('表2第1行');
    expect(text).toContain('新建城北幼儿园，新增学位360个');
    expect(text).toContain('所属任务：学前教育扩容');
    expect(text).toContain('县教育局（牵头）、县发展改革局（配合）');
    expect(text).toContain('完成时限：2027年底前');
    // The merged 序号 and 重点任务 cells are carried down to the row below them.
    expect((await page.locator(`li[id="${TABLE}-r3"]`).textContent())!.replace(/\s+/gu, '')).toContain('所属任务：义务教育提质');
    expect((await page.locator(`li[id="${TABLE}-r4"]`).textContent())!.replace(/\s+/gu, '')).toContain('完成时限：每年9月底前');
  });

  it('links a measure to its row in the full text, and the table back to its measures', async () => {
    await page.goto(`/plans/${ID}/measures/`);
    await page.locator(`li[id="${TABLE}-r2"] a`).first().click();
    await page.waitForURL(`**/plans/${ID}/text/#${TABLE}-r2`);
    const row = page.locator(`tr[id="${TABLE}-r2"]`);
    expect((await row.textContent())!).toContain('实施薄弱学校改造项目12个');
    const table = page.locator(`[id="${TABLE}"]`);
    // A static page, loaded: nothing arrives later, so it is read once, not polled against a one-second clock.
    expect(await table.locator('.related a').textContent()).toBe('本表各项措施的进展与责任单位');
  });

  it('lists a row on the page of a department it names only as a supporting unit', async () => {
    await page.goto(`/departments/${departmentSlug('河西县', '县发展改革局')}/`);
    const body = (await page.locator('main').textContent())!.replace(/\s+/gu, '');
    expect(body).toContain('表2第1行');
    expect(body).toContain('新建城北幼儿园');
  });

  it('publishes a confirmed prose target as an indicator that says its baseline was not printed', async () => {
    await page.goto(`/plans/${ID}/`);
    const link = page.locator('a', { hasText: '一级及以上幼儿园占比' }).first();
    await follow(page, link);
    const body = (await page.locator('main').textContent())!;
    expect(body).toContain('一级及以上幼儿园占比');
    expect(body).toContain('达到60%');
    expect(body).not.toMatch(/NaN|undefined|null/u);
    // Nothing was printed as its baseline: the page says the plan states none, not that a cell was blank.
    expect(body).toContain('规划只写了目标，未载明基线');
    expect(body).toContain('（规划未载明）');
    expect(body).not.toContain('空白');
    expect(body).not.toContain('原表');
    expect(body).toContain('原文此句：');
  });

  it('leaves no link broken', () => {
    expect(crawl(dist).broken).toEqual([]);
  });
});
