import type { Task, TaskPage } from '@doable/contracts';
import { useEffect, useState } from 'react';
import { apiRequest } from '../api/api-client.ts';
import { treeRows } from './task-tree.ts';
import { PAGE_SIZE } from './view-state.ts';

/** A task a new one may go under, as the "Subtask of" select lists it. */
export interface ParentChoice {
  id: number;
  title: string;
  /** 1 for a top task, as in the project's tree. */
  depth: number;
}

/** The open tasks of a project in its tree's order, each with its level (a task whose parent is done shows at the top). */
export function parentChoices(tasks: Task[]): ParentChoice[] {
  return treeRows(tasks).map((row) => ({ id: row.task.id, title: row.task.title, depth: row.depth }));
}

/**
 * The open tasks of the project a new task is being written for (its first page, in manual order), fetched when the
 * project is chosen; none while `enabled` is false (editing a task: its place in the tree changes by moving it). The
 * depth limit is not judged here: the list may not hold every level, and the API says when a parent is too deep.
 */
export function useParentChoices(projectId: number | undefined, enabled: boolean): ParentChoice[] {
  const [choices, setChoices] = useState<ParentChoice[]>([]);
  useEffect(() => {
    setChoices([]);
    if (!enabled || projectId === undefined) return;
    let current = true;
    const query = new URLSearchParams({ project: String(projectId), status: 'pending', sort: 'position', order: 'asc' });
    query.set('limit', String(PAGE_SIZE));
    apiRequest<TaskPage>('GET', `/api/v1/tasks?${query}`)
      .then((page) => current && setChoices(parentChoices(page.items)))
      // Without the list the task goes at the top level, as it always could.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [projectId, enabled]);
  return choices;
}
