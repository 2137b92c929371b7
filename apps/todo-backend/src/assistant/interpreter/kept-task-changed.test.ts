import { describe, expect, it } from 'vitest';
import { keptTaskChanged } from './kept-task-changed.ts';
import { interpret } from './offline-interpreter.ts';

// "keep the vet task but lose the reminder": the task stays; one of its parts goes.

describe('a task kept while one of its parts goes', () => {
  it.each([
    ['keep the vet task but lose the reminder', 'set_reminder', { clear: true }, { title: 'vet' }],
    ['keep the gym but delete its reminder', 'set_reminder', { clear: true }, { title: 'gym' }],
    ['keep the report, just remove the tags', 'update_task', { tags: [] }, { title: 'report' }],
    ['keep the dentist but clear the due date', 'set_due_date', { date: null }, { title: 'dentist' }],
  ])('changes only the part named in "%s"', (sentence, tool, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args, target });
  });

  it.each(['keep the dentist', 'keep the report but delete the draft', 'delete the reminder, not the task'])(
    'leaves "%s" to the other rules',
    (sentence) => {
      expect(keptTaskChanged(sentence)).toBe(sentence);
    },
  );
});
