import { describe, expect, it } from 'vitest';
import { dropProject, inOrder, moveProject } from './project-order.ts';

const projects = [
  { id: 1, is_inbox: true },
  { id: 5, is_inbox: false },
  { id: 3, is_inbox: false },
  { id: 9, is_inbox: false },
];

describe('the sidebar order', () => {
  it('moves a project up or down one place among the others, leaving the Inbox out', () => {
    expect(moveProject(projects, 3, -1)).toEqual([3, 5, 9]);
    expect(moveProject(projects, 3, 1)).toEqual([5, 9, 3]);
  });

  it('does not move past either end, nor move the Inbox', () => {
    expect(moveProject(projects, 5, -1)).toEqual([5, 3, 9]);
    expect(moveProject(projects, 9, 1)).toEqual([5, 3, 9]);
    expect(moveProject(projects, 1, 1)).toEqual([5, 3, 9]);
  });

  it('shows the projects in a new order at once, the Inbox first and the rest after as they were', () => {
    expect(inOrder(projects, [9, 5]).map((project) => project.id)).toEqual([1, 9, 5, 3]);
  });

  it('puts a dragged project right before or after the one it was dropped on', () => {
    expect(dropProject(projects, 9, 5, 'before')).toEqual([9, 5, 3]);
    expect(dropProject(projects, 5, 9, 'after')).toEqual([3, 9, 5]);
    expect(dropProject(projects, 5, 3, 'before')).toEqual([5, 3, 9]);
    expect(dropProject(projects, 9, 3, 'after')).toEqual([5, 3, 9]);
  });

  it('keeps the order when a project is dropped on itself, on the Inbox, or is not shown', () => {
    expect(dropProject(projects, 3, 3, 'after')).toEqual([5, 3, 9]);
    expect(dropProject(projects, 3, 1, 'before')).toEqual([5, 3, 9]);
    expect(dropProject(projects, 1, 9, 'after')).toEqual([5, 3, 9]);
    expect(dropProject(projects, 42, 5, 'before')).toEqual([5, 3, 9]);
  });
});
