import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a field taken off a task "any more"', () => {
  it.each([
    ['no deadline on the roadmap anymore', 'set_due_date', { date: null }, t('roadmap')],
    ['no due date for the shed task any more', 'set_due_date', { date: null }, t('shed')],
    ['no deadline for 12 from now on', 'set_due_date', { date: null }, id(12)],
    ['no reminders for the retro anymore', 'set_reminder', { clear: true }, t('retro')],
    ['no more reminders on the standup now', 'set_reminder', { clear: true }, t('standup')],
    ['no reminders for the retro any more', 'set_reminder', { clear: true }, t('retro')],
    ['remove the due date from 5 now', 'set_due_date', { date: null }, id(5)],
  ])('"%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });
});
