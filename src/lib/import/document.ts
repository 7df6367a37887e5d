/**
 * The document model every reader produces (.docx, .pdf, .html/.htm, .txt/.md), so that the recognisers
 * (outline, indicator tables, task lists, projects, prose targets, responsible units, deadlines) read one
 * shape whatever the format. A reader keeps here what it knows for certain and a flat text would lose: a
 * table's grid with its merged cells and header rows, a paragraph's outline level or style, a box (专栏),
 * a footnote, a line of page furniture and why it is furniture. Nothing a reader saw is dropped: furniture
 * is a block of its own, marked with its reason, so the review report can list it.
 *
 * Pure types and small helpers; no reader and no recogniser lives here.
 */

/** Where a block came from in the file, as far as the reader knows it (all optional, 1-based). */
export interface SourceRef {
  /** Page of a PDF. */
  page?: number;
  /** Line of a text file, or of the text the reader wrote. */
  line?: number;
  /** Index of the block in the file's own order (Word body order, HTML document order). */
  index?: number;
}

/** What the source says about a paragraph beyond its text. */
export interface ParagraphStyle {
  /** Word outline level (w:outlineLvl, 0 = top) or the level of an HTML heading (h1 = 0) or a Word heading style. */
  outlineLevel?: number;
  /** The style name as the file calls it (Word `Heading 1` / `标题 1`, an HTML tag or class). */
  styleName?: string;
  bold?: boolean;
  centered?: boolean;
  /** The first line is indented (首行缩进), as a new paragraph of body text usually is. */
  indented?: boolean;
  /** A number the file generates rather than prints in its text (Word list numbering), already in `text`. */
  generatedNumber?: string;
}

export interface DocParagraph {
  kind: 'paragraph';
  /** The text as printed, a paragraph's wrapped lines joined (no hard wraps). */
  text: string;
  style?: ParagraphStyle;
  source?: SourceRef;
}

/** One cell where it starts; the cells it covers by its spans are not repeated. */
export interface DocCell {
  /** The cell's text as printed; the parts of a wrapped or multi-paragraph cell joined by one space. */
  text: string;
  /** Rows it spans (merged down), at least 1. */
  rowSpan: number;
  /** Columns it spans (merged across), at least 1. */
  colSpan: number;
}

export interface DocTable {
  kind: 'table';
  /** Rows of origin cells, top to bottom, each row left to right. */
  rows: DocCell[][];
  /**
   * How many leading rows are header rows, when the file says so (Word w:tblHeader, HTML <thead>/<th>, a
   * PDF header repeated on the next page); null when the reader does not know and the recogniser decides.
   */
  headerRows: number | null;
  /** The table ran over a page break and was joined: the pages it was printed on (PDF), for the report. */
  pages?: number[];
  /** Header rows repeated on a following page and dropped when the table was joined: how many times. */
  repeatedHeadersDropped?: number;
  source?: SourceRef;
}

/** A framed block (专栏): a one-cell boxed table in Word, a text box, a bordered <div> or <table> on a page. */
export interface DocBox {
  kind: 'box';
  /** The box's title line as printed (专栏1 …), or null when the box has none. */
  title: string | null;
  children: DocBlock[];
  /** How the box was drawn in the file, for the report. */
  drawnAs: 'one-cell-table' | 'text-box' | 'html-block' | 'text';
  source?: SourceRef;
}

/** A footnote or endnote, or a note printed under a table (注：…), attached to where it was referred to. */
export interface DocNote {
  kind: 'note';
  /** The mark as shown (①, ¹, *), or '' when the note has none. */
  mark: string;
  text: string;
  /**
   * A footnote or endnote the file keeps apart from the body (Word's footnotes.xml), not printed where it
   * stands: written under what refers to it as `注：①…`. A note printed in the body (注：… under a table,
   * ① … lines of a PDF) is not one: its mark and text are written as printed.
   */
  footnote?: boolean;
  source?: SourceRef;
}

/** Why a line printed in the file is not part of the plan's text. */
export type FurnitureReason =
  | 'page-number'
  | 'running-header'
  | 'running-footer'
  | 'table-of-contents'
  | 'bookmark'
  | 'repeated-table-header'
  | 'portal-chrome';

/** A line printed in the file that is not the plan's text, kept with the reason it was set apart. */
export interface DocFurniture {
  kind: 'furniture';
  text: string;
  reason: FurnitureReason;
  source?: SourceRef;
}

export type DocBlock = DocParagraph | DocTable | DocBox | DocNote | DocFurniture;

/** Metadata the file itself offers (a portal's 信息公开 table, Word's document properties), for the report. */
export interface OfferedMetadata {
  title?: string;
  /** 发布机构 / 印发单位 as printed. */
  issuer?: string;
  /** 成文日期 / 发布日期 as printed, and as an ISO date where it can be read. */
  date?: { text: string; iso: string | null };
  /** 文号 (e.g. 平政办发〔2022〕12号). */
  docNo?: string;
  /** 索引号. */
  indexNo?: string;
  /** A 6-digit administrative division code, where the page names one. */
  regionCode?: string;
}

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html';

export interface PlanDocument {
  format: SourceFormat;
  blocks: DocBlock[];
  /** What the file offers for the plan's metadata (never applied silently: shown in the review report). */
  metadata: OfferedMetadata;
  /** The text encoding found (txt, html), e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding?: string;
  /** What the reader noticed and could not represent, in the reader's words, for the report. */
  notes: string[];
}

/** The grid a table's cells cover: `grid[r][c]` is the origin cell covering row r, column c (or null). */
export function tableGrid(table: DocTable): Array<Array<{ cell: DocCell; origin: boolean } | null>> {
  const grid: Array<Array<{ cell: DocCell; origin: boolean } | null>> = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          const target = grid[r + dr];
          if (!target) continue;
          target[c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}
