/**
 * Messages of the staff workbook (lib/sheets, npm run sheet / sheet:import), each written once in Chinese and
 * once in English. A clerk never sees the JSON file, so these name the workbook's sheets and columns
 * (“数据性质”, “来源网址”) where the validator's messages name fields.
 */
import { defineMessages, pair, type Lang, type Message } from './catalogue.ts';
import { validatorMessages as V } from './validator.ts';
import { shownEn, shownZh } from './values.ts';

/** What a row of a data sheet holds, in the clerk's words. */
type RowKind = 'indicator' | 'clause' | 'project';
const WHAT_ZH: Record<RowKind, string> = { indicator: '指标', clause: '条款', project: '项目' };
/** The first ids of a list, and how many there are when it is longer. */
const listedZh = (ids: readonly string[]) => `${ids.slice(0, 8).join('、')}${ids.length > 8 ? ` 等 ${ids.length} 个` : ''}`;

const SAVE_ZH = '请在 Excel 或 WPS 中打开它，选择“文件 → 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”，再导入。';

/** An entry as a workbook problem carries it: one sentence in each language. */
export const sheetSaid = pair;

/**
 * A validator entry said to a clerk: the very same message (so the two cannot drift apart), with a fix that
 * names the workbook's column instead of the JSON field.
 */
function withFix<P>(entry: Message<P>, fix: Record<Lang, string>): Message<P> {
  return { en: (p) => ({ ...entry.en(p), fix: fix.en }), zh: (p) => ({ ...entry.zh(p), fix: fix.zh }) };
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
    en: (p: { found?: unknown }) => ({ message: `expected a number that is not negative${p?.found !== undefined ? `, found ${String(p.found)}` : ''}.`, fix: 'Write the figure itself, not its change from last year.' }),
    zh: (p: { found?: unknown }) => ({ message: `应为不小于 0 的数字${p?.found !== undefined ? `，实际为 ${String(p.found)}` : ''}。`, fix: '请填写这个数本身，不要填写与上一年相比的变化量。' }),
  },
  // Content rules said in the workbook's words (keyed on the validator's entry in lib/sheets/read.ts): the
  // clerk fills in the “备注” column and the “修订” sheet, not JSON fields.
  jumpNeedsNote: withFix(V.jumpNeedsNote, {
    en: 'Check the figure; if it is right, say why in the “备注” column.',
    zh: '请核对数值；确实如此时，在“备注”列中说明原因。',
  }),
  sameAsLastYear: withFix(V.sameAsLastYear, {
    en: 'Fill in this year\'s figures; if they really did not change, say so in the “备注” column of each.',
    zh: '请填写本年度的数值；如果确实都没有变化，请在各项的“备注”列中说明。',
  }),
  publishedBeforeAsOf: {
    en: (p: { asOf: string; published: string }) => ({ message: `expected a “发布日期” on or after the “数据截止日期” ${p.asOf}: a report is published after the date it describes (found ${p.published}).`, fix: 'Check both dates: “发布日期” is the day the report was actually published.' }),
    zh: (p: { asOf: string; published: string }) => ({ message: `“发布日期”应不早于“数据截止日期”（${p.asOf}），实际为 ${p.published}。`, fix: '报告只能在数据截止之后发布：请核对这两个日期，“发布日期”填实际公开发布的日期。' }),
  },
  publishedInFuture: {
    en: (p: { today: string; published: string }) => ({ message: `expected a “发布日期” that has passed (today is ${p.today}), found ${p.published}.`, fix: 'Write the date the report was actually published; import the workbook after that date.' }),
    zh: (p: { today: string; published: string }) => ({ message: `“发布日期”应是已经到来的日期（今天是 ${p.today}），实际为 ${p.published}。`, fix: '请填写报告实际公开发布的日期；报告发布之后再导入台账。' }),
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
  encrypted: {
    en: () => ({ message: 'this workbook is protected by an opening password (encrypted), so it cannot be read.', fix: 'Open it in Excel or WPS, remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear it; WPS: File → Document Encryption → Password Encryption, clear it), save, and import again.' }),
    zh: () => ({ message: '这个台账设置了打开密码（已加密），无法读取。', fix: '请在 Excel 或 WPS 中打开它，清除打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，删去密码；WPS：文件 → 文档加密 → 密码加密，删去密码），保存后再导入。' }),
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
  // A cell the reader cannot read as a clerk meant it (lib/sheets/cells.ts).
  numberNotFinite: {
    en: (p: { found: number }) => ({ message: `expected a number, found ${p.found}.` }),
    zh: (p: { found: number }) => ({ message: `应为数字，实际为${shownZh(p.found)}。` }),
  },
  numberIsDate: {
    en: (p: { found: Date }) => ({ message: `expected a number, found ${shownEn(p.found)} (the cell is formatted as a date).` }),
    zh: (p: { found: Date }) => ({ message: `应为数字，实际为${shownZh(p.found)}（单元格被设成了日期格式）。请把单元格格式改为“常规”，再填写数字。` }),
  },
  decimalComma: {
    en: (p: { typed: string; read: string }) => ({ message: `typed ${JSON.stringify(p.typed)}; the comma was read as a decimal point: ${p.read}.`, fix: 'If that is wrong, write it with a point (e.g. 97.8).' }),
    zh: (p: { typed: string; read: string }) => ({ message: `填写的是“${p.typed}”，逗号被当作小数点，读作 ${p.read}。`, fix: '如果不对，请改为用小数点的写法（如 97.8）。' }),
  },
  spaceInNumber: {
    en: (p: { typed: string; read: string }) => ({ message: `typed ${JSON.stringify(p.typed)}, with a space inside the number; read as ${p.read}.`, fix: 'If that is wrong, correct the cell (one number, without spaces).' }),
    zh: (p: { typed: string; read: string }) => ({ message: `填写的是“${p.typed}”，数字中间有空格，去掉空格后读作 ${p.read}。`, fix: '如果不对，请改正这个格子（只写一个数，中间不加空格）。' }),
  },
  emptyReport: {
    en: () => ({
      message: 'expected at least one of this year\'s figures or statuses, found none: the year\'s value column of 指标 and the year\'s status column of 任务 and 项目 are all empty.',
      fix: 'Fill in at least one figure or status, then import again.',
    }),
    zh: () => ({
      message: '年度进展应至少有一项内容，实际“指标”表的本年度数值、“任务”表和“项目”表的本年度状态都是空的。',
      fix: '请至少填写一项指标数值、任务状态或项目状态，再导入。',
    }),
  },
  thousandsComma: {
    en: (p: { typed: string; read: string }) => ({ message: `typed ${JSON.stringify(p.typed)}; the comma was read as a thousands separator: ${p.read}.` }),
    zh: (p: { typed: string; read: string }) => ({ message: `填写的是“${p.typed}”，逗号被当作千位分隔符，读作 ${p.read}。如果逗号是小数点，请改为 ${p.typed.replace(/,/g, '.')} 这样的写法。` }),
  },
  numberUnknown: {
    en: (p: { found: string }) => ({ message: `expected a number, found ${shownEn(p.found)}.`, fix: 'Leave the cell empty when the value is not known.' }),
    zh: (p: { found: string }) => ({ message: `应为数字，实际为${shownZh(p.found)}。`, fix: `不知道的数值请留空，不要填写“${p.found.trim()}”。` }),
  },
  percentNotUnit: {
    en: (p: { unit: string | null; found: string }) => ({ message: `expected a number in ${p.unit ?? 'no unit'}, found ${shownEn(p.found)} (a percent sign on an indicator that is not a percentage).` }),
    zh: (p: { unit: string | null; found: string }) => ({ message: `应为以“${p.unit ?? '无单位'}”计的数字，实际为${shownZh(p.found)}（带百分号，但这个指标不是百分比）。` }),
  },
  numberNotDigits: {
    en: (p: { found: string }) => ({ message: `expected a number, found ${shownEn(p.found)}.`, fix: 'Write digits only, e.g. 93.1.' }),
    zh: (p: { found: string }) => ({ message: `应为数字，实际为${shownZh(p.found)}。`, fix: '请只填写阿拉伯数字，如 93.1。' }),
  },
  dateIsNumber: {
    en: (p: { found: number }) => ({ message: `expected a date such as 2025-03-15, found ${p.found}.` }),
    zh: (p: { found: number }) => ({ message: `应为日期，如 2025-03-15，实际为 ${p.found}。` }),
  },
  dateText: {
    en: (p: { found: string }) => ({ message: `expected a date such as 2025-03-15, found ${shownEn(p.found)}.` }),
    zh: (p: { found: string }) => ({ message: `应为日期，如 2025-03-15，实际为${shownZh(p.found)}。` }),
  },
  noSuchMonth: {
    en: (p: { found: string; year: number; month: number }) => ({ message: `expected a date, found ${shownEn(p.found)}: there is no month ${p.month}.` }),
    zh: (p: { found: string; year: number; month: number }) => ({ message: `应为日期，实际为${shownZh(p.found)}：没有 ${p.month} 月。请改为真实的日期，如 ${p.year}-01-13。` }),
  },
  noSuchDay: {
    en: (p: { found: string; year: number; month: number; day: number }) => ({ message: `expected a date, found ${shownEn(p.found)}: that day does not exist.` }),
    zh: (p: { found: string; year: number; month: number; day: number }) => ({ message: `应为日期，实际为${shownZh(p.found)}：${p.year} 年 ${p.month} 月没有 ${p.day} 日。` }),
  },
  notStatus: {
    en: (p: { labels: readonly string[]; found: unknown }) => ({ message: `expected one of the statuses ${p.labels.join(', ')}, found ${shownEn(p.found)}.` }),
    zh: (p: { labels: readonly string[]; found: unknown }) => ({ message: `应为下拉列表中的状态之一（${p.labels.join('、')}），实际为${shownZh(p.found)}。请从下拉列表中选择。` }),
  },
  notProvenance: {
    en: (p: { found: unknown }) => ({ message: `expected 官方数据 (official) or 示例数据 (illustrative), found ${shownEn(p.found)}.` }),
    zh: (p: { found: unknown }) => ({ message: `应为“官方数据”或“示例数据”，实际为${shownZh(p.found)}。请从下拉列表中选择。` }),
  },
  // A workbook whose layout the reader cannot follow (lib/sheets/read.ts, open.ts).
  cannotRead: {
    en: (p: { why: string }) => ({ message: `the workbook cannot be read (${p.why}).` }),
    zh: (p: { why: string }) => ({ message: `无法读取这个工作簿（${p.why}）。请在 Excel 或 WPS 中打开并重新保存为 .xlsx；仍不行时，请用 npm run sheet 重新生成台账，把填好的内容复制过去。` }),
  },
  cannotLoad: {
    en: (p: { why: string }) => ({ message: 'the workbook cannot be read; open it in Excel or WPS and save it again as .xlsx.' }),
    zh: (p: { why: string }) => ({ message: `无法读取这个工作簿（${p.why}）。请在 Excel 或 WPS 中打开并重新保存为 .xlsx。` }),
  },
  sheetMissing: {
    en: (p: { sheet: string; guess: string | null; present: readonly string[] }) => ({
      message: p.guess ? `sheet missing; is "${p.guess}" the same sheet renamed? Rename it back to "${p.sheet}".` : `sheet missing (found: ${p.present.join(', ')}). Regenerate the workbook with npm run sheet.`,
    }),
    zh: (p: { sheet: string; guess: string | null; present: readonly string[] }) => ({
      message: p.guess
        ? `找不到这张工作表；工作簿里有“${p.guess}”，是否被改了名？请改回“${p.sheet}”。`
        : `找不到这张工作表，它被删除了（现有的工作表：${p.present.map((x) => `“${x}”`).join('、') || '无'}）。请用 npm run sheet 重新生成台账，把填好的内容复制过去。`,
    }),
  },
  guideRowMissing: {
    en: (p: { label: string }) => ({ message: `the row ${p.label} is missing.` }),
    zh: (p: { label: string }) => ({ message: `找不到“${p.label}”这一行。请用 npm run sheet 重新生成台账。` }),
  },
  identityRowsMissing: {
    en: () => ({ message: 'the rows 规划编号 and 年度 are missing from 说明.' }),
    zh: () => ({ message: '找不到“规划编号”和“年度”两行。这不是 npm run sheet 生成的台账，或“说明”表被改动了。请重新生成台账。' }),
  },
  required: {
    en: () => ({ message: 'required, found nothing.' }),
    zh: () => ({ message: '必填，实际为空。' }),
  },
  lockedCellEdited: {
    en: (p: { plan: string; year: number; label: string; was: unknown; now: unknown }) => ({ message: `the workbook was made for ${p.plan} ${p.year}, but ${p.label} was changed to ${shownEn(p.now)} (was "${String(p.was)}").` }),
    zh: (p: { plan: string; year: number; label: string; was: unknown; now: unknown }) => ({
      message: `台账是为 ${p.plan} 的 ${p.year} 年生成的，但“${p.label}”被改成了${shownZh(p.now)}（原为“${String(p.was)}”）。锁定的格子不能修改：请改回“${String(p.was)}”；如果要填写别的规划或年度，请重新生成台账（npm run sheet -- <规划编号> <年份>）。`,
    }),
  },
  fileNameClaims: {
    en: (p: { name: string; claimed: { plan: string; year: number }; plan: string; year: number; expected: string }) => ({ message: `the file name claims ${p.claimed.plan} ${p.claimed.year}, but the workbook is for ${p.plan} ${p.year}.` }),
    zh: (p: { name: string; claimed: { plan: string; year: number }; plan: string; year: number; expected: string }) => ({
      message: `文件名“${p.name}”表明是 ${p.claimed.plan} 的 ${p.claimed.year} 年台账，但工作簿内容是 ${p.plan} 的 ${p.year} 年（见“说明”表）。请确认选对了文件，并把文件名改为 ${p.expected}。`,
    }),
  },
  noSuchPlan: {
    en: (p: { found: string }) => ({ message: `no plan has the id ${shownEn(p.found)}.` }),
    zh: (p: { found: string }) => ({ message: `没有编号为${shownZh(p.found)}的规划。` }),
  },
  yearOutsidePeriod: {
    en: (p: { start: number; end: number; found: unknown }) => ({ message: `expected a year inside ${p.start}–${p.end}.` }),
    zh: (p: { start: number; end: number; found: unknown }) => ({ message: `年度应在规划期 ${p.start}–${p.end} 之内，实际为${shownZh(p.found)}。` }),
  },
  formulaNotSaved: {
    en: (p: { formula: string }) => ({ message: `this cell holds a formula (=${p.formula}) whose result was not saved, so there is nothing to read.`, fix: 'Open and save the workbook in Excel or WPS, or type the value itself.' }),
    zh: (p: { formula: string }) => ({ message: `这个单元格是公式（=${p.formula}），但文件里没有保存它的计算结果，无法知道要发布什么。`, fix: '请在 Excel 或 WPS 中打开台账、保存一次（让公式算出结果），或者直接填写数值或文字，不要用公式。' }),
  },
  formulaResultRead: {
    en: (p: { formula: string; found: unknown }) => ({ message: `this cell holds a formula (=${p.formula}); its saved result ${shownEn(p.found)} was read.` }),
    zh: (p: { formula: string; found: unknown }) => ({ message: `这个单元格是公式（=${p.formula}），读取的是保存的计算结果${shownZh(p.found)}。请确认这就是要发布的内容；最好直接填写数值或文字。` }),
  },
  dateInFuture: {
    en: (p: { today: string; found: string }) => ({ message: `expected a date not later than today (${p.today}), found ${p.found}, which is in the future.` }),
    zh: (p: { today: string; found: string }) => ({ message: `日期不能晚于今天（${p.today}），实际为 ${p.found}，是将来的日期。请更正日期（年份是否写错？）；进展在公开发布之后才导入。` }),
  },
  rowWithoutId: {
    en: (p: { kind: RowKind }) => ({ message: 'this row has content but no id; rows cannot be added.' }),
    zh: (p: { kind: RowKind }) => ({ message: `这一行填了内容，但没有${WHAT_ZH[p.kind]}编号。不能新增行：请把内容填到已有${WHAT_ZH[p.kind]}的那一行。` }),
  },
  idEdited: {
    en: (p: { name: string; id: string; found: string }) => ({ message: `the locked id was edited: this row is ${p.name}, id "${p.id}", found ${shownEn(p.found)}.` }),
    zh: (p: { name: string; id: string; found: string }) => ({ message: `编号列已锁定，不能修改：这一行是“${p.name}”，编号应为“${p.id}”，实际被改成了${shownZh(p.found)}。请改回“${p.id}”。` }),
  },
  unknownId: {
    en: (p: { kind: RowKind; found: string; near: string | undefined }) => ({ message: `no ${p.kind} of this plan has the id ${shownEn(p.found)}; rows cannot be added.` }),
    zh: (p: { kind: RowKind; found: string; near: string | undefined }) => ({
      message: `规划中没有编号为${shownZh(p.found)}的${WHAT_ZH[p.kind]}${p.near !== undefined ? `（最接近的是“${p.near}”）` : ''}。台账只能填写规划中已有的${WHAT_ZH[p.kind]}，不能新增行；请删除这一行。`,
    }),
  },
  duplicateId: {
    en: (p: { kind: RowKind; id: string; first: number }) => ({ message: `the id "${p.id}" is already on row ${p.first}.` }),
    zh: (p: { kind: RowKind; id: string; first: number }) => ({ message: `编号“${p.id}”在第 ${p.first} 行已经出现过。每个${WHAT_ZH[p.kind]}只能有一行：请把两行合并，删除多余的一行。` }),
  },
  revisionOfUnfilled: {
    en: (p: { id: string; year: number; known: boolean }) => ({ message: `expected the id of an indicator filled in on the 指标 sheet, found ${shownEn(p.id)}.` }),
    zh: (p: { id: string; year: number; known: boolean }) => ({
      message: p.known ? `指标“${p.id}”在“指标”表中没有 ${p.year} 年的数值，无法记录对它的更正。请先在“指标”表填写更正后的数值。` : `应为“指标”表中的指标编号，实际为${shownZh(p.id)}。`,
    }),
  },
  revisionPublishedRequired: {
    en: () => ({ message: 'required: the date the earlier value was published.' }),
    zh: () => ({ message: '必填：原数值的发布日期，实际为空。' }),
  },
  sourceWithoutTitle: {
    en: () => ({ message: 'the source has other details but no title; the title is required.' }),
    zh: () => ({ message: '填写了来源的其他信息，但没有来源标题。来源标题必填。' }),
  },
  tasksUnreported: {
    en: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} tasks have no ${p.year} status (${p.ids.slice(0, 8).join(', ')}); the site will show them as not reported.` }),
    zh: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} 条任务没有填写 ${p.year} 年的状态（${listedZh(p.ids)}），网站上将显示为“未报告”。如已有进展，请填写“${p.year}年状态”。` }),
  },
  projectsUnreported: {
    en: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} projects have no ${p.year} status (${p.ids.slice(0, 8).join(', ')}).` }),
    zh: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} 个项目没有填写 ${p.year} 年的状态（${listedZh(p.ids)}），网站上将显示为“未报告”。` }),
  },
  indicatorsUnreported: {
    en: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} indicators have no ${p.year} value (${p.ids.slice(0, 8).join(', ')}).` }),
    zh: (p: { year: number; ids: readonly string[] }) => ({ message: `${p.ids.length} 项指标没有填写 ${p.year} 年的数值（${listedZh(p.ids)}），网站上将显示为“未报告”。` }),
  },
  columnMissing: {
    en: (p: { header: string; near: string | undefined }) => ({ message: p.near ? `no column "${p.header}"; the header "${p.near}" belongs to another year.` : `no column "${p.header}" (the header was changed or deleted).` }),
    zh: (p: { header: string; near: string | undefined }) => ({
      message: p.near ? `找不到“${p.header}”这一列；表头“${p.near}”是另一个年度的。这份台账不是本年度的：请用 npm run sheet 生成本年度的台账。` : `找不到“${p.header}”这一列（表头被改动或删除了）。请把第 1 行的表头改回“${p.header}”。`,
    }),
  },
  mergedCells: {
    en: (p: { range: string; kind: RowKind }) => ({ message: `the cells ${p.range} are merged; unmerge them and fill each row separately.` }),
    zh: (p: { range: string; kind: RowKind }) => ({ message: `单元格 ${p.range} 被合并了。每一行只写一个${WHAT_ZH[p.kind]}：请取消合并（开始 → 合并居中 → 取消合并单元格），把内容分别填到各行。` }),
  },
  otherFileFails: {
    en: (p: { problem: { zh: string; en: string } }) => ({ message: `with this year written, another file fails: ${p.problem.en}` }),
    zh: (p: { problem: { zh: string; en: string } }) => ({ message: `写入后，另一个文件不再通过校验：${p.problem.zh}` }),
  },
});
