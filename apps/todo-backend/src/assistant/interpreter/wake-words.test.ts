import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, type Said as Row, t } from './said-rows.ts';
import { withoutWakeWord } from './wake-words.ts';

// Requests said the way people talk to a voice assistant: its wake word first ("alexa,", "hey google", "ok doable"),
// then the request. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['hey google add email the school to my list please', 'add_task', { title: 'email the school' }],
  ['hey google check off buy eggs', 'complete_task', {}, t('buy eggs')],
  ['alexa delete call the plumber', 'delete_task', {}, t('call the plumber')],
  ['hey google cancel the dentist appointment task', 'delete_task', {}, t('dentist appointment')],
  ['alexa what do i have tomorrow', 'filter_tasks', { due: 'tomorrow' }],
  ['hey google whats due this week', 'filter_tasks', { due: 'this_week' }],
  ['alexa make call mom high priority', 'set_priority', { priority: 'high' }, t('call mom')],
  ['hey google lower the priority of the car wash', 'set_priority', { priority: 'low' }, t('car wash')],
  ['alexa add the tag work to the report', 'add_tag', { tag: 'work' }, t('report')],
  ['hey google show me everything tagged family', 'filter_tasks', { tags: ['family'] }],
  ['alexa what tags do i have', 'list_tags', {}],
  ['hey google change the date of the vet to the second of february', 'set_due_date', { date: '2026-02-02' }, t('vet')],
  ['alexa alexa add buy bread', 'add_task', { title: 'buy bread' }],
  ['alexa add milk bread and butter to groceries', 'add_task', { title: 'milk bread and butter', project: 'Groceries' }],
  // The same shape with other requests and other assistants' names.
  ['Siri, add renew the bus pass', 'add_task', { title: 'renew the bus pass' }],
  ['ok google add buy light bulbs tomorrow', 'add_task', { title: 'buy light bulbs', due_date: 'tomorrow' }],
  ['Hey Siri mark the ironing as done', 'complete_task', {}, t('ironing')],
  ['alexa, delete task 12', 'delete_task', {}, id(12)],
  ['okay doable what is overdue', 'filter_tasks', { due: 'overdue' }],
  ['hey alexa remind me at 6pm to call grandma', 'add_task', { title: 'call grandma', due_date: '2026-01-22 18:00', remind_before: '0m' }],
  ['doable, show me my tasks', 'list_tasks', {}],
  ['hey google, move the haircut to saturday', 'set_due_date', { date: 'saturday' }, t('haircut')],
  ['alexa tag the boiler as home', 'add_tag', { tag: 'home' }, t('boiler')],
  ['Alexa. Add tea bags to groceries', 'add_task', { title: 'tea bags', project: 'Groceries' }],
  ['siri make the passport urgent', 'set_priority', { priority: 'high' }, t('passport')],
  ['ok siri search for insurance', 'search_tasks', { query: 'insurance' }],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('requests after a wake word', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it.each([
    ['alexa needs a lift on friday', 'alexa needs a lift on friday'],
    ['google the opening times', 'google the opening times'],
    ['add call alexa tomorrow', 'add call alexa tomorrow'],
    ['siri', 'siri'],
  ])('keeps a name that is no wake word in "%s"', (sentence, kept) => {
    expect(withoutWakeWord(sentence)).toBe(kept);
  });
});
