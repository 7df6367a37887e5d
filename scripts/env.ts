/**
 * The environment of a command, checked (src/config/env.ts): a command calls `environment(lang)` before it
 * reads anything, and a variable set wrongly stops it with one line per variable (which one, what was
 * expected, what was found, how to fix it) and exit code 1, in the command's language, never a stack.
 */
import { describeConfigProblems, readConfig, type Config } from '../src/config/env.ts';
import type { Lang } from '../src/lib/messages/catalogue.ts';

export function environment(lang: Lang, heading?: string): Config {
  const r = readConfig();
  if (r.config) return r.config;
  if (heading) console.error(heading);
  console.error(describeConfigProblems(r.problems, lang));
  process.exit(1);
}
