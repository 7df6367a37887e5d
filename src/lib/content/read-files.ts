/**
 * The steps every reader of content/ shares: list a folder (refusing links and special files), read a
 * file's bytes within its size limit, parse JSON with positions, and check a parsed document against its
 * schema and the text rules. Each step reports what it refuses to the collector and returns null.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { describeFsError, KIND_ZH, listEntries, type Listing } from './files.ts';
import { FILE_LIMITS, formatBytes, MAX_JSON_DEPTH, stringFaults, tooDeep } from './limits.ts';
import { decodeContent, lineColumnAt } from './read-text.ts';
import { parseJsonLocated, type Located } from './locate.ts';
import { parseWithFriendlyErrors } from './friendly.ts';
import { unsafeStrings } from './inert.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';
import type { LoadContext } from './collect.ts';
import { bilingual, type Message } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

/**
 * Lists a folder of content/ and reports what may not be there: symbolic links (a link can point outside
 * the repository, where nothing is under version control) and special files; folders where files belong
 * are reported by the caller, which knows what belongs.
 */
export function listFolder(ctx: LoadContext, dir: string): Listing {
  const l = listEntries(dir);
  for (const o of l.others) {
    ctx.out.add({
      file: ctx.rel(join(dir, o.name)),
      ...bilingual(V.specialFile, { kind: o.kind, kindZh: KIND_ZH[o.kind] ?? o.kind }),
    });
  }
  return l;
}

/** A folder named `name` where a file belongs; `what` is the catalogue's phrase for what belongs there. */
export function folderInsteadOfFile<P>(ctx: LoadContext, dir: string, name: string, what: Message<P>, params: P): void {
  ctx.out.add({
    file: ctx.rel(join(dir, name)) + '/',
    ...bilingual(V.folderInsteadOfFile, { what: what.en(params).message, whatZh: what.zh(params).message, name }),
  });
}

/** The file's bytes, or null after reporting why it cannot be read (too large, unreadable). */
export function readBytes(ctx: LoadContext, path: string, limit: number): Buffer | null {
  const file = ctx.rel(path);
  try {
    const size = statSync(path).size;
    if (size > limit) {
      ctx.out.add({
        file,
        ...bilingual(V.fileTooLarge, { limit: formatBytes(limit), size: formatBytes(size) }),
      });
      return null;
    }
    return readFileSync(path);
  } catch (err) {
    const d = describeFsError(err, file);
    ctx.out.add({ file, message: d.en, zh: { message: d.zh } });
    return null;
  }
}

/** A JSON file parsed with positions, or null after reporting why not (size, encoding, nesting, syntax). */
export function readJson(ctx: LoadContext, path: string): { doc: Located } | null {
  const file = ctx.rel(path);
  const bytes = readBytes(ctx, path, FILE_LIMITS.json);
  if (!bytes) return null;
  const decoded = decodeContent(bytes, file);
  if (!decoded.ok) {
    ctx.out.add(decoded.problem);
    return null;
  }
  const deep = tooDeep(decoded.text);
  if (deep >= 0) {
    const { line, column } = lineColumnAt(decoded.text, deep);
    ctx.out.add({
      file,
      line,
      column,
      ...bilingual(V.jsonTooDeep, { max: MAX_JSON_DEPTH }),
    });
    return null;
  }
  const parsed = parseJsonLocated(decoded.text, file);
  if (!parsed.ok) {
    ctx.out.add(...parsed.problems);
    return null;
  }
  return { doc: parsed.doc };
}

/** Problems for strings that hold forbidden characters or are longer than their field allows. */
function checkText(ctx: LoadContext, doc: Located, file: string): boolean {
  const faults = stringFaults(doc.value);
  for (const { path, ...said } of faults) ctx.out.add({ file, ...doc.locate(path), field: formatPath(path), ...said });
  return faults.length === 0;
}

/**
 * The document's data if it is plain text within its limits and fits its schema; null otherwise, after
 * reporting every problem (markup, text, schema): a clerk should meet every problem of a file in one run.
 */
export function checkDocument<S extends z.ZodType>(ctx: LoadContext, schema: S, doc: Located, file: string): z.output<S> | null {
  const unsafe = ctx.options.allowMarkup ? [] : unsafeStrings(doc.value);
  for (const u of unsafe) {
    ctx.out.add({
      file,
      ...doc.locate(u.path),
      field: formatPath(u.path),
      ...bilingual(V.notPlainText, { reason: u.reason }),
    });
  }
  const textOk = checkText(ctx, doc, file);
  const r = parseWithFriendlyErrors(schema, doc, file);
  if (!r.ok) {
    ctx.out.add(...r.problems);
    return null;
  }
  return unsafe.length || !textOk ? null : r.data;
}

/** A catalogue message at a field of a parsed document, in both languages. */
export function saidAt(doc: Located, file: string, path: PathSegment[], said: ReturnType<typeof bilingual>): Problem {
  return { file, ...doc.locate(path), field: formatPath(path), ...said };
}
