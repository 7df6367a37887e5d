/**
 * Chinese for the problems the reader reports in English. New messages carry their Chinese in
 * `Problem.zh`; the messages written before that convention (file reading, JSON/YAML syntax, the rules
 * across files in load.ts) are translated here, one rule per message, so that the English stays the one
 * source of each message and a clerk never sees English. tests/unit/validate-messages-zh.test.ts runs
 * every bad-input fixture and fails when a message has no translation.
 */

type Rule = [RegExp, (...groups: string[]) => string];

/** `"x"` (as JSON.stringify writes a found value) → `“x”`; anything else unchanged. */
export function quoteZh(found: string): string {
  const m = /^"(.*)"$/s.exec(found.trim());
  return m ? `“${m[1]}”` : found;
}

const JSON_EXPECTED: Record<string, string> = {
  'a JSON value (a number, "text", true, false, null, [ or {)': '一个 JSON 值（数字、"文字"、true、false、null、[ 或 {）',
  'a number written like 93.1 (NaN and Infinity are not numbers in JSON)': '像 93.1 这样写的数字（NaN 和 Infinity 在 JSON 中不是数字）',
  'a field name in double quotes': '用英文双引号括起的字段名',
  'a value': '一个值',
  'a colon ":" after the field name': '字段名后的英文冒号 ":"',
  'a comma "," between entries': '条目之间的英文逗号 ","',
  'a closing brace "}"': '右花括号 "}"',
  'a closing bracket "]"': '右方括号 "]"',
  'the end of the file': '文件结尾',
  'a closing double quote "': '收尾的英文双引号 "',
  'the end of the comment': '注释结尾',
  'no comments (JSON has none)': '不含注释（JSON 不支持注释）',
  'a valid escape such as \\" or \\n': '有效的转义，如 \\" 或 \\n',
  'no control characters inside text': '文字中不含控制字符',
  'a complete number': '完整的数字',
  'a valid \\u escape': '有效的 \\u 转义',
};

/** The token found where JSON went wrong: `"\"asOf\"" on the next line or after a space` → `下一行（或空格后）的 "asOf"`. */
function jsonFoundZh(found: string): string {
  if (found === 'the end of the file') return '文件结尾';
  const next = / on the next line or after a space$/.exec(found);
  const token = next ? found.slice(0, next.index) : found;
  let shown = token;
  try {
    shown = JSON.parse(token) as string;
  } catch {
    /* keep it as printed */
  }
  return next ? `下一行（或空格后）的 ${shown}` : `“${shown}”`;
}

/** Why a string is not plain text (from inert.ts). */
function reasonZh(reason: string): string {
  const r: Rule[] = [
    [/^HTML markup (.*)$/s, (x) => `HTML 标记 ${quoteZh(x!)}`],
    [/^a script address (.*)$/s, (x) => `脚本地址 ${quoteZh(x!)}`],
    [/^an event attribute (.*)$/s, (x) => `事件属性 ${quoteZh(x!)}`],
    [/^raw HTML (.*)$/s, (x) => `原始 HTML ${quoteZh(x!)}`],
    [/^a link to (.*) \(only http\(s\), \/ and # addresses\)$/s, (x) => `指向 ${quoteZh(x!)} 的链接（只允许 http(s)、/ 和 # 开头的地址）`],
  ];
  for (const [re, f] of r) {
    const m = re.exec(reason);
    if (m) return f(...m.slice(1));
  }
  return reason;
}

const WHAT: Record<string, string> = { clause: '条款', indicator: '指标', project: '项目' };

const MESSAGES: Rule[] = [
  [/^expected content, found an empty file\.$/, () => '应有内容，实际为空文件。'],
  [/^expected UTF-8 without a byte-order mark, found a UTF-8 BOM \(EF BB BF\) at the start\.$/, () => '应为不带 BOM 的 UTF-8 编码，实际文件开头有 UTF-8 BOM（EF BB BF）。'],
  [
    /^expected text encoded as UTF-8, found bytes that are not UTF-8 \((0x[0-9A-F]+)\)\.(?: It reads as GBK\/GB18030 \(how Windows editors in Chinese save by default\): "(.*)"\.)?$/s,
    (byte, line) => `应为 UTF-8 编码的文本，实际含有非 UTF-8 字节（${byte}）。` + (line !== undefined ? `按 GBK/GB18030（中文 Windows 编辑器的默认编码）可读作：“${line}”。` : ''),
  ],
  [/^malformed JSON: expected (.*), found (.*)\.$/s, (exp, found) => `JSON 格式错误：应为${JSON_EXPECTED[exp!] ?? exp}，实际为${jsonFoundZh(found!)}。`],
  [/^malformed JSON: expected a value, found nothing\.$/, () => 'JSON 格式错误：应有一个值，实际什么也没有。'],
  [/^expected each field once in an object, found "(.*)" a second time\.$/s, (k) => `同一对象中每个字段只能出现一次，实际“${k}”出现了第二次。`],
  [/^front matter is not valid YAML: (.*)\.$/s, (e) => `开头的元数据（front matter）不是有效的 YAML（${e}）。`],
  [/^expected front matter made of "field: value" lines, found (.*)\.$/s, (f) => `开头的元数据应由“字段: 值”的行组成，实际为${f === 'nothing' ? '空' : quoteZh(f!)}。`],
  [/^expected front matter between two "---" lines at the top, found (.*)\.$/s, (f) => `文件开头应有两行“---”之间的元数据，实际第一行为${quoteZh(f!)}。`],
  [/^expected plain text, found (.*)\.$/s, (r) => `应为纯文本，实际含有${reasonZh(r!)}。`],
  [/^expected the plan's text as plain Markdown, found (.*)\.$/s, (r) => `规划正文应为纯 Markdown，实际含有${reasonZh(r!)}。`],
  [/^expected only (.*) in a plan folder, found "(.*)"\.$/s, (list, name) => `规划文件夹中只应有 ${list}，实际有“${name}”。`],
  [/^expected a plan\.md in every plan folder, found none\.$/, () => '每个规划文件夹都应有 plan.md，实际没有。'],
  [/^expected the id "(.*)" \(the folder name\), found "(.*)"\.$/s, (id, f) => `id 应为“${id}”（即文件夹名），实际为“${f}”。`],
  [/^expected "(.*)" \(the folder name\), found "(.*)"\.$/s, (id, f) => `应为“${id}”（即文件夹名），实际为“${f}”。`],
  [
    /^expected the id of an? (\w+) of this plan, found "(.*)"\.(?: Closest known ids: (.*) \(all are in (.*)\)\.| The plan has no \w+s \((.*)\)\.)$/s,
    (what, found, closest, where, none) =>
      `应为本规划中某个${WHAT[what!] ?? what}的编号，实际为“${found}”。` +
      (closest !== undefined ? `最接近的编号：${closest}（全部编号见 ${where}）。` : `本规划没有${WHAT[what!] ?? what}（${none}）。`),
  ],
  [/^expected only <year>\.json files here, found "(.*)"\.$/s, (n) => `这里只应有“年份.json”文件，实际有“${n}”。`],
  [
    /^expected progress for an existing plan, found the folder "(.*)", which is not a plan in content\/plans\/\.$/s,
    (f) => `进展数据应属于已有的规划，实际文件夹“${f}”不是 content/plans/ 中的规划。`,
  ],
  [/^expected a file name that is the year, such as 2023\.json, found "(.*)"\.$/s, (n) => `文件名应为年份，如 2023.json，实际为“${n}”。`],
  [/^expected (\d{4}) \(the year in the file name\), found (.*)\.$/s, (y, f) => `应为 ${y}（文件名中的年份），实际为 ${f}。`],
  [/^expected a year inside the plan's period (\d+)–(\d+), found (.*)\.$/s, (s, e, f) => `年份应在规划期 ${s}–${e} 之内，实际为 ${f}。`],
  [
    /^expected one progress file per plan and year, found a second file for (\d+) \(the first is (.*)\)\.$/s,
    (y, first) => `每个规划每年只应有一个进展文件，实际 ${y} 年有第二个文件（第一个是 ${first}）。`,
  ],
  [
    /^expected the id of a concept in content\/concepts\.json, found "(.*)"\. (?:Closest: (.*)\.|The catalogue is empty or missing\.)$/s,
    (f, closest) => `应为 content/concepts.json 中某个指标概念的编号，实际为“${f}”。` + (closest !== undefined ? `最接近的：${closest}。` : '指标概念目录为空或不存在。'),
  ],
  [
    /^expected the unit (.*) that (.*) uses for concept "(.*)", found (.*)\. Indicators in different units are not the same measure\.$/s,
    (u, where, c, f) => `应为 ${where} 对概念“${c}”使用的单位 ${quoteZh(u!)}，实际为 ${quoteZh(f!)}。单位不同的指标不是同一口径。`,
  ],
  [/^expected the unit "(.*)" of concept "(.*)", found (.*)\.$/s, (u, c, f) => `应为概念“${c}”的单位“${u}”，实际为 ${quoteZh(f!)}。`],
  [/^expected only \.json files in content\/reference\/, found "(.*)"\.$/s, (n) => `content/reference/ 中只应有 .json 文件，实际有“${n}”。`],
];

const FIXES: Rule[] = [
  [/^Fill it in, or delete the file\.$/, () => '填写内容，或删除该文件。'],
  [/^Save the file as "UTF-8" \(not "UTF-8 with BOM"\), e\.g\. in VS Code: Save with Encoding → UTF-8\.$/, () => '将文件另存为“UTF-8”（不是“带 BOM 的 UTF-8”），例如在 VS Code 中：通过编码保存 → UTF-8。'],
  [/^Open it in an editor and save it again with the encoding "UTF-8"\.$/, () => '用编辑器打开，以“UTF-8”编码重新保存。'],
  [/^Correct the JSON at this place \(an editor with JSON checking shows it in red\)\.$/, () => '改正此处的 JSON（带 JSON 检查的编辑器会用红色标出）。'],
  [/^Keep one of the two and delete the other\.$/, () => '保留其中一个，删除另一个。'],
  [/^Write one "field: value" per line between the two --- lines; put text containing ":" in quotes\.$/, () => '在两行 --- 之间每行写一个“字段: 值”；含有“:”的文字请加引号。'],
  [/^Write one "field: value" per line between the two --- lines\.$/, () => '在两行 --- 之间每行写一个“字段: 值”。'],
  [/^Start the file with ---, (.*), then ---\.$/s, () => '文件以 --- 开头，依次写 id、title、region、issuer、issued、period、kind、source 等字段，再以 --- 结束。'],
  [/^Content is published as text: remove the markup or address \(write 《》 or “” instead of < >\)\.$/, () => '内容按纯文本发布：请删除标记或地址（用《》或“”代替 < >）。'],
  [/^Official text is published as printed: re-import it with npm run import, or remove the markup\.$/, () => '官方文本按原文发布：请用 npm run import 重新导入，或删除这些标记。'],
  [/^Did you mean "(.*)"\? Rename it\.$/s, (g) => `是否应为“${g}”？请改名。`],
  [/^Did you mean "(.*)"\?$/s, (g) => `是否应为“${g}”？`],
  [/^Move it out of (.*)\.$/s, (d) => `把它移出 ${d}。`],
  [/^Create (.*) \(the importer writes it: npm run import\), or remove the folder\.$/s, (f) => `创建 ${f}（导入工具 npm run import 会生成它），或删除该文件夹。`],
  [/^Make the id and the folder name the same\.$/, () => '让 id 与文件夹名一致。'],
  [/^Put the file in the folder of its plan\.$/, () => '把文件放到所属规划的文件夹中。'],
  [/^Known plans: (.*)\. Rename the folder\.$/s, (k) => `已有的规划：${k}。请改正文件夹名。`],
  [/^Add the plan first\.$/, () => '请先添加该规划。'],
  [/^Rename it to (.*)\.$/s, (n) => `把它改名为 ${n}。`],
  [/^Make the year and the file name agree\.$/, () => '让 year 与文件名中的年份一致。'],
  [/^Merge the two files into one\.$/, () => '把两个文件合并为一个。'],
  [/^Use a known id, add the concept to content\/concepts\.json, or remove "concept"\.$/, () => '使用已有的编号，或把该概念加入 content/concepts.json，或删除“concept”。'],
  [/^Map it to another concept, or remove "concept"\.$/, () => '对应到另一个概念，或删除“concept”。'],
  [/^Remove it, or check its spelling against the README\.$/, () => '删除它，或对照 README 检查拼写。'],
  [/^Write the number in digits, e\.g\. 93\.1\.$/, () => '用阿拉伯数字填写，例如 93.1。'],
  [/^Write the number in digits without quotes, e\.g\. 93\.1\.$/, () => '用阿拉伯数字填写，不加引号，例如 93.1。'],
];

function apply(rules: readonly Rule[], text: string): string | null {
  for (const [re, f] of rules) {
    const m = re.exec(text);
    if (m) return f(...m.slice(1));
  }
  return null;
}

/** The Chinese of a problem written in English only; null when its message is not one this table knows. */
export function translateProblem(p: { message: string; fix?: string | undefined }): { message: string; fix?: string } | null {
  const message = apply(MESSAGES, p.message);
  if (message === null) return null;
  if (!p.fix) return { message };
  const fix = apply(FIXES, p.fix);
  return fix === null ? null : { message, fix };
}
