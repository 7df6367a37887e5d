/**
 * The file system as the validator sees it: folders are listed without following links, so that a
 * symbolic link, a FIFO or a folder where a file belongs becomes a problem that names the path and what
 * to do, never a crash. A file system error (unreadable file, read-only folder) becomes one sentence.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

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
      return {
        en: `${path}: permission denied. Give your user the right to read and write it (or choose another folder), then run the command again.`,
        zh: `${path}：没有权限。请让当前用户可以读写它（或换一个文件夹），然后重新运行。`,
      };
    case 'EROFS':
      return {
        en: `${path}: the file system is read-only. Build into a writable folder (set DIST_DIR), then run the command again.`,
        zh: `${path}：所在文件系统为只读。请输出到可写的文件夹（设置 DIST_DIR），然后重新运行。`,
      };
    case 'ENOENT':
      return { en: `${path}: no such file or folder. Check the path, then run the command again.`, zh: `${path}：文件或文件夹不存在。请检查路径后重新运行。` };
    case 'ENOTDIR':
      return {
        en: `${path}: a part of this path is a file, not a folder. Remove or rename that file, or choose another path.`,
        zh: `${path}：路径中的某一级是文件而不是文件夹。请删除或改名该文件，或换一个路径。`,
      };
    case 'EISDIR':
      return { en: `${path}: expected a file, found a folder. Remove the folder or put the file in its place.`, zh: `${path}：应为文件，实际是文件夹。请删除该文件夹或换成文件。` };
    case 'ENOSPC':
      return { en: `${path}: the disk is full. Free some space, then run the command again.`, zh: `${path}：磁盘已满。请腾出空间后重新运行。` };
    case 'ELOOP':
      return { en: `${path}: a symbolic link points to itself (a loop). Replace it with the real file.`, zh: `${path}：符号链接指向自身（循环）。请换成真实文件。` };
    default:
      return {
        en: `${path}: ${(err as Error | null)?.message ?? String(err)}. Check the path and its permissions, then run the command again.`,
        zh: `${path}：${(err as Error | null)?.message ?? String(err)}。请检查路径和权限后重新运行。`,
      };
  }
}
