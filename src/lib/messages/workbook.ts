/**
 * Messages of the staff workbook (lib/sheets, npm run sheet / sheet:import), each written once in Chinese and
 * once in English. A clerk never sees the JSON file, so these name the workbook's sheets and columns
 * (“数据性质”, “来源网址”) where the validator's messages name fields.
 */
import { defineMessages, sentence, type Message } from './catalogue.ts';

const SAVE_ZH = '请在 Excel 或 WPS 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”，再导入。';

/** An entry as a workbook problem carries it: one sentence in each language. */
export function sheetSaid<P>(entry: Message<P>, params: P): { zh: string; en: string } {
  return { zh: sentence(entry, params, 'zh'), en: sentence(entry, params, 'en') };
}

export const workbookMessages = defineMessages({
  // What the schema expects, said in the workbook's words (keyed on the schema's entry in lib/sheets/read.ts).
  officialSource: {
    en: () => ({ message: 'this is an official figure but its source is not filled in: fill in the source title, publisher, web address, date and quoted sentence; if it is not official data, choose “示例数据” under “数据性质”.' }),
    zh: () => ({ message: '这是官方数据，但没有填写来源：请填写来源标题、发布单位、网址、发布日期和原文引句；如果不是官方数据，请在“数据性质”中选“示例数据”。' }),
  },
  provenanceEachRow: {
    en: () => ({ message: 'this workbook mixes official and illustrative data: choose “官方数据” or “示例数据” under “数据性质” on every row.' }),
    zh: () => ({ message: '本台账混合了官方数据和示例数据，每一行都要在“数据性质”中选择“官方数据”或“示例数据”。' }),
  },
  webAddress: {
    en: () => ({ message: 'the source’s web address must start with http:// or https://.' }),
    zh: () => ({ message: '来源网址应以 http:// 或 https:// 开头。' }),
  },
  dateInYear: {
    en: (p: { year: number; found: string }) => ({ message: `“数据截止日期” must be a date in the reported year ${p.year} (found ${p.found}).` }),
    zh: (p: { year: number; found: string }) => ({ message: `“数据截止日期”应在本年度之内（实际为 ${p.found}）。` }),
  },
  notNegative: {
    en: () => ({ message: 'expected a number that is not negative.' }),
    zh: () => ({ message: '应为不小于 0 的数字。' }),
  },
  // Content rules said in the workbook's words (keyed on the validator's entry in lib/sheets/read.ts): the
  // clerk fills in the “备注” column and the “修订” sheet, not JSON fields.
  jumpNeedsNote: {
    en: (p: { name: string; fromYear: number; from: string; limit: string; usual: string; perYear: string; found: string }) => ({
      message: `expected a change from ${p.fromYear} (${p.from}) within about ${p.limit} a year, as in the indicator's history, found ${p.found}; a change this large needs a note.`,
      fix: 'Check the figure; if it is right, say why in the “备注” column.',
    }),
    zh: (p: { name: string; fromYear: number; from: string; limit: string; usual: string; perYear: string; found: string }) => ({
      message: `“${p.name}”从 ${p.fromYear} 年的 ${p.from} 变为 ${p.found}，每年变化约 ${p.perYear}，远超这项指标以往每年约 ${p.usual} 的变化幅度。`,
      fix: '请核对数值；确实如此时，在“备注”列中说明原因。',
    }),
  },
  sameAsLastYear: {
    en: (p: { count: number; year: number }) => ({ message: `expected this year's values, found all ${p.count} equal to ${p.year}'s: was last year's sheet copied?`, fix: 'Fill in this year\'s figures; if they really did not change, say so in the “备注” column of each.' }),
    zh: (p: { count: number; year: number }) => ({ message: `全部 ${p.count} 项指标数值都与 ${p.year} 年完全相同，像是复制了上一年的表。`, fix: '请填写本年度的数值；如果确实都没有变化，请在各项的“备注”列中说明。' }),
  },
  revisionNotRecorded: {
    en: (p: { year: number; name: string; indicator: string; was: number; now: number | null; published: string; fmt: { was: string; now: string | null } }) => ({
      message: `expected a revision of the published ${p.year} figure ${p.fmt.was} (${p.indicator}) to be recorded, found ${p.fmt.now === null ? 'it removed' : p.fmt.now} without one.`,
      fix: `Add a row on the “修订” sheet: the indicator id, the published value ${p.was}, its date ${p.published} and why it changed.`,
    }),
    zh: (p: { year: number; name: string; indicator: string; was: number; now: number | null; published: string; fmt: { was: string; now: string | null } }) => ({
      message: `“${p.name}”${p.year} 年已发布的数值 ${p.fmt.was} 被改为 ${p.fmt.now === null ? '空' : p.fmt.now}，但没有记录原值和更正原因。`,
      fix: `请在“修订”表中加一行：指标编号、原发布值 ${p.was}、原发布日期 ${p.published} 和更正原因。`,
    }),
  },
  // Files that are not a workbook the reader can open (lib/sheets/open.ts).
  emptyFile: {
    en: () => ({ message: 'the file is empty (0 bytes).', fix: 'Save the workbook again.' }),
    zh: () => ({ message: '文件是空的（0 字节）。', fix: '请重新保存台账。' }),
  },
  tooLarge: {
    en: (p: { bytes: number; max: number }) => ({ message: `the file is ${p.bytes} bytes, above the limit of ${p.max}.`, fix: "A plan's workbook for a year is far smaller: check that it is the right file." }),
    zh: (p: { bytes: number; max: number }) => ({ message: `文件有 ${(p.bytes / 1048576).toFixed(1)} MB，超过上限 ${p.max / 1048576} MB：一个规划一年的台账远小于此。`, fix: '请确认选对了文件。' }),
  },
  oldFormat: {
    en: () => ({ message: 'this is an old .xls (or WPS .et) workbook; only .xlsx can be imported.', fix: 'Save it as .xlsx (File → Save As → Excel Workbook), then import it.' }),
    zh: () => ({ message: '这是旧版 Excel（.xls）或 WPS 表格（.et）格式，只能导入 .xlsx。', fix: SAVE_ZH }),
  },
  textFile: {
    en: (p: { csvName: boolean; csvLike: boolean; firstLine: string }) => ({ message: `this is a ${p.csvName ? 'CSV' : 'text'} file (first line: ${JSON.stringify(p.firstLine)}), not an .xlsx workbook.`, fix: 'Fill in the workbook npm run sheet made; copy data from other sheets into it.' }),
    zh: (p: { csvName: boolean; csvLike: boolean; firstLine: string }) => ({
      message: `这是${p.csvName || p.csvLike ? 'CSV 文本文件' : '文本或其他格式的文件'}（第一行：“${p.firstLine}”），不是 .xlsx 工作簿：CSV 只有一张表，也没有下拉列表和锁定的编号。`,
      fix: '请用 npm run sheet 生成的台账填写；如果数据已在别的表里，请复制粘贴到台账中。',
    }),
  },
  damagedZip: {
    en: (p: { detail: string }) => ({ message: `the file starts like a zip archive but is damaged (${p.detail}).`, fix: 'Save it again as .xlsx (File → Save As → Excel Workbook), then import it.' }),
    zh: () => ({ message: '文件以 zip 开头但已损坏，无法打开。', fix: SAVE_ZH }),
  },
  archiveRefused: {
    // One sentence each, the advice inside the Chinese: tests/unit/hostile-archives-are-refused.test.ts pins the English as it is.
    en: (p: { reason: { en: string; zh: string }; small: boolean }) => ({ message: `not imported: ${p.reason.en}.` }),
    zh: (p: { reason: { en: string; zh: string }; small: boolean }) => ({
      message: `无法导入：${p.reason.zh}。${p.small ? '一个规划一年的台账只有几十 KB；请确认选对了文件，或在 Excel/WPS 中重新保存为 .xlsx。' : '请在 Excel 或 WPS 中打开台账并重新保存为 .xlsx。'}`,
    }),
  },
  notAWorkbook: {
    en: (p: { names: readonly string[]; docx: boolean }) => ({ message: `this is a zip archive (${p.names.slice(0, 3).join(', ')}) but not an .xlsx workbook: it has no xl/workbook.xml.`, fix: 'Import the .xlsx workbook npm run sheet made.' }),
    zh: (p: { names: readonly string[]; docx: boolean }) => ({
      message: `这是一个 zip 压缩包${p.docx ? '（这是 Word 文档 .docx）' : ''}，不是 Excel 工作簿：里面没有 xl/workbook.xml（只有 ${p.names.slice(0, 3).join('、') || '空'} 等）。`,
      fix: '请导入 npm run sheet 生成的 .xlsx 台账。',
    }),
  },
  tooManyRows: {
    en: (p: { rows: number; max: number }) => ({ message: `${p.rows} rows, above the limit of ${p.max}.`, fix: 'Check that a large block of data was not pasted by mistake.' }),
    zh: (p: { rows: number; max: number }) => ({ message: `有 ${p.rows} 行，超过上限 ${p.max} 行：一个规划一年的指标、任务和项目不过几十行。`, fix: '请检查是否误粘贴了大量数据。' }),
  },
});
