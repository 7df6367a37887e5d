/**
 * Illustrative entries as a page shows them: a value or a progress note made up to show how the site
 * works carries one marker (IllustrativeMark), so the words its author wrote to say so (a leading 【示例】,
 * or a note that only repeats the label) are left out where the marker stands instead of them.
 */
import { ILLUSTRATIVE_LABEL } from '../../i18n/index.ts';

/** A summary or note of an illustrative entry without its own 【示例】 prefix; an official one unchanged. */
export function withoutOwnLabel(text: string | null | undefined, provenance: string | undefined): string | null {
  if (!text) return null;
  if (provenance !== 'illustrative') return text;
  const bare = text.replace(/^\s*【示例】\s*/, '').trim();
  return bare === '' || bare === ILLUSTRATIVE_LABEL ? null : bare;
}
