import type { Task } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { parentChoices } from './use-parent-choices.ts';

const task = (id: number, title: string, parent_id: number | null, position: string) => ({ id, title, parent_id, position }) as Task;

describe('the parents the New task dialog offers', () => {
  it('lists the open tasks in the tree’s order, each with its level', () => {
    const tasks = [
      task(1, 'Plan trip', null, 'a'),
      task(4, 'Water the plants', null, 'b'),
      task(2, 'Book hotel', 1, 'a'),
      task(3, 'Compare prices', 2, 'a'),
      task(5, 'Buy tickets', 1, 'b'),
    ];
    expect(parentChoices(tasks)).toEqual([
      { id: 1, title: 'Plan trip', depth: 1 },
      { id: 2, title: 'Book hotel', depth: 2 },
      { id: 3, title: 'Compare prices', depth: 3 },
      { id: 5, title: 'Buy tickets', depth: 2 },
      { id: 4, title: 'Water the plants', depth: 1 },
    ]);
  });

  it('shows a task whose parent is done (not in the list) at the top', () => {
    expect(parentChoices([task(7, 'Pack bags', 6, 'a')])).toEqual([{ id: 7, title: 'Pack bags', depth: 1 }]);
  });
});
