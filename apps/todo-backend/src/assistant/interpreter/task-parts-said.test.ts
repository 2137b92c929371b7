import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

// A part of a task said of it: its reminders stopped ("stop the reminders for the bio lab"), its level said twice
// ("the reading list can wait, low priority"), its day ("the MATH2040 quiz is on the 3rd"). A reminder, a date or a
// tag taken off a task whose title ends in "project" never deletes the task.

const projects = { projects: ['Inbox', 'Work'] };

describe('parts of a task said of it', () => {
  it.each([
    ['stop the reminders for the bio lab pls', call('set_reminder', { clear: true }, t('bio lab'))],
    ['stop reminders for the essay', call('set_reminder', { clear: true }, t('essay'))],
    ['turn off all the alerts on 7', call('set_reminder', { clear: true }, id(7))],
    ['mute the notifications for the seminar', call('set_reminder', { clear: true }, t('seminar'))],
    ['the reading list can wait, low priority', call('set_priority', { priority: 'low' }, t('reading list'))],
    ['the bio reading can wait - low prio', call('set_priority', { priority: 'low' }, t('bio reading'))],
    ['the report can wait, low priority please', call('set_priority', { priority: 'low' }, t('report'))],
    ['the MATH2040 quiz is on the 3rd', call('set_due_date', { date: 'the 3rd' }, t('MATH2040 quiz'))],
    ['the dentist is on friday at 3pm', call('set_due_date', { date: 'friday at 3pm' }, t('dentist'))],
    ['my chem exam is on feb 10', call('set_due_date', { date: 'feb 10' }, t('chem exam'))],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence, projects)).toEqual(reading);
  });

  it.each([
    'remove the reminder for the group project',
    'stop the reminders for the group project',
    'delete the due date on the group project',
    'remove the tag uni from the group project',
    'remove the deadline from the science fair project',
  ])('deletes nothing on "%s"', (sentence) => {
    const reading = interpret(sentence, projects);
    expect(reading.kind === 'call' && reading.tool).not.toBe('delete_task');
  });

  it.each(['the report is on the list', 'the TV is on', 'the bins are on tuesdays'])('moves nothing on "%s"', (sentence) => {
    const reading = interpret(sentence, projects);
    expect(reading.kind === 'call' && reading.tool).not.toBe('set_due_date');
  });

  it('still deletes a task titled "… project"', () => {
    expect(interpret('delete the group project', projects)).toEqual(call('delete_task', {}, t('group project')));
  });
});
