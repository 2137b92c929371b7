import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Routines said the way people set them up: the readers each phrase goes through are named in the test.

describe('routines said more ways', () => {
  it.each([
    ["skip tomorrow's run", 'run', 'P1D'],
    ["skip today's yoga", 'yoga', 'P1D'],
    ["skip this week's mowing", 'mowing', 'P1W'],
  ])('skipped once: %s', (phrase, title, by) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'postpone_task', args: { by }, target: { title } });
  });

  it.each([
    'take my blood pressure tablets every 4 hours',
    'drink water every 2 hours',
    'every morning and evening brush the puppy',
    'feed the dog each morning and night',
    'water the plants mon wed fri',
    'yoga sat sun 9am',
  ])('asked about: %s', (phrase) => {
    expect(interpret(phrase).kind).toBe('help');
  });

  it.each([
    ['mist the ferns every other morning', { title: 'mist the ferns', pattern: 'FREQ=DAILY;INTERVAL=2' }],
    ['every other night read to the kids', { title: 'read to the kids', pattern: 'FREQ=DAILY;INTERVAL=2' }],
    ['on weekdays do 10 minutes of german', { title: 'do 10 minutes of german', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
    ['set up a routine: journal every night at 10', { title: 'journal', pattern: 'daily', due_date: 'at 10pm' }],
    ['add pay the cleaner fortnightly', { title: 'pay the cleaner', pattern: 'FREQ=WEEKLY;INTERVAL=2' }],
  ])('a new series: %s', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it.each([
    ['turn the plant feeding into a fortnightly one', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, 'plant feeding'],
    ['make the vitamins high priority and repeat every morning', { priority: 'high', recurring: 'daily' }, 'vitamins'],
  ])('a changed task: %s', (phrase, args, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'update_task', args, target: { title } });
  });

  it('keeps an amount of time in the title and a time from now as the date', () => {
    expect(interpret('add do 10 minutes of german')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'do 10 minutes of german' },
    });
    expect(interpret('add check the oven in 20 minutes')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'check the oven', due_date: 'in 20 minutes' },
    });
  });

  it.each([
    ['show me my daily habits', { recurring: true }],
    ['list my routines', { recurring: true }],
    ["what's left of my routine today?", { recurring: true, due: 'today', status: 'pending' }],
  ])('the repeating tasks asked for: %s', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });

  it('finds a series asked when it is next due', () => {
    expect(interpret('when is the flea treatment next due?')).toEqual({
      kind: 'call',
      tool: 'search_tasks',
      args: { query: 'flea treatment' },
    });
  });

  it('answers a question about the app with help', () => {
    expect(interpret('how do repeating tasks work?').kind).toBe('help');
  });

  it.each([
    ['every weekday except friday log my workout', { title: 'log my workout', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH' }],
    ['practise piano every day except sunday', { title: 'practise piano', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA' }],
    [
      'pay the childminder on the 15th and the last day of each month',
      { title: 'pay the childminder', pattern: 'FREQ=MONTHLY;BYMONTHDAY=15,-1' },
    ],
    ['study spanish every week starting monday', { title: 'study spanish', pattern: 'weekly', due_date: 'monday' }],
  ])('a series whose first day the rule finds or the sentence says: %s', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'create_recurring', args });
  });

  it('adds an errand set up, and finds one asked about', () => {
    expect(interpret('i need to set up a direct debit for the monthly rent')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'set up a direct debit for the monthly rent' },
    });
    expect(interpret('is the plant watering set up yet?')).toEqual({
      kind: 'call',
      tool: 'search_tasks',
      args: { query: 'plant watering' },
    });
    expect(interpret('i need to set the alarm').kind).toBe('help');
  });

  it('keeps "every hour" after an errand as its words, and reads days after a verb of repeating as a rule', () => {
    expect(interpret('add stretch every hour')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'stretch every hour' } });
    expect(interpret('the gym thing should repeat mon wed fri')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' },
      target: { title: 'gym' },
    });
  });
});
