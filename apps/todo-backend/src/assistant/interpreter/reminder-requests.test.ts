import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { last, type Said as Row } from './said-rows.ts';

// A reminder asked for as a thing to set up ("create a reminder: …", "set a daily reminder …", "set a repeating
// reminder for the first of every month …"): a task reminded when due, or a series. Compared by meaning, as the
// language evaluation compares.

const add = (title: string, due_date: string) => ({ title, due_date, remind_before: '0m' });
const rec = (title: string, pattern: string, due_date: string) => ({ title, pattern, due_date });

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['create a reminder: dentist tomorrow at 10', 'add_task', add('dentist', '2026-01-23 10:00')],
  ['alexa set a daily reminder at 7 a.m. to take my vitamins', 'create_recurring', rec('take my vitamins', 'daily', '2026-01-23 07:00')],
  [
    'set a repeating reminder for the first of every month to pay the rent',
    'create_recurring',
    rec('pay the rent', 'FREQ=MONTHLY;BYMONTHDAY=1', '2026-02-01'),
  ],
  // The same shapes with other tasks, times and rules.
  ['make a new reminder - call the gas company friday at 2pm', 'add_task', add('call the gas company', '2026-01-23 14:00')],
  ['add a reminder: vet on monday at 11am', 'add_task', add('vet', '2026-01-26 11:00')],
  ['set a daily reminder to take my vitamins at 7am', 'create_recurring', rec('take my vitamins', 'daily', '2026-01-23 07:00')],
  [
    'set a weekly reminder for monday at 9 to do the timesheet',
    'create_recurring',
    rec('do the timesheet', 'FREQ=WEEKLY;BYDAY=MO', '2026-01-26 09:00'),
  ],
  [
    'set a monthly reminder on the 15th to pay the credit card',
    'create_recurring',
    rec('pay the credit card', 'FREQ=MONTHLY;BYMONTHDAY=15', '2026-02-15'),
  ],
  [
    'set a recurring reminder every sunday at 6pm to call grandma',
    'create_recurring',
    rec('call grandma', 'FREQ=WEEKLY;BYDAY=SU', '2026-01-25 18:00'),
  ],
  [
    'create a repeating reminder for every friday at 4pm to water the plants',
    'create_recurring',
    rec('water the plants', 'FREQ=WEEKLY;BYDAY=FR', '2026-01-23 16:00'),
  ],
  // An alarm or a timer for a task is its reminder; one wakes in the morning.
  ['wake me up at 6 tomorrow to catch the train', 'add_task', add('catch the train', '2026-01-23 06:00')],
  ['wake me at 7:30 on saturday to go to the market', 'add_task', add('go to the market', '2026-01-24 07:30')],
  ['set a timer for 20 minutes to take the pizza out', 'add_task', add('take the pizza out', '2026-01-22 12:20')],
  ['start a timer for an hour to move the car', 'add_task', add('move the car', '2026-01-22 13:00')],
  // The rule right after the noun.
  [
    'set a reminder every weekday at 8 to check email',
    'create_recurring',
    rec('check email', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2026-01-23 08:00'),
  ],
  [
    'create a reminder every sunday at 6pm to call grandma',
    'create_recurring',
    rec('call grandma', 'FREQ=WEEKLY;BYDAY=SU', '2026-01-25 18:00'),
  ],
  // The reminder of the task the chat is on, given a new time.
  ['set the reminder for 7pm', 'set_reminder', { at: '2026-01-22 19:00' }, last],
  ['change the reminder to 10 minutes before', 'set_reminder', { before: '10m' }, last],
  ['move that reminder to tomorrow at 9am', 'set_reminder', { at: '2026-01-23 09:00' }, last],
  ['change that reminder to an hour before', 'set_reminder', { before: '1h' }, last],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a reminder asked for as a thing to set up', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it('asks how often when a repeating reminder says no rule', () => {
    expect(read('set a repeating reminder to water the plants').kind).not.toBe('call');
  });
});
