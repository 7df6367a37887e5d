/**
 * What every reader and rule of the content pipeline shares: where the tree is, the options of this run and
 * the collector that gathers problems. The collector is passed in explicitly, so that a reader or a rule can
 * be read (and tested) alone: it receives what it checks and says what is wrong, and nothing else.
 */
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';

export interface LoadOptions {
  /**
   * Test only (defence-in-depth tests, tests/helpers/build-unvalidated.ts): let markup and addresses
   * through instead of refusing them, so that a test can prove every output escapes them by itself.
   */
  allowMarkup?: boolean;
  /**
   * Today's date, YYYY-MM-DD, to refuse a report published in the future. Only the validator passes it:
   * what the build writes must not depend on the clock.
   */
  today?: string | undefined;
  /**
   * Read only the plans (their folders, progress and sources) for which this says yes, and apply the rules
   * across plans to those: a partition's build reads its own plans, not the country's (the pipelines'
   * validate job checks the whole tree). Every plan when absent.
   */
  include?: ((planId: string) => boolean) | undefined;
}

/** Problems found while loading, in the order they were found. */
export class ProblemCollector {
  /** Errors: nothing is published while there is one. */
  readonly problems: Problem[] = [];
  /** Things a person should look at that do not stop a build, such as items a yearly report leaves out. */
  readonly warnings: Problem[] = [];

  add(...problems: Problem[]): void {
    this.problems.push(...problems);
  }

  warn(...warnings: Problem[]): void {
    this.warnings.push(...warnings);
  }
}

export interface LoadContext {
  /** The folder that holds content/. */
  root: string;
  /** `<root>/content`. */
  contentDir: string;
  options: LoadOptions;
  out: ProblemCollector;
  /** The path as problems name it: relative to the root, with forward slashes. */
  rel(path: string): string;
}

export function createLoadContext(root: string, options: LoadOptions, out = new ProblemCollector()): LoadContext {
  return {
    root,
    contentDir: join(root, 'content'),
    options,
    out,
    rel: (p) => relative(root, p).split('\\').join('/'),
  };
}
