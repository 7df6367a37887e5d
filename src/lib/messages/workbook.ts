/**
 * Messages of the staff workbook (lib/sheets, npm run sheet / sheet:import), each written once in Chinese and
 * once in English. A clerk never sees the JSON file, so these name the workbook's sheets and columns
 * (“数据性质”, “来源网址”) where the validator's messages name fields.
 */
import { defineMessages } from './catalogue.ts';

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
});
