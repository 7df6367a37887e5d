/**
 * What a journalist copies and downloads: the GB/T 7714-2015 reference and the plain citation of a plan,
 * clause and indicator; one indicator's CSV; the chart as PNG (same bytes every time, the Chinese font
 * inside the repository's dependencies); the plans in region order.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { cite, citeGbt, citePlain } from '../../src/lib/publish/citation.ts';
import { indicatorCsv, INDICATOR_CSV_COLUMNS } from '../../src/lib/publish/indicator-csv.ts';
import { shareCardSvg, svgToPng } from '../../src/lib/publish/images.ts';
import { indicatorChart } from '../../src/lib/charts/indicator-chart.ts';
import { indicatorViews } from '../../src/lib/progress/views.ts';
import { groupByRegion, orderByRegion } from '../../src/lib/site/regions.ts';
import { REPO } from '../helpers/run.ts';

const { model } = loadContent(REPO);
const plans = model.plans;
const plan = (id: string) => plans.find((p) => p.id === id)!;

describe('citations', () => {
  it('a clause in GB/T 7714-2015 form: issuer. title: clause[EB/OL]. (issued)[accessed]. permalink.', () => {
    const p = plan('qingtongxia-edu-2021-2025');
    const gbt = citeGbt({ plan: p, label: '三、（三）2.', url: 'https://example.gov.cn/plans/qingtongxia-edu-2021-2025/text/#s3-3-2', accessed: '2026-03-15' });
    expect(gbt).toBe(`青铜峡市人民政府办公室. 青铜峡市教育事业发展“十四五”规划: 三、（三）2.[EB/OL]. (${p.plan.issued})[2026-03-15]. https://example.gov.cn/plans/qingtongxia-edu-2021-2025/text/#s3-3-2.`);
  });

  it('an unknown issuer is the region’s government and an unknown date is left out, never guessed', () => {
    const p = plan('pingluo-edu-2021-2025');
    expect(p.plan.issuer).toBeNull();
    const gbt = citeGbt({ plan: p, url: 'u', accessed: '2026-01-01' });
    expect(gbt.startsWith('平罗县人民政府. 平罗县教育事业发展“十四五”规划（2021-2025年）[EB/OL]. ')).toBe(true);
    if (p.plan.issued === null) expect(gbt).toContain('[EB/OL]. [2026-01-01]. u.');
  });

  it('an indicator citation says when its yearly values are illustrative', () => {
    const c = cite({ plan: plan('qingtongxia-edu-2021-2025'), indicator: '学前教育毛入园率', url: 'u', accessed: '2026-01-01', illustrative: true });
    expect(c.gbt).toContain('青铜峡市教育事业发展“十四五”规划: 学前教育毛入园率[EB/OL]');
    expect(c.plain).toMatch(/^《青铜峡市教育事业发展“十四五”规划》“学前教育毛入园率”（青铜峡市人民政府办公室印发，.+）（年度数值为示例数据，非官方统计），u$/);
    expect(citePlain({ plan: plan('qingtongxia-edu-2021-2025'), url: 'u', accessed: 'x' })).not.toContain('示例数据');
  });
});

describe('one indicator as CSV', () => {
  it('has the baseline and target as printed, each yearly value with its provenance, and the plan on every row', () => {
    const view = indicatorViews(plan('qingtongxia-edu-2021-2025')).find((v) => v.indicator.id === 'preschool-gross-enrolment')!;
    const csv = indicatorCsv(view);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...INDICATOR_CSV_COLUMNS]);
    expect(rows[0]).toMatchObject({ row: '基线', year: '2020', printed_text: view.indicator.baseline.text, provenance: 'official' });
    expect(rows.at(-1)).toMatchObject({ row: '目标', year: '2025' });
    const yearly = rows.filter((r) => r.row === '实际值');
    expect(yearly.length).toBe(view.actuals.length);
    for (const r of yearly) expect(r).toMatchObject({ provenance: 'illustrative', provenance_note: '示例数据，非官方统计', plan_title: '青铜峡市教育事业发展“十四五”规划' });
  });

  it('a text target keeps its printed text and the status recorded each year', () => {
    const view = indicatorViews(plan('qingtongxia-edu-2021-2025')).find((v) => v.indicator.target.value === null)!;
    const rows = parseCsv(indicatorCsv(view).slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.at(-1)!.printed_text).toBe(view.indicator.target.text);
    expect(rows.some((r) => r.row === '实际值' && r.status !== '')).toBe(true);
  });
});

describe('images', () => {
  const svg = indicatorChart({
    id: 'x',
    name: '学前教育毛入园率',
    unit: '%',
    baseline: { year: 2020, value: 88.51, text: '88.51' },
    target: { year: 2025, value: 95, text: '95' },
    actuals: [{ year: 2021, value: 90.1, illustrative: true }],
    statusText: '按计划推进',
    frame: { title: '学前教育毛入园率 · 青铜峡市', plan: '青铜峡市教育事业发展“十四五”规划', sources: ['规划原文'], provenance: '示例数据，非官方统计' },
  });

  it('renders a chart to PNG at the asked width, the same bytes every time', async () => {
    const a = await svgToPng(svg, 660);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(660);
    const b = await svgToPng(svg.replace('<svg ', '<svg  '), 660);
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('draws the Chinese text with the bundled font (text as glyphs, not empty boxes)', async () => {
    const withText = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24">示例数据</text></svg>', 200);
    const tofu = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect x="4" y="8" width="22" height="24" fill="none" stroke="#000"/><rect x="30" y="8" width="22" height="24" fill="none" stroke="#000"/><rect x="56" y="8" width="22" height="24" fill="none" stroke="#000"/><rect x="82" y="8" width="22" height="24" fill="none" stroke="#000"/></svg>', 200);
    const empty = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"></svg>', 200);
    expect(withText.length).toBeGreaterThan(empty.length + 200);
    expect(Buffer.compare(withText, tofu)).not.toBe(0);
  });

  it('a share card is 1200×630 and says 示例数据 in words when the data is illustrative', () => {
    const card = shareCardSvg({ title: '平罗县教育事业发展“十四五”规划（2021-2025年）', subtitle: '平罗县 · 2021—2025年', lines: ['主要指标 9 项'], illustrative: true, site: '教育规划实施公开' });
    expect(card).toMatch(/^<svg[^>]+viewBox="0 0 1200 630"/);
    expect(card).toContain('>示例数据，非官方统计</text>');
    expect(shareCardSvg({ title: 't', subtitle: 's', lines: [], illustrative: false, site: 'x' })).not.toContain('示例数据');
  });
});

describe('region order', () => {
  it('province → city (by pinyin) → the city itself before its counties', () => {
    const groups = groupByRegion(plans);
    expect(groups.map((g) => g.name)).toEqual(['宁夏回族自治区']);
    expect(groups[0]!.cities.map((c) => c.name)).toEqual(['固原市', '石嘴山市', '吴忠市', '银川市', '中卫市']);
    const zw = { ...plan('pingluo-edu-2021-2025'), id: 'zw-county', plan: { ...plan('pingluo-edu-2021-2025').plan, region: { name: '沙坡头区', level: 'district' as const, parent: '中卫市', province: '宁夏回族自治区' } } };
    const order = orderByRegion([zw, ...plans]).map((p) => p.plan.region.name);
    expect(order.slice(-2)).toEqual(['中卫市', '沙坡头区']);
  });
});

describe('sources for readers', () => {
  it('name the publisher and the document, never the file the importer read', async () => {
    const { sourceForReaders } = await import('../../src/lib/site/source-text.ts');
    for (const p of plans) {
      const shown = sourceForReaders(p.plan.source);
      expect(shown).not.toMatch(/\.(txt|docx?|pdf)|\d{3}_[0-9a-f]{8}/);
      expect(shown.length).toBeGreaterThan(4);
    }
    expect(sourceForReaders('平罗县公开发布的规划全文，由原始文件转换的纯文本（002_d96ee1680fab35c2.txt）')).toBe('平罗县公开发布的规划全文');
  });
});
