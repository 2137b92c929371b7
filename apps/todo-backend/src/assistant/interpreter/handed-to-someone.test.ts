import { describe, expect, it } from 'vitest';
import { handedToSomeone } from './handed-to-someone.ts';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('work handed to someone is a task titled as said', () => {
  it.each([
    ['ask Priya to send the deck', { title: 'ask Priya to send the deck' }],
    ['remind the team about timesheets friday', { title: 'remind the team about timesheets', due_date: 'friday' }],
    ['remind the team about the offsite', { title: 'remind the team about the offsite' }],
    ['ask Marco to check the invoices', { title: 'ask Marco to check the invoices' }],
    ['Ask Dr Lee about the test results', { title: 'Ask Dr Lee about the test results' }],
    ['tell Jo to water the club beds on saturday', { title: 'tell Jo to water the club beds', due_date: 'saturday' }],
    ['remind everyone to bring gloves', { title: 'remind everyone to bring gloves' }],
    ['chase HR about the contract', { title: 'chase HR about the contract' }],
    ['ask the committee if we can use the hall', { title: 'ask the committee if we can use the hall' }],
    ['nudge Sam re the expenses tomorrow', { title: 'nudge Sam re the expenses', due_date: 'tomorrow' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    'ask me to water the plants',
    'tell me about the deck',
    'get rid of the deck',
    'get it to Priya',
    'ask Sam to move the deck to friday',
    'tell Priya to rename the report',
  ])('leaves "%s" to the other rules', (sentence) => {
    expect(handedToSomeone(sentence)).toBeUndefined();
  });
});
