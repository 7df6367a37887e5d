/**
 * Imported first by every staff command (import, sheet, sheet:import, new:progress): an environment
 * variable set wrongly is printed as the configuration's refusal (exit 1); an error nobody foresaw is printed as one line saying what happened, in Chinese (English with --lang en), and the command
 * exits with 2. Staff never see a stack trace; `--debug` (or DEBUG=1) prints it for a developer.
 */
import { ConfigError, readConfig } from '../src/config/env.ts';
import { messageLang } from '../src/lib/content/problems.ts';
import { refuseUnknownLang, usageSentence } from './cli.ts';

refuseUnknownLang(process.argv.slice(2));
const { lang } = messageLang(process.argv.slice(2), process.env);
const debug = process.argv.includes('--debug') || (readConfig().config?.debug ?? false);

function fail(err: unknown): never {
  // A variable set wrongly is the user's to fix, found wherever a setting was first needed: said as such.
  if (err instanceof ConfigError) {
    console.error(err.text(lang));
    process.exit(1);
  }
  // A command line typed wrongly is the clerk's to fix, not an unexpected error.
  const usage = usageSentence(err, `npm run ${process.env.npm_lifecycle_event ?? '<命令>'} -- …（见 README.md）`, lang);
  if (usage !== null) {
    console.error(usage);
    process.exit(1);
  }
  const what = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(
    lang === 'en'
      ? `The command stopped on an unexpected error: ${what}. Nothing more was written. (--debug shows the details for a developer.)`
      : `程序遇到意外错误而停止：${what}。没有再写入任何文件。请把这一行发给技术人员（加 --debug 可查看详细信息）。`,
  );
  if (debug && err instanceof Error) console.error(err.stack);
  process.exit(2);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
