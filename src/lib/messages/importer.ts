/**
 * Messages of the document importer (scripts/import.ts, npm run import), each written once in Chinese and
 * once in English. Where a script or a test looks for the English of a refusal whatever the language, the
 * Chinese line carries it after itself in parentheses (`gloss`), as build.failed does.
 */
import { defineMessages, joined, type Lang, type Message } from './catalogue.ts';
import { describeValue, describeValueZh } from './values.ts';

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
});

/** `entry` said in `lang`; in Chinese followed by its English in parentheses, for what scripts look for. */
export function gloss<P>(entry: Message<P>, params: P, lang: Lang): string {
  const en = joined(entry.en(params), 'en');
  return lang === 'en' ? en : `${joined(entry.zh(params), 'zh')}（${en}）`;
}
