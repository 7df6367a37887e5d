/**
 * The importer proposes the region's division code where the metadata file has none: the code a portal
 * page's 信息公开 table gives (when it is this region), else the one region of that name in the province;
 * otherwise it lists the candidates. Proposed in the import output and the review report, never applied.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtmlDocument } from '../../src/lib/import/read-html.ts';
import { proposeRegionCode } from '../../src/lib/import/region-code.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const PINGLUO = { name: '平罗县', parent: '石嘴山市', province: '宁夏回族自治区' };
const html = (info: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>页</title></head><body><table class="info"><tr><td>索引号：640221/2026-00012</td><td>主题分类：教育</td></tr><tr><td>发布机构：</td><td>平罗县教育局</td><td>${info}</td></tr></table><div id="zoom"><p>　　平罗县“十五五”教育发展规划正文。</p></div></body></html>`;

describe('the region code the importer proposes', () => {
  it('reads a division code from the 信息公开 table of a portal page', () => {
    expect(readHtmlDocument(new Uint8Array(Buffer.from(html('行政区划代码：640221')))).metadata.regionCode).toBe('640221');
    expect(readHtmlDocument(new Uint8Array(Buffer.from(html('成文日期：2026年3月5日')))).metadata.regionCode).toBeUndefined();
  });
  it("takes the page's code when it names this region, else the one region of that name in the province", () => {
    expect(proposeRegionCode(PINGLUO, { regionCode: '640221' })).toMatchObject({ code: '640221', from: 'page' });
    expect(proposeRegionCode(PINGLUO)).toMatchObject({ code: '640221', from: 'name' });
    // A page code of another region (兴庆区) is not taken for 平罗县.
    expect(proposeRegionCode(PINGLUO, { regionCode: '640104' })).toMatchObject({ code: '640221', from: 'name' });
  });
  it('lists the candidates when the name is not unique in its province, and proposes nothing when the metadata has a code', () => {
    const p = proposeRegionCode({ name: '鼓楼区', parent: null, province: '江苏省' });
    expect(p && p.code === null ? p.candidates.map((d) => [d.code, d.city]) : p).toEqual([
      ['320106', '南京市'],
      ['320302', '徐州市'],
    ]);
    expect(proposeRegionCode({ ...PINGLUO, code: '640221' })).toBeNull();
  });
  it('says the proposal in the import output and the review report, and writes no code by itself', () => {
    const root = fixtureRoot();
    const dir = mkdtempSync(join(tmpdir(), 'region-code-'));
    writeFileSync(join(dir, 'plan.txt'), readFileSync(join(FIXTURES, 'import', 'chapter-layout.txt'), 'utf8'));
    writeFileSync(join(dir, 'plan.yaml'), readFileSync(join(FIXTURES, 'import', 'chapter-layout.yaml'), 'utf8').replace('name: 河西县', 'name: 平罗县').replace('parent: 示例市', 'parent: 石嘴山市'));
    const r = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', root], { CONTENT_LANG: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('行政区划代码：640221（宁夏回族自治区石嘴山市平罗县），按地区名称和省份查得（唯一），未自动采用。核对无误后，请在元数据文件的 region 下写入 code: "640221"。');
    expect(readFileSync(join(root, 'import-reports', 'hexi-edu-2026-2030.html'), 'utf8')).toContain('行政区划代码（建议）');
    expect(readFileSync(join(root, 'content/plans/hexi-edu-2026-2030/plan.md'), 'utf8')).not.toContain('code:');
    const en = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', fixtureRoot(), '--lang', 'en']);
    expect(en.stdout).toContain('region code: 640221 "宁夏回族自治区石嘴山市平罗县", the one region of that name in its province; not applied.');
  });
});
