import { describe, expect, it } from 'vitest';
import { processTree } from './process-tree.ts';

describe('the process tree the embedded bench measures', () => {
  it('holds the process and every process below it, grandchildren included, and no other', () => {
    // pid → parent: Node (10) started the postmaster (11), which started its workers and backends.
    const parents = new Map([
      [1, 0],
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 11],
      [20, 1],
      [21, 20],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});
