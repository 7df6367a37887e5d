/**
 * The importer: an official plan's text and its metadata → plan.md (front matter + Markdown),
 * indicators.json and projects.json, with what it recognised (tables and their column roles, measures,
 * prose targets), the structure profile and a report of everything it removed or could not place.
 * It refuses, with the line and what it expected, when the evidence says something was lost: the
 * Markdown not holding every character of the text (less the declared artifacts), a table cell missing,
 * a table captioned as indicators whose columns it could not read.
 * Pure: reads no files and writes none; scripts/import.ts is the thin CLI around it.
 */
import { stringify } from 'yaml';
import type { Plan, TableReading } from '../../schemas/plan.ts';
import type { Indicator, IndicatorsFile } from '../../schemas/indicators.ts';
import type { ProjectsFile } from '../../schemas/projects.ts';
import { extractClauses, type Clause } from '../model/clauses.ts';
import { readMarker } from '../model/numbering.ts';
import { clauseMeasures, proseIndicator, proseTargets, tableMeasures, tableProjects, taskRowProjects, type Measure, type ProseTarget } from './extract.ts';
import { checkFidelity, type FidelityReport } from './fidelity.ts';
import { readFootnotes, tableToIndicators } from './indicator-table.ts';
import { ImportError, parsePlanText, type Block, type ImportWarning, type ParsedPlan, type SourceHints, type TableBlock } from './parse-plan.ts';
import { tableView } from './table-header.ts';
import type { Profile } from './profile.ts';
import type { Removal } from './artifacts.ts';
import type { FurnitureReason, PlanDocument } from './document.ts';
import { documentToText, type DocumentText } from './document-text.ts';
import { extractProjects } from './projects.ts';
import { readResponsibility } from '../model/responsibility.ts';
import { readTableRoles, type TableRoles } from '../model/table-roles.ts';
import { blocksToMarkdown } from './to-markdown.ts';
import { enZh, type Message } from '../messages/catalogue.ts';
import { importerMessages as I, warningText } from '../messages/importer.ts';

export interface TableInfo {
  clause: string;
  /** The caption printed above it (表1 …, …任务清单), or null. */
  caption: string | null;
  block: TableBlock;
  /** One header per column, the header rows combined (指标值 › 2030年（目标）). */
  header: string[];
  roles: TableRoles;
  /** Whether the roles come from the structure profile (staff) rather than inference. */
  fromProfile: boolean;
}

export interface ImportResult {
  /** The whole plan.md: front matter and Markdown body. */
  planMd: string;
  body: string;
  clauses: Clause[];
  indicators: IndicatorsFile | null;
  projects: ProjectsFile | null;
  parsed: ParsedPlan;
  tables: TableInfo[];
  /** Every measure with its units and deadline: clauses naming units, and rows of task lists. */
  measures: Measure[];
  /** Targets printed only in prose, proposed for staff to confirm in the profile. */
  proseTargets: ProseTarget[];
  profile: Profile;
  fidelity: FidelityReport;
  /** What was published as printed without being understood: line, reason, and the fix (never a refusal). */
  warnings: ImportWarning[];
  /** The source line a clause was read from. */
  lineOf: (c: Clause) => { line: number; text: string };
}

export interface ImportOptions {
  hints?: SourceHints;
  /** The plan's structure profile as staff left it, or null on a first import. */
  profile?: Profile | null;
  /** The kind of file the text was read from. */
  sourceKind?: 'txt' | 'docx' | 'pdf' | 'html';
  /** Lines of the file a reader set apart as page furniture (not in the text), with the line they stood before. */
  furniture?: ReadonlyArray<{ line: number; text: string; reason: FurnitureReason }>;
}

const FURNITURE_RULE: Record<FurnitureReason, Removal['rule']> = {
  'page-number': 'page-number',
  'running-header': 'running-header',
  'running-footer': 'running-header',
  'table-of-contents': 'toc',
  bookmark: 'bookmark',
  'repeated-table-header': 'repeated-table-header',
  'portal-chrome': 'portal-chrome',
};

/** The hints a profile keeps for a plan read from a file, to read its .txt again the same way. */
function hintsFromProfile(profile: Profile | null | undefined): SourceHints {
  const s = profile?.source;
  if (!s) return { tables: [] };
  if (s.kind === 'txt') return { tables: [], ...(s.notes ? { notes: s.notes } : {}) };
  return {
    wholeParagraphs: true,
    tables: s.tables.map((t) => ({ first: t.first, last: t.last, headerRows: t.headerRows ?? null })),
    ...(s.boxes ? { boxes: s.boxes } : {}),
    ...(s.notes ? { notes: s.notes } : {}),
    ...(s.paragraphs ? { paragraphs: s.paragraphs.map(({ line, ...style }) => ({ line, style })) } : {}),
  };
}

/** What a profile keeps of the hints (document-text.ts), so that the .txt is read again as the file was. */
function hintsForProfile(kind: 'docx' | 'pdf' | 'html', hints: SourceHints): NonNullable<Profile['source']> {
  const paragraphs = (hints.paragraphs ?? [])
    .filter((p) => p.style.outlineLevel !== undefined || p.style.bold || p.style.centered)
    .map((p) => ({
      line: p.line,
      ...(p.style.outlineLevel !== undefined ? { outlineLevel: p.style.outlineLevel } : {}),
      ...(p.style.bold ? { bold: true } : {}),
      ...(p.style.centered ? { centered: true } : {}),
    }));
  return {
    kind,
    tables: (hints.tables ?? []).map((t) => ({ first: t.first, last: t.last, ...(t.headerRows ? { headerRows: t.headerRows } : {}) })),
    ...(hints.boxes?.length ? { boxes: hints.boxes.map((b) => ({ first: b.first, last: b.last, title: b.title })) } : {}),
    ...(paragraphs.length ? { paragraphs } : {}),
    ...(hints.notes?.length ? { notes: hints.notes.map((n) => ({ first: n.first, last: n.last })) } : {}),
  };
}

function flatten(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.type === 'box' ? [b, ...flatten(b.children)] : [b]));
}

/** Front matter in a stable key order, as the contract lists it. */
export function frontMatter(meta: Plan): string {
  const ordered = {
    id: meta.id,
    title: meta.title,
    region: meta.region,
    issuer: meta.issuer,
    issued: meta.issued,
    period: meta.period,
    kind: meta.kind,
    source: meta.source,
    ...(meta.notes.length ? { notes: meta.notes } : {}),
    ...(meta.succeeds ? { succeeds: meta.succeeds } : {}),
    ...(meta.tables?.length ? { tables: meta.tables.map((t) => ({ clause: t.clause, kind: t.kind, roles: t.roles })) } : {}),
  };
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}

const CAPTION = /^(?:表\s*[一二三四五六七八九十\d]+|.{0,40}(?:表|清单|一览表|分解表|主要指标|指标体系))\s*$/u;
const INDICATOR_CAPTION = /指标/u;
const STYLE_NAME: Record<number, string> = { 0: '第…部分', 1: '第…章', 2: '第…节', 3: '第…条', 4: '一、', 5: '（一）', 6: '1.', 7: '（1）', 8: '①', 9: '1）' };

export function importPlan(sourceText: string, meta: Plan, concepts: ReadonlySet<string> = new Set(), opts: ImportOptions = {}): ImportResult {
  // A .docx's tables are known from the file; re-imported from its text, the profile remembers them.
  const sourceKind = opts.sourceKind ?? opts.profile?.source?.kind ?? 'txt';
  const hints: SourceHints = opts.hints ?? hintsFromProfile(opts.profile);
  const parsed = parsePlanText(sourceText, meta.title, hints);
  for (const f of opts.furniture ?? []) parsed.removals.push({ rule: FURNITURE_RULE[f.reason], line: f.line, text: f.text });
  const body = blocksToMarkdown(parsed.blocks);
  let clauses = extractClauses(body);
  const flat = flatten(parsed.blocks);
  const sourceLines = sourceText.replace(/\r\n?/g, '\n').split('\n');

  // Which source line each clause came from: top-level clauses by their Markdown node, box contents by text.
  const lineOf = (c: Clause): { line: number; text: string } => {
    const top = parsed.blocks[c.node];
    let block: Block | undefined = top;
    if (top?.type === 'box' && c.kind !== 'box') {
      const squash = (s: string) => s.replace(/[\s*\\]/gu, '');
      block = flatten(top.children).find((b) => b.type !== 'box' && 'text' in b && squash(b.text) === squash(c.text)) ?? top;
    }
    const line = block?.first ?? 1;
    return { line, text: (sourceLines[line - 1] ?? '').trim() };
  };

  // Tables, their captions and footnotes, and the roles of their columns.
  const tableBlocks = flat.filter((b): b is TableBlock => b.type === 'table');
  const tables = readTables(flat, tableBlocks, clauses, opts.profile);

  // Tables staff read differently from their header go into the front matter, so the site reads them so too.
  const readings = tableReadings(tables);
  if (readings.length > 0) clauses = extractClauses(body, { tables: readings });

  const warnings: ImportWarning[] = [...parsed.warnings, ...unreadIndicatorTables(tables)];

  // Indicators from indicator tables, then confirmed prose targets.
  const footnotesOf = (block: TableBlock) => {
    const next = flat[flat.indexOf(block) + 1];
    return next?.type === 'paragraph' && /^\s*(?:注|备注|说明)\s*[：:]/u.test(next.text) ? readFootnotes(next.text) : new Map<string, string>();
  };
  const fromTables: Indicator[] = [];
  for (const t of tables.filter((x) => x.roles.kind === 'indicators')) {
    const rows = tableToIndicators(t.block, t.clause, concepts, { period: meta.period, footnotes: footnotesOf(t.block), roles: t.roles, warnings });
    for (const r of rows) {
      let id = r.id;
      for (let k = 2; fromTables.some((x) => x.id === id); k++) id = `${r.id}-${k}`;
      fromTables.push({ ...r, id, ...(concepts.has(id) ? {} : {}) });
    }
  }
  const targets = proseTargets(clauses, new Set(fromTables.map((i) => i.id)), meta.period);
  const confirmed = targets.filter((t) => !t.inTable && opts.profile?.proseTargets.some((p) => p.confirmed && p.id === t.id && p.clause === t.clause && p.text === t.text));
  const indicators = [...fromTables, ...confirmed.map((t, k) => proseIndicator(t, fromTables.length + k + 1, meta.period.start - 1))];

  // Measures and projects, wherever they are printed.
  const measures = [
    ...clauseMeasures(clauses, lineOf),
    ...tables.filter((t) => t.roles.kind === 'tasks').flatMap((t) => tableMeasures(t.block, t.roles, t.clause)),
  ];
  const projects = [
    ...extractProjects(clauses),
    ...tables.filter((t) => t.roles.kind === 'projects').flatMap((t) => tableProjects(t.block, t.roles, t.clause, t.caption)),
    ...taskRowProjects(measures),
  ];

  // Nothing may be lost on the way: every character of the text (less the declared artifacts), every cell.
  const fidelity = checkNothingLost(sourceText, body, tableBlocks);

  const profile = buildProfile(meta.id, sourceKind === 'txt' ? (opts.profile?.source?.notes?.length ? { kind: 'txt', tables: [], notes: opts.profile.source.notes } : undefined) : hintsForProfile(sourceKind, hints), parsed, clauses, tables, measures, projects.length ? projects.map((p) => p.clause) : [], targets, opts.profile ?? null, warnings);
  return {
    planMd: `${frontMatter(readings.length > 0 ? { ...meta, tables: readings } : meta)}\n${body}`,
    body,
    clauses,
    indicators: indicators.length ? { plan: meta.id, indicators } : null,
    projects: projects.length ? { plan: meta.id, projects } : null,
    parsed,
    tables,
    measures,
    proseTargets: targets,
    profile,
    fidelity,
    warnings,
    lineOf,
  };
}

/** The tables of the text, each with its clause, its caption, its header and the roles of its columns (the profile's where staff gave them). */
function readTables(flat: Block[], tableBlocks: TableBlock[], clauses: Clause[], profile: ImportOptions['profile']): TableInfo[] {
  const tableClauses = clauses.filter((c) => c.kind === 'table');
  return tableBlocks.map((block, k) => {
    const at = flat.indexOf(block);
    const before = flat[at - 1];
    const caption = before?.type === 'paragraph' && CAPTION.test(before.text) ? before.text : null;
    const header = tableView(block).header;
    const fromProfile = profile?.tables.find((t) => t.line === block.first && t.columns.length === header.length && t.columns.every((c, i) => c.header === header[i]));
    const inferred = readTableRoles(header);
    const roles: TableRoles = fromProfile ? { ...inferred, kind: fromProfile.kind, roles: fromProfile.columns.map((c) => c.role) } : inferred;
    return { clause: tableClauses[k]!.id, caption, block, header, roles, fromProfile: !!fromProfile };
  });
}

/** The tables the site must be told how to read: staff read them differently from their first row. */
function tableReadings(tables: TableInfo[]): TableReading[] {
  return tables
    .filter((t) => {
      // The site reads a table's roles from its first row: a deeper header is told to it here.
      const inferred = readTableRoles(t.block.rows[0]!);
      if (t.header.some((h, i) => h !== t.block.rows[0]![i]) && t.roles.kind !== 'other') return inferred.kind !== t.roles.kind || inferred.roles.some((r, i) => r !== t.roles.roles[i]);
      return t.fromProfile && (inferred.kind !== t.roles.kind || inferred.roles.some((r, i) => r !== t.roles.roles[i]));
    })
    .map((t) => ({ clause: t.clause, kind: t.roles.kind, roles: t.roles.roles }));
}

/** A warning for each table captioned as indicators whose header the importer could not read as such. */
function unreadIndicatorTables(tables: TableInfo[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const t of tables) {
    if (t.roles.kind === 'other' && t.caption && INDICATOR_CAPTION.test(t.caption) && !/任务|项目/u.test(t.caption)) {
      const line = t.block.lines[0] ?? { line: t.block.first, text: t.block.rows[0]!.join('\t') };
      warnings.push({
        line: line.line,
        text: line.text.trim(),
        ...warningText(I.indicatorHeaderUnread, { caption: t.caption, first: t.block.first }),
      });
    }
  }
  return warnings;
}

/** The fidelity check of the Markdown against the text; throws at the first character or cell lost. */
function checkNothingLost(sourceText: string, body: string, tableBlocks: TableBlock[]): ReturnType<typeof checkFidelity> {
  const fidelity = checkFidelity(sourceText, body, tableBlocks);
  if (fidelity.firstDifference || fidelity.missingCells.length > 0) {
    const cell = fidelity.missingCells[0];
    const d = fidelity.firstDifference;
    throw new ImportError(
      cell?.line ?? 1,
      cell?.text ?? d?.source ?? '',
      ...(cell ? enZh(I.cellLost, { text: cell.text }) : enZh(I.textNotKept, { source: d!.source, markdown: d!.markdown })),
    );
  }
  return fidelity;
}

function buildProfile(
  plan: string,
  source: Profile['source'],
  parsed: ParsedPlan,
  clauses: readonly Clause[],
  tables: readonly TableInfo[],
  measures: readonly Measure[],
  projectClauses: readonly string[],
  targets: readonly ProseTarget[],
  previous: Profile | null,
  warnings: readonly ImportWarning[],
): Profile {
  const styles = new Map<number, { level: number; count: number }>();
  for (const c of clauses) {
    if (c.level === null || c.box !== null) continue;
    const m = readMarker(c.text);
    if (!m) continue;
    const s = styles.get(m.rank) ?? { level: c.level, count: 0 };
    s.count++;
    styles.set(m.rank, s);
  }
  const removed = (rule: string) => parsed.removals.filter((r) => r.rule === rule);
  const phrasings = new Set<string>();
  for (const m of measures) {
    if (m.id.includes('-r') && m.source.text.includes('\t')) phrasings.add('任务清单中的责任单位列');
    const r = readResponsibility(m.text);
    if (!r) continue;
    if (/^[（(]?\s*责任单位/u.test(r.text)) phrasings.add(/牵头/u.test(r.text) ? '（责任单位：X牵头，Y配合）' : '（责任单位：…）');
    else if (/牵头单位/u.test(r.text)) phrasings.add('牵头单位：…；配合单位：…');
    else if (/按职责分工负责/u.test(r.text)) phrasings.add('X牵头、Y按职责分工负责');
    else if (/牵头/u.test(r.text)) phrasings.add('X牵头，Y配合');
  }
  const projectWhere = new Map<string, number>();
  for (const c of projectClauses) {
    const where = tables.some((t) => c.startsWith(`${t.clause}-r`)) ? c.replace(/-r\d+$/u, '') : (clauses.find((x) => x.id === c)?.parent ?? c);
    projectWhere.set(where, (projectWhere.get(where) ?? 0) + 1);
  }
  return {
    plan,
    ...(source ? { source } : {}),
    ...(warnings.length ? { warnings: warnings.map((w) => ({ line: w.line, text: w.text.slice(0, 120), reason: w.zh, fix: w.fixZh })) } : {}),
    outline: [...styles.entries()].sort((a, b) => a[0] - b[0]).map(([rank, s]) => ({ style: STYLE_NAME[rank] ?? String(rank), level: s.level, count: s.count })),
    tables: tables.map((t) => ({
      line: t.block.first,
      clause: t.clause,
      caption: t.caption,
      kind: t.roles.kind,
      rows: t.block.rows.length - tableView(t.block).headerRows,
      columns: t.header.map((header, i) => ({ header, role: t.roles.roles[i] ?? 'other' })),
    })),
    furniture: {
      tableOfContents: removed('toc').length,
      bookmarks: removed('bookmark').length,
      formFeeds: removed('form-feed').length,
      pageNumbers: removed('page-number').length,
      runningHeaders: [...new Set(removed('running-header').map((r) => r.text))],
      pageBreaksJoined: removed('page-break').length,
      hardWrapsJoined: removed('hard-wrap').length,
    },
    responsibility: [...phrasings].sort(),
    projects: [...projectWhere.entries()].map(([clause, count]) => ({ clause, kind: clause.includes('-t') ? 'table' : clause.startsWith('box') ? 'box' : 'section', count })),
    proseTargets: targets.map((t) => ({
      id: t.id,
      clause: t.clause,
      text: t.text,
      year: t.year,
      value: t.value,
      unit: t.unit,
      inTable: t.inTable,
      confirmed: previous?.proseTargets.some((p) => p.confirmed && p.id === t.id && p.clause === t.clause && p.text === t.text) ?? false,
    })),
  };
}

/**
 * What the importer recognised, for the clerk to check, one line per kind: in Chinese, or in English with
 * `lang: 'en'` (the CLI's `--lang en`, as for the validator).
 */
export function importReport(r: ImportResult, lang: 'zh' | 'en' = 'zh'): string[] {
  const count = (f: (c: Clause) => boolean) => r.clauses.filter(f).length;
  const removed = (rule: string) => r.parsed.removals.filter((x) => x.rule === rule);
  const say = <P>(entry: Message<P>, params: P) => entry[lang](params).message;
  const chapters = count((c) => c.level === 1);
  const numbered = count((c) => c.level !== null);
  const headings = count((c) => c.kind === 'heading');
  const paragraphs = count((c) => c.kind === 'paragraph');
  const boxes = count((c) => c.kind === 'box');
  const tables = count((c) => c.kind === 'table');
  const indicators = r.indicators?.indicators.length ?? 0;
  const withUnits = count((c) => c.units.length > 0);
  const projects = r.projects?.projects.length ?? 0;
  const [bookmarks, toc, breaks] = ['bookmark', 'toc', 'page-break'].map((k) => removed(k).length) as [number, number, number];
  const lines = [
    say(I.reportChapters, { count: chapters }),
    say(I.reportClauses, { numbered, headings, paragraphs }),
    say(I.reportBoxes, { boxes, tables }),
    say(I.reportIndicators, { count: indicators }),
    say(I.reportMeasures, { count: withUnits }),
    say(I.reportProjects, { count: projects }),
    say(I.reportRemoved, { bookmarks, toc, breaks }),
  ];
  const furniture = ['form-feed', 'page-number', 'running-header', 'hard-wrap'].map((k) => removed(k).length) as [number, number, number, number];
  if (furniture.some((n) => n > 0)) lines.push(say(I.reportFurniture, { formFeeds: furniture[0], pageNumbers: furniture[1], headers: furniture[2], wraps: furniture[3] }));
  const measuresAll = r.measures.length;
  if (measuresAll !== withUnits) lines.push(say(I.reportMeasuresAll, { count: measuresAll }));
  if (r.proseTargets.length) lines.push(say(I.reportProseTargets, { count: r.proseTargets.length }));
  for (const x of removed('page-break')) lines.push(say(I.reportPageBreak, { line: x.line, text: x.text }));
  for (const x of removed('toc')) lines.push(say(I.reportToc, { line: x.line, text: x.text }));
  for (const k of ['page-number', 'running-header', 'repeated-table-header', 'portal-chrome'] as const) for (const x of removed(k)) lines.push(say(I.reportFurnitureLine, { kind: k, line: x.line, text: x.text }));
  lines.push(say(I.reportUnplaced, { count: r.parsed.unplaced.length }));
  if (r.warnings.length) {
    lines.push(say(I.reportWarnings, { count: r.warnings.length }));
    for (const w of r.warnings) {
      lines.push(say(I.reportWarning, { line: w.line, reason: { en: w.reason, zh: w.zh } }));
      lines.push(say(I.reportLineReads, { text: w.text.slice(0, 80) }));
      lines.push(say(I.reportFix, { fix: { en: w.fix, zh: w.fixZh } }));
    }
  }
  for (const u of r.parsed.unplaced) lines.push(say(I.reportUnplacedLine, { line: u.line, text: u.text }));
  return lines;
}

/** An import of a document model: the text it was written to (kept in content/sources/), and what the reader set apart. */
export interface DocumentImport extends ImportResult {
  /** The verbatim text written from the document, which the import proved and which is kept. */
  text: string;
  furniture: DocumentText['furniture'];
  /** Lines written from what the file generates or keeps apart (Word's numbers, footnotes, text boxes). */
  written: DocumentText['written'];
}

/**
 * Any reader's PlanDocument through the one pipeline: written to text with its hints (document-text.ts),
 * then imported as that text, so that the text kept in content/sources/ is exactly the text proven.
 */
export function importDocument(doc: PlanDocument, meta: Plan, concepts: ReadonlySet<string> = new Set(), opts: Omit<ImportOptions, 'hints' | 'sourceKind' | 'furniture'> = {}): DocumentImport {
  const written = documentToText(doc);
  const result = importPlan(written.text, meta, concepts, { ...opts, hints: written.hints, sourceKind: doc.format, furniture: written.furniture });
  return { ...result, text: written.text, furniture: written.furniture, written: written.written };
}
