/**
 * Renders a plan's Markdown to HTML one clause at a time, so that each clause can carry its id, its
 * permalink, its citation and its back-links. Raw HTML in the Markdown is never rendered (it is dropped
 * by mdast-util-to-hast), and links are kept only for http(s) and same-site addresses.
 */
import type { RootContent, Blockquote, Link } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../model/markdown.ts';
import { extractClauses, type Clause } from '../model/clauses.ts';

export interface RenderedClause {
  clause: Clause;
  html: string;
  /** For a box, its contents. */
  children: RenderedClause[];
}

const SAFE_URL = /^(?:https?:\/\/|\/|#)/i;

function nodeHtml(node: RootContent): string {
  visit(node, 'link', (link: Link) => {
    if (!SAFE_URL.test(link.url)) link.url = '#';
  });
  const hast = toHast(node as never, { allowDangerousHtml: false });
  return hast ? toHtml(hast) : '';
}

export function renderClauses(body: string): RenderedClause[] {
  const root = parseMarkdown(body);
  const clauses = extractClauses(root);
  const out: RenderedClause[] = [];
  let i = 0;
  while (i < clauses.length) {
    const clause = clauses[i]!;
    const node = root.children[clause.node]!;
    if (clause.kind === 'box') {
      const box = node as Blockquote;
      const inner = clauses.slice(i + 1, i + 1 + (clause.children?.length ?? 0));
      out.push({
        clause,
        html: nodeHtml(box.children[0]!),
        children: inner.map((c, k) => ({ clause: c, html: nodeHtml(box.children[k + 1]!), children: [] })),
      });
      i += 1 + inner.length;
      continue;
    }
    out.push({ clause, html: nodeHtml(node), children: [] });
    i++;
  }
  return out;
}
