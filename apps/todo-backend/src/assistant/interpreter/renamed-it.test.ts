import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { last, type Said as Row, t } from './said-rows.ts';

// "change that to buy oat milk": a new title for the task the conversation is on, when the new words are no other
// field. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['change that to buy oat milk', 'update_task', { title: 'buy oat milk' }, last],
  // The same shape with other titles.
  ['change it to call mom and dad', 'update_task', { title: 'call mom and dad' }, last],
  ['switch it to pick up the kids', 'update_task', { title: 'pick up the kids' }, last],
  ['change that one to book the big room', 'update_task', { title: 'book the big room' }, last],
  ['change it to say renew the bus pass', 'update_task', { title: 'renew the bus pass' }, last],
  // A task named first as the topic takes the place of "it".
  ['the name of the vet task is off, change it to vet check-up', 'update_task', { title: 'vet check-up' }, t('vet')],
  ['the title of the gym one is wrong, change it to gym with Sam', 'update_task', { title: 'gym with Sam' }, t('gym')],
  // Other fields keep their own readings.
  ['change it to 6pm', 'set_due_date', { date: '2026-01-22 18:00' }, last],
  ['change that to high', 'set_priority', { priority: 'high' }, last],
  ['change it to every week', 'update_task', { recurring: 'weekly' }, last],
  ['change it to Work', 'move_task', { project: 'Work' }, last],
  ['change it to next friday at 3', 'set_due_date', { date: '2026-01-30 15:00' }, last],
  // One word may be anything: asked.
  ['change it to Tom', null],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a new title for the task pointed at', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
