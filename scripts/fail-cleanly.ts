/**
 * Imported first by every staff command (import, sheet, sheet:import, new:progress): an error nobody
 * foresaw is printed as one line saying what happened, in Chinese (English with --lang en), and the command
 * exits with 2. Staff never see a stack trace; `--debug` (or DEBUG=1) prints it for a developer.
 */
import { messageLang } from '../src/lib/content/problems.ts';

const { lang } = messageLang(process.argv.slice(2));
const debug = process.argv.includes('--debug') || process.env.DEBUG === '1';

function fail(err: unknown): never {
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
