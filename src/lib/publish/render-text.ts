/**
 * Renders a plan's Markdown to HTML one clause at a time, so that each clause can carry its id, its
 * permalink, its citation and its back-links. Raw HTML in the Markdown is never rendered (it is dropped
 * by mdast-util-to-hast), and links are kept only for http(s) and same-site addresses.
 */
import type { RootContent, Blockquote, Link } from 'mdast';
import type { Element } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../model/markdown.ts';
import { extractClauses, type Clause, type ExtractOptions } from '../model/clauses.ts';
import { tableRowId } from '../model/table-rows.ts';

export interface RenderedClause {
  clause: Clause;
  html: string;
  /** For a box, its contents. */
  children: RenderedClause[];
}

const SAFE_URL = /^(?:https?:\/\/|\/|#)/i;

function nodeHtml(node: RootContent, rows: readonly Clause[] = [], table?: Clause): string {
  visit(node, 'link', (link: Link) => {
    if (!SAFE_URL.test(link.url)) link.url = '#';
  });
  const hast = toHast(node as never, { allowDangerousHtml: false });
  if (!hast) return '';
  // A task list's rows are measures: each <tr> carries its row's id, so a measure links to its row. Any
  // other table's rows carry `<table id>-r<n>`, where a search result for the row opens.
  if (table) {
    let n = 0;
    visit(hast, 'element', (el: Element) => {
      if (el.tagName !== 'tr') return;
      const row = rows.find((r) => r.row?.n === n);
      const id = row ? row.id : rows.length === 0 && n > 0 ? tableRowId(table, n) : null;
      if (id) el.properties = { ...el.properties, id };
      n++;
    });
  }
  return toHtml(hast);
}

export function renderClauses(body: string, opts: ExtractOptions = {}): RenderedClause[] {
  const root = parseMarkdown(body);
  const all = extractClauses(root, opts);
  // Rows of a task list are clauses of their own, rendered inside their table.
  const rowsOf = (table: Clause) => all.filter((c) => c.kind === 'row' && c.parent === table.id);
  const clauses = all.filter((c) => c.kind !== 'row');
  const out: RenderedClause[] = [];
  let i = 0;
  while (i < clauses.length) {
    const clause = clauses[i]!;
    const node = root.children[clause.node]!;
    if (clause.kind === 'box') {
      const box = node as Blockquote;
      const inner = clauses.slice(i + 1).filter((c) => clause.children?.includes(c.id));
      out.push({
        clause,
        html: nodeHtml(box.children[0]!),
        children: inner.map((c, k) => ({ clause: c, html: nodeHtml(box.children[k + 1]!, rowsOf(c), c.kind === 'table' ? c : undefined), children: [] })),
      });
      i += 1 + inner.length;
      continue;
    }
    out.push({ clause, html: nodeHtml(node, rowsOf(clause), clause.kind === 'table' ? clause : undefined), children: [] });
    i++;
  }
  return out;
}
