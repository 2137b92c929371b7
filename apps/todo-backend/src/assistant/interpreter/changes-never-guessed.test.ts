import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { id, last, type Said, t } from './said-rows.ts';

// Sentences that name a change to a task already there, each read as that change: never a deletion where work done is
// reported, never a new task, never one task where several are meant.

const ASK = null;
const reads = (rows: Said[]) =>
  it.each(rows)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

describe('work done said with a verb of ours in the past ("deleted my old emails")', () => {
  reads([
    ['deleted my old emails - cross that off', 'complete_task', {}, t('old emails')],
    ['deleted my old emails', 'complete_task', {}, t('old emails')],
    ['deleted the spam folder - tick it off', 'complete_task', {}, t('spam folder')],
    ['removed the wasp nest - cross it off', 'complete_task', {}, t('wasp nest')],
    ['paid the gas bill - tick it off', 'complete_task', {}, t('gas bill')],
    ['deleet 5', 'delete_task', {}, id(5)],
  ]);
});

describe('the title named as the field changed, on a task of plain words', () => {
  reads([
    ['change the report title to Report for Friday', 'update_task', { title: 'Report for Friday' }, t('report')],
    ['change the title of the report to Report for Friday', 'update_task', { title: 'Report for Friday' }, t('report')],
    ['set the gym name to gym on monday', 'update_task', { title: 'gym on monday' }, t('gym')],
    ['update the title of my tax return to tax return by april', 'update_task', { title: 'tax return by april' }, t('tax return')],
  ]);
});

describe('several tasks by their place in the list', () => {
  reads([
    ['done with the last three', ASK],
    ['complete the first 2 tasks', ASK],
    ['delete the top five', ASK],
    ['tick off the last couple', ASK],
    ['delete the last one', ASK],
  ]);
});

describe('a reminder taken off the task in hand', () => {
  reads([
    ['remove its reminder', 'set_reminder', { clear: true }, last],
    ['delete the reminder', 'set_reminder', { clear: true }, last],
    ['turn off that reminder', 'set_reminder', { clear: true }, last],
    ['remove the reminder for the dentist', 'set_reminder', { clear: true }, t('dentist')],
  ]);
});

describe('shell-like moves and reminders ("mv dentist nxt mon", "remind standup @ 8:45 mon")', () => {
  reads([
    ['mv dentist nxt mon', 'set_due_date', { date: 'next monday' }, t('dentist')],
    ['mv gym tmrw', 'set_due_date', { date: 'tomorrow' }, t('gym')],
    ['mv bins night 2 mon', 'set_due_date', { date: 'monday' }, t('bins night')],
    ['mv the report fri 9am', 'set_due_date', { date: 'friday 9am' }, t('report')],
    ['mv report to Work', 'move_task', { project: 'Work' }, t('report')],
    ['remind standup @ 8:45 mon', 'set_reminder', { at: '2026-01-26 08:45' }, t('standup')],
    ['remind dentist @ 5pm tomorrow', 'set_reminder', { at: 'tomorrow 5pm' }, t('dentist')],
    ['remind 9 @ 8am', 'set_reminder', { at: '8am' }, id(9)],
    // A clock time before a short weekday is that day's time, never "45 mon(ths)" from now.
    ['move 9 to 8:45 mon', 'set_due_date', { date: '2026-01-26 08:45' }, id(9)],
    ['move 4 to 10:30 fri', 'set_due_date', { date: '2026-01-23 10:30' }, id(4)],
  ]);
});

describe('a task made "a weekly thing"', () => {
  reads([
    ['make the tuck shop roster a weekly thing', 'update_task', { recurring: 'weekly' }, t('tuck shop roster')],
    ['make the gym a daily thing', 'update_task', { recurring: 'daily' }, t('gym')],
    ['make my bins a weekly task', 'update_task', { recurring: 'weekly' }, t('bins')],
    ['make a daily task to walk the dog', 'create_recurring', { title: 'walk the dog', pattern: 'daily' }],
  ]);
});

describe('a new date that is an amount and a way ("a day later") moves the task by it', () => {
  reads([
    ['can we do the plumber a day later', 'postpone_task', { by: 'P1D' }, t('plumber')],
    ['could we do the gym 2 days earlier', 'postpone_task', { by: '-P2D' }, t('gym')],
    ['can we have the dentist an hour later', 'postpone_task', { by: 'PT1H' }, t('dentist')],
    ['move the report a day later', 'postpone_task', { by: 'P1D' }, t('report')],
    ['move 5 to tomorrow', 'set_due_date', { date: 'tomorrow' }, id(5)],
  ]);
});

describe('what one has is no work done ("I\'ve got the MOT on monday")', () => {
  reads([
    ["i've got the MOT on monday", ASK],
    ["I've got the dentist tomorrow", ASK],
    ['I got the tickets', 'complete_task', {}, t('tickets')],
    ['got the milk', 'complete_task', {}, t('milk')],
  ]);
});

describe('a reminder lead with a courtesy after it ("a reminder 45 min before would be great")', () => {
  reads([
    [
      'meeting with Sam friday 10:30, a reminder 45 min before would be great',
      'add_task',
      { title: 'meeting with Sam', due_date: 'friday 10:30am', remind_before: '45m' },
    ],
    [
      'dentist monday 9am, a reminder an hour before would be handy',
      'add_task',
      { title: 'dentist', due_date: 'monday 9am', remind_before: '1h' },
    ],
  ]);
});

describe('a task\'s number with what it is in brackets, and "after the weekend"', () => {
  reads([
    ['delete task 12 (the cancel gym one)', 'delete_task', {}, id(12)],
    ['complete 7 (the gas bill)', 'complete_task', {}, id(7)],
    ['push the report to after the weekend', 'set_due_date', { date: 'monday' }, t('report')],
    ['push the gym to after the weekend', 'set_due_date', { date: 'monday' }, t('gym')],
  ]);
});
