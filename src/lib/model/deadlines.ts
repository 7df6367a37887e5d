/**
 * Deadlines (完成时限) as printed, with the date they name where they name one: `2027年底前` →
 * 2027-12-31, `2028年6月` → 2028-06-30, `2026年9月底前` → 2026-09-30, `2027年上半年` → 2027-06-30,
 * `2026-2027` / `2026—2027年` → 2027-12-31; `每年9月底前` recurs every year; `长期坚持`, `持续推进` have
 * no end. The printed text is always kept: the date is a reading of it, never a replacement.
 */

export interface Deadline {
  /** As printed. */
  text: string;
  /** The last day it allows, ISO (YYYY-MM-DD), or null when it names no single date. */
  date: string | null;
  /** date: names a date; yearly: recurs every year (month given when printed); ongoing: no end; unparsed. */
  kind: 'date' | 'yearly' | 'ongoing' | 'unparsed';
  /** For `yearly`: the month it recurs in, when printed. */
  month?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(d)}`;
}

const ZH_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

export function parseDeadline(printed: string): Deadline {
  const text = printed.trim();
  const t = text.replace(/\s+/gu, '');
  const yearly = /^(?:每年|年度|每学年)(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月)?/u.exec(t);
  if (yearly) {
    const month = yearly[1] ? (/\d/u.test(yearly[1]) ? Number(yearly[1]) : ZH_MONTH[yearly[1]]) : undefined;
    return { text, date: null, kind: 'yearly', ...(month ? { month } : {}) };
  }
  if (/^(?:长期|持续|常态|长效|逐年|分年度|分步)/u.test(t)) return { text, date: null, kind: 'ongoing' };
  // A range of years: the deadline is the end of the last.
  const range = /^(20\d\d)(?:年)?[-—–－~～至到](20\d\d)年?(?:底|末)?(?:前|完成)?$/u.exec(t);
  if (range) return { text, date: lastDay(Number(range[2]), 12), kind: 'date' };
  const m = /^(?:到|至|于)?(20\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?|(上半年|下半年|年底|底|末|年末|内|前|第([一二三四1-4])季度))?(?:底|末)?(?:前|以前|之前|完成|实现)?$/u.exec(t);
  if (m) {
    const year = Number(m[1]);
    if (m[2]) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return { text, date: null, kind: 'unparsed' };
      const day = m[3] ? Number(m[3]) : null;
      return { text, date: day ? `${year}-${pad(month)}-${pad(day)}` : lastDay(year, month), kind: 'date' };
    }
    if (m[4] === '上半年') return { text, date: lastDay(year, 6), kind: 'date' };
    if (m[5]) {
      const q = { 一: 1, 二: 2, 三: 3, 四: 4 }[m[5]] ?? Number(m[5]);
      return { text, date: lastDay(year, q * 3), kind: 'date' };
    }
    // `2027年前` is printed for "by 2027" as often as for "before 2027"; read as the end of 2027 only when
    // it says 底/末/年底, otherwise as printed with the year's end, since that is the latest it allows.
    return { text, date: lastDay(year, 12), kind: 'date' };
  }
  return { text, date: null, kind: 'unparsed' };
}

/** A deadline printed inside a sentence (`2027年底前建成…`), or null. */
export function findDeadline(sentence: string): Deadline | null {
  const m = /(?:20\d\d年(?:\d{1,2}月)?(?:上半年|下半年)?(?:底|末)?前|每年\d{1,2}月(?:底)?前|长期坚持)/u.exec(sentence);
  return m ? parseDeadline(m[0]) : null;
}
