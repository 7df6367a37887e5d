/**
 * Proof that the Markdown holds the official text to the letter: the source, less the listed artifacts,
 * and the Markdown, less its syntax, must be the same characters in the same order (white space aside).
 * Tables are checked cell by cell, since a table flattened one cell per line is published as rows.
 */
import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../model/markdown.ts';
import { cleanLines, type TableBlock } from './parse-plan.ts';
import { drawnCellTexts } from './drawn-table.ts';

export interface FidelityReport {
  /** Share of the source's non-table characters found, in order, in the Markdown (1 = all). */
  textRatio: number;
  /** Where the first difference is, with a little context on each side; null when identical. */
  firstDifference: { source: string; markdown: string } | null;
  /** Source table lines whose text is not in the corresponding Markdown table. */
  missingCells: Array<{ line: number; text: string }>;
  tablesInSource: number;
  tablesInMarkdown: number;
}

const strip = (s: string) => s.replace(/\s+/gu, '').replace(/\*\*/gu, '');

function markdownParts(body: string): { text: string; tables: Table[] } {
  const tables: Table[] = [];
  let text = '';
  const walk = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'table') tables.push(n);
      else if (n.type === 'blockquote') walk(n.children);
      else text += toString(n);
    }
  };
  walk(parseMarkdown(body).children);
  return { text: strip(text), tables };
}

/**
 * `tables` are the source tables as the importer found them (their line ranges); the check itself reads
 * the source text again on its own.
 */
export function checkFidelity(source: string, body: string, tables: readonly TableBlock[]): FidelityReport {
  // The source less the kinds of artifact artifacts.ts declares removable, and nothing else.
  const lines = cleanLines(source, []);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.first - 1; i < t.last; i++) inTable.add(i);
  const sourceText = strip(lines.map((l, i) => (inTable.has(i) ? '' : l)).join('\n'));
  const md = markdownParts(body);
  let same = 0;
  while (same < sourceText.length && sourceText[same] === md.text[same]) same++;
  const identical = same === sourceText.length && same === md.text.length;
  const missingCells: FidelityReport['missingCells'] = [];
  tables.forEach((t, k) => {
    const mdCells = (md.tables[k]?.children ?? []).flatMap((row) => row.children.map((c) => strip(toString(c))));
    const printed = t.lines.length ? t.lines : [];
    for (const { line, text } of printed) {
      // A drawn grid's lines less the characters that draw it; a wrapped cell's parts each found in its cell.
      const parts = t.layout === 'drawn' ? drawnCellTexts(text) : text.split(t.layout === 'spaces' ? /(?: {2,}|\u3000+|\t)/u : '\t');
      const cells = parts.map(strip).filter(Boolean);
      for (const cell of cells) if (!mdCells.some((m) => m.includes(cell))) missingCells.push({ line, text: cell });
    }
  });
  return {
    textRatio: sourceText.length === 0 ? 1 : identical ? 1 : same / sourceText.length,
    firstDifference: identical
      ? null
      : { source: sourceText.slice(Math.max(0, same - 15), same + 15), markdown: md.text.slice(Math.max(0, same - 15), same + 15) },
    missingCells,
    tablesInSource: tables.length,
    tablesInMarkdown: md.tables.length,
  };
}
