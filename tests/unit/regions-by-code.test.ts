/**
 * Regions are told apart by their administrative division code (GB/T 2260): the lookup by code and by
 * name, and the validator's rules on a plan's region (the code exists; name, level, city and province agree
 * with it; a code is suggested where none is written; same-name regions are two regions by their codes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidatesFor, divisionByCode, divisionsNamed } from '../../src/lib/model/divisions.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, formatProblemZh } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/run.ts';
import { regionSlug } from '../../src/lib/progress/slugs.ts';
import { departmentViews, movedDepartmentPages, movedRegionPages, regionViews } from '../../src/lib/progress/views.ts';
import { formerNamesLine } from '../../src/lib/site/region-page.ts';
import { groupByRegion } from '../../src/lib/site/regions.ts';
import { searchRecords } from '../../src/lib/publish/search-records.ts';
import { compareViews } from '../../src/lib/progress/compare.ts';
import { compareRowCells } from '../../src/lib/site/pages/compare.ts';

const DEMO = 'content/plans/demo-edu-2021-2025/plan.md';
const GOOD_REGION = /region:\n(?: {2}.*\n)+?(?=issuer:)/;

/** The good fixture with the demo plan's region block replaced (and, if given, a second plan of another region). */
function withRegions(region: string, other?: string): string {
  const root = fixtureRoot();
  const file = join(root, DEMO);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(GOOD_REGION, `region:\n${region}`));
  if (other) {
    mkdirSync(join(root, 'content/plans/other-edu-2021-2025'), { recursive: true });
    writeFileSync(join(root, 'content/plans/other-edu-2021-2025/plan.md'), text.replaceAll('demo-edu-2021-2025', 'other-edu-2021-2025').replace(GOOD_REGION, `region:\n${other}`));
  }
  return root;
}
const block = (name: string, level: string, parent: string | null, province: string, code?: string, extra = '') =>
  `  name: ${name}\n  level: ${level}\n  parent: ${parent ?? 'null'}\n  province: ${province}\n${code ? `  code: ${code}\n` : ''}${extra}`;

function regionLines(root: string) {
  const { problems, warnings } = loadContent(root);
  const ofRegion = (ps: typeof problems) => ps.filter((p) => p.field?.startsWith('region'));
  return { zh: ofRegion(problems).map(formatProblemZh), en: ofRegion(problems).map(formatProblem), warnings: ofRegion(warnings).map(formatProblemZh) };
}

describe('the division list', () => {
  it('finds a region by its code, with its city and province', () => {
    expect(divisionByCode('640381')).toEqual({ code: '640381', name: '青铜峡市', tier: 'county', province: '宁夏回族自治区', provinceCode: '640000', city: '吴忠市', cityCode: '640300' });
    expect(divisionByCode('640500')).toMatchObject({ name: '中卫市', tier: 'city', city: null });
    expect(divisionByCode('640000')).toMatchObject({ name: '宁夏回族自治区', tier: 'province' });
  });
  it('lists every region printed under one name, each with its city and province', () => {
    expect(divisionsNamed('新城区').map((d) => [d.code, d.city, d.province])).toEqual([
      ['150102', '呼和浩特市', '内蒙古自治区'],
      ['610102', '西安市', '陕西省'],
    ]);
    expect(divisionsNamed('朝阳区').map((d) => [d.code, d.city, d.province])).toEqual([
      ['110105', null, '北京市'],
      ['220104', '长春市', '吉林省'],
    ]);
    expect(divisionsNamed('和平区').map((d) => d.code)).toEqual(['120101', '210102']);
  });
  it('puts the districts of a provincial-level city and a directly administered county under the province, with no city', () => {
    expect(divisionByCode('110105')).toMatchObject({ tier: 'county', city: null, province: '北京市' });
    expect(divisionByCode('429004')).toMatchObject({ name: '仙桃市', tier: 'county', city: null, province: '湖北省' });
  });
  it('leaves out the placeholders that are no region: 市辖区 and the pseudo-city of directly administered counties', () => {
    expect(divisionByCode('640101')).toBeUndefined();
    expect(divisionByCode('429000')).toBeUndefined();
    expect(divisionsNamed('市辖区')).toEqual([]);
  });
  it('keeps development zones, which the list gives codes', () => {
    expect(divisionByCode('130171')).toMatchObject({ name: '石家庄高新技术产业开发区', city: '石家庄市' });
  });
  it('narrows the candidates for a printed name by its province, then its city', () => {
    expect(candidatesFor({ name: '鼓楼区', parent: null, province: '江苏省' }).map((d) => d.code)).toEqual(['320106', '320302']);
    expect(candidatesFor({ name: '鼓楼区', parent: '徐州市', province: '江苏省' }).map((d) => d.code)).toEqual(['320302']);
    // A province that has no such name: every region of that name, so that a misplaced one is still found.
    expect(candidatesFor({ name: '新城区', parent: null, province: '宁夏回族自治区' }).map((d) => d.code)).toEqual(['150102', '610102']);
  });
});

describe('a region without a code', () => {
  it('is a warning that suggests the code when the name is unique in its province', () => {
    const r = regionLines(withRegions(block('平罗县', 'county', '石嘴山市', '宁夏回族自治区')));
    expect(r.zh).toEqual([]);
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:5:3：字段 region.code：地区应填写行政区划代码（region.code），实际没有填写。名为“平罗县”的地区是 640221（宁夏回族自治区石嘴山市平罗县）。修改方法：请在 region 下加一行 code: "640221"。",
      ]
    `);
  });
  it('lists every candidate, with its city, when the name is not unique in its province', () => {
    const r = regionLines(withRegions(block('鼓楼区', 'district', null, '江苏省')));
    expect(r.warnings).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:5:3：字段 region.code：地区应填写行政区划代码（region.code），实际没有填写。名为“鼓楼区”的地区有 2 个：320106（江苏省南京市鼓楼区）、320302（江苏省徐州市鼓楼区）。修改方法：请从中选出本规划所属地区的代码，写在 region 下（code: "…"）。",
      ]
    `);
  });
});

describe('a region with a code', () => {
  it('agrees with the list: no problem, and an unquoted code (a YAML number) is the same code', () => {
    const root = withRegions(block('新城区', 'district', '西安市', '陕西省', '610102'));
    expect(regionLines(root)).toEqual({ zh: [], en: [], warnings: [] });
    expect(loadContent(root).model.plans[0]!.plan.region.code).toBe('610102');
  });
  it('a district of a provincial-level city names the province as its parent, or none', () => {
    expect(regionLines(withRegions(block('朝阳区', 'district', '北京市', '北京市', '"110105"'))).zh).toEqual([]);
    expect(regionLines(withRegions(block('朝阳区', 'district', null, '北京市', '"110105"'))).zh).toEqual([]);
  });
  it('refuses a code the list does not have, naming the code the name stands for', () => {
    expect(regionLines(withRegions(block('平罗县', 'county', '石嘴山市', '宁夏回族自治区', '"640299"'))).zh).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:9:9：字段 region.code：应为行政区划代码表（GB/T 2260）中的代码，实际为“640299”，代码表中没有。名为“平罗县”的地区是 640221（宁夏回族自治区石嘴山市平罗县）。修改方法：请填写本地区的代码。",
      ]
    `);
  });
  it('refuses a name that disagrees with the code, listing every candidate of the printed name (朝阳区)', () => {
    const r = regionLines(withRegions(block('朝阳区', 'district', '长春市', '吉林省', '"220102"')));
    expect(r.zh).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:5:9：字段 region.name：代码 220102 是吉林省长春市南关区，名称应为“南关区”，实际为“朝阳区”。名为“朝阳区”的地区有 2 个：110105（北京市朝阳区）、220104（吉林省长春市朝阳区）。修改方法：请改正代码或名称，使二者指同一个地区。",
      ]
    `);
    expect(r.en).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:5:9: region.name: expected the name "南关区" of code 220102 "吉林省长春市南关区", found "朝阳区". 2 regions are named "朝阳区": 110105 "北京市朝阳区", 220104 "吉林省长春市朝阳区". Correct the code or the name so that they name the same region.",
      ]
    `);
  });
  it('refuses a province that disagrees with the code, listing every 和平区', () => {
    expect(regionLines(withRegions(block('和平区', 'district', '沈阳市', '天津市', '"210102"'))).zh).toMatchInlineSnapshot(`
      [
        "content/plans/demo-edu-2021-2025/plan.md:8:13：字段 region.province：代码 210102 属于辽宁省，省份应为“辽宁省”，实际为“天津市”。名为“和平区”的地区有 2 个：120101（天津市和平区）、210102（辽宁省沈阳市和平区）。修改方法：请改正代码或省份，使二者一致。",
      ]
    `);
  });
  it('refuses a city (parent) or a level that disagrees with the code', () => {
    expect(regionLines(withRegions(block('新城区', 'district', '呼和浩特市', '陕西省', '"610102"'))).en[0]).toContain('region.parent: expected the city "西安市" of code 610102');
    expect(regionLines(withRegions(block('中卫市', 'county-level-city', null, '宁夏回族自治区', '"640500"'))).en[0]).toContain('region.level: expected a level of a city-level (地级) region (prefecture) for code 640500');
  });
});

describe('regions that share a printed name', () => {
  it('are two regions when each carries its own code (新城区 of 西安市 and of 呼和浩特市)', () => {
    const root = withRegions(block('新城区', 'district', '西安市', '陕西省', '"610102"'), block('新城区', 'district', '呼和浩特市', '内蒙古自治区', '"150102"'));
    expect(regionLines(root)).toEqual({ zh: [], en: [], warnings: [] });
    expect(loadContent(root).model.plans.map((p) => p.plan.region.code).sort()).toEqual(['150102', '610102']);
  });
  it('are refused when one has no code, since nothing else tells them apart', () => {
    const root = withRegions(block('新城区', 'district', '西安市', '陕西省', '"610102"'), block('新城区', 'district', '呼和浩特市', '内蒙古自治区'));
    expect(regionLines(root).en).toEqual([
      'content/plans/other-edu-2021-2025/plan.md:5:3: region.code: expected a code on regions that share the printed name "新城区", found "新城区" of "内蒙古自治区呼和浩特市" here and of "陕西省西安市" in demo-edu-2021-2025, not both with a code. Add region.code to both plans, so that the two regions keep their own pages.',
    ]);
  });
});

describe('former names', () => {
  it('are read with their codes and the last year they were used', () => {
    const root = withRegions(block('平罗县', 'county', '石嘴山市', '宁夏回族自治区', '"640221"', '  former:\n    - name: 旧平罗县\n      code: "640299"\n      until: 2015\n'));
    expect(regionLines(root).zh).toEqual([]);
    expect(loadContent(root).model.plans[0]!.plan.region.former).toEqual([{ name: '旧平罗县', code: '640299', until: 2015 }]);
  });
  it('refuse a former code that is not six digits', () => {
    const root = withRegions(block('平罗县', 'county', '石嘴山市', '宁夏回族自治区', '"640221"', '  former:\n    - name: 旧平罗县\n      code: "6402"\n'));
    expect(regionLines(root).en).toEqual(['content/plans/demo-edu-2021-2025/plan.md:12:13: region.former[0].code: expected the 6-digit administrative division code (GB/T 2260), e.g. "640381", found "6402".']);
  });
});

describe('pages key on the code', () => {
  it('a region keeps the pinyin of its name as its address when no other division reads the same, and adds its code when one does', () => {
    expect(regionSlug({ name: '平罗县', code: '640221' })).toBe('ping-luo-xian');
    expect(regionSlug({ name: '新城区', code: '610102' })).toBe('xin-cheng-qu-610102');
    expect(regionSlug({ name: '新城区', code: '150102' })).toBe('xin-cheng-qu-150102');
    // Without a code (a warning), the name is all there is.
    expect(regionSlug({ name: '示例县' })).toBe('shi-li-xian');
  });
  it('the shipped plans keep their region addresses; 泾源县, which reads like 靖远县 of 甘肃省, moves to one with its code and keeps the old one as a page that sends the reader on', () => {
    const views = regionViews(loadContent(REPO).model.plans);
    expect(views.map((r) => r.slug)).toEqual(['gu-yuan-shi', 'jing-yuan-xian-640424', 'ping-luo-xian', 'qing-tong-xia-shi', 'shi-zui-shan-shi', 'wu-zhong-shi', 'xing-qing-qu', 'yin-chuan-shi', 'zhong-wei-shi']);
    expect(movedRegionPages(views).map((m) => [m.slug, m.to.slug])).toEqual([['jing-yuan-xian', 'jing-yuan-xian-640424']]);
    // Its departments likewise: 泾源县教育体育局 keeps its old address too, and is still titled by its unshared name.
    const departments = departmentViews(loadContent(REPO).model.plans);
    const moved = movedDepartmentPages(departments).map((m) => [m.slug, m.to.slug, m.to.title]);
    expect(moved).toContainEqual(['jing-yuan-xian--jiao-yu-ti-yu-ju', 'jing-yuan-xian-640424--jiao-yu-ti-yu-ju', '教育体育局（泾源县）']);
    expect(moved.every(([from, to]) => from!.startsWith('jing-yuan-xian-') || from!.startsWith('jing-yuan-xian--') ? to!.startsWith('jing-yuan-xian-640424') : false)).toBe(true);
  });
  it('two 新城区 are two regions, each under its own city, with their own departments; the former name is kept', () => {
    const root = withRegions(
      block('新城区', 'district', '西安市', '陕西省', '"610102"'),
      block('新城区', 'district', '呼和浩特市', '内蒙古自治区', '"150102"', '  former:\n    - name: 新城县\n      until: 1990\n'),
    );
    const plans = loadContent(root).model.plans;
    const views = regionViews(plans);
    const xincheng = views.filter((v) => v.name === '新城区');
    expect(xincheng.map((v) => [v.slug, v.parentSlug, v.plans.map((p) => p.id)])).toEqual([
      ['xin-cheng-qu-150102', 'hu-he-hao-te-shi', ['other-edu-2021-2025']],
      ['xin-cheng-qu-610102', 'xi-an-shi', ['demo-edu-2021-2025']],
    ]);
    expect(formerNamesLine(xincheng[0]!.former)).toBe('曾用名：新城县（1990 年前）');
    // The former name's address leads to the region; the shared name's address, which either could claim, is left alone.
    expect(movedRegionPages(views).map((m) => [m.slug, m.to.slug])).toEqual([['xin-cheng-xian', 'xin-cheng-qu-150102']]);
    const departments = departmentViews(plans).filter((d) => d.name === '教育体育局');
    expect(departments.map((d) => [d.slug, d.title]).sort()).toEqual([
      ['xin-cheng-qu-150102--jiao-yu-ti-yu-ju', '教育体育局（呼和浩特市新城区）'],
      ['xin-cheng-qu-610102--jiao-yu-ti-yu-ju', '教育体育局（西安市新城区）'],
    ]);
    expect(groupByRegion(plans).map((p) => [p.name, p.cities.map((c) => c.slug)])).toEqual([
      ['内蒙古自治区', ['hu-he-hao-te-shi']],
      ['陕西省', ['xi-an-shi']],
    ]);
    // A comparison names a 新城区 with its city, so that two such rows are told apart (the second plan here has no indicators).
    const rows = compareViews(plans, loadContent(root).model.concepts, []).flatMap((v) => v.series.map((x) => compareRowCells(x).region));
    expect(rows).toEqual(['西安市新城区']);
    const record = searchRecords(plans).find((r) => r.url.includes('other-edu-2021-2025') && r.meta.kind === '规划')!;
    expect(record.content.replace(/\s+/g, '')).toContain('原新城县');
  });
});
