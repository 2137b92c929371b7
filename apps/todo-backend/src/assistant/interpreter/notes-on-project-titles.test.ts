import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// A note on a task titled "… project" when the caller has no such project, and every clause of a note kept: the note
// is the user's own words.

const projects = { projects: ['Inbox', 'Work', 'Garden Club'] };

describe('notes on a task titled "… project"', () => {
  it.each([
    [
      'note on the group project: Priya does the slides, Tom does the intro',
      call('update_task', { description: 'Priya does the slides, Tom does the intro' }, t('group project')),
    ],
    ['add a note to the science project: buy glue', call('update_task', { description: 'buy glue' }, t('science project'))],
    [
      'notes for my history project: use the archive photos',
      call('update_task', { description: 'use the archive photos' }, t('history project')),
    ],
    [
      'add a note to the report: Priya does the slides, Tom does the intro',
      call('update_task', { description: 'Priya does the slides, Tom does the intro' }, t('report')),
    ],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence, projects)).toEqual(reading);
  });

  it('still asks about a task added to a project that does not exist', () => {
    const reading = interpret('add buy glue to the science project', projects);
    expect(reading.kind).toBe('help');
  });
});
