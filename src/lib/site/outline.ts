/**
 * The full text's outline for its table of contents, to the depth the document has: every numbered
 * heading (一、 / （一） / 1. when printed as a heading) and every 专栏, nested under its nearest heading;
 * and the body split into chapters, so that each chapter can fold.
 */
import type { Clause } from '../model/clauses.ts';
import type { RenderedClause } from '../publish/render-text.ts';

export interface OutlineNode {
  id: string;
  text: string;
  children: OutlineNode[];
}

export function outlineOf(clauses: readonly Clause[]): OutlineNode[] {
  const shown = clauses.filter((c) => c.part === 'body' && (c.kind === 'heading' || c.kind === 'box'));
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const nodes = new Map(shown.map((c) => [c.id, { id: c.id, text: c.text, children: [] as OutlineNode[] }]));
  const roots: OutlineNode[] = [];
  for (const c of shown) {
    // The nearest ancestor that is itself in the outline.
    let p = c.parent;
    while (p && !nodes.has(p)) p = byId.get(p)?.parent ?? null;
    if (!p && c.kind === 'box' && c.chapter && nodes.has(c.chapter)) p = c.chapter;
    (p ? nodes.get(p)!.children : roots).push(nodes.get(c.id)!);
  }
  return roots;
}

export interface ChapterGroup {
  /** The chapter's heading (a level-1 clause), or null for text outside any chapter (notice, intro, end). */
  heading: RenderedClause | null;
  items: RenderedClause[];
}

/** Consecutive rendered clauses grouped by chapter, in document order. */
export function chaptersOfText(items: readonly RenderedClause[]): ChapterGroup[] {
  const groups: ChapterGroup[] = [];
  for (const item of items) {
    const c = item.clause;
    if (c.kind === 'heading' && c.level === 1 && c.part === 'body') groups.push({ heading: item, items: [] });
    else if (c.part !== 'body' || groups.length === 0 || groups.at(-1)!.heading === null) {
      const last = groups.at(-1);
      if (last && last.heading === null && c.part === (last.items[0]?.clause.part ?? c.part)) last.items.push(item);
      else if (last && last.heading && c.part === 'body') last.items.push(item);
      else groups.push({ heading: null, items: [item] });
    } else groups.at(-1)!.items.push(item);
  }
  return groups;
}
