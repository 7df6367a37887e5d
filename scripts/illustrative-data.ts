/**
 * `node scripts/illustrative-data.ts`: writes the ILLUSTRATIVE progress files that show how the site
 * works while no county publishes yearly figures. Every value is made up (deterministically, from the
 * plan's baseline and target) and every file says `"provenance": "illustrative"`, which the site turns
 * into 示例数据，非官方统计 wherever a value appears.
 *
 * It never overwrites a file that holds official data, and it is not part of the staff workflow
 * (staff use `npm run new:progress`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import type { PlanBundle } from '../src/lib/model/plan.ts';
import type { Indicator } from '../src/schemas/indicators.ts';
import type { ProgressFile } from '../src/schemas/progress.ts';
import { mayExceedHundred } from '../src/schemas/indicators.ts';
import { taskClauses } from '../src/lib/progress/views.ts';
import { tk } from '../src/i18n/index.ts';

const root = join(import.meta.dirname, '..');
const LAST_YEAR = 2025;

/** A small deterministic generator (mulberry32) seeded from a string. */
function rng(seed: string): () => number {
  let h = 1779033703;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const decimals = (text: string) => (/\.(\d+)/.exec(text)?.[1]?.length ?? 1);
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Made-up actuals for one indicator: a pace drawn per indicator, so that every status appears. */
function values(plan: PlanBundle, ind: Indicator, years: number[]): Array<{ year: number; value: number | null; status?: 'on-track' | 'achieved' }> {
  const r = rng(`${plan.id}/${ind.id}`);
  const b = ind.baseline.value;
  const t = ind.target.value;
  if (t === null) return years.map((year) => ({ year, value: null, status: year >= LAST_YEAR ? 'achieved' : 'on-track' }));
  const d = Math.max(decimals(ind.baseline.text), decimals(ind.target.text), 1);
  const cap = ind.unit === '%' && !mayExceedHundred(ind.name) ? 100 : Infinity;
  if (b === null) return years.map((year, i) => ({ year, value: Math.min(t, Math.round((t * (i + 1)) / years.length)) }));
  if (b === t) return years.map((year) => ({ year, value: r() < 0.8 ? t : round(t - 0.2 - r() * 0.3, d) }));
  const pace = [1.15, 1.0, 0.95, 0.7, 0.35][Math.floor(r() * 5)]!;
  const y0 = ind.baseline.year;
  const span = ind.target.year - y0;
  return years.map((year) => {
    const expected = b + ((t - b) * (year - y0)) / span;
    const noise = (r() - 0.5) * 0.1 * Math.abs(t - b);
    return { year, value: Math.min(cap, round(b + (expected - b) * pace + noise, d)) };
  });
}

/** One made-up correction, to show how a revised figure appears: 2023's value corrected in 2024. */
const DEMO_REVISION = { plan: 'qingtongxia-edu-2021-2025', indicator: 'preschool-gross-enrolment', year: 2023, delta: -0.6, published: '2024-03-15' };

const CLAUSE_SUMMARY = {
  'not-started': '【示例】本年度尚未启动。',
  'in-progress': '【示例】按年度计划推进，主要工作已部署落实。',
  behind: '【示例】进度慢于年度计划，正在协调解决。',
  completed: '【示例】年度任务已完成。',
  ongoing: '【示例】已转入常态化推进。',
} as const;

function progressFile(plan: PlanBundle, year: number, all: Map<string, ReturnType<typeof values>>): ProgressFile {
  const first = plan.plan.period.start;
  const r = rng(`${plan.id}/${year}`);
  return {
    plan: plan.id,
    year,
    asOf: `${year}-12-31`,
    published: `${year + 1}-03-15`,
    provenance: 'illustrative',
    indicators: plan.indicators.map((ind) => {
      const v = all.get(ind.id)!.find((x) => x.year === year)!;
      const revised = plan.id === DEMO_REVISION.plan && ind.id === DEMO_REVISION.indicator && year === DEMO_REVISION.year && v.value !== null;
      return {
        indicator: ind.id,
        value: v.value,
        ...(v.status ? { status: v.status } : {}),
        ...(revised
          ? { revisions: [{ value: round(v.value! + DEMO_REVISION.delta, 2), published: DEMO_REVISION.published, note: '【示例】首次发布值；2024年9月按全口径在园幼儿数更正。' }] }
          : {}),
        note: '示例数据，非官方统计',
      };
    }),
    clauses: taskClauses(plan).map((c, i) => {
      const k = (i + Math.floor(r() * 3)) % 5;
      const status = year === first ? 'in-progress' : (['in-progress', 'in-progress', 'ongoing', year >= LAST_YEAR ? 'completed' : 'in-progress', 'behind'] as const)[k]!;
      return { clause: c.id, status, summary: CLAUSE_SUMMARY[status] };
    }),
    projects: plan.projects.map((p, i) => {
      const stage = Math.min(4, Math.max(0, year - first + (i % 3) - 1));
      const status = (['not-started', 'preparing', 'under-construction', 'completed', 'in-use'] as const)[stage]!;
      return { project: p.id, status, summary: `【示例】项目状态：${tk(`projectStatus.${status}`)}` };
    }),
  };
}

const { model, problems } = loadContent(root);
if (problems.length) throw new Error('content has problems; run npm run validate');
let written = 0;
for (const plan of model.plans) {
  const years: number[] = [];
  for (let y = plan.plan.period.start; y <= Math.min(LAST_YEAR, plan.plan.period.end); y++) years.push(y);
  const all = new Map(plan.indicators.map((ind) => [ind.id, values(plan, ind, years)]));
  for (const year of years) {
    const path = join(root, 'content', 'progress', plan.id, `${year}.json`);
    if (existsSync(path) && JSON.parse(readFileSync(path, 'utf8')).provenance !== 'illustrative') continue;
    mkdirSync(join(root, 'content', 'progress', plan.id), { recursive: true });
    writeFileSync(path, `${JSON.stringify(progressFile(plan, year, all), null, 2)}\n`);
    written++;
  }
}
console.log(`wrote ${written} illustrative progress files (示例数据，非官方统计).`);
