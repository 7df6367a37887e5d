/**
 * Messages about the environment a command runs in (src/config/env.ts): each names the variable, what was
 * expected, what was found and how to fix it. A SITE_URL is never suggested with a path in it: the base
 * path belongs in BASE_PATH alone, or every absolute address would carry it twice.
 */
import { defineMessages } from './catalogue.ts';

const shown = (v: string) => JSON.stringify(v);

export const configMessages = defineMessages({
  basePathSpace: {
    zh: (p: { value: string }) => ({
      message: `BASE_PATH 应为网站所在的文件夹路径（如 /jyj/ghgk/），其中不能有空格，实际为 ${shown(p.value)}。`,
      fix: '请去掉空格，或用连字符 - 代替空格，例如 BASE_PATH=/jyj/ghgk/。',
    }),
    en: (p: { value: string }) => ({
      message: `BASE_PATH must be the folder the site lives in (like /jyj/ghgk/), without spaces; found ${shown(p.value)}.`,
      fix: 'Remove the spaces or use a hyphen instead, e.g. BASE_PATH=/jyj/ghgk/.',
    }),
  },
  basePathQuote: {
    zh: (p: { value: string; char: string }) => ({
      message: `BASE_PATH 应为网站所在的文件夹路径（如 /jyj/ghgk/），其中不能有引号，实际为 ${shown(p.value)}（含 ${p.char}）。`,
      fix: '引号不属于路径：请去掉它们，例如 BASE_PATH=/jyj/ghgk/（在命令行中不加引号也可以）。',
    }),
    en: (p: { value: string; char: string }) => ({
      message: `BASE_PATH must be the folder the site lives in (like /jyj/ghgk/), without quotes; found ${shown(p.value)} (with ${p.char}).`,
      fix: 'Quotes are not part of the path: remove them, e.g. BASE_PATH=/jyj/ghgk/.',
    }),
  },
  basePathDots: {
    zh: (p: { value: string }) => ({
      message: `BASE_PATH 应为从网站根目录向下的文件夹路径（如 /jyj/ghgk/），不能含 . 或 .. 这样的段，实际为 ${shown(p.value)}。`,
      fix: '请写出完整的文件夹路径，不要用 .. 表示上一级，例如 BASE_PATH=/jyj/ghgk/。',
    }),
    en: (p: { value: string }) => ({
      message: `BASE_PATH must be a folder path down from the root of the host (like /jyj/ghgk/), without . or .. segments; found ${shown(p.value)}.`,
      fix: 'Write the folder path in full, without .. for the folder above, e.g. BASE_PATH=/jyj/ghgk/.',
    }),
  },
  basePathCharacter: {
    zh: (p: { value: string; char: string }) => ({
      message: `BASE_PATH 应只含英文字母、数字和 - _ . ~ 以及分隔文件夹的 /，实际为 ${shown(p.value)}（含 ${shown(p.char)}）。`,
      fix: '请只用这些字符写出文件夹路径，例如 BASE_PATH=/jyj/ghgk/。',
    }),
    en: (p: { value: string; char: string }) => ({
      message: `BASE_PATH must hold only ASCII letters, digits, - _ . ~ and the / between folders; found ${shown(p.value)} (with ${shown(p.char)}).`,
      fix: 'Write the folder path with those characters only, e.g. BASE_PATH=/jyj/ghgk/.',
    }),
  },
  siteUrlNotAbsolute: {
    zh: (p: { value: string }) => ({
      message: `SITE_URL 应为以 http:// 或 https:// 开头的网站地址（协议和域名），实际为 ${shown(p.value)}。`,
      fix: '请写出协议和域名，例如 SITE_URL=https://www.example.gov.cn；网站所在的文件夹另由 BASE_PATH 给出。',
    }),
    en: (p: { value: string }) => ({
      message: `SITE_URL must be the site's address starting with http:// or https:// (scheme and host), found ${shown(p.value)}.`,
      fix: 'Give the scheme and host, e.g. SITE_URL=https://www.example.gov.cn; the folder the site lives in goes in BASE_PATH.',
    }),
  },
  siteUrlHasBase: {
    zh: (p: { value: string; origin: string; base: string }) => ({
      message: `SITE_URL 应只含协议和域名，实际为 ${shown(p.value)}，其中已含网站所在的文件夹 ${p.base}；这样每个绝对地址都会把它重复一次。`,
      fix: `请设 SITE_URL=${p.origin}，文件夹由 BASE_PATH=${p.base} 给出。`,
    }),
    en: (p: { value: string; origin: string; base: string }) => ({
      message: `SITE_URL must hold only the scheme and host, found ${shown(p.value)}, which already holds the site's folder ${p.base}; every absolute address would repeat it.`,
      fix: `Set SITE_URL=${p.origin} and give the folder in BASE_PATH=${p.base}.`,
    }),
  },
  siteUrlHasPath: {
    zh: (p: { value: string; origin: string; base: string }) => ({
      message: `SITE_URL 应只含协议和域名，实际为 ${shown(p.value)}，其中含有路径、查询或锚点。`,
      fix: `请设 SITE_URL=${p.origin}，网站所在的文件夹写在 BASE_PATH 中（例如 BASE_PATH=${p.base}）。`,
    }),
    en: (p: { value: string; origin: string; base: string }) => ({
      message: `SITE_URL must hold only the scheme and host, found ${shown(p.value)}, which has a path, query or fragment.`,
      fix: `Set SITE_URL=${p.origin} and give the folder the site lives in as BASE_PATH (e.g. BASE_PATH=${p.base}).`,
    }),
  },
  port: {
    zh: (p: { value: string }) => ({ message: `PORT 应为 1 到 65535 之间的端口号，实际为 ${shown(p.value)}。`, fix: '例如 PORT=4321，或不设置它以使用默认的 4321。' }),
    en: (p: { value: string }) => ({ message: `PORT must be a port number from 1 to 65535, found ${shown(p.value)}.`, fix: 'E.g. PORT=4321, or unset it for the default 4321.' }),
  },
  date: {
    zh: (p: { variable: string; value: string }) => ({ message: `${p.variable} 应为 YYYY-MM-DD 格式的日期，实际为 ${shown(p.value)}。`, fix: `例如 ${p.variable}=2024-03-15，或不设置它以使用今天的日期。` }),
    en: (p: { variable: string; value: string }) => ({ message: `${p.variable} must be a date written YYYY-MM-DD, found ${shown(p.value)}.`, fix: `E.g. ${p.variable}=2024-03-15, or unset it for today.` }),
  },
  lang: {
    zh: (p: { value: string }) => ({ message: `CONTENT_LANG 应为 zh（中文）或 en（英文），实际为 ${shown(p.value)}。`, fix: '请设 CONTENT_LANG=zh 或 CONTENT_LANG=en，或不设置它（默认中文）。' }),
    en: (p: { value: string }) => ({ message: `CONTENT_LANG must be zh (Chinese) or en (English), found ${shown(p.value)}.`, fix: 'Set CONTENT_LANG=zh or CONTENT_LANG=en, or unset it (Chinese by default).' }),
  },
  partition: {
    zh: (p: { value: string }) => ({ message: `PARTITION 应为省份行政区划代码的前两位（例如 64 表示宁夏回族自治区），按市拆分的省则为市级代码的前四位（例如 6402），实际为 ${shown(p.value)}。`, fix: '例如 PARTITION=64；可用的分区由 npm run -s partitions 列出。不设置它则构建整个网站。' }),
    en: (p: { value: string }) => ({ message: `PARTITION must be the first two digits of a province's division code (e.g. 64 for Ningxia), or a city's first four in a province split by city (e.g. 6402), found ${shown(p.value)}.`, fix: 'E.g. PARTITION=64; npm run -s partitions lists them. Unset it to build the whole site.' }),
  },
  partitionByCity: {
    zh: (p: { value: string }) => ({ message: `PARTITION_BY_CITY 应为按市拆分构建的省份代码（行政区划代码的前两位），用逗号分隔，实际为 ${shown(p.value)}。`, fix: '例如 PARTITION_BY_CITY=44,41；省份代码由 npm run -s partitions 列出。不拆分时不设置它。' }),
    en: (p: { value: string }) => ({ message: `PARTITION_BY_CITY must list the provinces built city by city (the first two digits of their division codes), separated by commas, found ${shown(p.value)}.`, fix: 'E.g. PARTITION_BY_CITY=44,41; npm run -s partitions lists the province codes. Leave it unset when no province is split.' }),
  },
  partitionUrls: {
    zh: (p: { value: string }) => ({ message: `PARTITION_URLS 应为 JSON 对象，键为分区代码、值为该分区网站的地址，实际为 ${shown(p.value)}。`, fix: '例如 PARTITION_URLS={"64":"https://nx.example.gov.cn/ghgk/"}；各分区在同一网站下（/p/64/）时不设置它。' }),
    en: (p: { value: string }) => ({ message: `PARTITION_URLS must be a JSON object from partition code to that partition's site address, found ${shown(p.value)}.`, fix: 'E.g. PARTITION_URLS={"64":"https://nx.example.gov.cn/ghgk/"}; unset it when every partition is served under one host (/p/64/).' }),
  },
  refused: {
    zh: (p: { count: number }) => ({ message: `环境变量有 ${p.count} 处设置不正确，命令没有运行：` }),
    en: (p: { count: number }) => ({ message: `${p.count} environment variable(s) set wrongly; nothing was run:` }),
  },
});
