import { describe, expect, it } from 'vitest';
import { canAddSubtask, descendantIds, indent, moveDown, moveUp, outdent, type TreeFields, treeRows } from './task-tree.ts';

const task = (id: number, parent_id: number | null, position: string): TreeFields => ({ id, parent_id, position });
const shape = (rows: ReturnType<typeof treeRows>) => rows.map((row) => `${'  '.repeat(row.depth - 1)}${row.task.id}`);

describe('the task tree', () => {
  it('puts each task right before its subtasks, siblings in position order, then by id', () => {
    const rows = treeRows([
      task(1, null, 'a1'),
      task(2, null, 'a0'),
      task(3, 1, 'a0'),
      task(4, 1, 'Zz'),
      task(5, 3, 'a0'),
      task(6, null, 'a0'),
    ]);
    // 'Zz' sorts before 'a0' by code unit (fractional keys), whatever the locale says.
    expect(shape(rows)).toEqual(['2', '6', '1', '  4', '  3', '    5']);
    expect(rows.map((row) => row.childCount)).toEqual([0, 0, 2, 0, 1, 0]);
    expect(rows.map((row) => row.height)).toEqual([1, 1, 3, 1, 2, 1]);
  });

  it('shows a task whose parent is not in the list at the top', () => {
    expect(shape(treeRows([task(7, 99, 'a0'), task(8, null, 'a1')]))).toEqual(['7', '8']);
  });

  it('leaves out the subtasks of a collapsed task, at every level', () => {
    const tasks = [task(1, null, 'a0'), task(2, 1, 'a0'), task(3, 2, 'a0'), task(4, null, 'a1')];
    const rows = treeRows(tasks, new Set([1]));
    expect(shape(rows)).toEqual(['1', '4']);
    expect(rows[0]?.childCount).toBe(1);
  });

  it('draws each task once even when the data has a cycle', () => {
    expect(treeRows([task(1, 2, 'a0'), task(2, 1, 'a0'), task(3, null, 'a0')]).map((row) => row.task.id)).toEqual([3]);
  });

  it('moves up before the sibling above and down after the sibling below, not past either end', () => {
    const rows = treeRows([task(1, null, 'a0'), task(2, null, 'a1'), task(3, null, 'a2'), task(4, 2, 'a0')]);
    const [first, second, , third] = rows;
    expect(moveUp(second as never)).toEqual({ before_id: 1 });
    expect(moveDown(second as never)).toEqual({ after_id: 3 });
    expect(moveUp(first as never)).toBeUndefined();
    expect(moveDown(third as never)).toBeUndefined();
    // A subtask moves among its own siblings only: here it has none.
    expect(moveUp(rows[2] as never)).toBeUndefined();
  });

  it('indents under the sibling above (last among its subtasks) and outdents to right after its parent', () => {
    const rows = treeRows([task(1, null, 'a0'), task(2, 1, 'a0'), task(3, 1, 'a1'), task(4, null, 'a1')]);
    expect(indent(rows[0] as never)).toBeUndefined();
    expect(indent(rows[2] as never)).toEqual({ parent_id: 2 });
    expect(indent(rows[3] as never)).toEqual({ parent_id: 1 });
    expect(outdent(rows[1] as never)).toEqual({ parent_id: null, after_id: 1 });
    expect(outdent(rows[0] as never)).toBeUndefined();
  });

  it('does not indent past four levels, counting the subtree that comes along', () => {
    // 1 > 2 > 3, and 4 (with its subtask 5) a sibling of 3 at level 3: under 3 it would reach level 5.
    const rows = treeRows([task(1, null, 'a0'), task(2, 1, 'a0'), task(3, 2, 'a0'), task(4, 2, 'a1'), task(5, 4, 'a0')]);
    const four = rows.find((row) => row.task.id === 4);
    expect(four?.depth).toBe(3);
    expect(indent(four as never)).toBeUndefined();
    const three = rows.find((row) => row.task.id === 5);
    expect(canAddSubtask(three as never)).toBe(false);
    expect(canAddSubtask(four as never)).toBe(true);
  });

  it('finds every subtask of a task, at every level', () => {
    const tasks = [task(1, null, 'a0'), task(2, 1, 'a0'), task(3, 2, 'a0'), task(4, null, 'a1'), task(5, 1, 'a1')];
    expect([...descendantIds(tasks, 1)].sort()).toEqual([2, 3, 5]);
    expect(descendantIds(tasks, 4).size).toBe(0);
  });
});
