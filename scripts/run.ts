/**
 * `node scripts/run.ts <command> [args…]`: starts a staff command (scripts/<command>.ts) with Node's
 * compile cache on. A command loads some eighty TypeScript modules; stripping their types and compiling
 * them took about half of an import's time on every run (`npm run import` of one plan: ~1.5 s of CPU, of
 * which ~0.4 s type stripping). With the cache (os.tmpdir()/node-compile-cache, keyed by each file's
 * content, so an edited file is compiled again) only the first run pays. The cache must be on before the
 * command's modules are loaded, so the command is imported from here, not run directly.
 */
import { enableCompileCache } from 'node:module';

const [command, ...rest] = process.argv.slice(2);
if (!command || !/^[a-z][a-z-]*$/u.test(command)) {
  console.error('usage: node scripts/run.ts <command> [args…]  (a script of scripts/, e.g. import)');
  process.exit(2);
}
enableCompileCache?.();
// The command reads its arguments from process.argv, as when it is run directly.
process.argv.splice(2, 1);
await import(`./${command}.ts`);
