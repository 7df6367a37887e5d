/**
 * Writes parsed blocks as the plan's Markdown: numbered headings as `##`–`#####`, 专栏 as a blockquote
 * whose first line is the box title in bold, tables as GFM tables. Every character of the text is
 * escaped so that Markdown shows it as printed (`1. ` stays `1. `, not a list).
 */
import type { Block } from './parse-plan.ts';

/** Escapes text for a Markdown paragraph or heading; `**bold**` pairs that the source carries are kept. */
export function escapeMarkdown(text: string): string {
  const keepBold = (text.match(/\*\*/g)?.length ?? 0) % 2 === 0 && !/\*\*\*/.test(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*' && keepBold && text[i + 1] === '*') {
      out += '**';
      i++;
      continue;
    }
    out += '\\`*_[]<>&~|'.includes(c) ? `\\${c}` : c;
  }
  // Block-level syntax that a line may start with: lists, headings, quotes, thematic breaks.
  out = out.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
  out = out.replace(/^([-+#=])/u, '\\$1');
  return out;
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, ' ');
}

function tableMarkdown(rows: string[][]): string[] {
  const [header, ...body] = rows;
  const line = (r: string[]) => `| ${r.map(tableCell).join(' | ')} |`;
  return [line(header!), `| ${header!.map(() => '---').join(' | ')} |`, ...body.map(line)];
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'title':
      return [`# ${escapeMarkdown(block.text)}`];
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`];
    case 'paragraph':
      return [escapeMarkdown(block.text)];
    case 'table':
      return tableMarkdown(block.rows);
    case 'box': {
      const inner = [[`**${escapeMarkdown(block.title)}**`], ...block.children.map(blockLines)];
      return inner.flatMap((lines, i) => [...(i > 0 ? ['>'] : []), ...lines.map((l) => `> ${l}`)]);
    }
  }
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.map((b) => blockLines(b).join('\n')).join('\n\n') + '\n';
}
