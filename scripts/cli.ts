/**
 * The command line of a staff command, checked before anything is read. A command typed wrongly (an option
 * it does not know, an option without its value, --lang fr, a folder where a file belongs, a date not on
 * the calendar) stops with one sentence in the command's language and exit code 1, never node's own English
 * error; and a relative path means the folder the clerk typed it in, also under `npm run`, which moves the
 * command to the repository (npm keeps the clerk's folder in INIT_CWD).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sentence, type Lang } from '../src/lib/messages/catalogue.ts';
import { cliMessages as C } from '../src/lib/messages/cli.ts';
import { isRealDate } from '../src/schemas/common.ts';

const REPO = resolve(import.meta.dirname, '..');

/** The folder relative paths are read from: where the clerk typed the command. */
export function userDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  // npm runs every script in the repository and keeps the folder it was typed in as INIT_CWD; a command run
  // any other way (node scripts/x.ts, a test) already runs where it was started.
  return env.INIT_CWD && resolve(cwd) === REPO ? resolve(env.INIT_CWD) : cwd;
}

/** A path as the clerk meant it: absolute, relative to the folder the command was typed in. */
export function userPath(path: string): string {
  return resolve(userDir(), path);
}

function stop(text: string): never {
  console.error(text);
  process.exit(1);
}

/** `--lang` with a value other than zh or en (or none): refused, said in Chinese and English since the language is what is in doubt. */
export function refuseUnknownLang(argv: readonly string[]): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return;
    if (a !== '--lang' && !a.startsWith('--lang=')) continue;
    const v = a === '--lang' ? argv[i + 1] : a.slice('--lang='.length);
    if (v === undefined || !['zh', 'en'].includes(v.trim().toLowerCase())) {
      const found = v ?? '';
      stop(`${sentence(C.badLang, { found }, 'zh')}\n${sentence(C.badLang, { found }, 'en')}`);
    }
  }
}

/** node's parseArgs errors (ERR_PARSE_ARGS_*) as a sentence for the clerk; null for any other error. */
export function usageSentence(err: unknown, usage: string, lang: Lang, argv: readonly string[] = process.argv.slice(2)): string | null {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code !== 'string' || !e.code.startsWith('ERR_PARSE_ARGS_')) return null;
  const message = String(e.message ?? '');
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  // parseArgs names a short option by its letter (-d of -dash.txt): name what was typed, so the hint fits.
  const typed = argv.find((a) => a === quoted || (quoted.length === 2 && a.startsWith(quoted))) ?? quoted;
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return sentence(C.unknownOption, { option: typed, usage }, lang);
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return sentence(C.unexpectedArgument, { found: quoted, usage }, lang);
  const option = /(--?[\w-]+)/.exec(message)?.[1] ?? quoted;
  return sentence(C.missingValue, { option, usage }, lang);
}

/** parseArgs, strict, with a wrong command line said as a sentence (exit 1). */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string, lang: Lang): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const said = usageSentence(err, usage, lang);
    if (said === null) throw err;
    stop(said);
  }
}

/** A path given for a file: a folder there is refused by name (reading it would fail with EISDIR). */
export function refuseFolder(path: string, want: string, lang: Lang): void {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return; // missing: the command says so in its own words
  }
  if (folder) stop(sentence(C.folderNotFile, { path, want }, lang));
}

/** A YYYY-MM-DD date on the calendar, or a sentence and exit 1. */
export function checkDateOption(option: string, value: string | undefined, lang: Lang): void {
  if (value === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) stop(sentence(C.badDate, { option, found: value }, lang));
}
