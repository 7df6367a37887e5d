/**
 * The file system as the validator sees it: folders are listed without following links, so that a
 * symbolic link, a FIFO or a folder where a file belongs becomes a problem that names the path and what
 * to do, never a crash. A file system error (unreadable file, read-only folder) becomes one sentence.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { pair } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

export interface Listing {
  /** Regular files, sorted. */
  files: string[];
  /** Real folders (not links to folders), sorted. */
  dirs: string[];
  /** Entries that are neither: symbolic links (dangling or not), FIFOs, sockets, devices. */
  others: Array<{ name: string; kind: string }>;
}

/** What an entry is, in words: `a symbolic link`, `a FIFO (named pipe)` … */
export function entryKind(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'a device file';
  if (st.isDirectory()) return 'a folder';
  return 'a file';
}

export const KIND_ZH: Record<string, string> = {
  'a symbolic link': '符号链接',
  'a FIFO (named pipe)': '命名管道（FIFO）',
  'a socket': '套接字文件',
  'a device file': '设备文件',
  'a folder': '文件夹',
  'a file': '文件',
};

/** Lists `dir` (hidden entries skipped) without following symbolic links; an absent folder lists as empty. */
export function listEntries(dir: string): Listing {
  const out: Listing = { files: [], dirs: [], others: [] };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    let st: Stats;
    try {
      st = lstatSync(join(dir, name));
    } catch {
      continue; // removed while we looked
    }
    if (st.isFile()) out.files.push(name);
    else if (st.isDirectory()) out.dirs.push(name);
    else out.others.push({ name, kind: entryKind(st) });
  }
  return out;
}

/** True when `path` is a real folder (not a link to one). */
export function isRealDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One sentence, in English and Chinese, for a file system error at `path`: what happened and what to do.
 * Unknown errors keep their code, so that nothing is hidden.
 */
export function describeFsError(err: unknown, path: string): { en: string; zh: string } {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return pair(V.fsPermission, { path });
    case 'EROFS':
      return pair(V.fsReadOnly, { path });
    case 'ENOENT':
      return pair(V.fsMissing, { path });
    case 'ENOTDIR':
      return pair(V.fsNotFolder, { path });
    case 'EISDIR':
      return pair(V.fsIsFolder, { path });
    case 'ENOSPC':
      return pair(V.fsFull, { path });
    case 'ELOOP':
      return pair(V.fsLoop, { path });
    default:
      return pair(V.fsOther, { path, error: (err as Error | null)?.message ?? String(err) });
  }
}
