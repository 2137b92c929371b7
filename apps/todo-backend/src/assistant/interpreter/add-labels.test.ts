import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on tasks to add said with a label or as a wish', () => {
  it.each([
    ['add a task for tomorrow: call the bank', 'call the bank', 'tomorrow'],
    ['Add a todo for Friday: collect the blazer from the tailor', 'collect the blazer from the tailor', 'Friday'],
    ['new task for friday - book the MOT', 'book the MOT', 'friday'],
    ['new task for next monday - renew the gym pass', 'renew the gym pass', 'next monday'],
    ['add for tomorrow: buy flowers', 'buy flowers', 'tomorrow'],
    ['put on my list for monday: email HR', 'email HR', 'monday'],
    ['create a todo on monday: ring the school', 'ring the school', 'monday'],
    ['make sure to call the vet tomorrow', 'call the vet', 'tomorrow'],
    ['I will need to go to the bank tomorrow', 'go to the bank', 'tomorrow'],
    ["I'll have to go to the bank tomorrow", 'go to the bank', 'tomorrow'],
    ['tomorrow I need to go to the bank', 'go to the bank', 'tomorrow'],
    ['on friday I have to call the bank', 'call the bank', 'friday'],
    ['tomorrow: go to the bank', 'go to the bank', 'tomorrow'],
    ['next week - renew insurance', 'renew insurance', 'next week'],
    ['can you put dentist on thursday in my list', 'dentist', 'thursday'],
    ['dentist appointment friday 3pm', 'dentist appointment', 'friday 3pm'],
    ['team lunch on thursday', 'team lunch', 'thursday'],
    ['set a task for tomorrow to buy milk', 'buy milk', 'tomorrow'],
    ['add a to-do for tomorrow to buy milk', 'buy milk', 'tomorrow'],
  ])('reads the date said first: "%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  it.each([
    ['can you make sure I pay the window cleaner', 'pay the window cleaner'],
    ['make sure I buy bread', 'buy bread'],
    ['ensure I pay the gas bill', 'pay the gas bill'],
    ["can you make sure i don't forget to call the bank", 'call the bank'],
    ['remember i need to buy a new charger', 'buy a new charger'],
    ['remember that I have to call the vet', 'call the vet'],
    ['oh and I also need to buy stamps', 'buy stamps'],
    ['we really must fix the gate', 'fix the gate'],
    ['task: buy light bulbs', 'buy light bulbs'],
    ["don't forget: buy bread", 'buy bread'],
    ["i'm going to need to go to the bank", 'go to the bank'],
    ['i should probably go to the bank', 'go to the bank'],
    ['add to my tasks: go to the bank', 'go to the bank'],
    ['reminder to self: go to the bank', 'go to the bank'],
    ['new task pls: bank', 'bank'],
    ['could you add that I need to go to the bank', 'go to the bank'],
    ['add to list: call the plumber', 'call the plumber'],
    ['have to call the plumber', 'call the plumber'],
    ['should call the plumber', 'call the plumber'],
    ['to do: call plumber', 'call plumber'],
    ['- call plumber', 'call plumber'],
    ['[ ] call plumber', 'call plumber'],
    ['jot this down: renew passport', 'renew passport'],
    ['note this: renew passport', 'renew passport'],
    ['please add to do buy milk', 'buy milk'],
    ["add 'buy milk' please and thank you", 'buy milk'],
    ['could you set up a task for renewing the passport', 'renewing the passport'],
    ['I need a task for renewing the passport', 'renewing the passport'],
    ['add one more: buy milk', 'buy milk'],
    ['oh and add buy milk as well', 'buy milk'],
    ['add buy milk too', 'buy milk'],
    ['make buy milk a task', 'buy milk'],
    ['save buy milk as a task', 'buy milk'],
    ['log a task: buy milk', 'buy milk'],
    ['help me remember to buy milk', 'buy milk'],
    ['keep in mind I need to buy milk', 'buy milk'],
  ])('adds: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it.each([
    'make sure I delete the old gym task',
    'remember I need to move task 4 to friday',
    'tomorrow I need to delete task 5',
    'nice weather today',
    'busy day tomorrow',
    '- delete task 5',
    'should I delete the gym task?',
  ])('adds no task on "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  // A day said first in the words every date is read in: the calendar's phrases and short spellings too.
  it.each([
    ['the weekend after next I need to pack the ski gear', 'pack the ski gear', 'the weekend after next'],
    ['mid march I have to book the hotel', 'book the hotel', 'mid march'],
    ['the monday after next add book the ferry', 'book the ferry', 'the monday after next'],
  ])('adds "%s" with the day said first', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  // An appointment on "next tuesday": the list words ("next") are looked for outside the date.
  it.each([
    ['car svc nxt tues', 'car svc', 'next tues'],
    ['dentist next tuesday', 'dentist', 'next tuesday'],
    ['haircut next week', 'haircut', 'next week'],
  ])('adds the appointment "%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  it.each([
    ['anything next week', { due: 'next_week' }],
    ["what's next", {}],
  ])('still asks to see tasks: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', args });
  });

  it('reads "tomorrow: what is due?" as the question about tomorrow, never a task', () => {
    expect(interpret('tomorrow: what is due?')).toEqual({ kind: 'call', tool: 'filter_tasks', args: { due: 'tomorrow' } });
  });
});

describe('the offline interpreter on tags and kinds said in words when adding', () => {
  it.each<[string, Record<string, unknown>]>([
    ['add buy milk in the home category', { title: 'buy milk', tags: ['home'] }],
    ['add buy milk, home tag', { title: 'buy milk', tags: ['home'] }],
    ['add a home task: buy milk', { title: 'buy milk', tags: ['home'] }],
    ['add an urgent task: buy milk', { title: 'buy milk', priority: 'high' }],
    ['add a quick task: buy milk', { title: 'buy milk' }],
    ['new errand: buy milk', { title: 'buy milk' }],
  ])('adds: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

describe('a thing and the day of the month it is due, without a verb', () => {
  it.each([
    ['costume for Mia by the 3rd', 'costume for Mia', 'the 3rd'],
    ['team lunch on the 5th', 'team lunch', 'the 5th'],
    ['school trip money £12 by wed', 'school trip money £12', 'wed'],
  ])('adds "%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  it.each(['fix the 2nd floor light', 'the 3rd', 'nice weather on the 5th'])('does not add "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });
});

describe('a thing whose words English also reads as a verb or a date', () => {
  it.each([
    ["birthday present for Sam's party on the 20th", "birthday present for Sam's party", 'the 20th'],
    ['world book day costume for Mia by the 3rd', 'world book day costume for Mia', 'the 3rd'],
    ['school play costume friday', 'school play costume', 'friday'],
  ])('adds "%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  it.each(['busy day tomorrow', 'move the dentist friday'])('adds nothing for "%s"', (sentence) => {
    expect(interpret(sentence)).not.toMatchObject({ tool: 'add_task' });
  });
});

describe('a day said as a label with "due", "for" or "by"', () => {
  it.each([
    ['due the sunday after next: renew badge', 'renew badge', 'the sunday after next'],
    ['due friday - renew badge', 'renew badge', 'friday'],
    ['by monday: send the forms', 'send the forms', 'monday'],
  ])('"%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });
});
