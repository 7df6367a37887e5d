/**
 * Reads the plain text of an official plan into blocks: the notice of issue, the title, numbered
 * headings and clauses, paragraphs, 专栏 boxes and tables, each with the source lines it came from.
 * Conversion artifacts are removed only by the rules in artifacts.ts. Structure the importer does not
 * know stops it with the line number and the text of the line.
 */
import { readSpaceTable as readSpacedTable } from './space-table.ts';
import { readCellLines } from './cell-lines.ts';
import { readDrawnTable } from './drawn-table.ts';
import { isHeaderWord } from '../model/table-roles.ts';
import {
  findPageFurniture,
  findTableOfContents,
  isHardWrapContinuation,
  isPageBreakContinuation,
  marksIndent,
  removeBookmarks,
  wrapWidth,
  type Removal,
} from './artifacts.ts';
import type { DocCell, ParagraphStyle } from './document.ts';
import { isAnnexLine, outlineLevels, readBoxTitle, readMarker, UNKNOWN_NUMBERING, type Level, type Marker } from '../model/numbering.ts';
import { enZh } from '../messages/catalogue.ts';
import { importerMessages as I, warningText, type WarningText } from '../messages/importer.ts';

export class ImportError extends Error {
  readonly line: number;
  readonly lineText: string;
  readonly reason: string;
  /** The same reason in Chinese, for staff. */
  readonly zh: string | undefined;
  constructor(line: number, lineText: string, reason: string, zh?: string) {
    super(`line ${line}: ${reason}\n  ${lineText.trim().slice(0, 80)}`);
    this.line = line;
    this.lineText = lineText;
    this.reason = reason;
    this.zh = zh;
  }
}

export interface TableBlock {
  type: 'table';
  /** Rows of cells, as printed; the first row is the header. */
  rows: string[][];
  /**
   * `tabs`: one row per line, cells split by tabs (a cell wrapped onto the next line joined again).
   * `spaces`: one row per line, columns aligned with spaces. `cells`: one cell per line, rows stacked in a cell.
   * `drawn`: a grid drawn with characters (box-drawing, ASCII +---+, Markdown |---|), a row's lines between its rules.
   */
  layout: 'tabs' | 'cells' | 'spaces' | 'drawn';
  /** How many leading rows are the header, when the file said so (Word w:tblHeader, HTML <thead>); else guessed. */
  headerRows?: number | null;
  /** The table's grid as the file gave it (origin cells with their spans), when a reader knew it. */
  cells?: readonly DocCell[][];
  /** For `cells` tables, the rows each printed line went into (to prove nothing was lost). */
  lines: Array<{ line: number; text: string }>;
  first: number;
  last: number;
}

export type Block =
  | { type: 'title'; text: string; first: number; last: number }
  | { type: 'heading'; level: Level; text: string; first: number; last: number }
  | { type: 'paragraph'; text: string; numbered: Level | null; first: number; last: number }
  | { type: 'box'; n: number | null; title: string; children: Block[]; first: number; last: number }
  | TableBlock;

/**
 * Something the importer read but did not understand, published as printed: the line, the reason and the
 * change to the structure profile (content/sources/<id>.profile.yaml) or the text that would fix it.
 */
export interface ImportWarning {
  line: number;
  text: string;
  reason: string;
  zh: string;
  fix: string;
  fixZh: string;
}

export interface ParsedPlan {
  blocks: Block[];
  removals: Removal[];
  /** What was published as printed because it was not understood (never a reason to publish nothing). */
  warnings: ImportWarning[];
  /** Lines published as plain paragraphs because no structure claims them (short lines, no punctuation). */
  unplaced: Array<{ line: number; text: string }>;
}

/**
 * What a reader of a file (.docx, .pdf, .html) knows about the text it wrote (document-text.ts): where its
 * real tables are, with their grids and header rows; where its boxes are; what the file says of a paragraph;
 * which lines are notes. All lines are 1-based and ranges inclusive.
 */
export interface SourceHints {
  /** Tables that were real tables in the file; `cells` the grid (origin cells with their spans), when known. */
  tables?: ReadonlyArray<{ first: number; last: number; cells?: readonly DocCell[][]; headerRows?: number | null }>;
  /** Boxes (专栏) the file draws as boxes: their lines, the first being the title when `title` is not null. */
  boxes?: ReadonlyArray<{ first: number; last: number; title: string | null }>;
  /** What the file says of the paragraph written at `line`. */
  paragraphs?: ReadonlyArray<{ line: number; style: ParagraphStyle }>;
  /** Notes (footnotes, 注：… and ①… printed under a table): never a numbered clause of the outline. */
  notes?: ReadonlyArray<{ first: number; last: number }>;
  /** Each paragraph of the file is written whole on its line (a reader's document): none is joined to the next. */
  wholeParagraphs?: boolean;
}

interface Unit {
  text: string;
  /** The raw first and last lines (indentation kept), for the hard-wrap rule. */
  rawFirst: string;
  rawLast: string;
  first: number;
  last: number;
  /** Blank lines before it. */
  blanks: number;
  /** It came from a line that began with a tab (a table cell or a box line in some conversions). */
  tabbed: boolean;
}

const DATE_LINE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{0,2}\s*日)?(?:印发)?|[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/u;
const TABLE_CAPTION = /^表[一二三四五六七八九十\d]+/u;
const YEAR_HEADER = /^\d{4}\s*年$/u;
const NAME_HEADER = /^(?:项\s*目|指\s*标)$/u;

function isStructural(text: string): boolean {
  return (
    readMarker(text) !== null ||
    readBoxTitle(text) !== null ||
    TABLE_CAPTION.test(text) ||
    isAnnexLine(text) ||
    text.startsWith('——') ||
    DATE_LINE.test(text)
  );
}

/** A line with a tab after its first character: a row of a tab-separated table. */
function isTabRow(raw: string): boolean {
  return raw.replace(/^\t/, '').includes('\t');
}

/** The source lines less the artifacts artifacts.ts declares removable (TOC, bookmarks, page furniture). */
export function cleanLines(source: string, removals: Removal[], furnitureOut?: Set<number>): string[] {
  const rawLines = source.replace(/\r\n?/g, '\n').split('\n');
  const toc = findTableOfContents(rawLines, removals);
  const lines = rawLines.map((l, i) => (toc.has(i) ? '' : removeBookmarks(l, i + 1, removals)));
  const furniture = findPageFurniture(lines, removals);
  for (const i of furniture) furnitureOut?.add(i);
  return lines.map((l, i) => (furniture.has(i) ? '' : l));
}

export function parsePlanText(source: string, title: string, hints: SourceHints = {}): ParsedPlan {
  const removals: Removal[] = [];
  const furniture = new Set<number>();
  const lines = cleanLines(source, removals, furniture);
  // Page furniture and the blank lines around it are not there: a table or a box runs on across the page.
  const transparent = (j: number) => furniture.has(j) || (lines[j]?.trim() === '' && (furniture.has(j - 1) || furniture.has(j + 1)));
  tableGaps = transparent;
  const width = wrapWidth(lines);
  const indented = width !== null && marksIndent(lines);
  const declared = new Map((hints.tables ?? []).map((t) => [t.first - 1, t]));
  const warnings: ImportWarning[] = [];
  const warn = (line: number, text: string, said: WarningText) => warnings.push({ line, text: text.trim(), ...said });
  warnSink = warn;
  // Lines read as plain paragraphs whatever they open with: unknown numbering, and notes (footnotes, ① … under a table).
  const plainLines = new Set<number>();
  const noteLines = new Set<number>();
  for (const n of hints.notes ?? []) for (let l = n.first; l <= n.last; l++) noteLines.add(l);
  const boxAt = new Map((hints.boxes ?? []).map((b) => [b.first, b]));
  const styleAt = new Map((hints.paragraphs ?? []).map((p) => [p.line, p.style]));
  // A reader's document (documentToText) writes each paragraph whole on its line: none is cut by a page break.
  const wholeParagraphs = hints.wholeParagraphs === true;
  // Lines where a box of the file starts or ends: no paragraph runs on across them.
  const boxEdges = new Set((hints.boxes ?? []).flatMap((b) => [b.first, b.last + 1]));

  const items = readItems(lines, transparent, declared, plainLines, warn);
  const joined = joinCutParagraphs(items, { width, indented, wholeParagraphs, boxEdges, noteLines, removals });
  const { blocks, unplaced } = buildBlocks(joined, title, { noteLines, plainLines, boxAt, styleAt, warn });
  warnSink = null;
  return { blocks, removals, unplaced, warnings };
}

type Warn = (line: number, text: string, said: WarningText) => void;
type Item = { kind: 'unit'; unit: Unit } | { kind: 'table'; table: TableBlock; blanks: number };

/** Stage 1: the lines into units (paragraph lines) and tables (declared by the file, tab-separated, cell-per-line or space-aligned). */
function readItems(lines: string[], transparent: (j: number) => boolean, declared: Map<number, NonNullable<SourceHints['tables']>[number]>, plainLines: Set<number>, warn: Warn): Item[] {
  const items: Item[] = [];
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const text = raw.trim();
    if (text === '') {
      if (!transparent(i)) blanks++;
      continue;
    }
    for (const { re, name } of UNKNOWN_NUMBERING) {
      if (re.test(text)) {
        warn(
          i + 1,
          raw,
          warningText(I.unknownNumbering, { name }),
        );
        plainLines.add(i + 1);
      }
    }
    const declaredTable = declared.get(i);
    if (declaredTable !== undefined) {
      const table = readTabTable(lines, i, declaredTable.last);
      if (declaredTable.headerRows) table.headerRows = declaredTable.headerRows;
      if (declaredTable.cells) table.cells = declaredTable.cells;
      items.push({ kind: 'table', table, blanks });
      i = table.last - 1;
      blanks = 0;
      continue;
    }
    // A grid drawn with characters says where its cells, merges and rows are: read before anything else.
    const drawn = readDrawnTable(lines, i);
    if (drawn) {
      const table: TableBlock = { type: 'table', rows: drawn.rows, cells: drawn.cells, headerRows: drawn.headerRows, layout: 'drawn', lines: drawn.printed.map((p) => ({ line: p.line + 1, text: p.text })), first: drawn.first + 1, last: drawn.last };
      items.push({ kind: 'table', table, blanks });
      i = drawn.last - 1;
      blanks = 0;
      continue;
    }
    let next = i + 1;
    while (next < lines.length && transparent(next)) next++;
    if (isTabRow(raw) && next < lines.length && (isTabRow(lines[next]!) || isGroupRow(lines, next, [splitTabRow(raw)]))) {
      const table = readTabTable(lines, i);
      warnStrayRow(lines, table);
      items.push({ kind: 'table', table, blanks });
      i = table.last - 1;
      blanks = 0;
      continue;
    }
    if (raw.startsWith('\t') && NAME_HEADER.test(text) && looksLikeCellTable(lines, i)) {
      let table: TableBlock | null = null;
      try {
        table = readCellTable(lines, i);
      } catch (err) {
        if (!(err instanceof ImportError)) throw err;
        // Not read as a table: its lines are published one a line, as printed.
        warn(
          err.line,
          err.lineText,
          warningText(I.cellTableNotRead, { reason: { en: err.reason, zh: err.zh ?? err.reason } }),
        );
      }
      if (table) {
        items.push({ kind: 'table', table, blanks });
        i = table.last - 1;
        blanks = 0;
        continue;
      }
    }
    const lined = readCellLines(lines, i, isStructural);
    if (lined) {
      const printed = lines.slice(lined.first, lined.last).flatMap((text, k) => (text.trim() ? [{ line: lined.first + k + 1, text }] : []));
      items.push({ kind: 'table', table: { type: 'table', rows: lined.rows, headerRows: lined.headerRows, layout: 'cells', lines: printed, first: i + 1, last: lined.last }, blanks });
      i = lined.last - 1;
      blanks = 0;
      continue;
    }
    const spaced = readSpaceTable(lines, i);
    if (spaced) {
      warnStrayRow(lines, spaced);
      items.push({ kind: 'table', table: spaced, blanks });
      i = spaced.last - 1;
      blanks = 0;
      continue;
    }
    if (isTabRow(raw)) {
      warn(
        i + 1,
        raw,
        warningText(I.strayTabRow, undefined),
      );
    }
    items.push({ kind: 'unit', unit: { text, rawFirst: raw, rawLast: raw, first: i + 1, last: i + 1, blanks, tabbed: raw.startsWith('\t') } });
    blanks = 0;
  }
  return items;
}

/** Stage 2 (rule 3): paragraphs cut by a page break or a hard wrap, joined again. */
function joinCutParagraphs(items: Item[], o: { width: number | null; indented: boolean; wholeParagraphs: boolean; boxEdges: Set<number>; noteLines: Set<number>; removals: Removal[] }): Item[] {
  const { width, indented, wholeParagraphs, boxEdges, noteLines, removals } = o;
  const joined: Item[] = [];
  for (const item of items) {
    const prev = joined.at(-1);
    if (item.kind === 'unit' && prev?.kind === 'unit' && !wholeParagraphs && !boxEdges.has(item.unit.first) && !noteLines.has(item.unit.first) && !noteLines.has(prev.unit.last)) {
      const a = prev.unit;
      const b = item.unit;
      const cand = (u: Unit) => ({
        text: u.text,
        structural: isStructural(u.text),
        numbered: readMarker(u.text) !== null,
        tabbed: u.tabbed,
        annex: isAnnexLine(u.text),
      });
      if (width !== null && isHardWrapContinuation({ ...cand(a), raw: a.rawLast }, { ...cand(b), raw: b.rawFirst }, width, indented)) {
        removals.push({ rule: 'hard-wrap', line: b.first, text: `${a.text.slice(-6)} ⏎ ${b.text.slice(0, 6)}` });
        prev.unit = { ...a, text: a.text + b.text, last: b.last, rawLast: b.rawLast };
        continue;
      }
      if (width === null && isPageBreakContinuation(cand(a), cand(b))) {
        removals.push({ rule: 'page-break', line: b.first, text: `${a.text.slice(-6)} ⏎ ${b.text.slice(0, 6)}` });
        prev.unit = { ...a, text: a.text + b.text, last: b.last, rawLast: b.rawLast };
        continue;
      }
    }
    joined.push(item);
  }
  return joined;
}

/** Stage 3: the structure: the title, boxes (专栏), headings and paragraphs by their numbering, captions and notes. */
function buildBlocks(joined: Item[], title: string, o: { noteLines: Set<number>; plainLines: Set<number>; boxAt: Map<number, NonNullable<SourceHints['boxes']>[number]>; styleAt: Map<number, ParagraphStyle>; warn: Warn }): Pick<ParsedPlan, 'blocks' | 'unplaced'> {
  const { noteLines, plainLines, boxAt, styleAt, warn } = o;
  const norm = (s: string) => s.replace(/\s+/g, '');
  const titleAt = joined.findIndex((it) => it.kind === 'unit' && norm(it.unit.text) === norm(title));
  // Notes: lines a reader said are notes, and ① … lines right under a table (or under a note): never numbering.
  const notes = new Set<number>();
  joined.forEach((it, i) => {
    if (it.kind !== 'unit') return;
    if (noteLines.has(it.unit.first) || plainLines.has(it.unit.first)) return void notes.add(i);
    const prev = joined[i - 1];
    const m = readMarker(it.unit.text);
    if (m?.rank === 8 && (prev?.kind === 'table' || (prev?.kind === 'unit' && (notes.has(i - 1) || NOTE_LINE.test(prev.unit.text))))) notes.add(i);
  });
  const markerOf = (index: number, text: string) => (index > titleAt && !notes.has(index) ? readMarker(text) : null);
  const blocks: Block[] = [];
  const unplaced: ParsedPlan['unplaced'] = [];
  let box: Extract<Block, { type: 'box' }> | null = null;
  let boxStack: Array<{ rank: number; n: number }> = [];
  // The last line of a box the file draws as a box: everything up to it is inside, whatever it reads.
  let drawnBoxEnd = 0;
  const levelOf = outlineLevels(joined.flatMap((it, i) => (it.kind === 'unit' && i > titleAt ? [markerOf(i, it.unit.text)?.rank ?? -1] : [])));
  const sequence = new SequenceCheck(warn);
  let ended = false;

  const closeBox = () => {
    box = null;
    boxStack = [];
    drawnBoxEnd = 0;
  };
  const emit = (b: Block) => {
    if (box) {
      box.children.push(b);
      box.last = b.last;
    } else blocks.push(b);
  };

  joined.forEach((item, index) => {
    const first = item.kind === 'table' ? item.table.first : item.unit.first;
    const inDrawnBox = box !== null && drawnBoxEnd > 0 && first <= drawnBoxEnd;
    if (box && drawnBoxEnd > 0 && !inDrawnBox) closeBox();
    if (item.kind === 'table') {
      if (item.blanks >= 2 && box && !inDrawnBox) closeBox();
      emit(item.table);
      return;
    }
    const u = item.unit;
    if (index === titleAt) {
      closeBox();
      blocks.push({ type: 'title', text: u.text, first: u.first, last: u.last });
      return;
    }
    const drawn = index > titleAt ? boxAt.get(u.first) : undefined;
    if (drawn) {
      closeBox();
      box = { type: 'box', n: readBoxTitle(u.text)?.n ?? null, title: u.text, children: [], first: u.first, last: u.last };
      drawnBoxEnd = drawn.last;
      blocks.push(box);
      return;
    }
    if (box && u.blanks >= 2 && !inDrawnBox) closeBox();
    const boxTitle = index > titleAt && !inDrawnBox ? readBoxTitle(u.text) : null;
    if (boxTitle) {
      closeBox();
      box = { type: 'box', n: boxTitle.n, title: u.text, children: [], first: u.first, last: u.last };
      blocks.push(box);
      return;
    }
    const marker = markerOf(index, u.text);
    const style = styleAt.get(u.first);
    if (marker) {
      if (box && !inDrawnBox) {
        while (boxStack.length && boxStack.at(-1)!.rank > marker.rank) boxStack.pop();
        const top = boxStack.at(-1);
        const expected = top && top.rank === marker.rank ? top.n + 1 : 1;
        if (marker.rank <= 4 || marker.n !== expected) closeBox();
        else {
          if (top && top.rank === marker.rank) top.n = marker.n;
          else boxStack.push({ rank: marker.rank, n: marker.n });
        }
      }
      if (!box && !ended) sequence.check(marker, u);
      const level = levelOf(marker.rank);
      const text = u.text;
      const body = text.slice(marker.length);
      // A short numbered line with no sentence ending inside it is a heading (`（一）发展成绩。`); so is one the
      // file styles as a heading (Word outline level, heading style).
      const headingLike = !box && level <= 5 && ((body.length <= 40 && !/[。！？；]./u.test(body) && !/[：:]$/u.test(body)) || (style?.outlineLevel !== undefined && body.length <= 60));
      if (headingLike) emit({ type: 'heading', level, text, first: u.first, last: u.last });
      else emit({ type: 'paragraph', text, numbered: level, first: u.first, last: u.last });
      return;
    }
    if (isAnnexLine(u.text)) {
      closeBox();
      ended = true;
    }
    // A line the file styles as a heading, with no number printed: a heading of its outline level.
    if (!box && index > titleAt && style?.outlineLevel !== undefined && u.text.length <= 40 && !notes.has(index)) {
      emit({ type: 'heading', level: Math.min(style.outlineLevel + 1, 5), text: u.text, first: u.first, last: u.last });
      return;
    }
    const short = u.text.length <= 20 && !/[，。；、：,;:！？]/u.test(u.text) && !DATE_LINE.test(u.text);
    // A short line right above a table is its caption (表2 重点任务清单); an attachment line ends the body.
    const caption = joined[index + 1]?.kind === 'table' || (joined[index + 2]?.kind === 'table' && /表|清单/u.test(u.text));
    if (short && !caption && !isAnnexLine(u.text) && !u.text.startsWith('——') && index > titleAt && !inDrawnBox) unplaced.push({ line: u.first, text: u.text });
    emit({ type: 'paragraph', text: u.text, numbered: null, first: u.first, last: u.last });
  });
  return { blocks, unplaced };
}

/** A note printed under a table: 注：…, 备注：…, 资料来源：…. */
const NOTE_LINE = /^\s*(?:注|备注|说明|资料来源|数据来源|来源)\s*\d*\s*[：:]/u;

const ZH_NUMERAL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a marker with number `n` would be printed in the style of `m` (for messages: `（三）`, `第三章`). */
function printedLike(m: Marker, n: number): string {
  const zh = n <= 10 ? ZH_NUMERAL[n]! : n < 20 ? `十${ZH_NUMERAL[n - 10]}` : String(n);
  const digits = /\d/u.exec(m.raw) ? String(n) : zh;
  if (m.rank === 8) return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? String(n);
  return m.raw.replace(/[一二三四五六七八九十百零〇]+|\d+/u, digits);
}

/**
 * Numbered headings and clauses must run 1, 2, 3 within their parent: a skipped or repeated number
 * means a line was lost (or a heading was joined into a paragraph) on the way from the official file.
 * A list that starts again at 1 is accepted (plans restart lists under unnumbered paragraphs), and any
 * style may run on across its parents (第…条 across chapters, 5. under （二） after 4. under （一）).
 */
class SequenceCheck {
  private readonly warn: (line: number, text: string, said: WarningText) => void;
  constructor(warn: (line: number, text: string, said: WarningText) => void) {
    this.warn = warn;
  }
  private stack: Array<{ m: Marker }> = [];
  private lastAtRank = new Map<number, number>();
  check(m: Marker, at: { first: number; text: string }): void {
    while (this.stack.length && this.stack.at(-1)!.m.rank > m.rank) this.stack.pop();
    const top = this.stack.at(-1);
    const prev = top && top.m.rank === m.rank ? top.m : null;
    const ok = m.n === 1 || (prev !== null && m.n === prev.n + 1) || m.n === (this.lastAtRank.get(m.rank) ?? 0) + 1;
    if (!ok) {
      this.warn(at.first, at.text, warningText(I.outOfSequence, { previous: prev ? prev.raw : null, expected: printedLike(m, prev ? prev.n + 1 : 1), found: m.raw, line: at.first }));
    }
    if (prev) this.stack.pop();
    this.stack.push({ m });
    this.lastAtRank.set(m.rank, m.n);
  }
}

function splitTabRow(raw: string): string[] {
  return raw.replace(/\s+$/u, '').split('\t').map((c) => c.trim());
}

/**
 * A tab-separated table: one row per line. A cell that held a line break in the original (a cell
 * wrapped over several lines, or holding two paragraphs) splits its row over two lines, each short of
 * the header's width: such lines are joined back into one row, the broken cell kept as one cell. A line
 * without tabs between two rows of an unfinished row is the middle of such a cell.
 */
/**
 * A row of one cell across a tab-separated table (一、学前教育, 义务教育): a short label without tabs between
 * two rows of the table, the next of them a row of the same width, not a new header.
 */
function isGroupRow(lines: readonly string[], j: number, rows: readonly string[][]): boolean {
  const t = lines[j]?.trim() ?? '';
  const next = lines[j + 1] ?? '';
  if (rows.length < 1 || t === '' || [...t].length > 20 || /[。；;：:，,]/u.test(t) || !isTabRow(next)) return false;
  const cells = splitTabRow(next);
  const headerWords = cells.filter((c) => isHeaderWord(c) && !/^\d/u.test(c.trim())).length;
  return Math.abs(cells.length - rows[0]!.length) <= 1 && headerWords < Math.max(2, cells.length / 2);
}

function readTabTable(lines: readonly string[], start: number, declaredLast?: number): TableBlock {
  const rows: string[][] = [];
  const printed: TableBlock['lines'] = [];
  let i = start;
  const inTable = (j: number) =>
    declaredLast !== undefined
      ? j < declaredLast
      : j < lines.length && (isTabRow(lines[j]!) || (continuesCell(lines, j) && rows.length > 0 && rows.at(-1)!.length < rows[0]!.length) || isGroupRow(lines, j, rows));
  for (;;) {
    // Across a page break the table runs on: skip the removed furniture if a row follows it.
    let k = i;
    while (k < lines.length && tableGaps(k)) k++;
    if (k > i && declaredLast === undefined && k < lines.length && isTabRow(lines[k]!)) i = k;
    if (!inTable(i)) break;
    const raw = lines[i]!;
    if (raw.trim() === '' && declaredLast !== undefined) {
      i++;
      continue;
    }
    const cells = isTabRow(raw) ? splitTabRow(raw) : [raw.trim()];
    const prev = rows.at(-1);
    const width = rows[0]?.length ?? 0;
    const wrapped =
      declaredLast === undefined &&
      prev !== undefined &&
      rows.length > 1 &&
      prev.length < width &&
      prev.length + cells.length - 1 <= width &&
      // A label alone on its line before a whole row is a group row, not the start of a wrapped cell.
      !(prev.length === 1 && cells.length >= width) &&
      // Nor is a group row (一、学前教育, or a label under a header row) after a row whose empty last cells were not printed.
      !(cells.length === 1 && isGroupRow(lines, i, rows) && (isStructural(cells[0]!) || prev.every((c) => c.trim() === '' || isHeaderWord(c)))) &&
      !/^\d{1,3}$/u.test(cells[0]!);
    if (wrapped) {
      prev[prev.length - 1] = `${prev.at(-1)!}${cells[0]!}`;
      prev.push(...cells.slice(1));
    } else rows.push(cells);
    printed.push({ line: i + 1, text: raw });
    i++;
  }
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return { type: 'table', rows, layout: 'tabs', lines: printed, first: start + 1, last: i };
}

/**
 * A line printed right under a table (no blank line between) that carries figures and is neither a note
 * (注：…, 资料来源) nor a new heading is a row that lost its cell separators: refuse rather than publish
 * its figures as a paragraph outside the table.
 */
function warnStrayRow(lines: readonly string[], table: TableBlock): void {
  const raw = lines[table.last];
  const text = raw?.trim() ?? '';
  if (text === '' || !/\d/u.test(text) || isStructural(text) || /^(?:注|备注|说明|资料来源|数据来源|来源)\s*[：:]?/u.test(text)) return;
  if (/[。；]$/u.test(text) && text.length > 40) return;
  warnSink?.(
    table.last + 1,
    raw!,
    warningText(I.strayRowAfterTable, { first: table.first }),
  );
}

/** Where the parse being run reports what it publishes as printed without understanding it; set by parsePlanText. */
let warnSink: ((line: number, text: string, said: WarningText) => void) | null = null;

/** Lines of the text being parsed that a table may run on across (page furniture); set by parsePlanText. */
let tableGaps: (j: number) => boolean = () => false;

/** A line without tabs that sits inside a table row: a non-blank, non-structural line followed by a tab row. */
function continuesCell(lines: readonly string[], j: number): boolean {
  const t = lines[j]?.trim() ?? '';
  return t !== '' && !isStructural(t) && isTabRow(lines[j + 1] ?? '');
}

/** A table aligned with spaces (space-table.ts), as a block; two cells under one header are warned of. */
function readSpaceTable(lines: readonly string[], start: number): TableBlock | null {
  const t = readSpacedTable(lines, start, isStructural);
  if (!t) return null;
  for (const c of t.collisions) {
    warnSink?.(
      c.line + 1,
      lines[c.line]!,
      warningText(I.cellsMisaligned, { under: c.under }),
    );
  }
  const printed = lines.slice(t.first, t.last).map((text, k) => ({ line: t.first + k + 1, text }));
  return { type: 'table', rows: t.rows, layout: 'spaces', lines: printed, first: t.first + 1, last: t.last };
}

function looksLikeCellTable(lines: readonly string[], start: number): boolean {
  let seen = 0;
  for (let j = start + 1; j < lines.length && seen < 3; j++) {
    const t = lines[j]!.trim();
    if (t === '') continue;
    seen++;
    if (YEAR_HEADER.test(t)) return true;
  }
  return false;
}

/**
 * A table flattened one cell per line: each cell opens with a tab; the lines after it, up to the next
 * tab, belong to the same cell: one line per table row for the name, value and attribute columns (blank
 * lines only keep rows aligned), wrapped text for the group column. The header cells come first.
 */
function readCellTable(lines: readonly string[], start: number): TableBlock {
  const cells: Array<{ lines: Array<{ line: number; text: string }> }> = [];
  let i = start;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const text = raw.trim();
    if (raw.startsWith('\t')) {
      cells.push({ lines: [{ line: i + 1, text }] });
      continue;
    }
    if (text === '') continue;
    if (isStructural(text) || cells.length === 0) break;
    cells.at(-1)!.lines.push({ line: i + 1, text });
  }
  const last = i;
  const nonEmpty = (c: { lines: Array<{ line: number; text: string }> }) => c.lines.filter((l) => l.text !== '');
  const header: string[] = [];
  let k = 0;
  while (k < cells.length && (header.length === 0 || YEAR_HEADER.test(cells[k]!.lines[0]!.text) || /^属\s*性$/u.test(cells[k]!.lines[0]!.text))) {
    header.push(cells[k]!.lines[0]!.text);
    if (cells[k]!.lines.length > 1) throw new ImportError(cells[k]!.lines[1]!.line, cells[k]!.lines[1]!.text, ...enZh(I.flattenedHeaderSpans, undefined));
    k++;
  }
  const years = header.filter((h) => YEAR_HEADER.test(h)).length;
  const hasAttribute = header.some((h) => /^属\s*性$/u.test(h));
  const blockSize = 2 + years + (hasAttribute ? 1 : 0);
  const rows: string[][] = [[header[0]!, '', ...header.slice(1)]];
  const data = cells.slice(k);
  if (data.length % blockSize !== 0) {
    const at = data.at(-1)?.lines[0] ?? { line: start + 1, text: lines[start]! };
    throw new ImportError(at.line, at.text, ...enZh(I.flattenedGroups, { size: blockSize, years, attribute: hasAttribute, found: data.length }));
  }
  for (let b = 0; b < data.length; b += blockSize) {
    const [group, names, ...rest] = data.slice(b, b + blockSize);
    const nameLines = nonEmpty(names!);
    const columns = rest.map(nonEmpty);
    columns.forEach((col, c) => {
      if (col.length !== nameLines.length) {
        const at = col[0] ?? nameLines[0]!;
        throw new ImportError(at.line, at.text, ...enZh(I.flattenedColumn, { values: col.length, rows: nameLines.length, column: c + 3 }));
      }
    });
    const groupText = nonEmpty(group!).map((l) => l.text).join('');
    nameLines.forEach((name, r) => rows.push([groupText, name.text, ...columns.map((col) => col[r]!.text)]));
  }
  const printed = cells.flatMap((c) => nonEmpty(c));
  return { type: 'table', rows, layout: 'cells', lines: printed, first: start + 1, last };
}
