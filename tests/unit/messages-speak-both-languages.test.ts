/**
 * Every message a person can see is an entry of the catalogue (src/lib/messages/), written once in Chinese
 * and once in English; and no message reaches a person in English when the language is Chinese.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblemZh } from '../../src/lib/content/problems.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/friendly.ts';
import { IndicatorsFileSchema } from '../../src/schemas/indicators.ts';
import { ProjectsFileSchema } from '../../src/schemas/projects.ts';
import { ProgressFileSchema } from '../../src/schemas/progress.ts';
import { ConceptsFileSchema } from '../../src/schemas/concepts.ts';
import type { z } from 'zod';
import { catalogue, messageIds } from '../../src/lib/messages/index.ts';
import type { Message } from '../../src/lib/messages/catalogue.ts';
import { FIXTURES, fixtureRoot } from '../helpers/fixtures.ts';
import { REPO, runScript } from '../helpers/run.ts';
import { editWorkbook, setCell } from '../helpers/workbook.ts';
import { readWorkbook } from '../../src/lib/sheets/read.ts';
import { writeWorkbook } from '../../src/lib/sheets/write.ts';
import { formatSheetProblem } from '../../src/lib/sheets/problems.ts';
import type ExcelJS from 'exceljs';
import { PROVENANCE_LABELS, SHEET } from '../../src/lib/sheets/layout.ts';
import { workbookMessages } from '../../src/lib/messages/workbook.ts';
import { statusLabels } from '../../src/lib/content/status-labels.ts';

/** Parameters to say each entry with: an entry without a sample fails the test, so none is left unchecked. */
const SAMPLES: Record<string, unknown[]> = {
  'cli.unknownOption': [{ option: '--bogus', usage: 'npm run validate' }],
  'cli.missingValue': [{ option: '--today', usage: 'npm run validate' }],
  'cli.unexpectedArgument': [{ found: 'b.xlsx', usage: 'npm run sheet:import' }],
  'cli.badLang': [{ found: 'fr' }],
  'cli.folderNotFile': [{ path: '/tmp/x', want: 'xlsx' }],
  'cli.badDate': [{ option: '--today', found: '2025-13-01' }],
  'importer.textTooLarge': [{ name: 'a.txt', found: '20.0 MB', max: '2.0 MB' }],
  'workbook.spaceInNumber': [{ typed: '93. 1', read: '93.1' }],
  'workbook.emptyReport': [undefined],
  'workbook.publishedBeforeAsOf': [{ asOf: '2024-12-31', published: '2024-06-01' }],
  'workbook.publishedInFuture': [{ today: '2026-12-01', published: '2031-03-15' }],
  'workbook.encrypted': [undefined],
  'importer.docxEncrypted': [undefined],
  'schema.valueAsPrinted': [{ text: '88.51', printed: 88.51, found: 88.5 }, { text: '95%', printed: 95, found: null }],
  'build.distHoldsTree': [{ dist: '/r', what: 'repository', path: '/r', example: '/r/dist' }, { dist: '/c', what: 'content', path: '/c', example: '/r/dist' }],
  'build.distInsideContent': [{ dist: '/c/content/site', example: '/r/dist' }],
  'build.distNotFolder': [{ dist: '/d', link: true }, { dist: '/d', link: false }],
  'build.distHoldsOtherFiles': [{ dist: '/d' }],
  'build.planMissingFromSite': [{ built: 1, declared: 2, missing: ['plans/x/index.html'], contentRoot: '/c' }, { built: 1, declared: 2, missing: [], contentRoot: '/c' }],
  'build.cannotCleanUp': [{ dist: '/d', reason: { en: '/: permission denied', zh: '/：没有权限' } }],
  'build.cannotWrite': [{ dist: '/d', reason: { en: '/: permission denied', zh: '/：没有权限' } }],
  'build.siteContentProblems': [{ content: '/c/content', lines: ['content/x.json: expected a number.'] }],
  'build.contentProblems': [{ count: 3, content: '/c/content' }],
  'build.noPlans': [{ content: '/c/content' }],
  'build.noPlansInPartition': [{ partition: '22', content: '/c/content', known: ['64'] }, { partition: '22', content: '/c/content', known: [] }],
  'build.partitionsFailed': [{ partitions: ['22', '64'] }],
  'build.partitionsMissing': [{ partitions: ['22'], folder: '/srv/site/dist-partitions' }],
  'build.tooManyPartitions': [{ count: 260, limit: 200, host: 'GitLab CI', largest: ['4401 (3)', '4403 (2)'] }],
  'build.siteUrlDefault': [{ origin: 'http://localhost:4321' }],
  'build.siteUrlRequired': [{ origin: 'http://localhost:4321' }],
  'build.unexpected': [{ what: 'boom', debug: false }, { what: 'boom', debug: true }],
  'build.failed': [undefined],
  'config.basePathSpace': [{ value: '/a b/' }],
  'config.basePathQuote': [{ value: '"/a/"', char: '"' }],
  'config.basePathDots': [{ value: '/../' }],
  'config.basePathCharacter': [{ value: '/a<b/', char: '<' }],
  'config.siteUrlNotAbsolute': [{ value: 'www.example.gov.cn' }],
  'config.siteUrlHasBase': [{ value: 'https://x.cn/a/', origin: 'https://x.cn', base: '/a/' }],
  'config.siteUrlHasPath': [{ value: 'https://x.cn/a', origin: 'https://x.cn', base: '/a/' }],
  'config.port': [{ value: '0' }],
  'config.partition': [{ value: 'ningxia' }],
  'config.partitionUrls': [{ value: '["x"]' }],
  'config.partitionByCity': [{ value: '宁夏' }],
  'config.date': [{ variable: 'VALIDATE_TODAY', value: 'x' }],
  'config.lang': [{ value: 'fr' }],
  'config.refused': [{ count: 2 }],
  'region.codeFormat': [undefined],
  'region.proposedCode': [{ division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, from: 'page' }, { division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, from: 'name' }],
  'region.codeCandidates': [{ name: '新城区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, { code: '150102', name: '新城区', province: '内蒙古自治区', city: '呼和浩特市' }] }, { name: '示例县', candidates: [] }],
  'region.unknownCode': [{ code: '640299', name: '平罗县', candidates: [] }, { code: '610199', name: '新城区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, { code: '150102', name: '新城区', province: '内蒙古自治区', city: '呼和浩特市' }] }],
  'region.codeNameDisagree': [{ code: '610102', division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, found: '碑林区', candidates: [] }],
  'region.codeProvinceDisagree': [{ code: '610102', division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, found: '内蒙古自治区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, { code: '150102', name: '新城区', province: '内蒙古自治区', city: '呼和浩特市' }] }],
  'region.codeParentDisagree': [{ code: '610102', division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, found: null, candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }] }, { code: '110105', division: { code: '110105', name: '朝阳区', province: '北京市', city: null }, found: '朝阳市', candidates: [{ code: '110105', name: '朝阳区', province: '北京市', city: null }] }],
  'region.codeLevelDisagree': [{ code: '610102', division: { code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, tier: 'county', found: 'prefecture' }],
  'region.missingCode': [{ name: '示例县', candidates: [] }, { name: '新城区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }], outside: '宁夏回族自治区' }, { name: '新城区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }] }, { name: '新城区', candidates: [{ code: '610102', name: '新城区', province: '陕西省', city: '西安市' }, { code: '150102', name: '新城区', province: '内蒙古自治区', city: '呼和浩特市' }] }],
  'region.sameNameWithoutCode': [{ name: '新城区', here: '陕西省西安市', other: 'other-edu-2021-2025', there: '内蒙古自治区呼和浩特市' }],
  'validator.emptyFile': [undefined],
  'validator.utf8Bom': [undefined],
  'validator.notUtf8': [{ byte: '0xB5', gbkLine: '规划' }, { byte: '0xFF', gbkLine: undefined }],
  'validator.jsonSyntax': [
    { code: 'CommaExpected', found: { token: '"asOf"', next: true } },
    { code: 'ValueExpected', found: { token: undefined, next: false } },
  ],
  'validator.jsonNothing': [undefined],
  'validator.duplicateKey': [{ key: 'year' }],
  'validator.yamlInvalid': [{ error: 'bad indentation' }],
  'validator.yamlFileInvalid': [{ error: 'bad indentation' }, { error: 'Tabs are not allowed as indentation' }],
  'validator.frontMatterNotFields': [{ found: null }, { found: '"x"' }],
  'validator.frontMatterMissing': [{ firstLine: '"# 标题"' }],
  'validator.notPlainText': [{ reason: { kind: 'markup', shown: '"<b>"' } }, { reason: { kind: 'link', shown: '"javascript:x"' } }],
  'validator.planTextNotPlain': [{ reason: { kind: 'html', shown: '"<div>"' } }],
  'validator.planFolderFile': [{ files: ['plan.md'], name: 'plan.txt', guess: 'plan.md' }, { files: ['plan.md'], name: 'x', guess: undefined }],
  'validator.planMdMissing': [{ mdFile: 'content/plans/x/plan.md' }],
  'validator.idNotFolder': [{ folder: 'a', found: 'b' }],
  'validator.planNotFolder': [{ folder: 'a', found: 'b', inProgress: true }],
  'validator.unknownRef': [{ what: 'indicator', found: 'x', closest: ['y'], where: 'f' }, { what: 'project', found: 'x', closest: [], where: 'f' }],
  'validator.progressNotJson': [{ name: 'a.txt' }],
  'validator.progressUnknownPlan': [{ folder: 'x', closest: ['y'] }, { folder: 'x', closest: [] }],
  'validator.progressFileName': [{ name: 'a.json', year: 2023 }],
  'validator.progressYearNotName': [{ stem: '2023', year: 2024 }],
  'validator.progressSecondFile': [{ year: 2023, first: 'a.json' }],
  'validator.unknownConcept': [{ found: 'x', closest: ['y'], indicator: true }, { found: 'x', closest: [], indicator: false }],
  'validator.conceptUnitElsewhere': [{ unit: '%', where: 'f', concept: 'c', found: '人' }],
  'validator.conceptUnit': [{ unit: '%', concept: 'c', found: null, mapped: true }],
  'validator.referenceNotJson': [{ name: 'a.txt' }],
  'validator.specialFile': [{ kind: 'a symbolic link', kindZh: '符号链接' }],
  'validator.folderInsteadOfFile': [{ what: 'a JSON file', whatZh: 'JSON 文件', name: '2023.json' }],
  'validator.fileTooLarge': [{ limit: '2 MB', size: '3 MB' }],
  'validator.jsonTooDeep': [{ max: 32 }],
  'validator.plansFolderFile': [{ name: 'a.txt' }],
  'validator.noPlanFolders': [undefined],
  'validator.remoteResource': [{ reason: 'an image "http://x/a.png"', reasonZh: '图片 "http://x/a.png"' }],
  'validator.invisibleCharacter': [{ fault: { en: 'an invisible zero-width character (U+200B)', zh: '不可见的零宽字符（U+200B）' } }],
  'validator.progressFolderFile': [{ name: 'a.json' }],
  'validator.sourceWithoutPlan': [{ plan: 'x', file: 'content/sources/x.yaml' }],
  'validator.rootMissing': [{ root: '/r' }],
  'validator.rootIsFile': [{ root: '/r' }],
  'validator.noContentFolder': [{ root: '/r', kind: 'missing' }, { root: '/r', kind: 'link' }, { root: '/r', kind: 'file' }],
  'validator.noPlansFolder': [{ root: '/r', missing: true }, { root: '/r', missing: false }],
  'validator.percentTooHigh': [{ name: 'preschool', max: 100, gross: false, found: 931 }, { name: 'gross', max: 150, gross: true, found: 151 }],
  'validator.percentAsFraction': [{ name: '学前教育毛入园率', found: 0.931, percent: '93.1', low: '88.51' }],
  'validator.yearsTooHigh': [{ name: 'schooling', found: 98 }],
  'validator.jumpNeedsNote': [{ name: 'x', fromYear: 2022, from: '91.2', limit: '3', usual: '1', perYear: '82.1', found: '9.12' }],
  'validator.sameAsLastYear': [{ count: 5, year: 2022 }],
  'validator.revisionNotRecorded': [{ year: 2023, name: 'x', indicator: 'x', was: 91.2, now: 9.12, published: '2024-03-15', fmt: { was: '91.2', now: '9.12' } }, { year: 2023, name: 'x', indicator: 'x', was: 91.2, now: null, published: '2024-03-15', fmt: { was: '91.2', now: null } }],
  'validator.yearOutsidePeriod': [{ start: 2021, end: 2025, year: 2027 }, { start: 2021, end: 2025, year: 2019 }],
  'validator.publishedBeforeAsOf': [{ asOf: '2023-12-31', published: '2023-06-01' }],
  'validator.publishedInFuture': [{ today: '2024-01-01', published: '2099-01-01' }],
  'validator.fsPermission': [{ path: '/d' }],
  'validator.fsReadOnly': [{ path: '/d' }],
  'validator.fsMissing': [{ path: '/d' }],
  'validator.fsNotFolder': [{ path: '/d' }],
  'validator.fsIsFolder': [{ path: '/d' }],
  'validator.fsFull': [{ path: '/d' }],
  'validator.fsLoop': [{ path: '/d' }],
  'validator.fsOther': [{ path: '/d', error: 'EBUSY' }],
  'validator.charNul': [undefined],
  'validator.charControl': [{ code: 'U+0007' }],
  'validator.charLoneSurrogate': [{ code: 'U+D800', escape: '\\ud800' }],
  'validator.charBidi': [{ code: 'U+202E' }],
  'validator.charZeroWidth': [{ code: 'U+200B' }],
  'validator.characterInField': [{ at: 3, fault: { en: 'a control character (U+0007)', zh: '控制字符（U+0007）' } }],
  'validator.fieldTooLong': [{ limit: 2000, length: 2500 }],
  'validator.revisionDateInFuture': [{ today: '2024-01-01', date: '2099-01-01' }],
  'validator.partialSource': [{ figure: true, missing: ['url', 'quote'] }, { figure: false, missing: ['title'] }],
  'validator.notAllReported': [{ year: 2023, kind: 'indicators', missing: ['a', 'b'] }, { year: 2023, kind: 'clauses', missing: ['c'] }],
  'validator.succeedsItself': [{ id: 'x' }],
  'validator.succeedsUnknown': [{ id: 'x', known: true, closest: ['y'] }, { id: 'x', known: false, closest: [] }],
  'validator.succeededTwice': [{ region: 'Pingluo', id: 'x', other: 'y' }],
  'validator.tableReading': [{ clause: 'c', columns: 4, roles: 3, isTable: true }, { clause: 'c', columns: 0, roles: 3, isTable: false }],
  'archive.damaged': [{ what: 'no end record' }],
  'archive.notZip': [undefined],
  'archive.zip64': [undefined],
  'archive.tooManyEntries': [{ count: 70000, max: 10000 }],
  'archive.partZip64': [{ part: 'xl/workbook.xml' }],
  'archive.partTooLarge': [{ part: 'xl/workbook.xml', size: '80 MB', max: '50 MB' }],
  'archive.tooLarge': [{ total: '300 MB', max: '200 MB' }],
  'archive.inflatesBeyond': [{ part: 'xl/workbook.xml', size: '1 KB' }],
  'archive.compression': [{ part: 'xl/workbook.xml', method: 12 }],
  'archive.sizeMismatch': [{ part: 'xl/workbook.xml', declared: 10, found: 12 }],
  'archive.doctype': [{ part: 'xl/workbook.xml', kind: 'DOCTYPE' }],
  'archive.badXml': [{ part: 'xl/workbook.xml', line: 3, error: 'unclosed tag' }],
  'importer.textEmpty': [{ name: 'plan.txt' }],
  'importer.textEncodingUnknown': [{ name: 'plan.txt', declared: 'UTF-16 LE' }, { name: 'plan.txt', declared: null }],
  'importer.readerRefused': [{ name: 'plan.docx', reason: { en: 'not a .docx file', zh: '不是有效的 .docx 文件' } }],
  'importer.docxNotZip': [undefined],
  'importer.docxNotRead': [{ reason: { en: 'not a zip archive', zh: '不是 zip 压缩包' } }],
  'importer.docxNoDocument': [undefined],
  'importer.docxBadXml': [undefined],
  'importer.docxNoBody': [undefined],
  'importer.htmlNoBody': [undefined],
  'importer.htmlNoText': [undefined],
  'importer.pdfUnreadable': [{ error: 'Invalid PDF structure' }],
  'importer.pdfScan': [{ pages: 3, characters: 2 }],
  'importer.profileYaml': [{ path: '/x/p.yaml', error: 'bad indentation' }],
  'importer.unknownNumbering': [{ name: 'Roman numerals' }],
  'importer.cellTableNotRead': [{ reason: { en: 'a header cell of a flattened table spans several lines', zh: '展开成每格一行的表格中，表头单元格占了多行' } }],
  'importer.strayTabRow': [undefined],
  'importer.outOfSequence': [{ previous: '1.', expected: '2.', found: '4.', line: 12 }, { previous: null, expected: '1.', found: '3.', line: 12 }],
  'importer.strayRowAfterTable': [{ first: 30 }],
  'importer.cellsMisaligned': [{ under: 'x' }],
  'importer.flattenedHeaderSpans': [undefined],
  'importer.flattenedGroups': [{ size: 5, years: 2, attribute: true, found: 12 }, { size: 4, years: 2, attribute: false, found: 9 }],
  'importer.flattenedColumn': [{ values: 2, rows: 3, column: 4 }],
  'importer.indicatorRowWithoutName': [{ first: 40 }],
  'importer.indicatorHeaderUnread': [{ caption: 'x', first: 40 }],
  'importer.cellLost': [{ text: '95' }],
  'importer.textNotKept': [{ source: 'a', markdown: 'b' }],
  'importer.reportChapters': [{ count: 8 }],
  'importer.reportClauses': [{ numbered: 80, headings: 20, paragraphs: 10 }],
  'importer.reportBoxes': [{ boxes: 2, tables: 3 }],
  'importer.reportIndicators': [{ count: 12 }],
  'importer.reportMeasures': [{ count: 30 }],
  'importer.reportProjects': [{ count: 4 }],
  'importer.reportRemoved': [{ bookmarks: 1, toc: 2, breaks: 3 }],
  'importer.reportFurniture': [{ formFeeds: 1, pageNumbers: 2, headers: 3, wraps: 4 }],
  'importer.reportMeasuresAll': [{ count: 40 }],
  'importer.reportProseTargets': [{ count: 2 }],
  'importer.reportPageBreak': [{ line: 3, text: 'x' }],
  'importer.reportToc': [{ line: 3, text: 'x' }],
  'importer.reportFurnitureLine': [{ kind: 'page-number', line: 3, text: '- 2 -' }, { kind: 'portal-chrome', line: 1, text: 'x' }],
  'importer.reportUnplaced': [{ count: 0 }],
  'importer.reportWarnings': [{ count: 2 }],
  'importer.reportWarning': [{ line: 3, reason: { en: 'numbering the importer does not know', zh: '导入程序不认识这种编号' } }],
  'importer.reportLineReads': [{ text: 'x' }],
  'importer.reportFix': [{ fix: { en: 'list it under source.notes', zh: '请在结构配置文件中列出' } }],
  'importer.reportUnplacedLine': [{ line: 3, text: 'x' }],
  'validator.wantFile': [{ name: 'plan.md' }],
  'validator.wantPlanFiles': [{ files: ['plan.md', 'indicators.json'] }],
  'validator.wantYearFile': [undefined],
  'validator.wantReferenceJson': [undefined],
  'validator.imageResource': [{ shown: '"http://x/a.png"' }],
  'validator.imageReferenceResource': [{ id: 'fig1' }],
  'schema.idTooLong': [{ max: 100 }],
  'schema.planId': [undefined],
  'schema.localId': [undefined],
  'schema.yearFrom': [{ min: 1949 }],
  'schema.yearBefore': [{ max: 2100 }],
  'schema.date': [undefined],
  'schema.dateExists': [{ date: '2023-02-30' }],
  'schema.month': [{ date: '2021-13', month: '13' }],
  'schema.dateOrMonth': [{ date: '2021' }],
  'schema.finite': [undefined],
  'schema.notNegative': [undefined],
  'schema.sourceTitle': [undefined],
  'schema.webAddress': [undefined],
  'schema.uniqueId': [{ id: 'a', at: 'indicators[0]' }],
  'schema.listedOnce': [{ what: 'indicator', id: 'a', at: 'indicators[0]' }],
  'schema.targetAfterBaseline': [{ baseline: 2020, found: 2019 }],
  'schema.percentAtMost100': [{ found: 101 }],
  'schema.regionName': [{ example: '青铜峡市' }],
  'schema.fullTitle': [undefined],
  'schema.textSource': [undefined],
  'schema.sha256': [undefined],
  'schema.endAfterStart': [{ start: 2021, found: 2020 }],
  'schema.provenanceEachEntry': [undefined],
  'schema.officialSource': [undefined],
  'schema.officialQuote': [{ figure: true }, { figure: false }],
  'schema.emptyReport': [undefined],
  'schema.dateInYear': [{ year: 2023, found: '2024-01-01' }],
  'schema.tooSmall': [
    { origin: 'string', limit: 1, inclusive: true },
    { origin: 'string', limit: 3, inclusive: true },
    { origin: 'array', limit: 1, inclusive: true },
    { origin: 'array', limit: 2, inclusive: true },
    { origin: 'number', limit: 0, inclusive: false },
  ],
  'schema.tooBig': [{ origin: 'string', limit: 9, inclusive: true }, { origin: 'array', limit: 9, inclusive: true }, { origin: 'number', limit: 9, inclusive: false }],
  'schema.format': [{ format: 'regex', pattern: '/^a$/' }, { format: 'email', pattern: undefined }],
  'schema.otherwise': [{ message: 'a multiple of 5' }],
  'schema.unknownField': [{ key: 'indicaters', more: [], guess: 'indicators' }, { key: 'x', more: ['y'], guess: undefined }],
  'schema.missingField': [{ expected: 'number', field: 'year' }],
  'schema.notFinite': [{ found: Infinity }],
  'schema.wrongType': [{ expected: 'number', found: '九十三' }, { expected: 'object', found: [] }],
  'schema.notOneOf': [{ options: ['in-progress'], labels: ['推进中'], found: 'x', guess: 'in-progress' }, { options: ['a'], labels: [], found: 1, guess: undefined }],
  'schema.notEither': [{ words: { en: ['a number', 'null'], zh: ['数字', 'null'] }, found: 'x' }, { words: { en: [], zh: [] }, found: 'x' }],
  'importer.noSuchFile': [{ path: '/x/plan.txt' }],
  'importer.oldWordFormat': [{ path: '/x/plan.doc', ext: '.doc' }],
  'importer.textChanged': [{ text: '/x/plan.txt', meta: '/x/plan.yaml', recorded: 'ab', found: 'cd' }],
  'importer.lineRefused': [{ path: '/x/plan.txt', line: 3, reason: { en: 'a flattened table cell with 2 values for 3 rows', zh: '第3列有2个值，而指标有3行，对不上' }, lineText: '95' }],
  'importer.nothingWritten': [undefined],
  'importer.usage': [undefined],
  'importer.staleFile': [{ path: '/x/plan.md' }],
  'importer.stale': [{ count: 2 }],
  'importer.matches': [undefined],
  'importer.encoding': [{ name: 'gb18030', zh: 'GB18030（GBK）' }],
  'importer.offered': [{ items: [{ en: 'issuer', zh: '发布机构', text: 'office' }] }],
  'importer.writtenByReader': [{ count: 2 }],
  'importer.writtenLine': [{ line: 3, kind: 'footnote', text: 'note' }],
  'importer.wrote': [{ count: 4 }],
  'importer.reviewReport': [{ path: '/x/r.html' }],
  'importer.profileField': [{ path: '/x/p.yaml', field: 'tables.0.columns.5.role', found: 'leader', roles: ['no', 'name'], kinds: ['indicators', 'other'] }],
  'workbook.officialSource': [undefined],
  'workbook.provenanceEachRow': [undefined],
  'workbook.webAddress': [undefined],
  'workbook.dateInYear': [{ year: 2023, found: '2024-01-01' }],
  'workbook.notNegative': [undefined],
  'workbook.emptyFile': [undefined],
  'workbook.tooLarge': [{ bytes: 60_000_000, max: 20_971_520 }],
  'workbook.oldFormat': [undefined],
  'workbook.textFile': [{ csvName: true, csvLike: true, firstLine: 'a,b' }, { csvName: false, csvLike: false, firstLine: 'hello' }],
  'workbook.damagedZip': [{ detail: 'bad central directory' }],
  'workbook.archiveRefused': [{ reason: { en: 'too large when inflated', zh: '解压后过大' }, small: true }, { reason: { en: 'too large when inflated', zh: '解压后过大' }, small: false }],
  'workbook.notAWorkbook': [{ names: ['word/document.xml'], docx: true }, { names: [], docx: false }],
  'workbook.tooManyRows': [{ rows: 100_000, max: 5000 }],
  'workbook.jumpNeedsNote': [{ name: 'x', fromYear: 2022, from: '91.2', limit: '3', usual: '1', perYear: '82.1', found: '9.12' }],
  'workbook.sameAsLastYear': [{ count: 5, year: 2022 }],
  'workbook.revisionNotRecorded': [{ year: 2023, name: 'x', indicator: 'x', was: 91.2, now: 9.12, published: '2024-03-15', fmt: { was: '91.2', now: '9.12' } }, { year: 2023, name: 'x', indicator: 'x', was: 91.2, now: null, published: '2024-03-15', fmt: { was: '91.2', now: null } }],
  'workbook.numberNotFinite': [{ found: Infinity }],
  'workbook.numberIsDate': [{ found: new Date(Date.UTC(2024, 0, 1)) }],
  'workbook.decimalComma': [{ typed: '97,8', read: '97.8' }],
  'workbook.thousandsComma': [{ typed: '1,234', read: '1234' }],
  'workbook.numberUnknown': [{ found: 'n/a' }],
  'workbook.percentNotUnit': [{ unit: 'people', found: '5%' }, { unit: null, found: '5%' }],
  'workbook.numberNotDigits': [{ found: 'ninety' }],
  'workbook.dateIsNumber': [{ found: 12 }],
  'workbook.dateText': [{ found: 'soon' }],
  'workbook.noSuchMonth': [{ found: '2024-13-01', year: 2024, month: 13 }],
  'workbook.noSuchDay': [{ found: '2024-02-30', year: 2024, month: 2, day: 30 }],
  'workbook.notStatus': [{ labels: ['推进中', '已完成'], found: 'done' }],
  'workbook.notProvenance': [{ found: 'x' }],
  'workbook.cannotRead': [{ why: 'bad sheet' }],
  'workbook.cannotLoad': [{ why: 'bad sheet' }],
  'workbook.sheetMissing': [{ sheet: '指标', guess: 'Sheet1', present: ['说明'] }, { sheet: '指标', guess: null, present: [] }],
  'workbook.guideRowMissing': [{ label: '发布日期' }],
  'workbook.identityRowsMissing': [undefined],
  'workbook.required': [undefined],
  'workbook.lockedCellEdited': [{ plan: 'x', year: 2024, label: '年度', was: 2024, now: 2025 }],
  'workbook.fileNameClaims': [{ name: 'x-2023.xlsx', claimed: { plan: 'x', year: 2023 }, plan: 'x', year: 2024, expected: 'x-2024.xlsx' }],
  'workbook.noSuchPlan': [{ found: 'x' }],
  'workbook.yearOutsidePeriod': [{ start: 2021, end: 2025, found: 2030 }],
  'workbook.formulaNotSaved': [{ formula: 'A1+B1' }],
  'workbook.formulaResultRead': [{ formula: 'A1+B1', found: 3 }],
  'workbook.dateInFuture': [{ today: '2024-01-01', found: '2099-01-01' }],
  'workbook.rowWithoutId': [{ kind: 'indicator' }, { kind: 'clause' }],
  'workbook.idEdited': [{ name: 'x', id: 'a', found: 'b' }],
  'workbook.unknownId': [{ kind: 'project', found: 'x', near: 'y' }, { kind: 'project', found: 'x', near: undefined }],
  'workbook.duplicateId': [{ kind: 'clause', id: 'a', first: 3 }],
  'workbook.revisionOfUnfilled': [{ id: 'a', year: 2024, known: true }, { id: 'a', year: 2024, known: false }],
  'workbook.revisionPublishedRequired': [undefined],
  'workbook.sourceWithoutTitle': [undefined],
  'workbook.tasksUnreported': [{ year: 2024, ids: ['a', 'b'] }, { year: 2024, ids: 'abcdefghij'.split('') }],
  'workbook.projectsUnreported': [{ year: 2024, ids: ['a'] }],
  'workbook.indicatorsUnreported': [{ year: 2024, ids: ['a'] }],
  'workbook.columnMissing': [{ header: '2024年数值', near: '2023年数值' }, { header: '2024年数值', near: undefined }],
  'workbook.mergedCells': [{ range: 'B2:B3', kind: 'indicator' }],
  'workbook.otherFileFails': [{ problem: { zh: 'a：应为数字。', en: 'a: expected a number.' } }],
};

const CJK = /[\u4e00-\u9fff]/;
/**
 * Chinese words English may name as they are, because the person sees them so: the workbook's sheets, rows
 * and drop-down labels, the status 未报告, the period 十四五, and words printed in the plans or a program's menu.
 */
const NAMED_AS_SEEN = new Set<string>([
  ...Object.values(SHEET),
  ...PROVENANCE_LABELS.map(([, label]) => label),
  ...(['indicator', 'clause', 'project'] as const).flatMap((k) => statusLabels(k).map(([, label]) => label)),
  '规划编号', '年度', '数据截止日期', '发布日期', '数据性质', '未报告', '十四五',
  // As printed in the plans' tables and in WPS's menu: 专栏, 指标名称｜基期值｜目标值, 2025年, 识别文字.
  '专栏', '指标名称', '基期值', '目标值', '年', '识别文字',
]);
const withoutNamesAsSeen = (s: string) => s.replace(/[\u4e00-\u9fff]+/g, (w) => (NAMED_AS_SEEN.has(w) ? '' : w));
/** A sentence of English: four words or more in a row, outside quotes. */
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3,}\b/;
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"|`[^`]*`|\([^)]*\bnpm run\b[^)]*\)/g, '');

describe('the message catalogue', () => {
  it('has a sample for every id, and nothing else', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(messageIds().sort());
  });

  for (const id of messageIds()) {
    it(`${id} is written in Chinese and in English`, () => {
      const [area, key] = id.split('.') as [string, string];
      const entry = catalogue[area]![key] as unknown as Message<unknown>;
      for (const params of SAMPLES[id] ?? []) {
        const zh = entry.zh(params);
        const en = entry.en(params);
        expect(zh.message, id).toMatch(CJK);
        expect(unquoted(zh.message + (zh.fix ?? '')), id).not.toMatch(ENGLISH_RUN);
        // English may name a Chinese term in quotes or in parentheses: (毛入园率/毛入学率).
        expect(withoutNamesAsSeen(unquoted(en.message + (en.fix ?? ''))).replace(/\((?:[\u4e00-\u9fff]+\/?)+\)/g, ''), id).not.toMatch(CJK);
        expect(en.message, id).toMatch(/[A-Za-z]{3,}/);
        expect(Boolean(zh.fix), `${id}: a fix in one language only`).toBe(Boolean(en.fix));
      }
    });
  }
});

/**
 * The readers and rules whose messages reach staff (the validator, the importer, the workbook reader and the
 * archive reader under them) raise every message by its catalogue entry: none is written at its call site.
 * A message written there is a pair (`zh: '…'`, `en: '…'`, `fixZh: '…'`), a sentence chosen by language
 * (`en ? '…' : '…'`), or Chinese text given to a message field or to an error.
 */
const MESSAGE_AREAS = ['content', 'import', 'sheets', 'archive'].map((a) => join(REPO, 'src', 'lib', a));
/** Chinese that is not a message to staff: the note the build shows readers when it has no history (site text). */
const NOT_MESSAGES = new Set(['src/lib/content/history.ts']);
const WRITTEN_AT_CALL_SITE: Array<[string, RegExp]> = [
  ['a message pair', /\b(?:zh|en|fixZh|fixEn|reasonZh|whatZh|kindZh)\s*:\s*(?:['"]|`(?!\$\{))/],
  ['a sentence chosen by language', /\ben\s*\?\s*(?:['"`[])/],
  ['Chinese in a message field', /\b(?:message|fix|reason|hint)\s*:\s*['"`][^'"`]*[\u4e00-\u9fff]/],
  ['Chinese given to an error', /new \w*Error\([^;]*['"`][^'"`]*[\u4e00-\u9fff]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('no message is written at its call site', () => {
  it('the validator, importer, workbook and archive readers raise every message from the catalogue', () => {
    const found: string[] = [];
    for (const file of MESSAGE_AREAS.flatMap(sourceFiles)) {
      const rel = file.slice(REPO.length + 1).replace(/\\/g, '/');
      if (NOT_MESSAGES.has(rel)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return;
          for (const [what, re] of WRITTEN_AT_CALL_SITE) if (re.test(line)) found.push(`${rel}:${i + 1}: ${what}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('the scan finds a message written inline', () => {
    const inline = ["problems.push({ zh: `应为数字。`, en: 'expected a number.' });", "lines.push(en ? `chapters: ${n}` : `章：${n}`);", "throw new DocxError('not a .docx file', '不是有效的 .docx 文件');", "out.push({ line, reason: '图片' });"];
    for (const line of inline) expect(WRITTEN_AT_CALL_SITE.some(([, re]) => re.test(line)), line).toBe(true);
    expect(WRITTEN_AT_CALL_SITE.some(([, re]) => re.test("problems.push({ ...sheetSaid(W.required, undefined) });"))).toBe(false);
  });
});

describe('no message reaches a clerk in English when the language is Chinese', () => {
  for (const name of readdirSync(join(FIXTURES, 'bad'))) {
    it(`bad input: ${name}`, () => {
      const { problems } = loadContent(fixtureRoot(name));
      for (const p of problems) {
        expect(p.zh, `no Chinese for: ${p.message}`).toBeDefined();
        const line = formatProblemZh(p);
        // The YAML parser's own description of a syntax error is passed on, in parentheses (pinned by the
        // snapshot of validate-bad-input): the one English a clerk still sees, beside the Chinese sentence.
        const words = unquoted(line.replace(p.file, '').replace(p.field ?? '\0', '')).replace(/不是有效的 YAML（[^）]*）/, '');
        expect(words, line).not.toMatch(ENGLISH_RUN);
      }
    });
  }
});

describe('the importer reads its metadata through the same messages', () => {
  it('an empty metadata file is refused in Chinese (it was English only), and in English with --lang en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-meta-'));
    writeFileSync(join(dir, 'plan.txt'), '一、总则\n内容。\n');
    writeFileSync(join(dir, 'plan.yaml'), '');
    const zh = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', dir], { CONTENT_LANG: '' });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(`${join(dir, 'plan.yaml')}:1:1：应有内容，实际为空文件。修改方法：填写内容，或删除该文件。`);
    const en = runScript('import.ts', [join(dir, 'plan.txt'), join(dir, 'plan.yaml'), '--content', dir, '--lang', 'en']);
    expect(en.stderr).toContain('expected content, found an empty file. Fill it in, or delete the file.');
  });
});

describe('every issue a schema raises is said in Chinese, whatever its English says', () => {
  // Each field of the good fixture's files set, one at a time, to each of these values: every zod code the
  // schemas raise (a type, a bound, a format, a listed value, a rule across fields) comes out of it.
  const BAD: unknown[] = ['', -5, 'abc', null, undefined, Number.NaN, '2023-02-30', '2023-13', 1900, 2200, 2023.5, 'x y', 101, {}, [], true, 'http//x', 'a'.repeat(120)];
  const good = join(FIXTURES, 'good', 'content');
  const plan = readdirSync(join(good, 'plans'))[0]!;
  const files: Array<[string, z.ZodType, unknown]> = [
    ['indicators', IndicatorsFileSchema, JSON.parse(readFileSync(join(good, 'plans', plan, 'indicators.json'), 'utf8'))],
    ['projects', ProjectsFileSchema, JSON.parse(readFileSync(join(good, 'plans', plan, 'projects.json'), 'utf8'))],
    ['progress', ProgressFileSchema, JSON.parse(readFileSync(join(good, 'progress', plan, '2023.json'), 'utf8'))],
    ['concepts', ConceptsFileSchema, JSON.parse(readFileSync(join(good, 'concepts.json'), 'utf8'))],
  ];
  const paths = (v: unknown, at: Array<string | number> = []): Array<Array<string | number>> =>
    v && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
  const withValue = (root: unknown, at: Array<string | number>, value: unknown): unknown => {
    if (at.length === 0) return value;
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let o = copy;
    for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    if (value === undefined) delete o[at.at(-1)!];
    else o[at.at(-1)!] = value;
    return copy;
  };
  for (const [name, schema, value] of files) {
    it(`${name}: every field with every bad value`, () => {
      let said = 0;
      for (const at of paths(value)) {
        for (const bad of BAD) {
          const r = parseWithFriendlyErrors(schema, { value: withValue(value, at, bad), locate: () => ({}) } as never, name);
          if (r.ok) continue;
          for (const p of r.problems) {
            said++;
            const line = formatProblemZh(p);
            expect(p.zh, line).toBeDefined();
            expect(unquoted(line.replace(p.field ?? '\0', '')), line).not.toMatch(ENGLISH_RUN);
          }
        }
      }
      expect(said).toBeGreaterThan(20);
    });
  }
});

/**
 * What a clerk reads in Chinese: every line has Chinese, and no English sentence outside quotes, file paths
 * and the English a refusal carries beside its Chinese in parentheses （…） for scripts that look for it.
 */
function expectChinese(text: string): void {
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    expect(line, line).toMatch(CJK);
    const words = unquoted(line.replace(/（[^（）]*(?:（[^（）]*）[^（）]*)*）/g, '').replace(/\S*\/\S*/g, ''));
    expect(words, line).not.toMatch(ENGLISH_RUN);
  }
}

describe('the workbook import speaks Chinese', () => {
  const PLAN = 'pingluo-edu-2021-2025';
  const SOURCE_HEADERS = ['来源标题', '发布单位', '来源网址', '发布日期', '原文引句'];
  const edits: Record<string, (wb: ExcelJS.Workbook) => void> = {
    'a number in words, a negative value, a bad date and address': (wb) => {
      setCell(wb, '指标', 'working-age-years-of-schooling', '2024年数值', '九十三');
      setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', -5);
      setCell(wb, '指标', 'compulsory-retention', '来源标题', '公报');
      setCell(wb, '指标', 'compulsory-retention', '来源网址', 'www.example.gov.cn');
      wb.getWorksheet('说明')!.getCell('B5').value = '2024/13/01';
    },
    'an unknown status, a sheet renamed, a row added': (wb) => {
      wb.getWorksheet('项目')!.name = '项目表';
      const tasks = wb.getWorksheet('任务')!;
      tasks.getCell(`A${tasks.rowCount + 1}`).value = 'no-such-task';
      tasks.getCell(`B${tasks.rowCount}`).value = 'x';
    },
    'official figures without their source': (wb) => {
      wb.getWorksheet('说明')!.getCell('B7').value = '官方数据';
      for (const h of SOURCE_HEADERS) setCell(wb, '指标', 'preschool-gross-enrolment', h, null);
    },
  };
  for (const [name, edit] of Object.entries(edits)) {
    it(name, async () => {
      const plans = loadContent(REPO).model.plans;
      const plan = plans.find((p) => p.id === PLAN)!;
      const bytes = await editWorkbook(await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!), edit);
      const r = await readWorkbook(bytes, `${PLAN}-2024.xlsx`, plans, { today: '2025-06-01' });
      const said = [...(r.ok ? [] : r.problems), ...r.warnings].map((p) => formatSheetProblem(p, 'zh'));
      expect(said.length, 'the edit was refused or warned about').toBeGreaterThan(0);
      for (const line of said) expectChinese(line);
    });
  }
});

describe('the document import speaks Chinese', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-zh-'));
  const meta = join(dir, 'plan.yaml');
  const goodMeta = readFileSync(join(FIXTURES, 'import', 'new-county.yaml'), 'utf8');
  const text = join(FIXTURES, 'import', 'new-county.txt');
  const cases: Record<string, () => string[]> = {
    'no arguments': () => [],
    'a file that does not exist': () => [join(dir, 'missing.txt'), meta],
    'a .doc file': () => (writeFileSync(join(dir, 'old.doc'), 'x'), [join(dir, 'old.doc'), meta]),
    'an empty text': () => (writeFileSync(join(dir, 'empty.txt'), ''), writeFileSync(meta, goodMeta), [join(dir, 'empty.txt'), meta]),
    'a .docx that is not one': () => (writeFileSync(join(dir, 'bad.docx'), 'not a zip'), writeFileSync(meta, goodMeta), [join(dir, 'bad.docx'), meta]),
    'metadata with a mistake': () => (writeFileSync(meta, goodMeta.replace('kind: five-year-plan', 'kind: five-year')), [text, meta]),
    'a text that is not the one recorded': () => (writeFileSync(meta, goodMeta + `sourceSha256: "${'f'.repeat(64)}"\n`), [text, meta]),
  };
  for (const [name, args] of Object.entries(cases)) {
    it(name, () => {
      const r = runScript('import.ts', [...args(), '--content', dir], { CONTENT_LANG: '' });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).not.toBe('');
      expectChinese(r.stderr);
    });
  }
});

describe('a workbook problem is the one Problem type', () => {
  it('names its file, sheet, row, column header and cell, and carries its catalogue entry in both languages', async () => {
    const PLAN = 'pingluo-edu-2021-2025';
    const plans = loadContent(REPO).model.plans;
    const plan = plans.find((p) => p.id === PLAN)!;
    let cell = '';
    const bytes = await editWorkbook(await writeWorkbook(plan, 2024, plan.progress.find((p) => p.year === 2024)!), (wb) => {
      cell = setCell(wb, '指标', 'preschool-gross-enrolment', '2024年数值', '九十三');
    });
    const r = await readWorkbook(bytes, `${PLAN}-2024.xlsx`, plans, { today: '2025-06-01' });
    const p = (r.ok ? [] : r.problems).find((x) => x.cell === cell)!;
    expect(p).toMatchObject({ file: `${PLAN}-2024.xlsx`, sheet: '指标', header: '2024年数值', cell });
    expect(p.row).toBe(Number(cell.replace(/^[A-Z]+/, '')));
    // `column` is a character in a line of text, never a spreadsheet column.
    expect(p.column).toBeUndefined();
    expect(p.said?.entry).toBe(workbookMessages.numberNotDigits);
    expect(p.zh?.message).toMatch(CJK);
    expect(p.message).toMatch(/^expected a number/);
  });
});
