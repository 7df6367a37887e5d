/**
 * A citation that can be used: its author (GB/T 7714 主要责任者) is the issuing body where the metadata
 * knows it, else the region's government, and 佚名 only where nothing is known; its address is the site's
 * public one. A build without SITE_URL warns that its links name localhost, and a build to deploy
 * (`npm run build -- --deploy`, as the CI pipelines' deploy jobs run it) is refused without it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { citationAuthor, citeGbt } from '../../src/lib/publish/citation.ts';
import type { PlanBundle } from '../../src/lib/model/plan.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';

const plans = loadContent(REPO).model.plans;
const plan = (id: string) => plans.find((p) => p.id === id)!;
const withMeta = (p: PlanBundle, meta: Partial<PlanBundle['plan']>): PlanBundle => ({ ...p, plan: { ...p.plan, ...meta } });

describe('the author of a citation', () => {
  it('is the issuing body where the metadata names it', () => {
    expect(citationAuthor(plan('qingtongxia-edu-2021-2025'))).toBe('青铜峡市人民政府办公室');
    const two = withMeta(plan('qingtongxia-edu-2021-2025'), { issuer: ['青铜峡市教育局', '青铜峡市发展和改革局'] });
    expect(citeGbt({ plan: two, url: 'u', accessed: '2026-01-01' })).toMatch(/^青铜峡市教育局, 青铜峡市发展和改革局\. /);
  });

  it('is the region’s government where the text does not say who issued it', () => {
    const p = plan('pingluo-edu-2021-2025');
    expect(p.plan.issuer).toBeNull();
    expect(citationAuthor(p)).toBe('平罗县人民政府');
    expect(citeGbt({ plan: p, url: 'https://www.example.gov.cn/plans/pingluo-edu-2021-2025/', accessed: '2026-01-01' })).toMatch(
      /^平罗县人民政府\. 平罗县教育事业发展“十四五”规划（2021-2025年）\[EB\/OL\]\. (\(\d{4}-\d{2}-\d{2}\))?\[2026-01-01\]\. https:\/\/www\.example\.gov\.cn\/plans\/pingluo-edu-2021-2025\/\.$/,
    );
  });

  it('is 佚名 only where nothing is known', () => {
    const p = plan('pingluo-edu-2021-2025');
    const unknown = withMeta(p, { issuer: null, region: { ...p.plan.region, name: ' ' } });
    expect(citationAuthor(unknown)).toBe('佚名');
    expect(plans.map(citationAuthor)).not.toContain('佚名');
  });
});

describe('SITE_URL for citations', () => {
  const fault = { BUILD_FAULT: 'validate' };
  const dist = () => join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');

  it('a build without it warns, in Chinese, that its links name localhost', () => {
    // BUILD_FAULT stops the build once the content is read: the warning comes before.
    const r = runScript('build.ts', [], { SITE_URL: '', CONTENT_ROOT: fixtureRoot(), DIST_DIR: dist(), ...fault });
    expect(r.stderr).toContain('提示（warning）：没有设置 SITE_URL，本次生成的网站中，引用、嵌入代码、订阅和分享链接的地址都是 http://localhost:4321，只在本机有效。');
    const given = runScript('build.ts', [], { SITE_URL: 'https://www.example.gov.cn', CONTENT_ROOT: fixtureRoot(), DIST_DIR: dist(), ...fault });
    expect(given.stderr).not.toContain('SITE_URL');
  });

  it('a build to deploy is refused without it, before anything is written', () => {
    const out = dist();
    const r = runScript('build.ts', ['--deploy'], { SITE_URL: '', CONTENT_ROOT: fixtureRoot(), DIST_DIR: out });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('发布用的构建（--deploy）必须设置 SITE_URL：否则引用、嵌入代码、订阅和分享链接的地址都会是 http://localhost:4321。');
    expect(existsSync(out)).toBe(false);
    const en = runScript('build.ts', ['--deploy', '--lang', 'en'], { SITE_URL: '', CONTENT_ROOT: fixtureRoot(), DIST_DIR: out });
    expect(en.stderr).toContain('a build to deploy (--deploy) needs SITE_URL');
    // With SITE_URL the deploy build goes on (here until the fault it was told to stop at).
    const given = runScript('build.ts', ['--deploy'], { SITE_URL: 'https://www.example.gov.cn', CONTENT_ROOT: fixtureRoot(), DIST_DIR: out, ...fault });
    expect(given.stderr).not.toContain('SITE_URL');
    expect(given.stderr).toContain('BUILD_FAULT=validate');
  });
});
