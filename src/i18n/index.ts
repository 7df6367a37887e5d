/** UI strings, one place, flat dotted keys. */
import strings from './zh-CN.json' with { type: 'json' };

export type StringKey = keyof typeof strings;

export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** For keys built from data (`status.${status}`); an unknown key shows itself rather than nothing. */
export function tk(key: string): string {
  return (strings as Record<string, string>)[key] ?? key;
}

/**
 * The one illustrative label (示例数据，非官方统计): every page, chart, download and feed that shows a value
 * made up to demonstrate the site says so with these words.
 */
export const ILLUSTRATIVE_LABEL = t('illustrative.label');

/**
 * A baseline or target as the plan prints it; where it prints nothing, which kind of nothing: a blank cell of
 * an indicator table (（空白）), or, for a target written only in prose, a figure the plan never states.
 */
export function asPrinted(figure: { text: string }, origin?: 'prose'): string {
  return figure.text || t(origin === 'prose' ? 'indicator.notPrinted' : 'indicator.blank');
}

/**
 * The key of the word readers see for an indicator's status: a target reached before its year is 提前实现
 * (the mid-period word of official 中期评估 reports), the same id once final is 已达成. Ids stay as they are.
 */
export function statusKey(status: string, final: boolean): string {
  return status === 'achieved' && !final ? 'achieved-early' : status;
}

/** The word for an indicator's status (see statusKey), e.g. 基本符合预期, 未达成. */
export function statusWord(status: string, final: boolean): string {
  return tk(`status.${statusKey(status, final)}`);
}
