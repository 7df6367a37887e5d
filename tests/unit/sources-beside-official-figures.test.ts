/**
 * Every official figure and every official status of a measure or project shows, next to it, its source:
 * title (linked), publisher, date and the quoted sentence; measures.csv and projects.csv carry the same in
 * source_* columns.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const SOURCE = {
  title: '示例县2023年教育事业统计公报',
  publisher: '示例县教育局',
  url: 'https://www.example.gov.cn/jyj/2023.html',
  date: '2024-03-01',
  quote: '全县学前三年毛入园率91.2%，新建幼儿园2所',
};

describe('sources beside official figures and statuses', () => {
  it('on the indicator, measures, projects and department pages, and in the CSV downloads', () => {
    const root = fixtureRoot();
    const path = join(root, 'content/progress/demo-edu-2021-2025/2023.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.provenance = 'official';
    for (const list of ['indicators', 'clauses', 'projects']) for (const e of file[list]) e.source = SOURCE;
    delete file.indicators[0].note;
    writeFileSync(path, JSON.stringify(file, null, 2));
    execFileSync('git', ['init', '-q'], { cwd: root });
    const dist = join(root, 'dist');
    const r = runScript('build.ts', [], { CONTENT_ROOT: root, DIST_DIR: dist });
    expect(r.code, r.stderr).toBe(0);
    const read = (p: string) => readFileSync(join(dist, p), 'utf8');
    const P = 'plans/demo-edu-2021-2025';
    const cited = (html: string, where: string) => {
      expect(html, where).toContain(`<a href="${SOURCE.url}">${SOURCE.title}</a>，${SOURCE.publisher}，2024年3月1日`); // on pages as readers write dates; the CSV below keeps ISO
      expect(html, where).toMatch(new RegExp(`<q class="source-quote"[^>]*>${SOURCE.quote}</q>`));
    };
    cited(read(`${P}/indicators/preschool-gross-enrolment/index.html`), 'indicator');
    cited(read(`${P}/measures/index.html`), 'measures');
    cited(read(`${P}/projects/index.html`), 'projects');
    const dept = readdirDept(dist);
    cited(dept, 'department');
    for (const name of ['measures', 'projects']) {
      const rows = parse(read(`data/demo-edu-2021-2025/${name}.csv`), { columns: true, bom: true }) as Array<Record<string, string>>;
      const row = rows.find((x) => x.provenance === 'official')!;
      expect(row, name).toMatchObject({ source_title: SOURCE.title, source_publisher: SOURCE.publisher, source_url: SOURCE.url, source_date: SOURCE.date, source_quote: SOURCE.quote });
      const json = JSON.parse(read(`data/demo-edu-2021-2025/${name}.json`)) as { rows: Array<Record<string, unknown>> };
      expect(json.rows.find((x) => x.provenance === 'official'), `${name}.json`).toMatchObject({ source_quote: SOURCE.quote });
    }
  }, 600_000);
});

/** The page of the department 教育体育局, which the fixture's measure s2-1 names. */
function readdirDept(dist: string): string {
  return readFileSync(join(dist, 'departments/shi-li-xian--jiao-yu-ti-yu-ju/index.html'), 'utf8');
}
