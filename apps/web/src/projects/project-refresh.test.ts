import { describe, expect, it } from 'vitest';
import { changesProjectCounts } from './project-refresh.ts';

describe('which live task changes refetch the project list', () => {
  it('refetches when a task is created, completed or deleted', () => {
    for (const event_type of ['created', 'completed', 'deleted'] as const) {
      expect(changesProjectCounts({ event_type, changed_fields: ['completed'] })).toBe(true);
    }
  });

  it('refetches when a task is reopened or moved to another project', () => {
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['completed', 'completed_at'] })).toBe(true);
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['project_id', 'parent_id'] })).toBe(true);
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: [], previous_project_id: 4 })).toBe(true);
  });

  it('does not refetch for a rename, a due date, an assignee or a reorder', () => {
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['title'] })).toBe(false);
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['due_date', 'reminder_at'] })).toBe(false);
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['assignee_id'] })).toBe(false);
    expect(changesProjectCounts({ event_type: 'updated', changed_fields: ['parent_id', 'position'] })).toBe(false);
  });

  it('refetches for an update that does not say what changed', () => {
    expect(changesProjectCounts({ event_type: 'updated' })).toBe(true);
  });
});
