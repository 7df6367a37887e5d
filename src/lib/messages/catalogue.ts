/**
 * The shape of the message catalogue (STYLE.md, habit 11): every message a person can see is one named
 * entry, written once in Chinese and once in English as functions of typed parameters, with how to fix it.
 * Code raises a message by its entry, never by its English text, so rewording one language cannot break
 * the other. The entries live beside this file, one file per area (config, validator, importer, workbook,
 * build); index.ts lists them all for the test that every entry speaks both languages.
 */

/** The languages a person reads messages in: Chinese for staff (the default), English for developers. */
export type Lang = 'zh' | 'en';

/** The language a CONTENT_LANG value asks for: `en` for English, Chinese otherwise (src/config/env.ts refuses a wrong value). */
export const langOf = (value: string | undefined): Lang => (value?.trim().toLowerCase() === 'en' ? 'en' : 'zh');

/** One message in one language: what is wrong (what was expected, what was found) and how to fix it. */
export interface Text {
  message: string;
  fix?: string | undefined;
}

/** A catalogue entry: its text in each language, over parameters of type `P`. */
export interface Message<P = void> {
  zh: (params: P) => Text;
  en: (params: P) => Text;
}

/** A named set of entries; the id of an entry is `<area>.<key>`. */
export type Catalogue = Record<string, Message<never>>;

/** Declares one area's entries, keeping each entry's parameter type. */
export function defineMessages<T extends Record<string, Message<never>>>(entries: T): T {
  return entries;
}

/** The text of `entry` in `lang`. */
export function say<P>(entry: Message<P>, params: P, lang: Lang): Text {
  return entry[lang](params);
}

/** The text of `entry` as one sentence: the message, then how to fix it. */
export function sentence<P>(entry: Message<P>, params: P, lang: Lang): string {
  return joined(entry[lang](params), lang);
}

/** The entry as one sentence in each language, for readers that carry `{ zh, en }` (the workbook, file system errors). */
export function pair<P>(entry: Message<P>, params: P): { zh: string; en: string } {
  return { zh: sentence(entry, params, 'zh'), en: sentence(entry, params, 'en') };
}

/** The entry as one sentence in English and in Chinese, in that order: the arguments of an error that carries both (`new DocxError(...enZh(entry, params))`). */
export function enZh<P>(entry: Message<P>, params: P): [en: string, zh: string] {
  return [sentence(entry, params, 'en'), sentence(entry, params, 'zh')];
}

/** A text as one sentence in `lang`: the message, then how to fix it. */
export function joined(t: Text, lang: Lang): string {
  if (!t.fix) return t.message;
  return lang === 'zh' ? `${t.message}${t.fix}` : `${t.message} ${t.fix}`;
}

/** The entry a problem was raised by, with its parameters: another reader (the workbook) may say it in its own words. */
export interface Said {
  entry: Message<never>;
  params: unknown;
}

/** What `bilingual` gives: the English in `message` and `fix`, the Chinese in `zh`, the entry in `said`. */
export type Bilingual = ReturnType<typeof bilingual>;

/** An entry's text as a problem carries it: the English in `message` and `fix`, the Chinese in `zh`, the entry in `said`. */
export function bilingual<P>(entry: Message<P>, params: P): { message: string; fix?: string | undefined; zh: Text; said: Said } {
  const en = entry.en(params);
  return { message: en.message, fix: en.fix, zh: entry.zh(params), said: { entry: entry as Message<never>, params } };
}
