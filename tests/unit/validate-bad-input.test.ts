/**
 * Every mistake a clerk can make in content/ gets an error that names the file and the field or line,
 * says what was expected and what was found. One case per fixture under tests/fixtures/bad/.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, formatProblemZh } from '../../src/lib/content/problems.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const PROGRESS = 'content/progress/demo-edu-2021-2025/2023.json';
const PLAN_MD = 'content/plans/demo-edu-2021-2025/plan.md';
const INDICATORS = 'content/plans/demo-edu-2021-2025/indicators.json';

/** case → [file named, field path or line:column named, a phrase of the message] */
const CASES: Record<string, [string, string, string]> = {
  'malformed-json': [PROGRESS, `${PROGRESS}:3:15`, 'malformed JSON: expected a comma'],
  'empty-file': [PROGRESS, `${PROGRESS}:1:1`, 'found an empty file'],
  'utf8-bom': [PROGRESS, `${PROGRESS}:1:1`, 'found a UTF-8 BOM'],
  'gbk-encoding': [PROGRESS, `${PROGRESS}:11:`, 'GBK'],
  'missing-required-field': [PROGRESS, 'asOf:', 'found nothing: the field is missing'],
  'number-as-text': [PROGRESS, 'indicators[0].value:', 'expected a number, found "九十三"'],
  'nan-literal': [PROGRESS, `${PROGRESS}:10:`, 'NaN and Infinity are not numbers'],
  infinity: [PROGRESS, 'indicators[0].value:', 'a finite number'],
  'negative-value': [PROGRESS, 'indicators[0].value:', 'not negative, found -5'],
  'unknown-indicator': [PROGRESS, 'indicators[0].indicator:', 'Closest known ids: preschool-gross-enrolment'],
  'unknown-clause': [PROGRESS, 'clauses[0].clause:', 'found "s2-9". Closest known ids: s2-1, s2-2'],
  'unknown-project': [PROGRESS, 'projects[0].project:', 'found "s9-1". Closest known ids: s2-1'],
  'duplicate-progress-entry': [PROGRESS, 'indicators[1].indicator:', 'already listed at indicators[0]'],
  'duplicate-indicator-id': [INDICATORS, 'indicators[1].id:', 'already used by indicators[0]'],
  'year-outside-period': ['content/progress/demo-edu-2021-2025/2027.json', 'year:', "inside the plan's period 2021–2025, found 2027"],
  'year-not-matching-file-name': [PROGRESS, 'year:', 'expected 2023 (the year in the file name), found 2024'],
  'two-files-one-year': ['content/progress/demo-edu-2021-2025/2023.json', 'year:', 'one progress file per plan and year'],
  'unknown-provenance': [PROGRESS, 'provenance:', 'found "estimated"'],
  'official-without-source': [PROGRESS, 'indicators[0].source:', 'a source (title, publisher, url, date, quote) for an official figure'],
  'date-that-does-not-exist': [PROGRESS, 'asOf:', '2023-02-30 does not'],
  'front-matter-not-yaml': [PLAN_MD, `${PLAN_MD}:16:`, 'front matter is not valid YAML'],
  'front-matter-missing': [PLAN_MD, `${PLAN_MD}:1:1`, 'expected front matter'],
  'plan-folder-without-plan-md': ['content/plans/other-edu-2021-2025/', 'content/plans/other-edu-2021-2025/', 'expected a plan.md in every plan folder'],
  'unknown-top-level-key': [PROGRESS, 'indicaters:', 'Did you mean "indicators"?'],
  'progress-for-missing-plan': ['content/progress/demo-edu-2012-2025/2023.json', 'demo-edu-2012-2025', 'Known plans: demo-edu-2021-2025'],
  'plan-id-not-folder-name': [PLAN_MD, 'id:', 'expected the id "demo-edu-2021-2025" (the folder name), found "demo-edu-2021-2026"'],
  'percentage-over-100': [INDICATORS, 'indicators[0].target.value:', 'a percentage of at most 100 (found 101)'],
  'duplicate-json-key': [PROGRESS, `${PROGRESS}:4:`, 'found "year" a second time'],
  'indicator-table-clause-unknown': [INDICATORS, 'indicators[0].source.clause:', 'found "s2-3-t1"'],
  'unknown-file-in-plan-folder': ['content/plans/demo-edu-2021-2025/indicator.json', 'indicator.json', 'Did you mean "indicators.json"?'],
  'target-year-before-baseline': [INDICATORS, 'indicators[0].target.year:', 'a target year after the baseline year 2020 (found 2019)'],
  'mixed-provenance-unlabelled': [PROGRESS, 'clauses[0].provenance:', 'this file mixes the two'],
  'status-typo': [PROGRESS, 'clauses[0].status:', 'Did you mean "in-progress"?'],
  'plan-region-level-unknown': [PLAN_MD, 'region.level:', 'found "township"'],
  'unknown-concept': [INDICATORS, 'indicators[0].concept:', 'found "preschool-enrolment". Closest: preschool-gross-enrolment'],
  'concept-unit-mismatch': ['content/plans/other-edu-2021-2025/indicators.json', 'indicators[0].concept:', 'expected the unit "%" that content/plans/demo-edu-2021-2025/indicators.json (preschool-gross-enrolment) uses for concept "preschool-gross-enrolment", found "万人"'],
  'reference-unknown-concept': ['content/reference/national.json', 'series[0].concept:', 'found "preschool-gross-enrolement"'],
  'progress-folder-plan-mismatch': [PROGRESS, 'plan:', 'expected "demo-edu-2021-2025" (the folder name)'],
  'empty-report-without-note': [PROGRESS, '(top level):', 'or a "note" saying why this year\'s report has none (found an empty report)'],
  'published-before-as-of': [PROGRESS, 'published:', 'a publication date on or after asOf 2023-12-31'],
  'final-year-report-after-period': ['content/progress/demo-edu-2021-2025/2026.json', 'year:', 'The final-year report of this plan is 2025.json'],
  'official-judgement-without-source': [PROGRESS, 'indicators[0].source:', 'a source (title, publisher, url, date, quote) for an official figure'],
  'official-status-without-quote': [PROGRESS, 'clauses[0].source.quote:', 'the sentence quoted from the source that states this official status'],
  'succeeds-unknown-plan': ['content/plans/demo-edu-2026-2030/plan.md', 'succeeds:', 'found "demo-edu-2021-2052". Known plans: demo-edu-2021-2025'],
  'succeeds-itself': ['content/plans/demo-edu-2026-2030/plan.md', 'succeeds:', 'found its own id "demo-edu-2026-2030"'],
  'one-name-two-regions': ['content/plans/other-edu-2021-2025/plan.md', 'region.code:', 'expected a code on regions that share the printed name "示例县", found "示例县" of "宁夏回族自治区另一示例市" here and of "宁夏回族自治区示例市" in demo-edu-2021-2025'],
  'region-code-unknown': [PLAN_MD, 'region.code:', 'found "640299", which the list does not have. The region named "平罗县" is 640221'],
  'region-code-name-disagree': [PLAN_MD, 'region.name:', 'expected the name "兴庆区" of code 640104 "宁夏回族自治区银川市兴庆区", found "金凤区". The region named "金凤区" is 640106'],
  'region-code-province-disagree': [PLAN_MD, 'region.province:', 'expected the province "陕西省" of code 610102 "陕西省西安市新城区", found "内蒙古自治区". 2 regions are named "新城区": 150102 "内蒙古自治区呼和浩特市新城区", 610102'],
  'region-code-level-disagree': [PLAN_MD, 'region.level:', 'for code 640221 "宁夏回族自治区石嘴山市平罗县", found "prefecture"'],
  'region-code-parent-disagree': [PLAN_MD, 'region.parent:', 'expected the city "石嘴山市" of code 640221 "宁夏回族自治区石嘴山市平罗县", found "吴忠市"'],
  'region-code-not-six-digits': [PLAN_MD, 'region.code:', 'expected the 6-digit administrative division code (GB/T 2260), e.g. "640381", found "64022"'],
  'two-plans-succeed-one': ['content/plans/demo-edu-2026-2030/plan.md', 'succeeds:', 'expected one plan of 示例县 to succeed "demo-edu-2021-2025", found a second: "demo-action-2026-2028" already does'],
};

/** The clock the validator checks `published` against, fixed so that the cases do not age. */
const TODAY = '2026-12-01';

describe('validator on good content', () => {
  it('finds no problem in the good fixture', () => {
    const { problems, model } = loadContent(fixtureRoot());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.plans).toHaveLength(1);
  });
});

describe('validator on bad input', () => {
  it('covers at least 25 distinct mistakes', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(25);
  });
  for (const [name, [file, where, phrase]] of Object.entries(CASES)) {
    it(name, () => {
      const { problems } = loadContent(fixtureRoot(name), { today: TODAY });
      const lines = problems.map(formatProblem);
      expect(lines.length).toBeGreaterThan(0);
      const line = lines.find((l) => l.includes(phrase));
      expect(line, `no message contains ${JSON.stringify(phrase)}:\n${lines.join('\n')}`).toBeDefined();
      expect(line).toContain(file);
      expect(line).toContain(where);
      // Both languages are pinned: the Chinese line is what a clerk reads, the English one what a developer reads.
      expect({ zh: problems.map(formatProblemZh), en: lines }).toMatchSnapshot();
    });
  }
});

describe('validator warnings on bad input', () => {
  it('a region without a code whose name has no division in the stated province says so, and what to check', () => {
    const { problems, warnings } = loadContent(fixtureRoot('region-name-outside-province'), { today: TODAY });
    expect(problems.map(formatProblem)).toEqual([]);
    const code = warnings.filter((w) => w.field === 'region.code');
    expect({ zh: code.map(formatProblemZh), en: code.map(formatProblem) }).toMatchInlineSnapshot(`
      {
        "en": [
          "content/plans/demo-edu-2021-2025/plan.md:5:3: region.code: expected the region's administrative division code (region.code), found none. 2 regions are named "新城区": 150102 "内蒙古自治区呼和浩特市新城区", 610102 "陕西省西安市新城区". None of them is in "宁夏回族自治区", the province this plan states (region.province). Check the name and region.province: if this plan covers one of them, write its code and correct the province; otherwise correct the name.",
        ],
        "zh": [
          "content/plans/demo-edu-2021-2025/plan.md:5:3：字段 region.code：地区应填写行政区划代码（region.code），实际没有填写。名为“新城区”的地区有 2 个：150102（内蒙古自治区呼和浩特市新城区）、610102（陕西省西安市新城区）。它们都不在本规划所写的省份宁夏回族自治区（region.province）。修改方法：请核对地区名称和所属省份（region.province）：如果本规划属于其中一个地区，请写上它的代码并改正省份；否则请改正地区名称。",
        ],
      }
    `);
  });
});
