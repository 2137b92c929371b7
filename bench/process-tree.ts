import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and every process below it (Linux `/proc`), in MiB. */
export interface TreeMemory {
  /** Sum of each process's resident set: pages shared between them (PostgreSQL's shared buffers) counted in each. */
  rss: number;
  /** Sum of proportional set sizes: shared pages divided among their sharers, so the tree's real share of memory. */
  pss: number;
  processes: number;
}

/** The parent of every process, read once from `/proc/<pid>/stat` (field 4, after the command name in parentheses). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return parentOf;
}

/** `root` and its descendants. */
export function processTree(root: number, parentOf: Map<number, number> = parents()): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

function kib(text: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
}

export function treeMemory(root: number): TreeMemory | undefined {
  let rss = 0;
  let pss = 0;
  let processes = 0;
  for (const pid of processTree(root)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += kib(rollup, 'Rss');
      pss += kib(rollup, 'Pss');
      processes++;
    } catch {
      // Gone meanwhile, or not readable.
    }
  }
  return processes === 0 ? undefined : { rss: Math.round(rss / 1024), pss: Math.round(pss / 1024), processes };
}
