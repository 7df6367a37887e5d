/**
 * Messages about a command line typed wrongly (scripts/cli.ts): an option the command does not know, an
 * option without its value, a --lang that is neither zh nor en, a folder where a file is expected, a date
 * that is not on the calendar. Each names what was typed, what the command expects and how to fix it.
 */
import { defineMessages } from './catalogue.ts';

export const cliMessages = defineMessages({
  unknownOption: {
    zh: (p: { option: string; usage: string }) => ({
      message: `命令不认识选项“${p.option}”。`,
      fix: `用法：${p.usage}。文件名以 - 开头时，请写成 ./${p.option} 这样的路径。`,
    }),
    en: (p: { option: string; usage: string }) => ({
      message: `unknown option "${p.option}".`,
      fix: `Usage: ${p.usage}. A file whose name starts with - is given as a path, like ./${p.option}.`,
    }),
  },
  missingValue: {
    zh: (p: { option: string; usage: string }) => ({ message: `选项“${p.option}”后面应有一个值，实际没有。`, fix: `用法：${p.usage}。` }),
    en: (p: { option: string; usage: string }) => ({ message: `option "${p.option}" expects a value, found none.`, fix: `Usage: ${p.usage}.` }),
  },
  unexpectedArgument: {
    zh: (p: { found: string; usage: string }) => ({ message: `命令不需要参数“${p.found}”。`, fix: `用法：${p.usage}。文件名中有空格时，请给文件名加上引号。` }),
    en: (p: { found: string; usage: string }) => ({ message: `unexpected argument "${p.found}".`, fix: `Usage: ${p.usage}. Put a file name with spaces in quotes.` }),
  },
  badLang: {
    zh: (p: { found: string }) => ({ message: `--lang 应为 zh（中文）或 en（英文），实际为“${p.found}”。`, fix: '请写 --lang en 或 --lang zh；不写时用中文。' }),
    en: (p: { found: string }) => ({ message: `--lang expects zh (Chinese) or en (English), found "${p.found}".`, fix: 'Write --lang en or --lang zh; without it messages are in Chinese.' }),
  },
  folderNotFile: {
    zh: (p: { path: string; want: string }) => ({ message: `应为${p.want}文件，实际“${p.path}”是一个文件夹。`, fix: '请给出文件夹中的那个文件，例如“文件夹/文件名”。' }),
    en: (p: { path: string; want: string }) => ({ message: `expected a file (${p.want}), found the folder "${p.path}".`, fix: 'Give the file inside the folder, such as folder/name.' }),
  },
  badDate: {
    zh: (p: { option: string; found: string }) => ({ message: `${p.option} 应为日历上存在的日期，格式为 YYYY-MM-DD（如 2025-03-15），实际为“${p.found}”。`, fix: '请改正日期；不写时用中国的今天。' }),
    en: (p: { option: string; found: string }) => ({ message: `${p.option} expects a date on the calendar as YYYY-MM-DD (like 2025-03-15), found "${p.found}".`, fix: "Correct the date; without it, today's date in China is used." }),
  },
});
