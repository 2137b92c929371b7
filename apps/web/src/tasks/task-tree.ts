import { MAX_TASK_DEPTH } from '@doable/contracts';

/** What the tree needs of a task: who its parent is and its key among its siblings. */
export interface TreeFields {
  id: number;
  parent_id: number | null;
  /** Opaque fractional key: siblings sort by it (code-unit order, not the locale's), then by id. */
  position: string;
}

/** Subtasks go at most this many levels deep (a top task is level 1), as the API enforces. */
export const MAX_DEPTH = MAX_TASK_DEPTH;

/** One row of the tree as drawn: the task, its level, and what it needs for its controls. */
export interface TreeRow<T extends TreeFields> {
  task: T;
  /** 1 for a top task (or one whose parent is not in the list), 2 for its subtasks, and so on. */
  depth: number;
  /** The parent as shown here (null at the top, also when the real parent is not in the list). */
  parent: T | null;
  /** The siblings shown before and after, for Move up / Move down. */
  previous: T | undefined;
  next: T | undefined;
  /** How many of its direct subtasks are in the list. */
  childCount: number;
  /** Levels from this task down to its deepest subtask in the list, itself included (1 for a leaf). */
  height: number;
}

/** The `PATCH /tasks/{id}/move` body of a reorder, indent or outdent. */
export type MoveBody = { parent_id?: number | null; after_id?: number | null; before_id?: number | null };

export function bySiblingOrder(a: TreeFields, b: TreeFields): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id - b.id;
}

/**
 * The tasks of one list as a tree, flattened in reading order (each task right before its subtasks). A task whose
 * parent is not in the list (filtered out, or on a page not loaded yet) is shown at the top, in its own order.
 * The subtasks of a collapsed task are left out; it still counts them in `childCount`.
 */
export function treeRows<T extends TreeFields>(tasks: T[], collapsed: ReadonlySet<number> = new Set()): TreeRow<T>[] {
  const ids = new Set(tasks.map((task) => task.id));
  const children = new Map<number | null, T[]>();
  for (const task of tasks) {
    const key = task.parent_id !== null && ids.has(task.parent_id) && task.parent_id !== task.id ? task.parent_id : null;
    const siblings = children.get(key) ?? [];
    siblings.push(task);
    children.set(key, siblings);
  }
  for (const siblings of children.values()) siblings.sort(bySiblingOrder);

  const heights = new Map<number, number>();
  const heightOf = (task: T, seen: Set<number>): number => {
    const known = heights.get(task.id);
    if (known !== undefined) return known;
    seen.add(task.id);
    const below = (children.get(task.id) ?? []).filter((child) => !seen.has(child.id));
    const height = 1 + Math.max(0, ...below.map((child) => heightOf(child, seen)));
    heights.set(task.id, height);
    return height;
  };

  const rows: TreeRow<T>[] = [];
  // `seen` guards against a cycle in bad data: each task is drawn once.
  const seen = new Set<number>();
  const walk = (parent: T | null, depth: number) => {
    const siblings = (children.get(parent?.id ?? null) ?? []).filter((task) => !seen.has(task.id));
    siblings.forEach((task, index) => {
      seen.add(task.id);
      rows.push({
        task,
        depth,
        parent,
        previous: siblings[index - 1],
        next: siblings[index + 1],
        childCount: children.get(task.id)?.length ?? 0,
        height: heightOf(task, new Set()),
      });
      if (!collapsed.has(task.id)) walk(task, depth + 1);
      else markSubtree(task.id);
    });
  };
  const markSubtree = (id: number) => {
    for (const child of children.get(id) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      markSubtree(child.id);
    }
  };
  walk(null, 1);
  return rows;
}

/** Move up: right before the sibling above. None at the top. */
export function moveUp<T extends TreeFields>(row: TreeRow<T>): MoveBody | undefined {
  return row.previous ? { before_id: row.previous.id } : undefined;
}

/** Move down: right after the sibling below. None at the bottom. */
export function moveDown<T extends TreeFields>(row: TreeRow<T>): MoveBody | undefined {
  return row.next ? { after_id: row.next.id } : undefined;
}

/** Indent: the last subtask of the sibling above, if the subtree still fits within the depth limit. */
export function indent<T extends TreeFields>(row: TreeRow<T>): MoveBody | undefined {
  if (!row.previous) return undefined;
  if (row.depth + 1 + row.height - 1 > MAX_DEPTH) return undefined;
  return { parent_id: row.previous.id };
}

/** Outdent: right after its parent, among the parent's siblings. None at the top. */
export function outdent<T extends TreeFields>(row: TreeRow<T>): MoveBody | undefined {
  if (!row.parent) return undefined;
  return { parent_id: row.parent.parent_id, after_id: row.parent.id };
}

/** Whether another subtask may go under this task. */
export function canAddSubtask(row: Pick<TreeRow<TreeFields>, 'depth'>): boolean {
  return row.depth < MAX_DEPTH;
}

/** The ids of a task's subtasks at every level, from the list. */
export function descendantIds<T extends TreeFields>(tasks: T[], id: number): Set<number> {
  const found = new Set<number>();
  let frontier = [id];
  while (frontier.length) {
    const next = tasks.filter((task) => task.parent_id !== null && frontier.includes(task.parent_id) && !found.has(task.id));
    for (const task of next) found.add(task.id);
    frontier = next.map((task) => task.id);
  }
  found.delete(id);
  return found;
}
