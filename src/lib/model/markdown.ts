/**
 * One Markdown dialect for plans, used everywhere a plan.md is read: CommonMark + GFM tables, with
 * CJK-friendly emphasis so that `**党的建设全面加强。**“十三五”` is bold as it was printed.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import type { Root } from 'mdast';

/** A remark plugin that teaches the parser CJK-friendly emphasis. */
export function remarkCjkFriendly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(cjkFriendlyExtension());
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/** Splits `---\nyaml\n---\nbody` into its parts; `frontMatter` is null when the file has none. */
export function splitFrontMatter(source: string): { frontMatter: string | null; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return { frontMatter: null, body: source, bodyLine: 1 };
  return { frontMatter: m[1]!, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
