/**
 * Messages of the validator (lib/content) about files it cannot read and rules across files: each written
 * once in Chinese and once in English. They replaced a table of regular expressions that translated the
 * English after the fact (a reworded English message silently lost its Chinese).
 */
import { defineMessages, type Message } from './catalogue.ts';

/** The YAML parser's common errors in Chinese (its English kept for the rest, and in English messages). */
const YAML_ERRORS_ZH: Array<[RegExp, string]> = [
  [/^Tabs are not allowed as indentation/, '缩进用了 Tab 键；YAML 只能用空格缩进'],
  [/^Map keys must be unique/, '同一个字段出现了两次'],
  [/^Nested mappings are not allowed in compact mappings/, '一行里出现了两个“字段: 值”；文字中含有“: ”时请给整段文字加引号'],
  [/^Implicit keys need to be on a single line/, '字段名没有写在一行里，或上一行的引号没有配对'],
  [/^Missing closing "?quote/, '引号没有配对'],
  [/^All mapping items must start at the same column/, '同一层的字段没有对齐；同一层的字段应从同一列开始'],
  [/^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a/, '方括号或花括号没有闭合（[ 要以 ] 结束，{ 要以 } 结束）'],
  [/^Unexpected scalar at node end/, '一行的值后面多出了文字；含有“: ”或“#”的文字请加引号'],
];

export function yamlErrorZh(error: string): string {
  for (const [re, zh] of YAML_ERRORS_ZH) if (re.test(error)) return zh;
  return error;
}

/** `"x"` as JSON.stringify writes a found value → `“x”`; anything else unchanged. */
export function quoteZh(found: string): string {
  const m = /^"(.*)"$/s.exec(found.trim());
  return m ? `“${m[1]}”` : found;
}

const SOURCE_ZH = { title: '标题', publisher: '发布单位', url: '网址', date: '日期', quote: '原文引句' } as const;
const COVERAGE_EN = { indicators: 'indicator', clauses: 'task (measure clause)', projects: 'major project' } as const;
const COVERAGE_ZH = { indicators: '指标', clauses: '任务', projects: '项目' } as const;

/** Why a string is not plain text (lib/content/inert.ts): the kind of markup and the text found, as quoted JSON. */
export type UnsafeReason = { kind: 'markup' | 'script' | 'event' | 'html' | 'link'; shown: string };

export function reasonEn(r: UnsafeReason): string {
  switch (r.kind) {
    case 'markup':
      return `HTML markup ${r.shown}`;
    case 'script':
      return `a script address ${r.shown}`;
    case 'event':
      return `an event attribute ${r.shown}`;
    case 'html':
      return `raw HTML ${r.shown}`;
    case 'link':
      return `a link to ${r.shown} (only http(s), / and # addresses)`;
  }
}

export function reasonZh(r: UnsafeReason): string {
  const q = quoteZh(r.shown);
  switch (r.kind) {
    case 'markup':
      return `HTML 标记 ${q}`;
    case 'script':
      return `脚本地址 ${q}`;
    case 'event':
      return `事件属性 ${q}`;
    case 'html':
      return `原始 HTML ${q}`;
    case 'link':
      return `指向 ${q} 的链接（只允许 http(s)、/ 和 # 开头的地址）`;
  }
}

/** What JSON expected where it went wrong, by the parser's error code. */
const JSON_EXPECTED: Record<string, { en: string; zh: string }> = {
  InvalidSymbol: { en: 'a JSON value (a number, "text", true, false, null, [ or {)', zh: '一个 JSON 值（数字、"文字"、true、false、null、[ 或 {）' },
  InvalidNumberFormat: { en: 'a number written like 93.1 (NaN and Infinity are not numbers in JSON)', zh: '像 93.1 这样写的数字（NaN 和 Infinity 在 JSON 中不是数字）' },
  PropertyNameExpected: { en: 'a field name in double quotes', zh: '用英文双引号括起的字段名' },
  ValueExpected: { en: 'a value', zh: '一个值' },
  ColonExpected: { en: 'a colon ":" after the field name', zh: '字段名后的英文冒号 ":"' },
  CommaExpected: { en: 'a comma "," between entries', zh: '条目之间的英文逗号 ","' },
  CloseBraceExpected: { en: 'a closing brace "}"', zh: '右花括号 "}"' },
  CloseBracketExpected: { en: 'a closing bracket "]"', zh: '右方括号 "]"' },
  EndOfFileExpected: { en: 'the end of the file', zh: '文件结尾' },
  UnexpectedEndOfString: { en: 'a closing double quote "', zh: '收尾的英文双引号 "' },
  UnexpectedEndOfComment: { en: 'the end of the comment', zh: '注释结尾' },
  InvalidCommentToken: { en: 'no comments (JSON has none)', zh: '不含注释（JSON 不支持注释）' },
  InvalidEscapeCharacter: { en: 'a valid escape such as \\" or \\n', zh: '有效的转义，如 \\" 或 \\n' },
  InvalidCharacter: { en: 'no control characters inside text', zh: '文字中不含控制字符' },
  UnexpectedEndOfNumber: { en: 'a complete number', zh: '完整的数字' },
  InvalidUnicode: { en: 'a valid \\u escape', zh: '有效的 \\u 转义' },
};

/** Where JSON went wrong: the token (undefined at the end of the file), and whether it is on the next line or after a space. */
type JsonFound = { token: string | undefined; next: boolean };
const jsonFoundEn = (f: JsonFound) => `${f.token === undefined ? 'the end of the file' : JSON.stringify(f.token)}${f.next ? ' on the next line or after a space' : ''}`;
const jsonFoundZh = (f: JsonFound) => (f.token === undefined ? (f.next ? '下一行（或空格后）的 文件结尾' : '文件结尾') : f.next ? `下一行（或空格后）的 ${f.token}` : `“${f.token}”`);

const WHAT_ZH: Record<string, string> = { clause: '条款', indicator: '指标', project: '项目' };
const article = (what: string) => (/^[aeiou]/.test(what) ? 'an' : 'a');

const fixes = {
  misplacedFile: (guess: string | undefined, dir: string) =>
    guess ? { en: `Did you mean "${guess}"? Rename it.`, zh: `是否应为“${guess}”？请改名。` } : { en: `Move it out of ${dir}.`, zh: `把它移出 ${dir}。` },
};

export const validatorMessages = defineMessages({
  emptyFile: {
    en: () => ({ message: 'expected content, found an empty file.', fix: 'Fill it in, or delete the file.' }),
    zh: () => ({ message: '应有内容，实际为空文件。', fix: '填写内容，或删除该文件。' }),
  },
  utf8Bom: {
    en: () => ({ message: 'expected UTF-8 without a byte-order mark, found a UTF-8 BOM (EF BB BF) at the start.', fix: 'Save the file as "UTF-8" (not "UTF-8 with BOM"), e.g. in VS Code: Save with Encoding → UTF-8.' }),
    zh: () => ({ message: '应为不带 BOM 的 UTF-8 编码，实际文件开头有 UTF-8 BOM（EF BB BF）。', fix: '将文件另存为“UTF-8”（不是“带 BOM 的 UTF-8”），例如在 VS Code 中：通过编码保存 → UTF-8。' }),
  },
  notUtf8: {
    en: (p: { byte: string; gbkLine: string | undefined }) => ({
      message: `expected text encoded as UTF-8, found bytes that are not UTF-8 (${p.byte}).${p.gbkLine !== undefined ? ` It reads as GBK/GB18030 (how Windows editors in Chinese save by default): "${p.gbkLine}".` : ''}`,
      fix: 'Open it in an editor and save it again with the encoding "UTF-8".',
    }),
    zh: (p: { byte: string; gbkLine: string | undefined }) => ({
      message: `应为 UTF-8 编码的文本，实际含有非 UTF-8 字节（${p.byte}）。` + (p.gbkLine !== undefined ? `按 GBK/GB18030（中文 Windows 编辑器的默认编码）可读作：“${p.gbkLine}”。` : ''),
      fix: '用编辑器打开，以“UTF-8”编码重新保存。',
    }),
  },
  jsonSyntax: {
    en: (p: { code: string; found: JsonFound }) => ({
      message: `malformed JSON: expected ${JSON_EXPECTED[p.code]?.en ?? p.code}, found ${jsonFoundEn(p.found)}.`,
      fix: 'Correct the JSON at this place (an editor with JSON checking shows it in red).',
    }),
    zh: (p: { code: string; found: JsonFound }) => ({
      message: `JSON 格式错误：应为${JSON_EXPECTED[p.code]?.zh ?? p.code}，实际为${jsonFoundZh(p.found)}。`,
      fix: '改正此处的 JSON（带 JSON 检查的编辑器会用红色标出）。',
    }),
  },
  jsonNothing: {
    en: () => ({ message: 'malformed JSON: expected a value, found nothing.' }),
    zh: () => ({ message: 'JSON 格式错误：应有一个值，实际什么也没有。' }),
  },
  duplicateKey: {
    en: (p: { key: string }) => ({ message: `expected each field once in an object, found "${p.key}" a second time.`, fix: 'Keep one of the two and delete the other.' }),
    zh: (p: { key: string }) => ({ message: `同一对象中每个字段只能出现一次，实际“${p.key}”出现了第二次。`, fix: '保留其中一个，删除另一个。' }),
  },
  yamlInvalid: {
    en: (p: { error: string }) => ({ message: `front matter is not valid YAML: ${p.error}.`, fix: 'Write one "field: value" per line between the two --- lines; put text containing ":" in quotes.' }),
    zh: (p: { error: string }) => ({ message: `开头的元数据（front matter）不是有效的 YAML（${yamlErrorZh(p.error)}）。`, fix: '在两行 --- 之间每行写一个“字段: 值”；含有“:”的文字请加引号。' }),
  },
  yamlFileInvalid: {
    en: (p: { error: string }) => ({ message: `the metadata file is not valid YAML: ${p.error}.`, fix: 'Write one "field: value" per line, indented with spaces (see content/sources/*.yaml); put text containing ":" in quotes.' }),
    zh: (p: { error: string }) => ({ message: `元数据文件不是有效的 YAML（${yamlErrorZh(p.error)}）。`, fix: '每行写一个“字段: 值”，缩进用空格（参照 content/sources/ 中的 .yaml 文件）；含有“:”的文字请加引号。' }),
  },
  frontMatterNotFields: {
    en: (p: { found: string | null }) => ({ message: `expected front matter made of "field: value" lines, found ${p.found ?? 'nothing'}.`, fix: 'Write one "field: value" per line between the two --- lines.' }),
    zh: (p: { found: string | null }) => ({ message: `开头的元数据应由“字段: 值”的行组成，实际为${p.found === null ? '空' : quoteZh(p.found)}。`, fix: '在两行 --- 之间每行写一个“字段: 值”。' }),
  },
  frontMatterMissing: {
    en: (p: { firstLine: string }) => ({
      message: `expected front matter between two "---" lines at the top, found ${p.firstLine}.`,
      fix: 'Start the file with ---, the fields id, title, region, issuer, issued, period, kind, source, then ---.',
    }),
    zh: (p: { firstLine: string }) => ({
      message: `文件开头应有两行“---”之间的元数据，实际第一行为${quoteZh(p.firstLine)}。`,
      fix: '文件以 --- 开头，依次写 id、title、region、issuer、issued、period、kind、source 等字段，再以 --- 结束。',
    }),
  },
  notPlainText: {
    en: (p: { reason: UnsafeReason }) => ({ message: `expected plain text, found ${reasonEn(p.reason)}.`, fix: 'Content is published as text: remove the markup or address (write 《》 or “” instead of < >).' }),
    zh: (p: { reason: UnsafeReason }) => ({ message: `应为纯文本，实际含有${reasonZh(p.reason)}。`, fix: '内容按纯文本发布：请删除标记或地址（用《》或“”代替 < >）。' }),
  },
  planTextNotPlain: {
    en: (p: { reason: UnsafeReason }) => ({ message: `expected the plan's text as plain Markdown, found ${reasonEn(p.reason)}.`, fix: 'Official text is published as printed: re-import it with npm run import, or remove the markup.' }),
    zh: (p: { reason: UnsafeReason }) => ({ message: `规划正文应为纯 Markdown，实际含有${reasonZh(p.reason)}。`, fix: '官方文本按原文发布：请用 npm run import 重新导入，或删除这些标记。' }),
  },
  planFolderFile: {
    en: (p: { files: readonly string[]; name: string; guess: string | undefined }) => ({ message: `expected only ${p.files.join(', ')} in a plan folder, found "${p.name}".`, fix: fixes.misplacedFile(p.guess, 'content/plans/').en }),
    zh: (p: { files: readonly string[]; name: string; guess: string | undefined }) => ({ message: `规划文件夹中只应有 ${p.files.join(', ')}，实际有“${p.name}”。`, fix: fixes.misplacedFile(p.guess, 'content/plans/').zh }),
  },
  planMdMissing: {
    en: (p: { mdFile: string }) => ({ message: 'expected a plan.md in every plan folder, found none.', fix: `Create ${p.mdFile} (the importer writes it: npm run import), or remove the folder.` }),
    zh: (p: { mdFile: string }) => ({ message: '每个规划文件夹都应有 plan.md，实际没有。', fix: `创建 ${p.mdFile}（导入工具 npm run import 会生成它），或删除该文件夹。` }),
  },
  idNotFolder: {
    en: (p: { folder: string; found: string }) => ({ message: `expected the id "${p.folder}" (the folder name), found "${p.found}".`, fix: 'Make the id and the folder name the same.' }),
    zh: (p: { folder: string; found: string }) => ({ message: `id 应为“${p.folder}”（即文件夹名），实际为“${p.found}”。`, fix: '让 id 与文件夹名一致。' }),
  },
  planNotFolder: {
    en: (p: { folder: string; found: string; inProgress: boolean }) => ({ message: `expected "${p.folder}" (the folder name), found "${p.found}".`, fix: p.inProgress ? 'Put the file in the folder of its plan.' : undefined }),
    zh: (p: { folder: string; found: string; inProgress: boolean }) => ({ message: `应为“${p.folder}”（即文件夹名），实际为“${p.found}”。`, fix: p.inProgress ? '把文件放到所属规划的文件夹中。' : undefined }),
  },
  unknownRef: {
    en: (p: { what: string; found: string; closest: readonly string[]; where: string }) => ({
      message:
        `expected the id of ${article(p.what)} ${p.what} of this plan, found "${p.found}".` +
        (p.closest.length ? ` Closest known ids: ${p.closest.join(', ')} (all are in ${p.where}).` : ` The plan has no ${p.what}s (${p.where}).`),
    }),
    zh: (p: { what: string; found: string; closest: readonly string[]; where: string }) => ({
      message:
        `应为本规划中某个${WHAT_ZH[p.what] ?? p.what}的编号，实际为“${p.found}”。` +
        (p.closest.length ? `最接近的编号：${p.closest.join(', ')}（全部编号见 ${p.where}）。` : `本规划没有${WHAT_ZH[p.what] ?? p.what}（${p.where}）。`),
    }),
  },
  progressNotJson: {
    en: (p: { name: string }) => ({ message: `expected only <year>.json files here, found "${p.name}".`, fix: 'Move it out of content/progress/.' }),
    zh: (p: { name: string }) => ({ message: `这里只应有“年份.json”文件，实际有“${p.name}”。`, fix: '把它移出 content/progress/。' }),
  },
  progressUnknownPlan: {
    en: (p: { folder: string; closest: readonly string[] }) => ({
      message: `expected progress for an existing plan, found the folder "${p.folder}", which is not a plan in content/plans/.`,
      fix: p.closest.length ? `Known plans: ${p.closest.join(', ')}. Rename the folder.` : 'Add the plan first.',
    }),
    zh: (p: { folder: string; closest: readonly string[] }) => ({
      message: `进展数据应属于已有的规划，实际文件夹“${p.folder}”不是 content/plans/ 中的规划。`,
      fix: p.closest.length ? `已有的规划：${p.closest.join(', ')}。请改正文件夹名。` : '请先添加该规划。',
    }),
  },
  progressFileName: {
    en: (p: { name: string; year: number }) => ({ message: `expected a file name that is the year, such as 2023.json, found "${p.name}".`, fix: `Rename it to ${p.year}.json.` }),
    zh: (p: { name: string; year: number }) => ({ message: `文件名应为年份，如 2023.json，实际为“${p.name}”。`, fix: `把它改名为 ${p.year}.json。` }),
  },
  progressYearNotName: {
    en: (p: { stem: string; year: number }) => ({ message: `expected ${p.stem} (the year in the file name), found ${p.year}.`, fix: 'Make the year and the file name agree.' }),
    zh: (p: { stem: string; year: number }) => ({ message: `应为 ${p.stem}（文件名中的年份），实际为 ${p.year}。`, fix: '让 year 与文件名中的年份一致。' }),
  },
  progressSecondFile: {
    en: (p: { year: number; first: string }) => ({ message: `expected one progress file per plan and year, found a second file for ${p.year} (the first is ${p.first}).`, fix: 'Merge the two files into one.' }),
    zh: (p: { year: number; first: string }) => ({ message: `每个规划每年只应有一个进展文件，实际 ${p.year} 年有第二个文件（第一个是 ${p.first}）。`, fix: '把两个文件合并为一个。' }),
  },
  unknownConcept: {
    en: (p: { found: string; closest: readonly string[]; indicator: boolean }) => ({
      message: `expected the id of a concept in content/concepts.json, found "${p.found}". ` + (p.closest.length ? `Closest: ${p.closest.join(', ')}.` : 'The catalogue is empty or missing.'),
      fix: p.indicator ? 'Use a known id, add the concept to content/concepts.json, or remove "concept".' : undefined,
    }),
    zh: (p: { found: string; closest: readonly string[]; indicator: boolean }) => ({
      message: `应为 content/concepts.json 中某个指标概念的编号，实际为“${p.found}”。` + (p.closest.length ? `最接近的：${p.closest.join(', ')}。` : '指标概念目录为空或不存在。'),
      fix: p.indicator ? '使用已有的编号，或把该概念加入 content/concepts.json，或删除“concept”。' : undefined,
    }),
  },
  conceptUnitElsewhere: {
    en: (p: { unit: string | null; where: string; concept: string; found: string | null }) => ({
      message: `expected the unit ${JSON.stringify(p.unit)} that ${p.where} uses for concept "${p.concept}", found ${JSON.stringify(p.found)}. Indicators in different units are not the same measure.`,
      fix: 'Map it to another concept, or remove "concept".',
    }),
    zh: (p: { unit: string | null; where: string; concept: string; found: string | null }) => ({
      message: `应为 ${p.where} 对概念“${p.concept}”使用的单位 ${quoteZh(JSON.stringify(p.unit))}，实际为 ${quoteZh(JSON.stringify(p.found))}。单位不同的指标不是同一口径。`,
      fix: '对应到另一个概念，或删除“concept”。',
    }),
  },
  conceptUnit: {
    en: (p: { unit: string | null; concept: string; found: string | null; mapped: boolean }) => ({
      message: `expected the unit "${p.unit}" of concept "${p.concept}", found ${JSON.stringify(p.found)}.`,
      fix: p.mapped ? 'Map it to another concept, or remove "concept".' : undefined,
    }),
    zh: (p: { unit: string | null; concept: string; found: string | null; mapped: boolean }) => ({
      message: `应为概念“${p.concept}”的单位“${p.unit}”，实际为 ${quoteZh(JSON.stringify(p.found))}。`,
      fix: p.mapped ? '对应到另一个概念，或删除“concept”。' : undefined,
    }),
  },
  referenceNotJson: {
    en: (p: { name: string }) => ({ message: `expected only .json files in content/reference/, found "${p.name}".` }),
    zh: (p: { name: string }) => ({ message: `content/reference/ 中只应有 .json 文件，实际有“${p.name}”。` }),
  },
  specialFile: {
    en: (p: { kind: string; kindZh: string }) => ({ message: `expected a regular file or folder inside content/, found ${p.kind}.`, fix: 'Replace it with a copy of the real file (content/ must hold its files itself, under version control), or delete it.' }),
    zh: (p: { kind: string; kindZh: string }) => ({ message: `content/ 里只能放普通文件和文件夹，这里是${p.kindZh}。`, fix: '请换成真实文件的副本（content/ 里的文件必须纳入版本管理），或删除它。' }),
  },
  folderInsteadOfFile: {
    en: (p: { what: string; whatZh: string; name: string }) => ({ message: `expected ${p.what}, found a folder named "${p.name}".`, fix: 'Remove the folder (or move what is in it), and put the file there if one is meant to be.' }),
    zh: (p: { what: string; whatZh: string; name: string }) => ({ message: `此处应为${p.whatZh}，实际是名为“${p.name}”的文件夹。`, fix: '请删除该文件夹（或移走其中内容），需要时在此处放置文件。' }),
  },
  fileTooLarge: {
    en: (p: { limit: string; size: string }) => ({ message: `expected a file of at most ${p.limit}, found ${p.size}.`, fix: 'Something went wrong when it was saved or copied: compare it with the last committed version (git diff) and remove what does not belong.' }),
    zh: (p: { limit: string; size: string }) => ({ message: `文件最大 ${p.limit}，实际为 ${p.size}。`, fix: '保存或复制时可能出了错：请与上次提交的版本比较（git diff），删除不应有的内容。' }),
  },
  jsonTooDeep: {
    en: (p: { max: number }) => ({ message: `expected JSON nested at most ${p.max} levels deep, found deeper nesting here.`, fix: 'Content files need only a few levels of [ ] and { }: remove what does not belong.' }),
    zh: (p: { max: number }) => ({ message: `JSON 的 [ ] 与 { } 嵌套最多 ${p.max} 层，此处更深。`, fix: '内容文件只需要几层嵌套：请删除不应有的内容。' }),
  },
  plansFolderFile: {
    en: (p: { name: string }) => ({ message: `expected only plan folders in content/plans/, found the file "${p.name}".`, fix: 'Move it into its plan folder (content/plans/<plan-id>/), or out of content/.' }),
    zh: (p: { name: string }) => ({ message: `content/plans/ 下只能放规划文件夹，这里有文件“${p.name}”。`, fix: '请把它移到对应的规划文件夹（content/plans/<规划编号>/）里，或移出 content/。' }),
  },
  noPlanFolders: {
    en: () => ({ message: 'expected at least one plan folder (content/plans/<plan-id>/plan.md), found none. A site without plans is never published.', fix: 'Check that CONTENT_ROOT names the right folder and that the copy of content/ is complete.' }),
    zh: () => ({ message: '至少应有一个规划文件夹（content/plans/<规划编号>/plan.md），实际一个也没有。不会发布没有规划的网站。', fix: '请检查 CONTENT_ROOT 是否指向正确的文件夹，content/ 是否复制完整。' }),
  },
  remoteResource: {
    en: (p: { reason: string; reasonZh: string }) => ({ message: `expected the official text without embedded resources, found ${p.reason}. The site loads nothing from other hosts, and images are not part of the text.`, fix: "Remove the image; if the document prints a figure, describe it in the plan's notes." }),
    zh: (p: { reason: string; reasonZh: string }) => ({ message: `规划原文中不能嵌入图片等外部资源，这里有${p.reasonZh}。网站不从其他网站加载任何内容，图片也不属于原文。`, fix: '请删除该图片；如原文印有图，请在规划的 notes 中说明。' }),
  },
  invisibleCharacter: {
    en: (p: { fault: { en: string; zh: string } }) => ({ message: `expected plain text, found ${p.fault.en}.`, fix: 'Delete it (it is invisible in most editors: re-import the text with npm run import).' }),
    zh: (p: { fault: { en: string; zh: string } }) => ({ message: `应为普通文字，发现${p.fault.zh}。`, fix: '请删除该字符（多数编辑器里看不见：可用 npm run import 重新导入原文）。' }),
  },
  progressFolderFile: {
    en: (p: { name: string }) => ({ message: `expected only plan folders in content/progress/, found the file "${p.name}".`, fix: 'Move it into the folder of its plan: content/progress/<plan-id>/<year>.json.' }),
    zh: (p: { name: string }) => ({ message: `content/progress/ 下只能放规划文件夹，这里有文件“${p.name}”。`, fix: '请移到对应规划的文件夹：content/progress/<规划编号>/<年份>.json。' }),
  },
  sourceWithoutPlan: {
    en: (p: { plan: string; file: string }) => ({ message: `expected the plan "${p.plan}" that this file declares in content/plans/${p.plan}/, found no such folder.`, fix: `Import it (npm run import -- --all), finish copying content/, or remove ${p.file}.` }),
    zh: (p: { plan: string; file: string }) => ({ message: `该文件声明了规划“${p.plan}”，但 content/plans/${p.plan}/ 不存在。`, fix: `请导入它（npm run import -- --all）、把 content/ 复制完整，或删除 ${p.file}。` }),
  },
  rootMissing: {
    en: (p: { root: string }) => ({ message: `expected the folder that holds content/ (CONTENT_ROOT), found nothing at ${p.root}.`, fix: 'Set CONTENT_ROOT to the folder that holds content/ (or unset it to use this repository).' }),
    zh: (p: { root: string }) => ({ message: `CONTENT_ROOT 应为包含 content/ 的文件夹，但 ${p.root} 不存在。`, fix: '请把 CONTENT_ROOT 设为包含 content/ 的文件夹（或不设置，使用本仓库）。' }),
  },
  rootIsFile: {
    en: (p: { root: string }) => ({ message: `expected the folder that holds content/ (CONTENT_ROOT), found a file at ${p.root}.`, fix: 'Set CONTENT_ROOT to the folder that holds content/, not to a file in it.' }),
    zh: (p: { root: string }) => ({ message: `CONTENT_ROOT 应为包含 content/ 的文件夹，${p.root} 却是一个文件。`, fix: '请把 CONTENT_ROOT 设为包含 content/ 的文件夹，而不是其中的文件。' }),
  },
  noContentFolder: {
    en: (p: { root: string; kind: 'missing' | 'link' | 'file' }) => ({
      message: `expected a folder content/ in ${p.root}, found ${p.kind === 'missing' ? 'none' : p.kind === 'link' ? 'a symbolic link' : 'a file'}. Nothing was read, so nothing can be published.`,
      fix: p.kind === 'missing' ? 'Set CONTENT_ROOT to the folder that holds content/ (not to content/ itself), or finish copying it.' : 'Make content/ a real folder holding the files.',
    }),
    zh: (p: { root: string; kind: 'missing' | 'link' | 'file' }) => ({
      message: `${p.root} 中应有 content/ 文件夹，实际${p.kind === 'missing' ? '没有' : p.kind === 'link' ? '是符号链接' : '是文件'}。什么也没有读取，因此不能发布。`,
      fix: p.kind === 'missing' ? '请把 CONTENT_ROOT 设为包含 content/ 的文件夹（不是 content/ 本身），或把它复制完整。' : '请让 content/ 成为存放文件的真实文件夹。',
    }),
  },
  noPlansFolder: {
    en: (p: { root: string; missing: boolean }) => ({ message: `expected a folder content/plans/ with one folder per plan in ${p.root}, found ${p.missing ? 'none' : 'something else'}. A site without plans is never published.`, fix: 'Check that CONTENT_ROOT names the right folder and that the copy of content/ is complete.' }),
    zh: (p: { root: string; missing: boolean }) => ({ message: `${p.root} 中应有 content/plans/（每个规划一个文件夹），实际没有。不会发布没有规划的网站。`, fix: '请检查 CONTENT_ROOT 是否指向正确的文件夹，content/ 是否复制完整。' }),
  },
  percentTooHigh: {
    en: (p: { name: string; max: number; gross: boolean; found: number }) => ({ message: `expected a percentage of at most ${p.max} for ${p.name}, found ${p.found}.`, fix: 'Check the decimal point (93.1, not 931) and the unit.' }),
    zh: (p: { name: string; max: number; gross: boolean; found: number }) => ({
      message: `“${p.name}”应为不超过 ${p.max} 的百分比${p.gross ? '（毛入学率可以超过 100%，但不会超过 150%）' : ''}，实际为 ${p.found}。`,
      fix: '检查小数点（93.1 而不是 931）和单位。',
    }),
  },
  percentAsFraction: {
    en: (p: { name: string; found: number; percent: string; low: string }) => ({
      message: `expected "${p.name}" in percent (its baseline and target are ${p.low} or more), found ${p.found}, which reads as a fraction: ${p.found} = ${p.percent}%.`,
      fix: `Write ${p.percent} for ${p.percent}%.`,
    }),
    zh: (p: { name: string; found: number; percent: string; low: string }) => ({
      message: `“${p.name}”应为百分数（其基期值和目标值都不低于 ${p.low}），实际为 ${p.found}，像是写成了小数：${p.found} 即 ${p.percent}%。`,
      fix: `如果是 ${p.percent}%，请填写 ${p.percent}（不是 ${p.found}）。`,
    }),
  },
  yearsTooHigh: {
    en: (p: { name: string; found: number }) => ({ message: `expected a number of years of at most 30 for ${p.name}, found ${p.found}.`, fix: 'Check the decimal point and the unit.' }),
    zh: (p: { name: string; found: number }) => ({ message: `“${p.name}”应为不超过 30 的年数，实际为 ${p.found}。`, fix: '检查小数点和单位。' }),
  },
  jumpNeedsNote: {
    en: (p: { name: string; fromYear: number; from: string; limit: string; usual: string; perYear: string; found: string }) => ({
      message: `expected a change from ${p.fromYear} (${p.from}) within about ${p.limit} a year, as in the indicator's history, found ${p.found}; a change this large needs a note.`,
      fix: 'Check the figure; if it is right, say why in "note".',
    }),
    zh: (p: { name: string; fromYear: number; from: string; limit: string; usual: string; perYear: string; found: string }) => ({
      message: `“${p.name}”从 ${p.fromYear} 年的 ${p.from} 变为 ${p.found}，每年变化约 ${p.perYear}，远超这项指标以往每年约 ${p.usual} 的变化幅度。`,
      fix: '请核对数值；确实如此时，在 note（台账“备注”列）中说明原因。',
    }),
  },
  sameAsLastYear: {
    en: (p: { count: number; year: number }) => ({ message: `expected this year's values, found all ${p.count} equal to ${p.year}'s: was last year's sheet copied?`, fix: 'Fill in this year\'s figures; if they really did not change, say so in the "note" of each.' }),
    zh: (p: { count: number; year: number }) => ({ message: `全部 ${p.count} 项指标数值都与 ${p.year} 年完全相同，像是复制了上一年的表。`, fix: '请填写本年度的数值；如果确实都没有变化，请在各项的 note（台账“备注”列）中说明。' }),
  },
  revisionNotRecorded: {
    en: (p: { year: number; name: string; indicator: string; was: number; now: number | null; published: string; fmt: { was: string; now: string | null } }) => ({
      message: `expected a revision of the published ${p.year} figure ${p.fmt.was} (${p.indicator}) to keep it in "revisions" with a reason, found ${p.fmt.now === null ? 'it removed' : p.fmt.now} without one.`,
      fix: `Add "revisions": [{ "value": ${p.was}, "published": "${p.published}", "note": "<why it changed>" }].`,
    }),
    zh: (p: { year: number; name: string; indicator: string; was: number; now: number | null; published: string; fmt: { was: string; now: string | null } }) => ({
      message: `“${p.name}”${p.year} 年已发布的数值 ${p.fmt.was} 被改为 ${p.fmt.now === null ? '空' : p.fmt.now}，但没有记录原值和更正原因。`,
      fix: `在该项的 revisions 中加一条 { "value": ${p.was}, "published": "${p.published}", "note": "更正原因" }（台账：在“修订”表中加一行）。`,
    }),
  },
  yearOutsidePeriod: {
    en: (p: { start: number; end: number; year: number }) => ({
      message: `expected a year inside the plan's period ${p.start}–${p.end}, found ${p.year}.`,
      fix: p.year > p.end ? `The final-year report of this plan is ${p.end}.json; figures for ${p.year} belong in the report of the plan that succeeds it.` : `Rename the file to a year from ${p.start} to ${p.end}, or move it to the folder of its plan.`,
    }),
    zh: (p: { start: number; end: number; year: number }) => ({
      message: `报告年份应在规划期 ${p.start}—${p.end} 年之内，实际为 ${p.year}。`,
      fix: p.year > p.end ? `本规划的终期报告是 ${p.end}.json；${p.year} 年的数据应报告在接续的新规划中。` : `把文件改为 ${p.start}—${p.end} 年之间的年份，或放到对应规划的文件夹。`,
    }),
  },
  publishedBeforeAsOf: {
    en: (p: { asOf: string; published: string }) => ({ message: `expected a publication date on or after asOf ${p.asOf}: a report is published after the date it describes (found ${p.published}).`, fix: 'Check both dates: "published" is the day the report was actually published.' }),
    zh: (p: { asOf: string; published: string }) => ({ message: `发布日期 published 应不早于数据截止日期 asOf（${p.asOf}），实际为 ${p.published}。`, fix: '报告只能在数据截止之后发布：核对两个日期，published 填实际发布的日期。' }),
  },
  publishedInFuture: {
    en: (p: { today: string; published: string }) => ({ message: `expected a publication date that has passed (today is ${p.today}), found ${p.published}.`, fix: 'Write the date the report was actually published; publish the file after that date.' }),
    zh: (p: { today: string; published: string }) => ({ message: `发布日期 published 应是已经到来的日期（今天是 ${p.today}），实际为 ${p.published}。`, fix: '填写报告实际发布的日期；报告发布之后再提交此文件。' }),
  },
  // What belongs where a folder was found, as a phrase inside folderInsteadOfFile (lib/content/read-*.ts).
  wantFile: {
    en: (p: { name: string }) => ({ message: `the file ${p.name}` }),
    zh: (p: { name: string }) => ({ message: `文件 ${p.name}` }),
  },
  wantPlanFiles: {
    en: (p: { files: readonly string[] }) => ({ message: `only the files ${p.files.join(', ')} in a plan folder` }),
    zh: (p: { files: readonly string[] }) => ({ message: `规划文件夹中的文件（${p.files.join('、')}）` }),
  },
  wantYearFile: {
    en: () => ({ message: 'a <year>.json file' }),
    zh: () => ({ message: '<年份>.json 文件' }),
  },
  wantReferenceJson: {
    en: () => ({ message: 'only .json files in content/reference/' }),
    zh: () => ({ message: 'content/reference/ 下的 .json 文件' }),
  },
  // An image in a plan's text, as a phrase inside remoteResource (lib/content/inert.ts).
  imageResource: {
    en: (p: { shown: string }) => ({ message: `an image ${p.shown}` }),
    zh: (p: { shown: string }) => ({ message: `图片 ${p.shown}` }),
  },
  imageReferenceResource: {
    en: (p: { id: string }) => ({ message: `an image reference [${p.id}]` }),
    zh: (p: { id: string }) => ({ message: `图片引用 [${p.id}]` }),
  },
  // A file system error at a path (lib/content/files.ts): what happened and what to do.
  fsPermission: {
    en: (p: { path: string }) => ({ message: `${p.path}: permission denied.`, fix: 'Give your user the right to read and write it (or choose another folder), then run the command again.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：没有权限。`, fix: '请让当前用户可以读写它（或换一个文件夹），然后重新运行。' }),
  },
  fsReadOnly: {
    en: (p: { path: string }) => ({ message: `${p.path}: the file system is read-only.`, fix: 'Build into a writable folder (set DIST_DIR), then run the command again.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：所在文件系统为只读。`, fix: '请输出到可写的文件夹（设置 DIST_DIR），然后重新运行。' }),
  },
  fsMissing: {
    en: (p: { path: string }) => ({ message: `${p.path}: no such file or folder.`, fix: 'Check the path, then run the command again.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：文件或文件夹不存在。`, fix: '请检查路径后重新运行。' }),
  },
  fsNotFolder: {
    en: (p: { path: string }) => ({ message: `${p.path}: a part of this path is a file, not a folder.`, fix: 'Remove or rename that file, or choose another path.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：路径中的某一级是文件而不是文件夹。`, fix: '请删除或改名该文件，或换一个路径。' }),
  },
  fsIsFolder: {
    en: (p: { path: string }) => ({ message: `${p.path}: expected a file, found a folder.`, fix: 'Remove the folder or put the file in its place.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：应为文件，实际是文件夹。`, fix: '请删除该文件夹或换成文件。' }),
  },
  fsFull: {
    en: (p: { path: string }) => ({ message: `${p.path}: the disk is full.`, fix: 'Free some space, then run the command again.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：磁盘已满。`, fix: '请腾出空间后重新运行。' }),
  },
  fsLoop: {
    en: (p: { path: string }) => ({ message: `${p.path}: a symbolic link points to itself (a loop).`, fix: 'Replace it with the real file.' }),
    zh: (p: { path: string }) => ({ message: `${p.path}：符号链接指向自身（循环）。`, fix: '请换成真实文件。' }),
  },
  fsOther: {
    // One message, no separate fix: the Chinese would otherwise be punctuation around the system's English.
    en: (p: { path: string; error: string }) => ({ message: `${p.path}: ${p.error}. Check the path and its permissions, then run the command again.` }),
    zh: (p: { path: string; error: string }) => ({ message: `${p.path}：${p.error}。请检查路径和权限后重新运行。` }),
  },
  // A character no published text may hold, as a phrase (lib/content/limits.ts).
  charNul: {
    en: () => ({ message: 'a NUL character (U+0000)' }),
    zh: () => ({ message: '空字符 NUL（U+0000）' }),
  },
  charControl: {
    en: (p: { code: string }) => ({ message: `a control character (${p.code})` }),
    zh: (p: { code: string }) => ({ message: `控制字符（${p.code}）` }),
  },
  charLoneSurrogate: {
    en: (p: { code: string; escape: string }) => ({ message: `invalid Unicode: a lone surrogate ${p.code} (written ${p.escape})` }),
    zh: (p: { code: string; escape: string }) => ({ message: `无效的 Unicode：孤立的代理码元 ${p.code}（写作 ${p.escape}）` }),
  },
  charBidi: {
    en: (p: { code: string }) => ({ message: `an invisible text-direction control (${p.code})` }),
    zh: (p: { code: string }) => ({ message: `不可见的文字方向控制符（${p.code}）` }),
  },
  charZeroWidth: {
    en: (p: { code: string }) => ({ message: `an invisible zero-width character (${p.code})` }),
    zh: (p: { code: string }) => ({ message: `不可见的零宽字符（${p.code}）` }),
  },
  // A string of a JSON or YAML file (lib/content/limits.ts, rules.ts, rules-progress.ts).
  characterInField: {
    en: (p: { at: number; fault: { en: string; zh: string } }) => ({ message: `expected plain text, found ${p.fault.en} at character ${p.at}.`, fix: 'Delete it (it is invisible in most editors: retype the text around it, or copy it again from the official document).' }),
    zh: (p: { at: number; fault: { en: string; zh: string } }) => ({ message: `应为普通文字，第 ${p.at} 个字符处发现${p.fault.zh}。`, fix: '删除该字符（多数编辑器里看不见：重新输入附近的文字，或从官方文件重新复制）。' }),
  },
  fieldTooLong: {
    en: (p: { limit: number; length: number }) => ({ message: `expected at most ${p.limit.toLocaleString('en')} characters in this field, found ${p.length.toLocaleString('en')}.`, fix: 'Shorten it: quote the sentence that states the figure and link to the full document in the source.' }),
    zh: (p: { limit: number; length: number }) => ({ message: `该字段最多 ${p.limit} 个字符，实际有 ${p.length} 个。`, fix: '请缩短：只引用说明数字的那句话，全文通过来源网址链接。' }),
  },
  revisionDateInFuture: {
    en: (p: { today: string; date: string }) => ({ message: `expected the date the earlier value was published not later than today (${p.today}), found ${p.date}, which is in the future.`, fix: 'Correct the date (a typo in the year?); a report is committed once it has been published.' }),
    zh: (p: { today: string; date: string }) => ({ message: `更正前数值的发布日期不能晚于今天（${p.today}），实际为 ${p.date}，是将来的日期。`, fix: '请更正日期（年份是否写错？）；进展在公开发布之后才提交。' }),
  },
  partialSource: {
    en: (p: { figure: boolean; missing: ReadonlyArray<'title' | 'publisher' | 'url' | 'date' | 'quote'> }) => ({
      message: `expected a full source for an official ${p.figure ? 'figure' : 'status'} (title, publisher, url, date and quote), found it without ${p.missing.join(', ')}.`,
      fix: 'Fill in every part from the publication (the quote is the sentence that states the figure), or mark the entry "illustrative".',
    }),
    zh: (p: { figure: boolean; missing: ReadonlyArray<'title' | 'publisher' | 'url' | 'date' | 'quote'> }) => ({
      message: `官方${p.figure ? '数据' : '状态'}须注明完整来源（标题、发布单位、网址、日期、原文引句），这里缺少：${p.missing.map((f) => SOURCE_ZH[f]).join('、')}。`,
      fix: '请按发布的文件逐项填写（原文引句即写明该数字的那句话），或把该条标为 "illustrative"（示例数据）。',
    }),
  },
  notAllReported: {
    en: (p: { year: number; kind: 'indicators' | 'clauses' | 'projects'; missing: readonly string[] }) => ({
      message: `expected every ${COVERAGE_EN[p.kind]} of the plan to be reported for ${p.year}, found ${p.missing.length} left out or blank: ${p.missing.join(', ')}.`,
      fix: "Report them, or leave them out knowingly: the site keeps showing each one's latest earlier report with its year, and 未报告 for this year.",
    }),
    zh: (p: { year: number; kind: 'indicators' | 'clauses' | 'projects'; missing: readonly string[] }) => ({
      message: `${p.year} 年度报告应报告全部${COVERAGE_ZH[p.kind]}，实际缺少 ${p.missing.length} 项（未列出或未填写）：${p.missing.join('、')}。`,
      fix: '补报这些项目；确实无法报告的，网站将继续显示其最近一次报告的内容及年份，并标明本年度“未报告”。',
    }),
  },
  // Rules across plans (lib/content/rules-across-plans.ts, rules-plan.ts).
  succeedsItself: {
    en: (p: { id: string }) => ({ message: `expected the id of the plan this one follows, found its own id "${p.id}".`, fix: 'Name the earlier plan (e.g. the 十四五 plan of the same region), or remove "succeeds".' }),
    zh: (p: { id: string }) => ({ message: `succeeds 应为本规划所接续的上一期规划的编号，实际为本规划自己的编号“${p.id}”。`, fix: '填写本规划所接续的上一期规划（如同一地区的“十四五”规划）的编号，或删去 succeeds。' }),
  },
  succeedsUnknown: {
    en: (p: { id: string; known: boolean; closest: readonly string[] }) => ({ message: `expected the id of a plan in content/plans/, found "${p.id}".${p.known ? ` Known plans: ${p.closest.join(', ')}.` : ''}`, fix: 'Correct the id, or add the earlier plan first.' }),
    zh: (p: { id: string; known: boolean; closest: readonly string[] }) => ({ message: `succeeds 应为 content/plans/ 中已有规划的编号，实际为“${p.id}”。`, fix: `核对编号（已有规划：${p.closest.join('、')}），或先导入上一期规划。` }),
  },
  succeededTwice: {
    en: (p: { region: string; id: string; other: string }) => ({ message: `expected one plan of ${p.region} to succeed "${p.id}", found a second: "${p.other}" already does.`, fix: 'Keep "succeeds" on the plan that replaces it; an action plan that runs beside it does not succeed it.' }),
    zh: (p: { region: string; id: string; other: string }) => ({ message: `一个规划在同一地区应只有一个接续规划，实际${p.region}的“${p.other}”和本规划都接续“${p.id}”。`, fix: '只在真正接替上一期的规划上写 succeeds；与之并行的专项行动方案不写。' }),
  },
  tableReading: {
    en: (p: { clause: string; columns: number; roles: number; isTable: boolean }) => ({
      message: `expected a table of the text with one role per column, found ${p.isTable ? `${p.roles} roles for its ${p.columns} columns` : `"${p.clause}", which is not the id of a table in the text`}.`,
      fix: 'Correct the table in content/sources/<id>.profile.yaml and import again (npm run import); the importer writes this field.',
    }),
    zh: (p: { clause: string; columns: number; roles: number; isTable: boolean }) => ({
      message: `应为正文中的一个表格，并为每一列写明含义，发现${p.isTable ? `该表有 ${p.columns} 列，却写了 ${p.roles} 个列含义` : `“${p.clause}”，正文中没有这个编号的表格`}。`,
      fix: '请在 content/sources/<id>.profile.yaml 中改正该表格后重新导入（npm run import）；这一字段由导入程序生成。',
    }),
  },
} satisfies Record<string, Message<never>>);
