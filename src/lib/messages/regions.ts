/**
 * Messages about a plan's region and its administrative division code (GB/T 2260): the code against the
 * published list, the name, level, city and province against the code, and the code a region without one
 * should carry. Each lists the codes the printed name could stand for, with their city and province, so
 * that a clerk can pick the right one among several 新城区.
 */
import { defineMessages, type Message } from './catalogue.ts';
import type { Expectation } from './schema.ts';

/** A division of the list as a message shows it. */
export interface Candidate {
  code: string;
  name: string;
  province: string;
  city: string | null;
}

/** The tier of the list (province, city, county) or a plan's region level. */
export type LevelWord = 'province' | 'city' | 'county' | 'prefecture' | 'county-level-city' | 'district';

const LEVEL_ZH: Record<LevelWord, string> = {
  province: '省级',
  city: '地级（市、州、盟）',
  county: '县级（县、区、县级市、旗）',
  prefecture: '地级市（prefecture）',
  'county-level-city': '县级市（county-level-city）',
  district: '市辖区（district）',
};
const LEVEL_EN: Record<LevelWord, string> = {
  province: 'province-level',
  city: 'city-level (地级)',
  county: 'county-level (县级)',
  prefecture: 'prefecture',
  'county-level-city': 'county-level-city',
  district: 'district',
};
/** The plan levels that a tier of the list allows, as a clerk writes them. */
const LEVELS_OF: Record<'province' | 'city' | 'county', string> = {
  province: 'province',
  city: 'prefecture',
  county: 'county, district or county-level-city',
};

const placeZh = (c: Candidate) => `${c.province === c.name ? '' : c.province}${c.city ?? ''}${c.name}`;
const oneZh = (c: Candidate) => `${c.code}（${placeZh(c)}）`;
const oneEn = (c: Candidate) => `${c.code} "${placeZh(c)}"`;
const listZh = (cs: readonly Candidate[]) => cs.map(oneZh).join('、');
const listEn = (cs: readonly Candidate[]) => cs.map(oneEn).join(', ');
/** The candidates for a printed name, as the end of a sentence. */
const candidatesZh = (name: string, cs: readonly Candidate[]) =>
  cs.length === 0 ? `代码表中没有名为“${name}”的地区。` : cs.length === 1 ? `名为“${name}”的地区是 ${oneZh(cs[0]!)}。` : `名为“${name}”的地区有 ${cs.length} 个：${listZh(cs)}。`;
const candidatesEn = (name: string, cs: readonly Candidate[]) =>
  cs.length === 0 ? `The list has no region named "${name}".` : cs.length === 1 ? `The region named "${name}" is ${oneEn(cs[0]!)}.` : `${cs.length} regions are named "${name}": ${listEn(cs)}.`;

const HOW_TO_FIND_ZH = '代码可在民政部“行政区划代码”或国家统计局“统计用区划代码”中按名称查到。';
const HOW_TO_FIND_EN = 'Find the code by name in the Ministry of Civil Affairs list of administrative division codes.';

type Disagreement = { code: string; division: Candidate; found: string | null; candidates: Candidate[] };

export const regionMessages = defineMessages({
  proposedCode: {
    en: (p: { division: Candidate; from: 'page' | 'name' }) => ({
      message: `region code: ${oneEn(p.division)}, ${p.from === 'page' ? 'from the page\'s "信息公开" table' : 'the one region of that name in its province'}; not applied.`,
      fix: `Check it, then add code: "${p.division.code}" under region in the metadata file.`,
    }),
    zh: (p: { division: Candidate; from: 'page' | 'name' }) => ({
      message: `行政区划代码：${oneZh(p.division)}，${p.from === 'page' ? '取自网页“信息公开”栏' : '按地区名称和省份查得（唯一）'}，未自动采用。`,
      fix: `核对无误后，请在元数据文件的 region 下写入 code: "${p.division.code}"。`,
    }),
  } satisfies Message<{ division: Candidate; from: 'page' | 'name' }>,
  codeCandidates: {
    en: (p: { name: string; candidates: Candidate[] }) => ({ message: `region code: not found by itself. ${candidatesEn(p.name, p.candidates)}`, fix: p.candidates.length ? 'Write the code of this region under region in the metadata file (code: "…").' : HOW_TO_FIND_EN }),
    zh: (p: { name: string; candidates: Candidate[] }) => ({ message: `行政区划代码：无法唯一确定。${candidatesZh(p.name, p.candidates)}`, fix: p.candidates.length ? '请从中选出本规划的地区，把代码写入元数据文件的 region 下（code: "…"）。' : HOW_TO_FIND_ZH }),
  } satisfies Message<{ name: string; candidates: Candidate[] }>,
  codeFormat: {
    en: () => ({ message: 'the 6-digit administrative division code (GB/T 2260), e.g. "640381"' }),
    zh: () => ({ message: '6 位行政区划代码（GB/T 2260），如 "640381"' }),
  } satisfies Expectation,
  unknownCode: {
    en: (p: { code: string; name: string; candidates: Candidate[] }) => ({
      message: `expected a code of the administrative division list (GB/T 2260), found "${p.code}", which the list does not have. ${candidatesEn(p.name, p.candidates)}`,
      fix: p.candidates.length ? 'Write the code of this region.' : HOW_TO_FIND_EN,
    }),
    zh: (p: { code: string; name: string; candidates: Candidate[] }) => ({
      message: `应为行政区划代码表（GB/T 2260）中的代码，实际为“${p.code}”，代码表中没有。${candidatesZh(p.name, p.candidates)}`,
      fix: p.candidates.length ? '请填写本地区的代码。' : HOW_TO_FIND_ZH,
    }),
  } satisfies Message<{ code: string; name: string; candidates: Candidate[] }>,
  codeNameDisagree: {
    en: (p: Disagreement) => ({
      message: `expected the name "${p.division.name}" of code ${oneEn(p.division)}, found "${p.found}". ${candidatesEn(p.found ?? '', p.candidates)}`,
      fix: 'Correct the code or the name so that they name the same region.',
    }),
    zh: (p: Disagreement) => ({
      message: `代码 ${p.code} 是${placeZh(p.division)}，名称应为“${p.division.name}”，实际为“${p.found}”。${candidatesZh(p.found ?? '', p.candidates)}`,
      fix: '请改正代码或名称，使二者指同一个地区。',
    }),
  } satisfies Message<Disagreement>,
  codeProvinceDisagree: {
    en: (p: Disagreement) => ({
      message: `expected the province "${p.division.province}" of code ${oneEn(p.division)}, found "${p.found}". ${candidatesEn(p.division.name, p.candidates)}`,
      fix: 'Correct the code or the province so that they agree.',
    }),
    zh: (p: Disagreement) => ({
      message: `代码 ${p.code} 属于${p.division.province}，省份应为“${p.division.province}”，实际为“${p.found}”。${candidatesZh(p.division.name, p.candidates)}`,
      fix: '请改正代码或省份，使二者一致。',
    }),
  } satisfies Message<Disagreement>,
  codeParentDisagree: {
    en: (p: Disagreement) => ({
      message: `expected the city ${p.division.city ? `"${p.division.city}"` : `null (or "${p.division.province}")`} of code ${oneEn(p.division)}, found ${p.found === null ? 'null' : `"${p.found}"`}. ${candidatesEn(p.division.name, p.candidates)}`,
      fix: 'Correct the code or the parent so that they agree.',
    }),
    zh: (p: Disagreement) => ({
      message: `代码 ${p.code} ${p.division.city ? `属于${p.division.city}，上级（parent）应为“${p.division.city}”` : `直属${p.division.province}，上级（parent）应为 null 或“${p.division.province}”`}，实际为${p.found === null ? ' null' : `“${p.found}”`}。${candidatesZh(p.division.name, p.candidates)}`,
      fix: '请改正代码或上级，使二者一致。',
    }),
  } satisfies Message<Disagreement>,
  codeLevelDisagree: {
    en: (p: { code: string; division: Candidate; tier: 'province' | 'city' | 'county'; found: LevelWord }) => ({
      message: `expected a level of a ${LEVEL_EN[p.tier]} region (${LEVELS_OF[p.tier]}) for code ${oneEn(p.division)}, found "${p.found}".`,
      fix: `Write level: ${LEVELS_OF[p.tier]}, or correct the code.`,
    }),
    zh: (p: { code: string; division: Candidate; tier: 'province' | 'city' | 'county'; found: LevelWord }) => ({
      message: `代码 ${p.code}（${placeZh(p.division)}）是${LEVEL_ZH[p.tier]}地区，层级（level）应为 ${LEVELS_OF[p.tier].replaceAll(', ', '、').replace(' or ', ' 或 ')}，实际为“${p.found}”（${LEVEL_ZH[p.found]}）。`,
      fix: '请改正层级或代码。',
    }),
  } satisfies Message<{ code: string; division: Candidate; tier: 'province' | 'city' | 'county'; found: LevelWord }>,
  missingCode: {
    en: (p: { name: string; candidates: Candidate[]; outside?: string }) => ({
      message: `expected the region's administrative division code (region.code), found none. ${candidatesEn(p.name, p.candidates)}${
        p.outside && p.candidates.length ? ` ${p.candidates.length === 1 ? 'It is' : 'None of them is'} in "${p.outside}", the province this plan states (region.province).` : ''
      }`,
      fix: p.outside && p.candidates.length
        ? `Check the name and region.province: if this plan covers ${p.candidates.length === 1 ? 'that region' : 'one of them'}, write its code and correct the province; otherwise correct the name.`
        : p.candidates.length === 1 ? `Add code: "${p.candidates[0]!.code}" under region.` : p.candidates.length ? 'Add the code of the one this plan covers under region (code: "…").' : HOW_TO_FIND_EN,
    }),
    zh: (p: { name: string; candidates: Candidate[]; outside?: string }) => ({
      message: `地区应填写行政区划代码（region.code），实际没有填写。${candidatesZh(p.name, p.candidates)}${
        p.outside && p.candidates.length ? `${p.candidates.length === 1 ? '它' : '它们都'}不在本规划所写的省份${p.outside}（region.province）。` : ''
      }`,
      fix: p.outside && p.candidates.length
        ? `请核对地区名称和所属省份（region.province）：如果本规划属于${p.candidates.length === 1 ? '这个地区' : '其中一个地区'}，请写上它的代码并改正省份；否则请改正地区名称。`
        : p.candidates.length === 1 ? `请在 region 下加一行 code: "${p.candidates[0]!.code}"。` : p.candidates.length ? '请从中选出本规划所属地区的代码，写在 region 下（code: "…"）。' : HOW_TO_FIND_ZH,
    }),
  } satisfies Message<{ name: string; candidates: Candidate[]; outside?: string }>,
  sameNameWithoutCode: {
    en: (p: { name: string; here: string; other: string; there: string }) => ({
      message: `expected a code on regions that share the printed name "${p.name}", found "${p.name}" of "${p.here}" here and of "${p.there}" in ${p.other}, not both with a code.`,
      fix: 'Add region.code to both plans, so that the two regions keep their own pages.',
    }),
    zh: (p: { name: string; here: string; other: string; there: string }) => ({
      message: `同名地区应各自填写行政区划代码，实际本规划的“${p.name}”属于${p.here}，“${p.other}”的“${p.name}”属于${p.there}，二者未都填写代码。`,
      fix: '请在两个规划的 region 下都填写 code，两个地区才会各有自己的页面、责任单位和检索。',
    }),
  } satisfies Message<{ name: string; here: string; other: string; there: string }>,
});
