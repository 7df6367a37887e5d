/**
 * The content tree a command reads: CONTENT_ROOT (or a folder given on the command line) must be a folder
 * that holds content/ with its plans. Anything else (a folder that does not exist, an empty one, a
 * half-copied tree) is refused before anything is read, so that no command ever builds an empty site.
 */
import { lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Problem } from './problems.ts';
import { bilingual } from '../messages/catalogue.ts';
import { validatorMessages as V } from '../messages/validator.ts';

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
        ...bilingual(V.rootMissing, { root: abs }),
      },
    ];
  }
  if (rootKind === 'other') {
    return [
      {
        file: abs,
        ...bilingual(V.rootIsFile, { root: abs }),
      },
    ];
  }
  const content = join(abs, 'content');
  const contentKind = kindOf(content);
  if (contentKind !== 'dir') {
    const kind = contentKind === 'missing' ? 'missing' : contentKind === 'link' ? 'link' : 'file';
    return [{ file: 'content/', ...bilingual(V.noContentFolder, { root: abs, kind }) }];
  }
  const plansKind = kindOf(join(content, 'plans'));
  if (plansKind !== 'dir') {
    return [
      {
        file: 'content/plans/',
        ...bilingual(V.noPlansFolder, { root: abs, missing: plansKind === 'missing' }),
      },
    ];
  }
  return [];
}
