import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said as Row, t } from './said-rows.ts';

// A task named by its reminder ("my reminder to call the bank", "the gym reminder"): a change to it is a change to the
// task; a reminder deleted is cleared from its task, never the task deleted; a reminder named by its time is asked.
// Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  [
    'hey doable change the title of the bins reminder to take the bins and recycling out',
    'update_task',
    { title: 'take the bins and recycling out' },
    t('bins'),
  ],
  ['tick off my reminder to call the bank', 'complete_task', {}, t('call the bank')],
  ['make the gym reminder repeat every tuesday and thursday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU,TH' }, t('gym')],
  ['stop repeating my reminder about the vitamins', 'update_task', { recurring: null }, t('vitamins')],
  ['make my reminder about the boiler important', 'set_priority', { priority: 'high' }, t('boiler')],
  ['delete my reminder to call the bank', 'set_reminder', { clear: true }, t('call the bank')],
  ['delete my 3pm reminder', null],
  // The same shapes with other tasks, verbs and times.
  ['mark my reminder to water the plants as done', 'complete_task', {}, t('water the plants')],
  ['check off the gym reminder', 'complete_task', {}, t('gym')],
  ['make my reminder about the car tax low priority', 'set_priority', { priority: 'low' }, t('car tax')],
  ['make my reminder to call mum repeat every sunday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=SU' }, t('call mum')],
  ['rename my reminder about the plumber to call the plumber back', 'update_task', { title: 'call the plumber back' }, t('plumber')],
  ['cancel my reminder to take the chicken out', 'set_reminder', { clear: true }, t('take the chicken out')],
  ['remove the vet reminder', 'set_reminder', { clear: true }, t('vet')],
  ['turn off my reminder about the bins', 'set_reminder', { clear: true }, t('bins')],
  ['turn off the reminder on 5', 'set_reminder', { clear: true }, id(5)],
  ['cancel my 7 a.m. reminder', null],
  ["delete the five o'clock reminder", null],
  ['remove my reminder for tomorrow morning', null],
  ['remove the reminder task about the bins', 'delete_task', {}, t('reminder task about the bins')],
  // A task taken off one's reminders keeps the task.
  ['remove call mom from my reminders', 'set_reminder', { clear: true }, t('call mom')],
  ['take the dentist off my reminders', 'set_reminder', { clear: true }, t('dentist')],
  // The reminder pointed at: the last task's, never a task titled "that reminder".
  ['cancel that reminder', 'set_reminder', { clear: true }, last],
  ['delete the reminder', 'set_reminder', { clear: true }, last],
  ['turn off this alarm', 'set_reminder', { clear: true }, last],
  // The reminder taken off a task, or no longer needed: cleared, the task kept.
  ['take the reminder off the dentist', 'set_reminder', { clear: true }, t('dentist')],
  ['take off the reminder on the car tax', 'set_reminder', { clear: true }, t('car tax')],
  ['get the reminder off of task 4', 'set_reminder', { clear: true }, id(4)],
  ['take my reminder off the bins', 'set_reminder', { clear: true }, t('bins')],
  ['no need to remind me about the dentist', 'set_reminder', { clear: true }, t('dentist')],
  ["there's no need to remind me about the vitamins any more", 'set_reminder', { clear: true }, t('vitamins')],
  ["you don't need to remind me about the plumber anymore", 'set_reminder', { clear: true }, t('plumber')],
  // The task said first, then that it needs no reminder.
  ["the broadband bill doesn't need a reminder", 'set_reminder', { clear: true }, t('broadband bill')],
  ['the gym needs no reminders any more', 'set_reminder', { clear: true }, t('gym')],
  ["that one doesn't need a reminder", 'set_reminder', { clear: true }, last],
  ["the report doesn't need a date", 'set_due_date', { date: null }, t('report')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a task named by its reminder', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
