/**
 * The environment of a command, checked (src/config/env.ts): a command calls `environment(lang)` before it
 * reads anything, and a variable set wrongly stops it with one line per variable (which one, what was
 * expected, what was found, how to fix it) and exit code 1, in the command's language, never a stack.
 */
import { isAbsolute } from 'node:path';
import { describeConfigProblems, readConfig, siteAddress, type Config } from '../src/config/env.ts';
import type { Lang } from '../src/lib/messages/catalogue.ts';
import { bindSiteAddress } from '../src/lib/model/urls.ts';
import { userPath } from './cli.ts';

export function environment(lang: Lang, heading?: string): Config {
  // A relative folder means the folder the clerk typed the command in, not the repository npm moved to;
  // made absolute here, it means the same to every process the command starts (the build's Astro).
  for (const name of ['CONTENT_ROOT', 'DIST_DIR'] as const) {
    const v = process.env[name];
    if (v && v.trim() !== '' && !isAbsolute(v.trim())) process.env[name] = userPath(v.trim());
  }
  const r = readConfig();
  if (r.config) {
    // Commands are the edge: every URL they build (search records, shards, downloads) is under the checked address.
    bindSiteAddress(siteAddress);
    return r.config;
  }
  if (heading) console.error(heading);
  console.error(describeConfigProblems(r.problems, lang));
  process.exit(1);
}
