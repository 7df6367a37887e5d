/**
 * Reading and citing the full text: a table of contents to the depth of the outline, chapters that fold
 * without a script, one copy action per clause that appears where the reader is (not a button under
 * every paragraph), a GB/T 7714 reference for every clause, and a print stylesheet without the tools.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { citation } from '../../src/lib/model/clauses.ts';
import { lastUpdated } from '../../src/lib/progress/views.ts';
import { citeGbt } from '../../src/lib/publish/citation.ts';
import { REPO } from '../helpers/run.ts';

const PATH = '/plans/pingluo-edu-2021-2025/text/';
let browser: Browser;
let js: Page;
let nojs: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
// Fresh pages for every test: no pointer position, focus, scroll or emulated media carries over from the
// test before (a pointer left over a clause showed its :hover citation in the next test). Contexts are left
// open until the browser closes: the packaged Chromium runs as a single process, and closing a context
// there can close the browser.
beforeEach(async () => {
  ({ page: js } = await openPage(browser, { viewport: { width: 1000, height: 800 } }));
  ({ page: nojs } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
});
afterAll(async () => {
  await browser?.close();
});

describe('the full text', () => {
  it('has a table of contents to the depth of the outline, not only the chapters', async () => {
    await nojs.goto(PATH);
    const toc = nojs.getByRole('navigation', { name: '目录' });
    expect(await toc.locator(':scope > ol > li').count()).toBe(4);
    expect(await toc.locator('ol ol ol a').count()).toBeGreaterThan(0);
    expect(await toc.getByRole('link', { name: '（一）指导思想' }).getAttribute('href')).toBe('#s3-1');
  });

  it('chapters fold and unfold without a script', async () => {
    await nojs.goto(PATH);
    const chapter = nojs.locator('details.chapter').nth(1);
    expect(await nojs.locator('details.chapter').count()).toBe(4);
    const inner = chapter.locator('.clause').nth(2);
    expect(await inner.isVisible()).toBe(true);
    await chapter.locator('summary').click();
    expect(await inner.isVisible()).toBe(false);
    await chapter.locator('summary').click();
    expect(await inner.isVisible()).toBe(true);
  });

  it('shows no copy button until the reader points at a clause, then exactly one, beside that clause', async () => {
    await js.goto(PATH);
    expect(await js.getByRole('button', { name: '复制引用' }).count()).toBe(0);
    await js.locator('#s3-2-1').hover();
    expect(await js.getByRole('button', { name: '复制引用' }).count()).toBe(1);
    expect(await js.locator('#s3-2-1 .clause-tools').getByRole('button', { name: '复制引用' }).isVisible()).toBe(true);
    await js.locator('#s3-2-2').hover();
    expect(await js.getByRole('button', { name: '复制引用' }).count()).toBe(1);
    expect(await js.locator('#s3-2-2 .clause-tools').getByRole('button', { name: '复制引用' }).count()).toBe(1);
  });

  it('the keyboard reaches the same action: focus a clause permalink, Tab once more to the button', async () => {
    await js.goto(PATH);
    await js.locator('#s3-2-1').getByRole('link', { name: /固定链接/ }).focus();
    await js.keyboard.press('Tab');
    expect(await js.evaluate(() => document.activeElement?.textContent)).toBe('复制引用');
  });

  it('every clause carries a GB/T 7714 reference with its permalink; it shows when the clause is linked to', async () => {
    await js.goto(`${PATH}#s3-2-1`);
    await js.mouse.move(0, 0); // the pointer rests nowhere near a clause: :hover shows nothing here
    const gbt = js.locator('#s3-2-1 .gbt-text');
    expect(await gbt.isVisible()).toBe(true);
    expect(await gbt.textContent()).toMatch(/^平罗县人民政府\. 平罗县教育事业发展“十四五”规划（2021-2025年）: 三、（二）1\.\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. http:\/\/localhost:4321\/plans\/pingluo-edu-2021-2025\/text\/#s3-2-1\.$/);
    expect(await js.locator('#s3-2-1 cite').textContent()).toBe('《平罗县教育事业发展“十四五”规划（2021-2025年）》三、（二）1.');
    expect(await js.locator('#s3-2-2 .gbt-text').isVisible()).toBe(false);
  });

  it('the script composes, for every clause, the very citations the build would have written beside it', async () => {
    await js.goto(PATH);
    const plan = loadContent(REPO).model.plans.find((p) => p.id === 'pingluo-edu-2021-2025')!;
    const accessed = lastUpdated(plan) ?? plan.plan.issued ?? `${plan.plan.period.start}-01-01`;
    // Each clause's permalink is focused (as Tab does), and what the script wrote beside it is read.
    const shown = await js.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.plan-text .clause-tools')].map((tools) => {
        tools.querySelector('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        const clause = tools.previousElementSibling?.matches('summary') ? tools.previousElementSibling : tools.parentElement!;
        return { id: clause.id, cite: tools.querySelector('cite')?.textContent, gbt: tools.querySelector('.gbt-text')?.textContent };
      }),
    );
    expect(shown.length).toBeGreaterThan(100);
    for (const { id, cite, gbt } of shown) {
      const clause = plan.clauses.find((c) => c.id === id)!;
      expect(cite, id).toBe(citation(plan.plan.title, clause));
      expect(gbt, id).toBe(citeGbt({ plan, label: clause.label, url: `http://localhost:4321/plans/pingluo-edu-2021-2025/text/#${id}`, accessed }));
    }
  });

  it('without a script, a linked clause shows its label on its permalink, and the page says how to cite a clause', async () => {
    await nojs.goto(`${PATH}#s3-2-1`);
    await nojs.mouse.move(0, 0);
    // Hidden, the label is a 1-pixel clip (still in the link's name); shown, it is as wide as its text.
    const width = async (id: string) => (await nojs.locator(`#${id} .permalink .label`).boundingBox())!.width;
    expect(await width('s3-2-1')).toBeGreaterThan(20);
    expect(await nojs.locator('#s3-2-1 .permalink').textContent()).toBe('固定链接：三、（二）1.');
    expect(await width('s3-2-2')).toBeLessThanOrEqual(1);
    // The hidden label is still read out as the link's name (a screen reader's name may put a space before it).
    expect(await nojs.locator('#s3-2-2').getByRole('link', { name: /^固定链接 ?：三、（二）2\.$/ }).count()).toBe(1);
    const how = nojs.locator('#cite-how');
    expect(await how.isVisible()).toBe(true);
    expect(await how.locator('.cite-text').textContent()).toMatch(/^平罗县人民政府\. 平罗县教育事业发展“十四五”规划（2021-2025年）: 〔条款编号〕\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. http:\/\/localhost:4321\/plans\/pingluo-edu-2021-2025\/text\/#〔条款锚点〕\.$/);
  });

  it('writes the title, issuer and address of the citations once a page, not once a clause', async () => {
    const html = await (await fetch(new URL(PATH, baseURL()))).text();
    const clauses = (html.match(/class="clause-tools"/g) ?? []).length;
    expect(clauses).toBeGreaterThan(100);
    expect(html.split('平罗县人民政府. ').length - 1, 'the GB/T form: once on the article, once in how to cite, once in the whole plan’s citation').toBeLessThanOrEqual(3);
    expect(html).not.toContain('data-gbt=');
    expect(html).not.toContain('class="gbt-text"');
  });

  it('prints without the table of contents, the tools or the navigation', async () => {
    await nojs.goto(PATH);
    await nojs.emulateMedia({ media: 'print' });
    expect(await nojs.getByRole('navigation', { name: '目录' }).isVisible()).toBe(false);
    expect(await nojs.locator('#s3-2-1 .clause-tools').isVisible()).toBe(false);
    expect(await nojs.locator('#s3-2-1 .clause-body').isVisible()).toBe(true);
    await nojs.emulateMedia({ media: 'screen' });
  });
});
