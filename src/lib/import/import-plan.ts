/**
 * The importer: an official plan's plain text and its metadata → plan.md (front matter + Markdown),
 * indicators.json and projects.json, with a report of what it recognised and what it removed.
 * Pure: reads no files and writes none; scripts/import.ts is the thin CLI around it.
 */
import { stringify } from 'yaml';
import type { Plan } from '../../schemas/plan.ts';
import type { IndicatorsFile } from '../../schemas/indicators.ts';
import type { ProjectsFile } from '../../schemas/projects.ts';
import { extractClauses, type Clause } from '../model/clauses.ts';
import { isIndicatorTable, tableToIndicators } from './indicator-table.ts';
import { parsePlanText, type Block, type ParsedPlan, type TableBlock } from './parse-plan.ts';
import { extractProjects } from './projects.ts';
import { blocksToMarkdown } from './to-markdown.ts';

export interface ImportResult {
  /** The whole plan.md: front matter and Markdown body. */
  planMd: string;
  body: string;
  clauses: Clause[];
  indicators: IndicatorsFile | null;
  projects: ProjectsFile | null;
  parsed: ParsedPlan;
}

function tablesOf(blocks: readonly Block[]): TableBlock[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b] : b.type === 'box' ? tablesOf(b.children) : []));
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
  };
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}

export function importPlan(sourceText: string, meta: Plan, concepts: ReadonlySet<string> = new Set()): ImportResult {
  const parsed = parsePlanText(sourceText, meta.title);
  const body = blocksToMarkdown(parsed.blocks);
  const clauses = extractClauses(body);
  const tableClauses = clauses.filter((c) => c.kind === 'table');
  const tables = tablesOf(parsed.blocks);
  const indicators = tables.flatMap((t, i) => (isIndicatorTable(t) ? tableToIndicators(t, tableClauses[i]!.id, concepts) : []));
  const projects = extractProjects(clauses);
  return {
    planMd: `${frontMatter(meta)}\n${body}`,
    body,
    clauses,
    indicators: indicators.length ? { plan: meta.id, indicators } : null,
    projects: projects.length ? { plan: meta.id, projects } : null,
    parsed,
  };
}

/** What the importer recognised, for the clerk to check, one line per kind. */
export function importReport(r: ImportResult): string[] {
  const count = (f: (c: Clause) => boolean) => r.clauses.filter(f).length;
  const removed = (rule: string) => r.parsed.removals.filter((x) => x.rule === rule);
  const lines = [
    `chapters: ${count((c) => c.level === 1)}`,
    `numbered clauses: ${count((c) => c.level !== null)} (headings ${count((c) => c.kind === 'heading')}), paragraphs: ${count((c) => c.kind === 'paragraph')}`,
    `专栏 boxes: ${count((c) => c.kind === 'box')}, tables: ${count((c) => c.kind === 'table')}`,
    `indicators: ${r.indicators?.indicators.length ?? 0}`,
    `measures with responsible units: ${count((c) => c.units.length > 0)}`,
    `projects: ${r.projects?.projects.length ?? 0}`,
    `removed: ${removed('bookmark').length} bookmark markers, ${removed('toc').length} table-of-contents lines, ${removed('page-break').length} page breaks joined`,
  ];
  for (const x of removed('page-break')) lines.push(`  page break joined at line ${x.line}: ${x.text}`);
  for (const x of removed('toc')) lines.push(`  table of contents removed, line ${x.line}: ${x.text}`);
  lines.push(`lines not placed in any structure (published as plain paragraphs): ${r.parsed.unplaced.length}`);
  for (const u of r.parsed.unplaced) lines.push(`  line ${u.line}: ${u.text}`);
  return lines;
}
