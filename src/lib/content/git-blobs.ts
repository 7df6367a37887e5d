/**
 * Many files at many commits, read with one git process: `git cat-file --batch` takes `<commit>:<path>` lines
 * and answers each with the blob. Spawning one `git show` per version cost a busy machine seconds for the
 * five shipped plans, on every `npm run validate`.
 */
import { spawnSync } from 'node:child_process';

/** The text of each `<commit>:<path>` spec that names a file, keyed by the spec; specs that name nothing are left out. */
export function readBlobs(cwd: string, specs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (specs.length === 0) return out;
  const r = spawnSync('git', ['cat-file', '--batch'], { cwd, input: `${specs.join('\n')}\n`, maxBuffer: 1 << 30 });
  if (r.status !== 0 || !r.stdout) return out;
  const buf = r.stdout;
  let at = 0;
  for (const spec of specs) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = buf.subarray(at, eol).toString('utf8');
    at = eol + 1;
    // "<sha> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(spec, buf.subarray(at, at + size).toString('utf8'));
    at += size + 1; // the content, then a newline
  }
  return out;
}
