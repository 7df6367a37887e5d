/**
 * The clerk's round trip, as the guide describes it: scaffold a year, fill it in, validate, build; a build
 * from a copy without .git lists the updates the content records (and says why); the illustrative label is on every page,
 * chart, download and feed item of illustrative data, and on none of official data.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';

const LABEL = '示例数据，非官方统计';
const JY = 'jingyuan-edu-quality-2023-2027';
/** The validator refuses a report published in the future: the clerk validates the 2026 report after it is out. */
const TODAY = ['--today', '2027-04-01'];

describe('publishing a year', () => {
  it('scaffold → fill → validate → build, from a copy without git history', () => {
    // The shipped plan the clerk publishes, alone with what every plan shares: a site of one real plan shows
    // all this as well as the five did, at a fifth of the build.
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    for (const part of ['concepts.json', 'reference', `plans/${JY}`, `progress/${JY}`, `sources/${JY}.txt`, `sources/${JY}.yaml`, `sources/${JY}.profile.yaml`]) {
      cpSync(join(REPO, 'content', part), join(root, 'content', part), { recursive: true });
    }
    const scaffold = runScript('new-progress.ts', [JY, '2026', '--content', root]);
    expect(scaffold.stderr).toBe('');
    expect(scaffold.stdout).toContain('0 项指标、27 条任务、0 个项目，全部待填写');
    const again = runScript('new-progress.ts', [JY, '2026', '--content', root]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已经存在，没有做任何改动');

    const path = join(root, 'content/progress', JY, '2026.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(runScript('validate.ts', [root, ...TODAY]).code).toBe(0);

    file.clauses[0].status = 'done';
    writeFileSync(path, JSON.stringify(file, null, 2));
    const bad = runScript('validate.ts', [root, ...TODAY]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`content/progress/${JY}/2026.json:11:7：字段 clauses[0].status：应为以下之一：“not-started”、“in-progress”、“behind”、“completed”、“ongoing”（也可写中文：“未启动”、“推进中”、“滞后”、“已完成”、“常态化推进”），实际为“done”。`);

    file.clauses[0].status = 'completed';
    writeFileSync(path, JSON.stringify(file, null, 2));
    const noSource = runScript('validate.ts', [root, ...TODAY]);
    expect(noSource.stderr).toContain('字段 clauses[0].source：应为官方数据的出处');

    file.clauses[0].summary = '全县中小学开展党的创新理论进校园活动120场。';
    file.clauses[0].source = { title: '泾源县教育体育局2026年工作总结', publisher: '泾源县教育体育局', url: 'https://www.example.gov.cn/jyj/2026-summary.html', date: '2027-01-20', quote: '开展党的创新理论进校园活动120场' };
    writeFileSync(path, JSON.stringify(file, null, 2));
    expect(runScript('validate.ts', [root, ...TODAY]).code).toBe(0);

    const dist = join(root, 'dist');
    const build = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist, SITE_URL: 'https://www.example.gov.cn' });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const measures = readFileSync(join(dist, 'plans', JY, 'measures/index.html'), 'utf8');
    const first = measures.slice(measures.indexOf('id="s3-1-1"'), measures.indexOf('id="s3-1-2"'));
    expect(first).toMatch(/2026年 <a class="task-status" href="\/about\/#measure-completed"[^>]*><strong>已完成<\/strong><\/a>/);
    expect(first).not.toContain(LABEL);
    const updates = readFileSync(join(dist, 'updates/index.html'), 'utf8');
    expect(updates).toContain('构建时没有内容的修改历史（例如从压缩包构建）；以下按各年度进展文件所载的发布日期和修订记录列出');
    expect(updates).toContain('发布泾源县 2026 年度进展');
    expect(readFileSync(join(dist, 'updates.xml'), 'utf8')).toContain('<entry>');
  }, 600_000);
});

/** The fixture's plan, as published with illustrative figures, and a second plan of another county with official ones. */
const ILLUSTRATIVE = 'demo-edu-2021-2025';
const OFFICIAL = 'demo-official-edu-2021-2025';

/**
 * One site holds both plans, so that one build shows the label on every page, chart, download and feed
 * item of the illustrative plan and on none of the official plan's: a label that leaked from one plan
 * onto another's pages is caught too, which two sites of one plan each could not show.
 */
function bothPlans(): string {
  const root = fixtureRoot();
  const plans = join(root, 'content/plans');
  const progress = join(root, 'content/progress');
  cpSync(join(plans, ILLUSTRATIVE), join(plans, OFFICIAL), { recursive: true });
  cpSync(join(progress, ILLUSTRATIVE), join(progress, OFFICIAL), { recursive: true });
  const md = join(plans, OFFICIAL, 'plan.md');
  writeFileSync(md, readFileSync(md, 'utf8').replaceAll(ILLUSTRATIVE, OFFICIAL).replaceAll('示例县', '示例乙县'));
  for (const name of ['indicators.json', 'projects.json']) {
    const p = join(plans, OFFICIAL, name);
    writeFileSync(p, readFileSync(p, 'utf8').replaceAll(ILLUSTRATIVE, OFFICIAL));
  }
  const path = join(progress, OFFICIAL, '2023.json');
  const file = JSON.parse(readFileSync(path, 'utf8').replaceAll(ILLUSTRATIVE, OFFICIAL));
  const source = { title: '示例乙县2023年教育事业统计公报', publisher: '示例乙县教育局', url: 'https://www.example.gov.cn/jyj/2023-bulletin.html', date: '2024-03-01', quote: '学前三年毛入园率91.2%' };
  file.provenance = 'official';
  for (const list of ['indicators', 'clauses', 'projects']) for (const e of file[list]) e.source = source;
  delete file.indicators[0].note;
  writeFileSync(path, JSON.stringify(file, null, 2));
  return root;
}

function buildWithGit(root: string) {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@example.invalid', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', '发布示例县2023年进展');
  const dist = join(root, 'dist');
  const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
  expect(r.code, r.stderr).toBe(0);
  const read = (p: string) => readFileSync(join(dist, p), 'utf8');
  return (P: string) => ({
    plan: read(`plans/${P}/index.html`),
    indicator: read(`plans/${P}/indicators/preschool-gross-enrolment/index.html`),
    chart: read(`plans/${P}/indicators/preschool-gross-enrolment/chart.svg`),
    csv: read(`data/${P}/indicators.csv`),
    feed: read(`plans/${P}/updates.xml`),
    updates: read(`plans/${P}/updates/index.html`),
  });
}

describe('the illustrative label', () => {
  let pages: ReturnType<typeof buildWithGit>;
  beforeAll(() => void (pages = buildWithGit(bothPlans())), 600_000);

  it('is on every page, chart, download and feed item of illustrative data', () => {
    const out = pages(ILLUSTRATIVE);
    for (const [where, text] of Object.entries(out)) expect(text, where).toContain(LABEL);
    // The log says what the data published, never the commit message.
    expect(out.updates).toContain('发布示例县 2023 年度进展');
    expect(out.updates).not.toContain('发布示例县2023年进展');
  });

  it('is on none of them for official data with sources', () => {
    const out = pages(OFFICIAL);
    for (const [where, text] of Object.entries(out)) expect(text, where).not.toContain(LABEL);
    expect(out.indicator).toContain('示例乙县2023年教育事业统计公报');
  });
});
