import type { TaskEvent } from '@doable/contracts';

/** Fields whose change moves a task into or out of a project's open count. */
const COUNTED_FIELDS = new Set(['completed', 'project_id']);

/**
 * Whether a task event may change the sidebar's open counts, so the project list is worth fetching again: a task
 * created, completed, deleted, reopened or moved to another project. A rename, a new due date or an assignee does
 * not. An update that does not say what changed (written before `changed_fields` existed) is taken as one that may.
 */
export function changesProjectCounts(event: Pick<TaskEvent, 'event_type' | 'changed_fields' | 'previous_project_id'>): boolean {
  if (event.event_type !== 'updated') return true;
  if (event.previous_project_id !== undefined || event.changed_fields === undefined) return true;
  return event.changed_fields.some((field) => COUNTED_FIELDS.has(field));
}
