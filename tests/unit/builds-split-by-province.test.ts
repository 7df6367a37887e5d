/**
 * A large site builds by partition (a province, by the first two digits of its division code): each plan
 * belongs to one partition, a change to one plan's files rebuilds its partition only, each partition writes a
 * summary, and the national front is assembled from the summaries with links that work on one host
 * (/p/<id>/) or with a site per partition (PARTITION_URLS).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { partitionOf, partitionPlans, partitionsTouched, plansOfPartition, provinceName, provinces } from '../../src/lib/model/partitions.ts';
import { partitionSummary } from '../../src/lib/publish/partition-summary.ts';
import { assembleSearch, nationalFront, partitionUrls } from '../../src/lib/publish/national-front.ts';
import { partitionHistory, updateViews } from '../../src/lib/publish/updates.ts';
import type { History } from '../../src/lib/content/history.ts';
import { readConfig } from '../../src/config/env.ts';
import { REPO, runScript } from '../helpers/run.ts';

const shipped = loadContent(REPO).model.plans;
/** A shipped plan moved to another province (same content, another id). */
function elsewhere(id: string, province: string, code?: string) {
  const p = structuredClone(shipped.find((x) => x.id === 'pingluo-edu-2021-2025')!);
  p.id = id;
  // Without its code, the province is read from the printed name.
  const { code: _code, ...region } = p.plan.region as typeof p.plan.region & { code?: string };
  p.plan = { ...p.plan, id, region: { ...region, province, ...(code ? { code } : {}) } as typeof p.plan.region };
  return p;
}

describe('partitions', () => {
  it('puts each plan in its province, found by the printed name or, once there, by the code', () => {
    expect(shipped.map((p) => partitionOf(p))).toEqual(['64', '64', '64', '64', '64']);
    expect(partitionOf(elsewhere('a', '宁夏'))).toBe('64');
    expect(partitionOf(elsewhere('b', '吉林省'))).toBe('22');
    expect(partitionOf(elsewhere('c', '宁夏回族自治区', '220104'))).toBe('22');
    expect(provinceName('64')).toBe('宁夏回族自治区');
    expect(provinces().length).toBeGreaterThanOrEqual(31);
  });

  it('groups plans by partition in code order, and a partitioned build keeps its own', () => {
    const plans = [...shipped, elsewhere('changchun-x', '吉林省')];
    expect([...partitionPlans(plans).keys()]).toEqual(['22', '64']);
    expect(plansOfPartition(plans, '22').map((p) => p.id)).toEqual(['changchun-x']);
    expect(plansOfPartition(plans, undefined)).toHaveLength(6);
  });

  it('a change to one plan rebuilds its partition; a shared or unknown file rebuilds all', () => {
    const plans = [...shipped, elsewhere('changchun-x', '吉林省')];
    expect(partitionsTouched(['content/progress/changchun-x/2023.json'], plans, plans)).toEqual({ all: false, partitions: ['22'] });
    expect(partitionsTouched(['content/plans/pingluo-edu-2021-2025/plan.md', 'content/sources/pingluo-edu-2021-2025.profile.yaml'], plans, plans)).toEqual({ all: false, partitions: ['64'] });
    expect(partitionsTouched(['content/concepts.json'], plans, plans)).toEqual({ all: true, partitions: ['22', '64'] });
    expect(partitionsTouched(['src/pages/index.astro'], plans, plans).all).toBe(true);
    expect(partitionsTouched(['content/plans/gone/plan.md'], plans, plans).all).toBe(true);
    // A plan moved from one province to another rebuilds both.
    expect(partitionsTouched(['content/plans/changchun-x/plan.md'], plans, [...shipped, elsewhere('changchun-x', '宁夏回族自治区')])).toEqual({ all: false, partitions: ['22', '64'] });
  });

  it('splits a province listed in PARTITION_BY_CITY by city: by the code, or by the printed city without one', () => {
    expect(shipped.map((p) => partitionOf(p, ['64']))).toEqual(['6404', '6402', '6403', '6401', '6405']);
    // No code: the county's parent (石嘴山市), or the prefecture itself, names the city.
    expect(partitionOf(elsewhere('a', '宁夏回族自治区'), ['64'])).toBe('6402');
    const zhongwei = shipped.find((p) => p.id === 'zhongwei-edu-2021-2025')!;
    const { code: _c, ...noCode } = zhongwei.plan.region;
    expect(partitionOf({ plan: { ...zhongwei.plan, region: noCode } }, ['64'])).toBe('6405');
    // The province's own plans, and a city that cannot be told, stay in the province's partition.
    expect(partitionOf({ plan: { ...zhongwei.plan, region: { ...zhongwei.plan.region, name: '宁夏回族自治区', level: 'province', parent: null, code: '640000' } } }, ['64'])).toBe('64');
    expect(partitionOf({ plan: { ...zhongwei.plan, region: { ...noCode, name: '某县', level: 'county', parent: '某市' } } }, ['64'])).toBe('64');
    // Other provinces are whole.
    expect(partitionOf(elsewhere('b', '吉林省'), ['64'])).toBe('22');
    expect(provinceName('6402')).toBe('宁夏回族自治区石嘴山市');
    expect(provinceName('6499')).toBeUndefined();
    const plans = [...shipped, elsewhere('changchun-x', '吉林省')];
    expect([...partitionPlans(plans, ['64']).keys()]).toEqual(['22', '6401', '6402', '6403', '6404', '6405']);
    expect(plansOfPartition(plans, '6402', ['64']).map((p) => p.id)).toEqual(['pingluo-edu-2021-2025']);
    expect(plansOfPartition(plans, '64', ['64'])).toEqual([]);
    expect(partitionsTouched(['content/progress/pingluo-edu-2021-2025/2023.json'], plans, plans, ['64'])).toEqual({ all: false, partitions: ['6402'] });
    expect(partitionsTouched(['content/concepts.json'], plans, plans, ['64']).partitions).toEqual(['22', '6401', '6402', '6403', '6404', '6405']);
    expect(partitionSummary('6402', plansOfPartition(plans, '6402', ['64'])).name).toBe('宁夏回族自治区石嘴山市');
  });

  it('refuses PARTITION_BY_CITY that is not a list of province codes, in Chinese, and takes a city partition', () => {
    expect(readConfig({ PARTITION_BY_CITY: '64, 44，41' }).config?.partitionByCity).toEqual(['41', '44', '64']);
    expect(readConfig({}).config?.partitionByCity).toEqual([]);
    const r = readConfig({ PARTITION_BY_CITY: '宁夏' });
    expect(r.problems.map((p) => p.zh.message)).toEqual(['PARTITION_BY_CITY 应为按市拆分构建的省份代码（行政区划代码的前两位），用逗号分隔，实际为 "宁夏"。']);
    expect(readConfig({ PARTITION_BY_CITY: '6402' }).problems[0]?.variable).toBe('PARTITION_BY_CITY');
    expect(readConfig({ PARTITION: '6402', PARTITION_BY_CITY: '64' }).config?.partition).toBe('6402');
    expect(readConfig({ PARTITION: '640' }).problems[0]?.variable).toBe('PARTITION');
    expect(readConfig({ PARTITION_URLS: '{"6402":"https://szs.example.gov.cn/"}' }).config?.partitionUrls).toEqual({ '6402': 'https://szs.example.gov.cn/' });
  });

  it('refuses a partition that is not a province code, in Chinese', () => {
    const r = readConfig({ PARTITION: 'ningxia' });
    expect(r.problems.map((p) => p.zh.message)).toEqual(['PARTITION 应为省份行政区划代码的前两位（例如 64 表示宁夏回族自治区），按市拆分的省则为市级代码的前四位（例如 6402），实际为 "ningxia"。']);
    expect(readConfig({ PARTITION: '64', PARTITION_URLS: '{"64":"https://nx.example.gov.cn/ghgk/"}' }).config?.partitionUrls).toEqual({ '64': 'https://nx.example.gov.cn/ghgk/' });
    expect(readConfig({ PARTITION_URLS: '["x"]' }).problems[0]?.variable).toBe('PARTITION_URLS');
  });
});

const summary = partitionSummary('64', shipped);

describe('the national front', () => {
  it('a partition summary counts plans, regions, statuses, binding indicators missed and reporting', () => {
    expect(summary.name).toBe('宁夏回族自治区');
    expect(summary.plans.map((p) => p.id)).toEqual(shipped.map((p) => p.id).sort());
    expect(summary.regions).toBe(5);
    expect(Object.values(summary.statuses).reduce((a, b) => a + b, 0)).toBe(shipped.reduce((n, p) => n + p.indicators.length, 0));
    expect(summary.plans[0]!.path).toBe(`plans/${summary.plans[0]!.id}/`);
    expect(summary.coverage.reported).toBeLessThanOrEqual(summary.coverage.due);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('links into each partition on one host, or to its own site', () => {
    const one = nationalFront([summary], '/', partitionUrls('/'));
    expect([...one.keys()].sort()).toEqual(['compare/index.html', 'index.html', 'provinces/64/index.html', 'search/parts.json']);
    expect(one.get('index.html')).toContain('<a href="/provinces/64/">宁夏回族自治区</a>：5 项规划，5 个地区');
    expect(one.get('provinces/64/index.html')).toContain('href="/p/64/plans/jingyuan-edu-quality-2023-2027/"');
    const apart = nationalFront([summary], '/jyj/', partitionUrls('/jyj/', { '64': 'https://nx.example.gov.cn/ghgk' }));
    expect(apart.get('provinces/64/index.html')).toContain('href="https://nx.example.gov.cn/ghgk/plans/jingyuan-edu-quality-2023-2027/"');
    expect(apart.get('index.html')).toContain('href="/jyj/compare/"');
  });

  it('leaves the national search index to assembleSearch, which receives every partition\'s part', () => {
    expect(JSON.parse(assembleSearch([{ partition: '64', url: '/p/64/' }]).get('search/parts.json')!)).toEqual([{ partition: '64', index: '/p/64/search-index/' }]);
  });
});

describe('npm run partitions', () => {
  it('lists the partitions for the pipelines\' matrix', () => {
    const r = runScript('partitions.ts', ['--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['64']);
    // A province split by city: one partition per city with plans.
    expect(JSON.parse(runScript('partitions.ts', ['--json'], { PARTITION_BY_CITY: '64' }).stdout)).toEqual(['6401', '6402', '6403', '6404', '6405']);
    expect(JSON.parse(runScript('partitions.ts', ['--json', '--changed', 'content/plans/pingluo-edu-2021-2025/plan.md'], { PARTITION_BY_CITY: '64' }).stdout)).toEqual(['6402']);
  });

  it('lists those that changed files touch (as git diff --name-only prints them)', () => {
    expect(JSON.parse(runScript('partitions.ts', ['--json', '--changed', 'content/progress/pingluo-edu-2021-2025/2023.json']).stdout)).toEqual(['64']);
    expect(JSON.parse(runScript('partitions.ts', ['--json', '--changed', '']).stdout)).toEqual([]);
    expect(JSON.parse(runScript('partitions.ts', ['--json', '--changed', 'content/concepts.json,README.md']).stdout)).toEqual(['64']);
  });
});

describe('the front is assembled from the summaries alone', () => {
  it('copies each partition on this host under p/<id>/ and swaps dist/ in whole', async () => {
    const { assemble } = await import('../../scripts/build-national.ts');
    const root = mkdtempSync(join(tmpdir(), 'front-'));
    try {
      const parts = join(root, 'parts');
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(join(parts, '64'), { recursive: true });
      writeFileSync(join(parts, '64', 'summary.json'), JSON.stringify(summary));
      writeFileSync(join(parts, '64', 'index.html'), 'ningxia');
      mkdirSync(join(parts, '22'), { recursive: true }); // not built: no summary, left out
      const dist = join(root, 'dist');
      expect(assemble(parts, dist, { basePath: '/', partitionUrls: {} })).toBe(1);
      expect(readFileSync(join(dist, 'p', '64', 'index.html'), 'utf8')).toBe('ningxia');
      expect(readdirSync(dist).sort()).toEqual(['compare', 'index.html', 'p', 'provinces', 'search']);
      // Linked, not copied (11.5 GB at 10,000 plans); a partition rebuilt (a new tree swapped in, as its build
      // does) leaves the front as it was until the front is assembled again.
      const { statSync } = await import('node:fs');
      expect(statSync(join(dist, 'p', '64', 'index.html')).ino).toBe(statSync(join(parts, '64', 'index.html')).ino);
      const rebuilt = join(root, 'rebuilt');
      mkdirSync(join(rebuilt, 'search-part'), { recursive: true });
      writeFileSync(join(rebuilt, 'search-part', 'part.json'), '{}');
      writeFileSync(join(rebuilt, 'summary.json'), JSON.stringify(summary));
      writeFileSync(join(rebuilt, 'index.html'), 'ningxia, corrected');
      renameSync(join(parts, '64'), join(root, 'old'));
      renameSync(rebuilt, join(parts, '64'));
      rmSync(join(root, 'old'), { recursive: true });
      expect(readFileSync(join(dist, 'p', '64', 'index.html'), 'utf8')).toBe('ningxia');
      expect(assemble(parts, dist, { basePath: '/', partitionUrls: {} })).toBe(1);
      expect(readFileSync(join(dist, 'p', '64', 'index.html'), 'utf8')).toBe('ningxia, corrected');
      expect(readdirSync(join(dist, 'p', '64')).sort()).toEqual(['index.html', 'summary.json']); // the search part is the merge's only
      expect(assemble(parts, dist, { basePath: '/', partitionUrls: { '64': 'https://nx.example.gov.cn/' } })).toBe(1);
      expect(readdirSync(dist).sort()).toEqual(['compare', 'index.html', 'provinces', 'search']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a partition's update log", () => {
  const changchun = elsewhere('changchun-x', '吉林省');
  const plans = [...shipped, changchun];
  const change = (plan: string) => ({ path: `content/progress/${plan}/2023.json`, plan, year: 2023, kind: 'progress' as const, state: 'modified' as const, changes: [] });
  const history: History = {
    available: true,
    entries: [
      { commit: 'a'.repeat(40), date: '2024-09-30T10:00:00+08:00', files: [change('changchun-x'), change('pingluo-edu-2021-2025')] },
      { commit: 'b'.repeat(40), date: '2024-09-01T10:00:00+08:00', files: [change('pingluo-edu-2021-2025')] },
    ],
  };
  const listed = (views: ReturnType<typeof updateViews>) => views.map((u) => [u.id, u.plans.map((p) => p.id)]);

  it("lists the changes to that partition's plans only, in its page and its feeds alike", () => {
    const own = plansOfPartition(plans, '22');
    expect(listed(updateViews(partitionHistory(history, own), own))).toEqual([['aaaaaaaaaaaa', ['changchun-x']]]);
    expect(updateViews(partitionHistory(history, own), own)[0]!.headline).not.toContain('pingluo');
    const ningxia = plansOfPartition(plans, '64');
    expect(listed(updateViews(partitionHistory(history, ningxia), ningxia))).toEqual([
      ['aaaaaaaaaaaa', ['pingluo-edu-2021-2025']],
      ['bbbbbbbbbbbb', ['pingluo-edu-2021-2025']],
    ]);
    expect(partitionHistory({ available: false, reason: 'x' }, own)).toEqual({ available: false, reason: 'x' });
  });

  it('is what the pages of a partition build read (PARTITION), from the git history of the content', async () => {
    const root = mkdtempSync(join(tmpdir(), 'partition-log-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    const saved = { CONTENT_ROOT: process.env.CONTENT_ROOT, PARTITION: process.env.PARTITION };
    try {
      cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
      // A second province: 平罗县's plan copied to 长春市朝阳区 (its real code), with its own id.
      const id = 'chaoyang-edu-2021-2025';
      const from = 'pingluo-edu-2021-2025';
      const md = readFileSync(join(root, 'content/plans', from, 'plan.md'), 'utf8')
        .replace(`id: ${from}`, `id: ${id}`)
        .replace(/^region:\n(?: {2}.*\n)+/m, 'region:\n  name: 朝阳区\n  level: district\n  parent: 长春市\n  province: 吉林省\n  code: "220104"\n');
      cpSync(join(root, 'content/plans', from), join(root, 'content/plans', id), { recursive: true });
      writeFileSync(join(root, 'content/plans', id, 'plan.md'), md);
      for (const f of ['indicators.json', 'projects.json']) {
        const p = join(root, 'content/plans', id, f);
        writeFileSync(p, readFileSync(p, 'utf8').replace(`"plan": "${from}"`, `"plan": "${id}"`));
      }
      cpSync(join(root, 'content/progress', from), join(root, 'content/progress', id), { recursive: true });
      for (const f of readdirSync(join(root, 'content/progress', id))) {
        const p = join(root, 'content/progress', id, f);
        writeFileSync(p, readFileSync(p, 'utf8').replace(`"plan": "${from}"`, `"plan": "${id}"`));
      }
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'content');
      // A later commit that changes both provinces' progress files.
      for (const plan of [from, id]) {
        const p = join(root, 'content/progress', plan, '2025.json');
        renameSync(p, `${p}.old`);
        const o = JSON.parse(readFileSync(`${p}.old`, 'utf8'));
        rmSync(`${p}.old`);
        o.indicators[0].value = (o.indicators[0].value ?? 0) + 1;
        writeFileSync(p, JSON.stringify(o, null, 2));
      }
      git('commit', '-q', '-am', 'figures');
      process.env.CONTENT_ROOT = root;
      const read = async (partition: string) => {
        process.env.PARTITION = partition;
        vi.resetModules();
        const data = await import('../../src/lib/site/data.ts');
        const [h, own] = await Promise.all([data.getHistory(), data.getPlans()]);
        return [...new Set(updateViews(h, own).flatMap((u) => u.plans.map((p) => p.id)))].sort();
      };
      expect(await read('22')).toEqual([id]);
      expect(await read('64')).toEqual(shipped.map((p) => p.id).sort());
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
      vi.resetModules();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
