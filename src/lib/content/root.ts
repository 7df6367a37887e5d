/**
 * The content tree a command reads: CONTENT_ROOT (or a folder given on the command line) must be a folder
 * that holds content/ with its plans. Anything else (a folder that does not exist, an empty one, a
 * half-copied tree) is refused before anything is read, so that no command ever builds an empty site.
 */
import { lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from './problems.ts';

/**
 * The folder holding content/: the first of the places given (the command-line argument, then CONTENT_ROOT
 * as the configuration read it), else the repository.
 */
export function resolveContentRoot(repo: string, ...given: Array<string | undefined>): string {
  return resolve(given.find((g) => g !== undefined && g !== '') ?? repo);
}

const kindOf = (path: string): 'missing' | 'dir' | 'link' | 'other' => {
  try {
    const l = lstatSync(path);
    if (l.isSymbolicLink()) return 'link';
    return l.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
};

/** Problems with the tree itself: the root, content/ and content/plans/ must be real folders. */
export function checkContentRoot(root: string): Problem[] {
  const abs = resolve(root);
  let rootKind: 'missing' | 'dir' | 'other' = 'missing';
  try {
    rootKind = statSync(abs).isDirectory() ? 'dir' : 'other';
  } catch {
    /* missing */
  }
  if (rootKind === 'missing') {
    return [
      {
        file: abs,
        message: `expected the folder that holds content/ (CONTENT_ROOT), found nothing at ${abs}.`,
        fix: 'Set CONTENT_ROOT to the folder that holds content/ (or unset it to use this repository).',
        zh: { message: `CONTENT_ROOT 应为包含 content/ 的文件夹，但 ${abs} 不存在。`, fix: '请把 CONTENT_ROOT 设为包含 content/ 的文件夹（或不设置，使用本仓库）。' },
      },
    ];
  }
  if (rootKind === 'other') {
    return [
      {
        file: abs,
        message: `expected the folder that holds content/ (CONTENT_ROOT), found a file at ${abs}.`,
        fix: 'Set CONTENT_ROOT to the folder that holds content/, not to a file in it.',
        zh: { message: `CONTENT_ROOT 应为包含 content/ 的文件夹，${abs} 却是一个文件。`, fix: '请把 CONTENT_ROOT 设为包含 content/ 的文件夹，而不是其中的文件。' },
      },
    ];
  }
  const content = join(abs, 'content');
  const contentKind = kindOf(content);
  if (contentKind !== 'dir') {
    const found = contentKind === 'missing' ? 'none' : contentKind === 'link' ? 'a symbolic link' : 'a file';
    return [
      {
        file: 'content/',
        message: `expected a folder content/ in ${abs}, found ${found}. Nothing was read, so nothing can be published.`,
        fix: contentKind === 'missing' ? 'Set CONTENT_ROOT to the folder that holds content/ (not to content/ itself), or finish copying it.' : 'Make content/ a real folder holding the files.',
        zh: {
          message: `${abs} 中应有 content/ 文件夹，实际${contentKind === 'missing' ? '没有' : contentKind === 'link' ? '是符号链接' : '是文件'}。什么也没有读取，因此不能发布。`,
          fix: contentKind === 'missing' ? '请把 CONTENT_ROOT 设为包含 content/ 的文件夹（不是 content/ 本身），或把它复制完整。' : '请让 content/ 成为存放文件的真实文件夹。',
        },
      },
    ];
  }
  const plansKind = kindOf(join(content, 'plans'));
  if (plansKind !== 'dir') {
    return [
      {
        file: 'content/plans/',
        message: `expected a folder content/plans/ with one folder per plan in ${abs}, found ${plansKind === 'missing' ? 'none' : 'something else'}. A site without plans is never published.`,
        fix: 'Check that CONTENT_ROOT names the right folder and that the copy of content/ is complete.',
        zh: { message: `${abs} 中应有 content/plans/（每个规划一个文件夹），实际没有。不会发布没有规划的网站。`, fix: '请检查 CONTENT_ROOT 是否指向正确的文件夹，content/ 是否复制完整。' },
      },
    ];
  }
  return [];
}
