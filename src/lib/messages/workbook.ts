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
});
