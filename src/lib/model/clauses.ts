/**
 * The clause model: every block of a plan's Markdown gets a deterministic, URL-safe id derived from its
 * place in the numbering, and a citation as a reader would write it. The same function serves the
 * validator (which checks that progress files name real clauses), the pages and the search index.
 *
 * Id scheme (documented in the README):
 *   s3          三、            chapter 3
 *   s3-3        三、（三）
 *   s3-3-2      三、（三）2.
 *   s3-3-2-1    三、（三）2.（1）
 *   s3-3-p2     the 2nd unnumbered paragraph under 三、（三）
 *   s3-3-t1     the 1st table under 三、（三）
 *   s3-3-t1-r2  the 2nd row of that table when it is a task list (任务清单): a measure, cited 三、（三）表格第2行
 *   box7        专栏7 (a box), box7-2 its item （2） cited 专栏7第2项, box7-p1 its 1st unnumbered paragraph, box7-t1 its table
 *   title       the title line; notice-p1… the notice of issue before it; intro-p1… text before 一、
 *   end-p1…     the 附件 line and what follows it
 * Plans laid out in 第…章/节/条 put those before the numbers, with a prefix each (numbering.ts):
 *   ch2         第二章          ch2-sec1     第二章第一节      ch2-sec1-3-2-1-4  第二章第一节三、（二）1.（1）④
 *   ch2-p1      the 1st unnumbered paragraph of 第二章               art5 / ch1-art5   第五条
 *   pt1         第一部分
 * Numbers nest to any depth: ① and 1） are the 5th and 6th of the 一、 styles.
 * A level that a document skips is simply absent from the id. An id that would repeat gets `-dup2`, `-dup3`.
 */
import type { Root, RootContent, Blockquote, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './markdown.ts';
import { idSegment, isAnnexLine, outlineLevels, readBoxTitle, readMarker, type Level, type Rank } from './numbering.ts';
import { readResponsibleUnits } from './units.ts';
import type { Deadline } from './deadlines.ts';
import type { TableReading } from '../../schemas/plan.ts';
import { readTableRoles } from './table-roles.ts';
import { readTaskRows } from './task-rows.ts';

export type ClauseKind = 'title' | 'heading' | 'clause' | 'paragraph' | 'box' | 'table' | 'row';
export type Part = 'notice' | 'intro' | 'body' | 'end';

export interface Clause {
  /** Deterministic, URL-safe id, unique within the plan. */
  id: string;
  kind: ClauseKind;
  part: Part;
  /** Numbering level of the clause itself, or null when unnumbered. */
  level: Level | null;
  /** The clause's own marker as printed (`（三）`), or null. */
  marker: string | null;
  /** Citation label without the title, unique in the plan: `三、（三）2.`, `三、（三）第2段`, `专栏7第2项`. */
  label: string;
  /** Plain text of the block (Markdown syntax removed). */
  text: string;
  /** Responsible units printed at its end (`（责任单位：…）`), as printed. */
  units: string[];
  /** Id of the nearest numbered ancestor (or box), null at the top. */
  parent: string | null;
  /** Id of the chapter (level-1 clause) it stands in, or null. */
  chapter: string | null;
  /** Box number when inside 专栏 N. */
  box: number | null;
  /** Index of the top-level Markdown node it was read from. */
  node: number;
  /** For a box, the ids of the clauses inside it. */
  children?: string[];
  /** For a row of a task list: what its other cells say (its text is the measure cell, as printed). */
  row?: RowFacts;
}

/** The cells of a task-list row beside its measure, as printed (merged cells carried down). */
export interface RowFacts {
  /** 1-based index of the row in the table's body. */
  n: number;
  no: string | null;
  task: string | null;
  lead: string[];
  support: string[];
  deadline: Deadline | null;
}

interface Frame {
  level: Level;
  rank: Rank;
  n: number;
  seg: string;
  raw: string;
  id: string;
}

class IdSpace {
  private used = new Set<string>();
  private counters = new Map<string, number>();
  unique(id: string): string {
    if (!this.used.has(id)) {
      this.used.add(id);
      return id;
    }
    for (let k = 2; ; k++) {
      const alt = `${id}-dup${k}`;
      if (!this.used.has(alt)) {
        this.used.add(alt);
        return alt;
      }
    }
  }
  next(key: string): number {
    const k = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, k);
    return k;
  }
}

export interface ExtractOptions {
  /** Tables read as staff described them (plan.md front matter `tables`), instead of from their header. */
  tables?: readonly TableReading[] | undefined;
}

/** Reads the clauses of a plan's Markdown body, in document order (box contents follow their box). */
export function extractClauses(markdown: string | Root, opts: ExtractOptions = {}): Clause[] {
  const readings = opts.tables ?? [];
  const root = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  const nodes = root.children;
  const titleIndex = nodes.findIndex((n) => n.type === 'heading' && n.depth === 1);
  const ids = new IdSpace();
  const out: Clause[] = [];
  let part: Part = titleIndex > 0 ? 'notice' : 'intro';
  const stack: Frame[] = [];
  let lastTableCaption: string | null = null;

  const chapterOf = (s: readonly Frame[]) => (s[0]?.level === 1 ? s[0].id : null);
  // The styles this document's outline uses decide the levels (第一章 is level 1 where it is printed).
  const levelOf = outlineLevels(
    nodes.flatMap((n) => (n.type === 'paragraph' || n.type === 'heading' ? [readMarker(toString(n).trim())?.rank ?? -1] : [])),
  );
  const idOf = (segs: string[]) => (/^\d/u.test(segs[0]!) ? 's' : '') + segs.join('-');

  nodes.forEach((node, index) => {
    if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition') return;
    if (index === titleIndex) {
      part = 'intro';
      out.push(base('title', 'title', part, null, null, '标题', toString(node), null, null, null, index));
      return;
    }
    const text = toString(node).trim();
    if (node.type === 'blockquote') {
      const box = readBox(node, index, ids, part, stack.at(-1)?.id ?? null, chapterOf(stack), readings);
      if (box) {
        out.push(...box);
        return;
      }
    }
    if (part !== 'end' && (node.type === 'paragraph' || node.type === 'heading') && isAnnexLine(text)) part = 'end';
    const marker = part === 'body' || part === 'intro' ? readMarker(text) : null;
    if (marker && (node.type === 'paragraph' || node.type === 'heading')) {
      const level = levelOf(marker.rank);
      if (level === 1) part = 'body';
      while (stack.length && stack.at(-1)!.rank >= marker.rank) stack.pop();
      const seg = idSegment(marker);
      const id = ids.unique(idOf([...stack.map((f) => f.seg), seg]));
      const parent = stack.at(-1)?.id ?? null;
      const label = [...stack.map((f) => f.raw), marker.raw].join('');
      stack.push({ level, rank: marker.rank, n: marker.n, seg, raw: marker.raw, id });
      const kind: ClauseKind = node.type === 'heading' ? 'heading' : 'clause';
      out.push(base(id, kind, part, level, marker.raw, label, text, parent, chapterOf(stack), null, index));
      return;
    }
    const parent = part === 'body' ? (stack.at(-1)?.id ?? null) : null;
    const prefix = parent ?? part;
    const parentLabel = part === 'body' ? stack.map((f) => f.raw).join('') : PART_LABEL[part];
    if (node.type === 'table') {
      const k = ids.next(prefix + '/t');
      const label = lastTableCaption ?? `${parentLabel}表格${k > 1 ? k : ''}`;
      const table = base(ids.unique(`${prefix}-t${k}`), 'table', part, null, null, label, tableText(node), parent, chapterOf(stack), null, index);
      out.push(table, ...taskRows(node, table, ids, readings));
      lastTableCaption = null;
      return;
    }
    const k = ids.next(prefix + '/p');
    const caption = /^(表[一二三四五六七八九十\d]+)/u.exec(text);
    lastTableCaption = caption ? caption[1]! : null;
    out.push(base(ids.unique(`${prefix}-p${k}`), 'paragraph', part, null, null, `${parentLabel}第${k}段`, text, parent, chapterOf(stack), null, index));
  });
  return uniqueLabels(out);
}

const PART_LABEL: Record<Part, string> = { notice: '印发通知', intro: '前文', body: '', end: '文末' };

function base(
  id: string,
  kind: ClauseKind,
  part: Part,
  level: Level | null,
  marker: string | null,
  label: string,
  text: string,
  parent: string | null,
  chapter: string | null,
  box: number | null,
  node: number,
): Clause {
  return { id, kind, part, level, marker, label, text, units: readResponsibleUnits(text), parent, chapter, box, node };
}

/**
 * The rows of a table whose header reads as a task list (序号｜重点任务｜具体措施｜责任单位｜完成时限), each a
 * clause: its text is the measure as printed, its units those of its 责任单位 / 牵头单位 / 配合单位 cells.
 * Any other table has no row clauses: it stays one block of the text.
 */
function taskRows(table: Table, clause: Clause, ids: IdSpace, readings: readonly TableReading[]): Clause[] {
  const rows = table.children.map((row) => row.children.map((cell) => toString(cell)));
  if (rows.length < 2) return [];
  const roles = readings.find((r) => r.clause === clause.id) ?? readTableRoles(rows[0]!);
  if (roles.kind !== 'tasks') return [];
  return readTaskRows(rows, roles).map((r) => ({
    ...base(ids.unique(`${clause.id}-r${r.row}`), 'row', clause.part, null, null, `${clause.label}第${r.row}行`, r.text, clause.id, clause.chapter, clause.box, clause.node),
    units: [...r.lead, ...r.units, ...r.support],
    row: { n: r.row, no: r.no, task: r.task, lead: r.lead, support: r.support, deadline: r.deadline },
  }));
}

/** Text of a table, row by row, cells separated by tabs. */
export function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => toString(cell)).join('\t')).join('\n');
}

/** A blockquote whose first block reads `专栏 N …` is a box; its contents are numbered on their own. */
function readBox(
  node: Blockquote,
  index: number,
  ids: IdSpace,
  part: Part,
  parent: string | null,
  chapter: string | null,
  readings: readonly TableReading[],
): Clause[] | null {
  const first = node.children[0];
  if (!first) return null;
  const title = readBoxTitle(toString(first).trim());
  if (!title) return null;
  const boxId = ids.unique(title.n !== null ? `box${title.n}` : `box-x${ids.next('box-x')}`);
  const boxLabel = `专栏${title.n ?? ''}`;
  const box = base(boxId, 'box', part, null, null, boxLabel, toString(first).trim(), parent, chapter, title.n, index);
  const inner: Clause[] = [];
  const stack: Frame[] = [];
  node.children.slice(1).forEach((child: RootContent) => {
    const text = toString(child).trim();
    const marker = child.type === 'paragraph' || child.type === 'heading' ? readMarker(text) : null;
    if (marker) {
      while (stack.length && stack.at(-1)!.rank >= marker.rank) stack.pop();
      const seg = idSegment(marker);
      const id = ids.unique(`${boxId}-${[...stack.map((f) => f.seg), seg].join('-')}`);
      const p = stack.at(-1)?.id ?? boxId;
      stack.push({ level: marker.level, rank: marker.rank, n: marker.n, seg, raw: marker.raw, id });
      const label = boxLabel + boxItemPath(stack);
      inner.push(base(id, 'clause', part, marker.level, marker.raw, label, text, p, chapter, title.n, index));
      return;
    }
    const p = stack.at(-1)?.id ?? boxId;
    if (child.type === 'table') {
      const k = ids.next(p + '/t');
      const table = base(ids.unique(`${p}-t${k}`), 'table', part, null, null, `${boxLabel}${boxItemPath(stack)}表格${k > 1 ? k : ''}`, tableText(child), p, chapter, title.n, index);
      inner.push(table, ...taskRows(child, table, ids, readings));
      return;
    }
    const k = ids.next(p + '/p');
    const plabel = boxLabel + boxItemPath(stack);
    inner.push(base(ids.unique(`${p}-p${k}`), 'paragraph', part, null, null, `${plabel}第${k}段`, text, p, chapter, title.n, index));
  });
  box.children = inner.map((c) => c.id);
  return [box, ...inner];
}

/**
 * Where an item stands inside a box, as a reader says it: the box's own items are counted (第1项), deeper
 * markers follow as printed (第1项（2）). `专栏2` + `1.` would otherwise read as 专栏21.
 */
function boxItemPath(stack: readonly Frame[]): string {
  return stack.map((f, i) => (i === 0 ? `第${f.n}项` : f.raw)).join('');
}

/** A label that repeats in a plan (a repeated heading, an unnumbered box) gets `（第2处）`, so every citation is unique. */
function uniqueLabels(clauses: Clause[]): Clause[] {
  const seen = new Map<string, number>();
  for (const c of clauses) {
    const k = (seen.get(c.label) ?? 0) + 1;
    seen.set(c.label, k);
    if (k > 1) c.label = `${c.label}（第${k}处）`;
  }
  return clauses;
}

/** The one clause a citation names (`专栏2第1项`, or the full `《title》专栏2第1项`), or null. */
export function resolveCitation(clauses: readonly Clause[], cited: string, planTitle?: string): Clause | null {
  const label = planTitle !== undefined && cited.startsWith(`《${planTitle}》`) ? cited.slice(planTitle.length + 2) : cited;
  const found = clauses.filter((c) => c.label === label);
  return found.length === 1 ? found[0]! : null;
}

/** `《青铜峡市教育事业发展“十四五”规划》三、（三）2.` */
export function citation(planTitle: string, clause: Pick<Clause, 'label'>): string {
  return `《${planTitle}》${clause.label}`;
}
