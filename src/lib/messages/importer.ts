/**
 * Messages of the document importer (scripts/import.ts, npm run import), each written once in Chinese and
 * once in English. Where a script or a test looks for the English of a refusal whatever the language, the
 * Chinese line carries it after itself in parentheses (`gloss`), as build.failed does.
 */
import { defineMessages, joined, type Lang, type Message } from './catalogue.ts';
import { describeValue, describeValueZh } from './values.ts';

/** Page furniture the importer removes, by its rule. */
type FurnitureKind = 'page-number' | 'running-header' | 'repeated-table-header' | 'portal-chrome';
const FURNITURE_ZH: Record<FurnitureKind, string> = { 'page-number': '页码', 'running-header': '页眉页脚', 'repeated-table-header': '跨页重复的表头', 'portal-chrome': '网页的导航、页头页脚等（非正文）' };

export const importerMessages = defineMessages({
  noSuchFile: {
    zh: (p: { path: string }) => ({ message: `找不到文件“${p.path}”。`, fix: '请检查文件名和所在文件夹。' }),
    en: (p: { path: string }) => ({ message: `${p.path}: no such file.`, fix: 'Check the file name and its folder.' }),
  },
  oldWordFormat: {
    zh: (p: { path: string; ext: string }) => ({ message: `${p.path}：无法读取 ${p.ext} 文件。`, fix: '请用 Word 或 WPS 打开后另存为 .docx。' }),
    en: (p: { path: string; ext: string }) => ({ message: `${p.path}: a ${p.ext} file cannot be read.`, fix: 'Open it in Word or WPS and save it as .docx.' }),
  },
  textChanged: {
    zh: (p: { text: string; meta: string; recorded: string; found: string }) => ({
      message: `${p.text}：文本与 ${p.meta} 中记录的 sourceSha256 不一致。`,
      fix: '官方文本不得改动；如确有正式发布的更正文本，请在 sourceSha256 中记录其新的 SHA-256。',
    }),
    en: (p: { text: string; meta: string; recorded: string; found: string }) => ({
      message: `${p.text}: the text is not the one recorded in ${p.meta} (sourceSha256 ${p.recorded}, found ${p.found}).`,
      fix: 'The official text must not change. If a corrected text was really published, record its new SHA-256 in sourceSha256.',
    }),
  },
  lineRefused: {
    zh: (p: { path: string; line: number; reason: { en: string; zh: string }; lineText: string }) => ({ message: `${p.path}:第${p.line}行：${p.reason.zh}。此行原文：${p.lineText}` }),
    en: (p: { path: string; line: number; reason: { en: string; zh: string }; lineText: string }) => ({ message: `${p.path}:${p.line}: ${p.reason.en}\n  the line reads: ${p.lineText}` }),
  },
  nothingWritten: {
    zh: () => ({ message: '未写入任何文件。' }),
    en: () => ({ message: 'Nothing was written.' }),
  },
  usage: {
    zh: () => ({ message: '用法：npm run import -- <plan.txt|plan.docx|plan.pdf> [<metadata.yaml>]，或 npm run import -- --all [--check]' }),
    en: () => ({ message: 'usage: npm run import -- <plan.txt|plan.docx|plan.pdf> [<metadata.yaml>]   or   npm run import -- --all [--check]' }),
  },
  staleFile: {
    zh: (p: { path: string }) => ({ message: `与重新导入的结果不同：${p.path}` }),
    en: (p: { path: string }) => ({ message: `differs from a fresh import: ${p.path}` }),
  },
  stale: {
    zh: (p: { count: number }) => ({ message: `${p.count}个文件与重新导入的结果不一致。`, fix: '请运行 npm run import -- --all 并提交结果。' }),
    en: (p: { count: number }) => ({ message: `${p.count} file(s) differ.`, fix: 'Run npm run import -- --all and commit the result.' }),
  },
  matches: {
    zh: () => ({ message: '已提交的内容与重新导入的结果一致。' }),
    en: () => ({ message: 'content matches a fresh import.' }),
  },
  encoding: {
    zh: (p: { name: string; zh: string }) => ({ message: `文字编码：${p.zh}` }),
    en: (p: { name: string; zh: string }) => ({ message: `text encoding: ${p.name}` }),
  },
  offered: {
    zh: (p: { items: ReadonlyArray<{ en: string; zh: string; text: string }> }) => ({ message: `文件提供的信息（未自动采用，见核对报告）：${p.items.map((i) => `${i.zh} ${i.text}`).join('；')}` }),
    en: (p: { items: ReadonlyArray<{ en: string; zh: string; text: string }> }) => ({ message: `the file offers (not applied; see the review report): ${p.items.map((i) => `${i.en} ${i.text}`).join('; ')}` }),
  },
  writtenByReader: {
    zh: (p: { count: number }) => ({ message: `从 Word 的自动编号、脚注和文本框写出的内容（不在正文文字中，请核对）：${p.count}` }),
    en: (p: { count: number }) => ({ message: `written from Word's numbering, footnotes and text boxes (not in its text runs; check them): ${p.count}` }),
  },
  writtenLine: {
    zh: (p: { line: number; kind: string; text: string }) => ({ message: `第${p.line}行：${p.kind}：${p.text}` }),
    en: (p: { line: number; kind: string; text: string }) => ({ message: `line ${p.line}: ${p.kind}: ${p.text}` }),
  },
  wrote: {
    zh: (p: { count: number }) => ({ message: `已写入 ${p.count} 个文件。`, fix: '下一步：npm run validate' }),
    en: (p: { count: number }) => ({ message: `wrote ${p.count} files.`, fix: 'Next: npm run validate' }),
  },
  reviewReport: {
    zh: (p: { path: string }) => ({ message: `核对报告（提交前请阅读）：${p.path}` }),
    en: (p: { path: string }) => ({ message: `review report: ${p.path}` }),
  },
  profileField: {
    zh: (p: { path: string; field: string; found: unknown; roles: readonly string[]; kinds: readonly string[] }) => ({
      message: `${p.path}：字段 ${p.field} 的值${describeValueZh(p.found)}不可用。`,
      fix: `列的含义只能是：${p.roles.join('、')}；表格类型只能是：${p.kinds.join('、')}`,
    }),
    en: (p: { path: string; field: string; found: unknown; roles: readonly string[]; kinds: readonly string[] }) => ({
      message: `${p.path}: ${p.field}: ${describeValue(p.found)} cannot be used.`,
      fix: `Allowed column roles: ${p.roles.join(', ')}; table kinds: ${p.kinds.join(', ')}`,
    }),
  },
  // What the readers of a plan's file refuse (lib/import: decode-text, read-source, read-docx, read-html, read-pdf, profile).
  textEmpty: {
    zh: (p: { name: string }) => ({ message: `${p.name}：文件是空的（没有任何文字）。`, fix: '请导入规划的完整正文（与印发文本一致）。' }),
    en: (p: { name: string }) => ({ message: `${p.name}: the file is empty (no text in it).`, fix: "Import the plan's full text, as published." }),
  },
  textEncodingUnknown: {
    zh: (p: { name: string; declared: string | null }) => ({
      message: `${p.name}：无法识别文件的文字编码${p.declared ? `（文件以 ${p.declared} 的字节顺序标记开头，但无法按该编码读取）` : ''}，它不是 UTF-8、GBK/GB18030 或 UTF-16。`,
      fix: '请用记事本或 WPS 打开后另存为“UTF-8”编码再导入。',
    }),
    en: (p: { name: string; declared: string | null }) => ({
      message: `${p.name}: the text's encoding could not be recognised${p.declared ? ` (it starts with the byte-order mark of ${p.declared} but does not decode as it)` : ''}: it is neither UTF-8, GBK/GB18030 nor UTF-16.`,
      fix: 'Open it in an editor (Notepad, WPS) and save it again as "UTF-8".',
    }),
  },
  textTooLarge: {
    zh: (p: { name: string; found: string; max: string }) => ({
      message: `${p.name}：规划正文应不超过 ${p.max}（网站发布的 plan.md 的上限），实际读出 ${p.found}，没有导入。`,
      fix: '请确认导入的是一份规划（不是几份文件合在一起，也不是数据表或日志）；确有这么长的规划，请分成几份分别导入。',
    }),
    en: (p: { name: string; found: string; max: string }) => ({
      message: `${p.name}: expected the text of a plan of at most ${p.max} (the limit of a published plan.md), found ${p.found}; nothing was imported.`,
      fix: 'Check that the file is one plan (not several joined, nor a data table or a log); split a plan truly this long and import each part.',
    }),
  },
  docxEncrypted: {
    zh: () => ({ message: '这个 Word 文件设置了打开密码（已加密），无法读取；请在 Word 或 WPS 中打开，清除打开密码（文件 → 信息 → 保护文档 → 用密码进行加密，删去密码）后保存，再导入' }),
    en: () => ({ message: 'this Word file is protected by an opening password (encrypted) and cannot be read; open it in Word or WPS, remove the password (File → Info → Protect Document → Encrypt with Password, clear it), save, and import it again' }),
  },
  readerRefused: {
    zh: (p: { name: string; reason: { en: string; zh: string } }) => ({ message: `${p.name}：${p.reason.zh}` }),
    en: (p: { name: string; reason: { en: string; zh: string } }) => ({ message: `${p.name}: ${p.reason.en}` }),
  },
  docxNotZip: {
    zh: () => ({ message: '不是有效的 .docx 文件（无法解压）；请用 Word 或 WPS 重新另存为 .docx' }),
    en: () => ({ message: 'not a .docx file (it is not a zip archive); save it again from Word or WPS as .docx' }),
  },
  docxNotRead: {
    zh: (p: { reason: { en: string; zh: string } }) => ({ message: `未读取：${p.reason.zh}` }),
    en: (p: { reason: { en: string; zh: string } }) => ({ message: `not read: ${p.reason.en}` }),
  },
  docxNoDocument: {
    zh: () => ({ message: '不是有效的 .docx 文件（缺少 word/document.xml）' }),
    en: () => ({ message: 'not a .docx file (word/document.xml is missing)' }),
  },
  docxBadXml: {
    zh: () => ({ message: '不是有效的 .docx 文件（word/document.xml 无法解析）' }),
    en: () => ({ message: 'not a .docx file (word/document.xml is not readable XML)' }),
  },
  docxNoBody: {
    zh: () => ({ message: '不是有效的 .docx 文件（文档没有正文）' }),
    en: () => ({ message: 'not a .docx file (the document has no body)' }),
  },
  htmlNoBody: {
    zh: () => ({ message: '这是一个网页（HTML）文件，但未能在其中找到正文：页面中没有包含规划段落的元素。', fix: '请在浏览器中重新“另存为网页（全部）”，或将规划正文复制到 .txt 文件，或改用网页所附的 .docx 文件导入。' }),
    en: () => ({ message: "this is a web page (HTML) in which no article body was found: no element holds the plan's paragraphs.", fix: 'Save the page again as it appears in the browser ("save as: web page, complete"), or copy the plan\'s text into a .txt, or import the .docx the portal links to.' }),
  },
  htmlNoText: {
    zh: () => ({ message: '这是一个网页（HTML）文件，但其正文中没有规划文字。', fix: '请改用网页所附的 .docx 或 .pdf 文件导入，或将规划正文复制到 .txt 文件。' }),
    en: () => ({ message: 'this is a web page (HTML) whose article body holds no text of a plan.', fix: "Import the .docx or .pdf the page links to, or copy the plan's text into a .txt." }),
  },
  pdfUnreadable: {
    zh: (p: { error: string }) => ({ message: '无法读取该 PDF 文件；请重新导出 PDF，或改用 .docx 文件导入' }),
    en: (p: { error: string }) => ({ message: `not a readable PDF (${p.error}); save it again as PDF, or import the .docx` }),
  },
  pdfScan: {
    zh: (p: { pages: number; characters: number }) => ({ message: `该 PDF 没有文字层（共${p.pages}页，仅有${p.characters}个文字），是扫描件。请先进行 OCR 文字识别（如 WPS 或 Acrobat 的“识别文字”），对照原件核对识别结果后，以 .docx 或 .txt 导入` }),
    en: (p: { pages: number; characters: number }) => ({
      message: `the PDF has no text layer (${p.pages} page(s), ${p.characters} characters of text): it is a scan. Run OCR on it first (for example in WPS or Acrobat: 识别文字/OCR), check the recognised text against the printed one, and import the result as .docx or .txt`,
    }),
  },
  profileYaml: {
    zh: (p: { path: string; error: string }) => ({ message: `${p.path}：不是有效的 YAML 文件` }),
    en: (p: { path: string; error: string }) => ({ message: `${p.path}: not valid YAML (${p.error})` }),
  },
  // What the importer publishes as printed without understanding it (parse-plan.ts, indicator-table.ts, import-plan.ts).
  unknownNumbering: {
    zh: (p: { name: string }) => ({ message: `导入程序不认识这种编号（${p.name}）；此行作为普通段落发布`, fix: '如确属规划的标题编号，请联系开发人员在 src/lib/model/numbering.ts 中增加；在此之前原文照样发布' }),
    en: (p: { name: string }) => ({ message: `numbering the importer does not know (${p.name}); the line is published as a plain paragraph`, fix: 'if it is a heading of the plan, ask for the numbering to be added to src/lib/model/numbering.ts; the text is published as printed meanwhile' }),
  },
  cellTableNotRead: {
    zh: (p: { reason: { en: string; zh: string } }) => ({ message: `${p.reason.zh}；该表格各行按原文逐行发布`, fix: '请把表格每行写在一行内、单元格之间用制表符分隔，或改用表格所在的 .docx 或 .pdf 文件导入' }),
    en: (p: { reason: { en: string; zh: string } }) => ({ message: `${p.reason.en}; the table's lines are published as printed, one paragraph each`, fix: 'put each row of the table on one line with its cells separated by tabs, or import the .docx or .pdf the table came from' }),
  },
  strayTabRow: {
    zh: () => ({ message: '此行是用制表符分隔的单元格，却不属于任何表格（表格须有表头行和至少一行内容，每行一行，中间不空行）；此行作为一个段落发布', fix: '请把它并入所属表格（各行之间不空行），或删除其中的制表符' }),
    en: () => ({ message: 'a line of tab-separated cells that is not part of a table (a table needs its header row and at least one row, one line each, with no blank line between); it is published as one paragraph', fix: 'join it to its table (no blank line between rows) or remove the tabs' }),
  },
  outOfSequence: {
    zh: (p: { previous: string | null; expected: string; found: string; line: number }) => ({
      message: `编号不连续：${p.previous !== null ? `在“${p.previous}”之后应为“${p.expected}”` : `本层级应从“${p.expected}”开始`}，实际为“${p.found}”。可能有一行丢失或被并入上一行；原文照样发布`,
      fix: `请核对原文第${p.line}行；如果此行是注释而不是提纲的一部分，请在结构配置文件的 source.notes 中列出（first: ${p.line}, last: ${p.line}）`,
    }),
    en: (p: { previous: string | null; expected: string; found: string; line: number }) => ({
      message: `a numbered heading out of sequence: expected ${p.previous !== null ? `${p.expected} after ${p.previous}` : `${p.expected} first at this level`}, found ${p.found}. A line may have been lost or joined into the one before it; it is published as printed`,
      fix: `check the source at line ${p.line}; if the line is a note and not part of the outline, list it under source.notes in the structure profile (first: ${p.line}, last: ${p.line})`,
    }),
  },
  strayRowAfterTable: {
    zh: (p: { first: number }) => ({ message: `此行紧接在第${p.first}行开始的表格之后，含有数字，却不在表格的任何单元格中（表格每行应像表头一样用制表符或对齐的空格分隔单元格）；此行作为表格后的段落发布`, fix: '请像表头一样分隔此行的单元格；如果它不属于表格，请在它前面空一行' }),
    en: (p: { first: number }) => ({
      message: `a line with figures right under the table of line ${p.first} is in no cell of it (expected every row of the table to separate its cells with tabs or aligned spaces, as its header does); it is published as a paragraph after the table`,
      fix: 'separate the cells of this row as the header does, or put a blank line before it if it is not part of the table',
    }),
  },
  cellsMisaligned: {
    zh: (p: { under: string }) => ({ message: `空格对齐的表格中，此行的单元格与表头对不齐（“${p.under}”下有两个单元格）；两者合在一个单元格中发布`, fix: '请对齐各列，或用制表符分隔单元格' }),
    en: (p: { under: string }) => ({ message: `a space-aligned table row whose cells do not line up under its header (two cells under “${p.under}”); they are kept in one cell`, fix: 'align the columns or separate the cells with tabs' }),
  },
  flattenedHeaderSpans: {
    zh: () => ({ message: '展开成每格一行的表格中，表头单元格占了多行' }),
    en: () => ({ message: 'a header cell of a flattened table spans several lines' }),
  },
  flattenedGroups: {
    zh: (p: { size: number; years: number; attribute: boolean; found: number }) => ({ message: `展开成每格一行的表格，单元格应每${p.size}个一组（类别、名称、${p.years}个年份${p.attribute ? '、属性' : ''}），实际共${p.found}个` }),
    en: (p: { size: number; years: number; attribute: boolean; found: number }) => ({ message: `a flattened table whose cells do not come in groups of ${p.size} (group, names, ${p.years} years${p.attribute ? ', attribute' : ''}); found ${p.found} cells` }),
  },
  flattenedColumn: {
    zh: (p: { values: number; rows: number; column: number }) => ({ message: `展开成每格一行的表格中，第${p.column}列有${p.values}个值，而指标有${p.rows}行，对不上` }),
    en: (p: { values: number; rows: number; column: number }) => ({ message: `a flattened table cell with ${p.values} values for ${p.rows} rows (column ${p.column})` }),
  },
  indicatorRowWithoutName: {
    zh: (p: { first: number }) => ({ message: '指标表中此行没有指标名称；此行照原文保留在表格中，但不作为指标读取', fix: `如果名称在其他列，请在结构配置文件中更正第${p.first}行表格各列的含义（tables[].columns[].role: name）` }),
    en: (p: { first: number }) => ({ message: 'an indicator table row without an indicator name; the row is published in the table as printed but read as no indicator', fix: `if the name is in another column, set the column roles of the table of line ${p.first} in the structure profile (tables[].columns[].role: name)` }),
  },
  indicatorHeaderUnread: {
    zh: (p: { caption: string; first: number }) => ({
      message: `“${p.caption}”下的表格像是指标表，但表头中找不到指标名称列和目标值列（应为“指标｜2025年｜2030年”或“指标名称｜基期值｜目标值”等）；表格照原文发布，但未读取指标`,
      fix: `请在结构配置文件中设置该表的类型和各列含义：line 为 ${p.first} 的表格，kind 改为 indicators，各列 role 设为 name、baseline、target 等`,
    }),
    en: (p: { caption: string; first: number }) => ({
      message: `the table under “${p.caption}” looks like an indicator table, but its header names no indicator and target columns (expected headers such as 指标｜2025年｜2030年 or 指标名称｜基期值｜目标值); it is published as printed and read as no indicator`,
      fix: `set its kind and column roles in the structure profile: tables[] with line ${p.first}: kind: indicators, and columns[].role name, baseline, target`,
    }),
  },
  cellLost: {
    zh: (p: { text: string }) => ({ message: `原文表格中的单元格“${p.text}”在转换结果中缺失` }),
    en: (p: { text: string }) => ({ message: `a table cell of the text is missing from the Markdown (“${p.text}”)` }),
  },
  textNotKept: {
    zh: (p: { source: string; markdown: string }) => ({ message: `转换结果与原文不一致：原文为“${p.source}”，转换结果为“${p.markdown}”` }),
    en: (p: { source: string; markdown: string }) => ({ message: `the Markdown does not hold the text to the letter: the text reads “${p.source}” where the Markdown reads “${p.markdown}”` }),
  },
  // The summary npm run import prints of what it read (importReport in lib/import/import-plan.ts), one entry a line.
  reportChapters: {
    zh: (p: { count: number }) => ({ message: `章（第一层级）：${p.count}` }),
    en: (p: { count: number }) => ({ message: `chapters: ${p.count}` }),
  },
  reportClauses: {
    zh: (p: { numbered: number; headings: number; paragraphs: number }) => ({ message: `编号条款：${p.numbered}（其中标题 ${p.headings}），不编号段落：${p.paragraphs}` }),
    en: (p: { numbered: number; headings: number; paragraphs: number }) => ({ message: `numbered clauses: ${p.numbered} (headings ${p.headings}), paragraphs: ${p.paragraphs}` }),
  },
  reportBoxes: {
    zh: (p: { boxes: number; tables: number }) => ({ message: `专栏：${p.boxes}，表格：${p.tables}` }),
    en: (p: { boxes: number; tables: number }) => ({ message: `专栏 boxes: ${p.boxes}, tables: ${p.tables}` }),
  },
  reportIndicators: {
    zh: (p: { count: number }) => ({ message: `指标：${p.count}` }),
    en: (p: { count: number }) => ({ message: `indicators: ${p.count}` }),
  },
  reportMeasures: {
    zh: (p: { count: number }) => ({ message: `写明责任单位的措施：${p.count}` }),
    en: (p: { count: number }) => ({ message: `measures with responsible units: ${p.count}` }),
  },
  reportProjects: {
    zh: (p: { count: number }) => ({ message: `重大项目：${p.count}` }),
    en: (p: { count: number }) => ({ message: `projects: ${p.count}` }),
  },
  reportRemoved: {
    zh: (p: { bookmarks: number; toc: number; breaks: number }) => ({ message: `删除：书签标记 ${p.bookmarks} 处，目录 ${p.toc} 行；分页处断开的段落接续 ${p.breaks} 处` }),
    en: (p: { bookmarks: number; toc: number; breaks: number }) => ({ message: `removed: ${p.bookmarks} bookmark markers, ${p.toc} table-of-contents lines, ${p.breaks} page breaks joined` }),
  },
  reportFurniture: {
    zh: (p: { formFeeds: number; pageNumbers: number; headers: number; wraps: number }) => ({ message: `页面元素：删除分页符 ${p.formFeeds} 个、页码 ${p.pageNumbers} 个、页眉页脚 ${p.headers} 行；接续折行 ${p.wraps} 处` }),
    en: (p: { formFeeds: number; pageNumbers: number; headers: number; wraps: number }) => ({ message: `page furniture: ${p.formFeeds} form feeds, ${p.pageNumbers} page numbers, ${p.headers} running headers removed; ${p.wraps} hard-wrapped lines joined` }),
  },
  reportMeasuresAll: {
    zh: (p: { count: number }) => ({ message: `措施合计（各种责任单位写法、任务清单各行）：${p.count}` }),
    en: (p: { count: number }) => ({ message: `measures in all (every phrasing of responsibility, task-list rows): ${p.count}` }),
  },
  reportProseTargets: {
    zh: (p: { count: number }) => ({ message: `正文中的目标（请在结构配置文件中核对确认）：${p.count}` }),
    en: (p: { count: number }) => ({ message: `targets in prose, for staff to confirm in the profile: ${p.count}` }),
  },
  reportPageBreak: {
    zh: (p: { line: number; text: string }) => ({ message: `  第${p.line}行：分页处断开的段落已接续：${p.text}` }),
    en: (p: { line: number; text: string }) => ({ message: `  page break joined at line ${p.line}: ${p.text}` }),
  },
  reportToc: {
    zh: (p: { line: number; text: string }) => ({ message: `  第${p.line}行：删除目录：${p.text}` }),
    en: (p: { line: number; text: string }) => ({ message: `  table of contents removed, line ${p.line}: ${p.text}` }),
  },
  reportFurnitureLine: {
    zh: (p: { kind: FurnitureKind; line: number; text: string }) => ({ message: `  第${p.line}行：删除${FURNITURE_ZH[p.kind]}：${p.text}` }),
    en: (p: { kind: FurnitureKind; line: number; text: string }) => ({ message: `  ${p.kind} removed, line ${p.line}: ${p.text}` }),
  },
  reportUnplaced: {
    zh: (p: { count: number }) => ({ message: `未归入任何结构的行（作为普通段落发布）：${p.count}` }),
    en: (p: { count: number }) => ({ message: `lines not placed in any structure (published as plain paragraphs): ${p.count}` }),
  },
  reportWarnings: {
    zh: (p: { count: number }) => ({ message: `警告：以下内容已按原文发布，但未能读懂（${p.count}处）；请按修改方法修改结构配置文件或原文后重新导入：` }),
    en: (p: { count: number }) => ({ message: `WARNINGS: published as printed but not understood (${p.count}); fix each in the structure profile or the text, then import again:` }),
  },
  reportWarning: {
    zh: (p: { line: number; reason: { en: string; zh: string } }) => ({ message: `  第${p.line}行：${p.reason.zh}` }),
    en: (p: { line: number; reason: { en: string; zh: string } }) => ({ message: `  line ${p.line}: ${p.reason.en}` }),
  },
  reportLineReads: {
    zh: (p: { text: string }) => ({ message: `    原文：${p.text}` }),
    en: (p: { text: string }) => ({ message: `    the line reads: ${p.text}` }),
  },
  reportFix: {
    zh: (p: { fix: { en: string; zh: string } }) => ({ message: `    修改方法：${p.fix.zh}` }),
    en: (p: { fix: { en: string; zh: string } }) => ({ message: `    fix: ${p.fix.en}` }),
  },
  reportUnplacedLine: {
    zh: (p: { line: number; text: string }) => ({ message: `  第${p.line}行：${p.text}` }),
    en: (p: { line: number; text: string }) => ({ message: `  line ${p.line}: ${p.text}` }),
  },
});

/** `entry` said in `lang`; in Chinese followed by its English in parentheses, for what scripts look for. */
export function gloss<P>(entry: Message<P>, params: P, lang: Lang): string {
  const en = joined(entry.en(params), 'en');
  return lang === 'en' ? en : `${joined(entry.zh(params), 'zh')}（${en}）`;
}

/** An importer warning's four texts (ImportWarning in lib/import/parse-plan.ts): reason and fix in each language. */
export type WarningText = { reason: string; zh: string; fix: string; fixZh: string };

export function warningText<P>(entry: Message<P>, params: P): WarningText {
  const en = entry.en(params);
  const zh = entry.zh(params);
  return { reason: en.message, zh: zh.message, fix: en.fix ?? '', fixZh: zh.fix ?? '' };
}
