/**
 * A partition's build reads its own plans, not the country's (issue 27: a three-plan partition of a
 * 10,000-plan country took 226 s of CPU and 4.5 GB when it read every plan; 12 s and 0.8 GB reading its
 * own). The plans it reads are exactly those the pages publish for it; a folder the quick scan cannot place
 * is read by every partition, so that a broken plan is reported, never published around.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { onlyPlansOf, planRegions } from '../../src/lib/content/read-regions.ts';
import { partitionOf, partitionPlans, plansOfPartition } from '../../src/lib/model/partitions.ts';
import { synthesizeNational } from '../../scripts/synthesize-national.ts';
import { allDivisions } from '../../src/lib/model/divisions.ts';
import { runScript } from '../helpers/run.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'own-plans-'));
  synthesizeNational(40, root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const byCity = ['13'];
const mine = (partition: string) => (p: Parameters<typeof partitionOf>[0]) => partitionOf(p, byCity) === partition;

describe("a partition's build", () => {
  it('places every plan by its front matter alone, as the full read places it', () => {
    const full = loadContent(root).model.plans;
    const scanned = planRegions(root);
    expect(scanned.map((r) => r.id)).toEqual(full.map((p) => p.id).sort());
    const pick = (r: object) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => ['name', 'level', 'parent', 'province', 'code'].includes(k)).sort()));
    expect(scanned.map((r) => pick(r.plan!.region))).toEqual([...full].sort((a, b) => a.id.localeCompare(b.id)).map((p) => pick(p.plan.region)));
    const placed = scanned.flatMap((r) => (r.plan ? [{ id: r.id, plan: r.plan }] : []));
    expect([...partitionPlans(placed, byCity)].map(([id, ps]) => [id, ps.map((p) => p.id)])).toEqual(
      [...partitionPlans(full, byCity)].map(([id, ps]) => [id, ps.map((p) => p.id)]),
    );
  });

  it('reads exactly the plans it publishes, with their progress, and nothing of other partitions', () => {
    const full = loadContent(root).model.plans;
    const scanned = planRegions(root);
    for (const partition of partitionPlans(full, byCity).keys()) {
      const { model, problems } = loadContent(root, { include: onlyPlansOf(scanned, mine(partition)) });
      expect(problems).toEqual([]);
      expect(model.plans.map((p) => p.id)).toEqual(plansOfPartition(full, partition, byCity).map((p) => p.id));
      for (const p of model.plans) expect(p.progress).toEqual(full.find((f) => f.id === p.id)!.progress);
    }
  });

  it("is not stopped by another partition's broken progress file, which the whole tree's check reports", () => {
    const [a, b] = [...partitionPlans(loadContent(root).model.plans, byCity)];
    const other = b![1][0]!.id;
    const file = join(root, 'content', 'progress', other, 'broken.json');
    writeFileSync(file, '{ not json');
    try {
      expect(loadContent(root).problems.length).toBeGreaterThan(0);
      expect(loadContent(root, { include: onlyPlansOf(planRegions(root), mine(a![0])) }).problems).toEqual([]);
      expect(loadContent(root, { include: onlyPlansOf(planRegions(root), mine(b![0])) }).problems.length).toBeGreaterThan(0);
    } finally {
      rmSync(file);
    }
  });

  it('reads, in every partition, a plan whose front matter the scan cannot place, and so reports it', () => {
    const plan = join(root, 'content', 'plans', 'zz-broken-edu-2021-2025');
    const progress = join(root, 'content', 'progress', 'orphan-edu-2021-2025');
    rmSync(plan, { recursive: true, force: true });
    writeFileSync(join(mkdir(plan), 'plan.md'), '---\nid: zz-broken-edu-2021-2025\nregion: [\n---\n正文\n');
    writeFileSync(join(mkdir(progress), '2023.json'), '{}');
    try {
      const scanned = planRegions(root);
      expect(scanned.find((r) => r.id === 'zz-broken-edu-2021-2025')!.plan).toBeNull();
      const include = onlyPlansOf(scanned, mine('64'));
      expect(include('zz-broken-edu-2021-2025')).toBe(true);
      expect(include('orphan-edu-2021-2025')).toBe(true);
      const files = loadContent(root, { include }).problems.map((p) => p.file);
      expect(files.some((f) => f.includes('zz-broken-edu-2021-2025'))).toBe(true);
      expect(files.some((f) => f.includes('orphan-edu-2021-2025'))).toBe(true);
    } finally {
      rmSync(plan, { recursive: true, force: true });
      rmSync(progress, { recursive: true, force: true });
    }
  });

  it('reads a front matter longer than the first bytes it looks at, and a region written inline', () => {
    const plan = join(root, 'content', 'plans', 'zz-long-edu-2021-2025');
    const long = `note: "${'长'.repeat(12000)}"\n`;
    writeFileSync(join(mkdir(plan), 'plan.md'), `---\nid: zz-long-edu-2021-2025\n${long}region:\n  name: 朝阳区\n  province: 吉林省\n  code: "220104"\n---\n正文\n`);
    const quoted = join(root, 'content', 'plans', 'zz-quoted-edu-2021-2025');
    writeFileSync(join(mkdir(quoted), 'plan.md'), "---\nid: zz-quoted-edu-2021-2025\nregion:\n  name: '新城区'\n  parent: \"西安市\"\n  province: 陕西省 # 省\n---\n正文\n");
    const inline = join(root, 'content', 'plans', 'zz-inline-edu-2021-2025');
    writeFileSync(join(mkdir(inline), 'plan.md'), '---\nid: zz-inline-edu-2021-2025\nregion: { name: 朝阳区, province: 北京市, code: "110105" }\n---\n正文\n');
    try {
      const scanned = planRegions(root);
      expect(scanned.find((r) => r.id === 'zz-long-edu-2021-2025')!.plan?.region).toMatchObject({ name: '朝阳区', code: '220104' });
      expect(partitionOf({ plan: scanned.find((r) => r.id === 'zz-inline-edu-2021-2025')!.plan! })).toBe('11');
      expect(scanned.find((r) => r.id === 'zz-quoted-edu-2021-2025')!.plan?.region).toEqual({ name: '新城区', parent: '西安市', province: '陕西省' });
      // Saved on Windows: a byte-order mark and CRLF line ends.
      writeFileSync(join(mkdir(join(root, 'content', 'plans', 'zz-crlf-edu-2021-2025')), 'plan.md'), '\uFEFF---\r\nid: zz-crlf-edu-2021-2025\r\nregion:\r\n  name: 朝阳区\r\n  province: 吉林省\r\n  code: "220104"\r\n---\r\n正文\r\n');
      expect(planRegions(root).find((r) => r.id === 'zz-crlf-edu-2021-2025')!.plan?.region).toEqual({ name: '朝阳区', province: '吉林省', code: '220104' });
      rmSync(join(root, 'content', 'plans', 'zz-crlf-edu-2021-2025'), { recursive: true });
    } finally {
      rmSync(plan, { recursive: true, force: true });
      rmSync(inline, { recursive: true, force: true });
      rmSync(quoted, { recursive: true, force: true });
    }
  });

  it('`npm run partitions` lists them from the scan', () => {
    const r = runScript('partitions.ts', ['--json'], { CONTENT_ROOT: root, PARTITION_BY_CITY: byCity.join(',') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([...partitionPlans(loadContent(root).model.plans, byCity).keys()]);
  });
});

describe('npm run partitions for the pipelines', () => {
  it("refuses, in Chinese, a matrix larger than the host runs (GitLab 200 jobs, GitHub 256), naming the largest partitions", () => {
    const big = mkdtempSync(join(tmpdir(), 'many-partitions-'));
    try {
      const cities = allDivisions().filter((d) => d.tier === 'city' && !['71', '81', '82'].includes(d.provinceCode.slice(0, 2)));
      const many = cities.slice(0, 260);
      for (const [k, d] of many.entries()) {
        const id = `city-${k}-edu-2021-2025`;
        writeFileSync(join(mkdir(join(big, 'content', 'plans', id)), 'plan.md'), `---\nid: ${id}\nregion:\n  name: ${d.name}\n  level: prefecture\n  parent: null\n  province: ${d.province}\n  code: "${d.code}"\n---\n正文\n`);
      }
      const byCity = [...new Set(many.map((d) => d.provinceCode.slice(0, 2)))].join(',');
      const gitlab = runScript('partitions.ts', ['--gitlab-ci'], { CONTENT_ROOT: big, PARTITION_BY_CITY: byCity });
      expect(gitlab.code).toBe(1);
      expect(gitlab.stderr).toContain('要构建 260 个分区，但 GitLab CI 一个矩阵最多运行 200 个作业');
      expect(gitlab.stderr).toMatch(/目前最大的分区：\d{4} \(1\)/);
      expect(gitlab.stderr).not.toMatch(/\n\s+at /);
      const over = runScript('partitions.ts', ['--outputs'], { CONTENT_ROOT: big, PARTITION_BY_CITY: byCity });
      expect(over.code).toBe(1);
      expect(over.stderr).toContain('要构建 260 个分区，但 GitHub Actions 一个矩阵最多运行 256 个作业');
      // GitHub's limit is 256: 230 partitions pass there, not on GitLab.
      for (let k = 230; k < 260; k++) rmSync(join(big, 'content', 'plans', `city-${k}-edu-2021-2025`), { recursive: true });
      expect(runScript('partitions.ts', ['--gitlab-ci'], { CONTENT_ROOT: big, PARTITION_BY_CITY: byCity }).code).toBe(1);
      const github = runScript('partitions.ts', ['--outputs'], { CONTENT_ROOT: big, PARTITION_BY_CITY: byCity });
      expect(github.code, github.stderr).toBe(0);
      expect(github.stdout).toContain('national=true');
      // Without the split, the provinces: well within both.
      expect(runScript('partitions.ts', ['--gitlab-ci'], { CONTENT_ROOT: big }).code).toBe(0);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});

function mkdir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
