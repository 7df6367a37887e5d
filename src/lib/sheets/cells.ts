/**
 * Reading one cell as a clerk meant it: numbers typed as text with units or full-width digits (`93.1%`,
 * `９３．１`), dates typed as Excel dates or as text (2025/3/15, 2025年3月15日), status and provenance as
 * the Chinese labels of the drop-downs. Each reader returns the value, or a problem in both languages.
 */
import type ExcelJS from 'exceljs';
import { isRealDate } from '../../schemas/common.ts';
import { statusId, statusLabels, type StatusKind } from '../content/status-labels.ts';
import { PROVENANCE_LABELS } from './layout.ts';
import { sheetSaid, workbookMessages as W } from '../messages/workbook.ts';
import { bilingual, type Bilingual } from '../messages/catalogue.ts';

/** A reading, or why the cell cannot be read; a reading may carry a warning (what was typed and how it was read). */
export type Read<T> = { ok: true; value: T; warn?: Warned } | { ok: false; said: Bilingual };
/** A reading's warning: one sentence in each language, and the text a problem carries. */
type Warned = { zh: string; en: string; said: Bilingual };

/**
 * The formula of a cell, if it holds one, and whether the file saved its result. A formula saved without
 * its result (written by a tool, or saved by a program that does not calculate) has no value to read.
 */
export function formulaOf(cell: ExcelJS.Cell): { formula: string; saved: boolean } | null {
  const v = cell.value as unknown;
  if (!v || typeof v !== 'object' || v instanceof Date) return null;
  const o = v as Record<string, unknown>;
  const formula = typeof o.formula === 'string' ? o.formula : typeof o.sharedFormula === 'string' ? `${o.sharedFormula}（共享公式）` : null;
  if (formula === null) return null;
  return { formula, saved: o.result !== undefined && o.result !== null && o.result !== '' };
}

/**
 * What a cell holds, with formulas, rich text and hyperlinks reduced to their value; null when empty. A
 * linked cell is the text the clerk sees (a figure or a title pasted from a web page keeps its link);
 * `want: 'link'` (the address column) reads the address behind a title such as “统计公报”.
 */
export function cellValue(cell: ExcelJS.Cell, want: 'shown' | 'link' = 'shown'): string | number | boolean | Date | null {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('') || null;
    if ('result' in o) return (o.result as string | number | null | undefined) ?? null;
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o.hyperlink === 'string') {
      const t = o.text as unknown;
      const shown = typeof t === 'string' ? t : t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText) ? ((t as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('')) : '';
      if (want === 'link') return /^https?:/i.test(shown.trim()) ? shown : o.hyperlink;
      return shown === '' ? null : shown;
    }
    if ('error' in o) return String(o.error);
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

/** True when the cell holds nothing but spaces. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text as typed (never reworded: only a cell of spaces counts as empty). */
export function readText(v: unknown): Read<string | undefined> {
  if (isBlank(v)) return { ok: true, value: undefined };
  if (v instanceof Date) return { ok: true, value: isoDate(v) };
  return { ok: true, value: String(v) };
}

const NOT_A_NUMBER = /^(n\/?a|na|null|none|无|暂无|不详|未知|-+|—+|\/|空)$/i;

/** A number in the indicator's unit; `93.1%` and a percent-formatted cell are read as 93.1 for a % indicator. */
export function readNumber(v: unknown, unit: string | null, numFmt: string | undefined): Read<number | null> {
  if (isBlank(v)) return { ok: true, value: null };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, said: bilingual(W.numberNotFinite, { found: v }) };
    if (numFmt?.includes('%') && unit === '%') return { ok: true, value: Number((v * 100).toPrecision(12)) };
    // Excel keeps and shows 15 significant digits; what lies beyond is binary noise of its arithmetic
    // (a formula's 93.10000000000001 is the 93.1 the clerk sees), never a digit anyone typed.
    return { ok: true, value: Number(v.toPrecision(15)) };
  }
  if (v instanceof Date) {
    return { ok: false, said: bilingual(W.numberIsDate, { found: v }) };
  }
  const raw = String(v);
  // NFKC turns full-width digits, point, comma and percent sign (９３．１％) into ASCII.
  let s = raw.normalize('NFKC').replace(/\s/g, '');
  let warn: Warned | undefined;
  // A space inside a number (93. 1, 1 093) is read without it, and said: it may be two numbers run together.
  const inner = /[\d.,]\s+[\d.,]/.test(raw.normalize('NFKC').trim());
  const spaced = inner ? /^-?\d+(\.\d+)?/.exec(s.replace(/,/g, ''))?.[0] : undefined;
  if (spaced !== undefined) warn = { ...sheetSaid(W.spaceInNumber, { typed: raw.trim(), read: spaced }), said: bilingual(W.spaceInNumber, { typed: raw.trim(), read: spaced }) };
  if (s.includes(',')) {
    // 1,234 and 12,345.6 group thousands; any other comma (97,8) is a decimal comma, as typed in much of the world.
    const thousands = /^-?\d{1,3}(,\d{3})+(\.\d+)?(\D.*)?$/.test(s);
    const decimal = !thousands && /^-?\d+,\d+(\D.*)?$/.test(s);
    if (decimal) s = s.replace(',', '.');
    else s = s.replace(/,/g, '');
    const read = /^-?\d+(\.\d+)?/.exec(s)?.[0];
    if (read !== undefined && (thousands || decimal)) {
      const entry = decimal ? W.decimalComma : W.thousandsComma;
      warn = { ...sheetSaid(entry, { typed: raw.trim(), read }), said: bilingual(entry, { typed: raw.trim(), read }) };
    }
  }
  if (NOT_A_NUMBER.test(s)) {
    return { ok: false, said: bilingual(W.numberUnknown, { found: raw }) };
  }
  const m = /^(-?\d+(?:\.\d+)?)(.*)$/.exec(s);
  if (m) {
    const suffix = m[2]!;
    const n = Number(m[1]);
    const ok = { ok: true as const, value: n, ...(warn ? { warn } : {}) };
    if (suffix === '') return ok;
    if (suffix === '%' && unit === '%') return ok;
    if (unit && suffix === unit.normalize('NFKC')) return ok;
    if (suffix === '%') {
      return { ok: false, said: bilingual(W.percentNotUnit, { unit, found: raw }) };
    }
  }
  return { ok: false, said: bilingual(W.numberNotDigits, { found: raw }) };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A date from an Excel date, an Excel serial number, or text such as 2025-03-15, 2025/3/15, 2025年3月15日. */
export function readDate(v: unknown): Read<string | undefined> {
  if (isBlank(v)) return { ok: true, value: undefined };
  if (v instanceof Date) return { ok: true, value: isoDate(v) };
  if (typeof v === 'number') {
    // A date cell whose format the reader did not recognise arrives as its serial number (days since 1899-12-30).
    if (Number.isInteger(v) && v > 20000 && v < 80000) return { ok: true, value: isoDate(new Date(Date.UTC(1899, 11, 30) + v * 86400000)) };
    return { ok: false, said: bilingual(W.dateIsNumber, { found: v }) };
  }
  const raw = String(v);
  const s = raw.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return { ok: false, said: bilingual(W.dateText, { found: raw }) };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { ok: false, said: bilingual(W.noSuchMonth, { found: raw, year: y, month: mo }) };
  if (!isRealDate(y, mo, d)) return { ok: false, said: bilingual(W.noSuchDay, { found: raw, year: y, month: mo, day: d }) };
  return { ok: true, value: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** A status from its drop-down label (or its id); empty or 未报告 means not reported. */
export function readStatus(v: unknown, kind: StatusKind): Read<string | null> {
  if (isBlank(v)) return { ok: true, value: null };
  const s = String(v).normalize('NFKC').trim();
  if (s === '未报告') return { ok: true, value: null };
  const id = statusId(kind, s);
  if (id) return { ok: true, value: id };
  const labels = statusLabels(kind).map(([, l]) => l);
  return { ok: false, said: bilingual(W.notStatus, { labels, found: v }) };
}

export function readProvenance(v: unknown): Read<'official' | 'illustrative' | undefined> {
  if (isBlank(v)) return { ok: true, value: undefined };
  const s = String(v).trim();
  for (const [id, label] of PROVENANCE_LABELS) if (s === id || s === label || s === label.slice(0, 2)) return { ok: true, value: id };
  return { ok: false, said: bilingual(W.notProvenance, { found: v }) };
}
