/**
 * Resident memory of a process tree, read from /proc (Linux), for the benches: a build's peak memory is that
 * of Node, Astro's workers and every tool they start, not of the build's own process alone.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessTable {
  children: Map<number, number[]>;
  rss: Map<number, number>;
}

/** Every process's parent and resident memory (bytes), from one pass over /proc. */
export function processTable(): ProcessTable {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After ") ": state(1) ppid(2) … rss(22), in pages.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return { children, rss };
}

/** Resident memory of `root` and all its descendants (`total`), and of `root` alone (`own`), in bytes. */
export function treeRss(root: number, table: ProcessTable = processTable()): { total: number; own: number } {
  let total = 0;
  for (const stack = [root]; stack.length; ) {
    const pid = stack.pop()!;
    total += table.rss.get(pid) ?? 0;
    stack.push(...(table.children.get(pid) ?? []));
  }
  return { total, own: table.rss.get(root) ?? 0 };
}
