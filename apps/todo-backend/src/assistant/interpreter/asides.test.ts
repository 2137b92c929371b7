import { describe, expect, it } from 'vitest';
import { withoutAside } from './asides.ts';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a request with an aside about the people or things around it', () => {
  it.each([
    // The aside after a comma, with a subject and a verb of its own.
    ['make the vet high priority, Biscuit is limping', 'set_priority', { priority: 'high' }, { title: 'vet' }],
    ['bump the council tax up, final notice came', 'set_priority', { priority: 'high' }, { title: 'council tax' }],
    ["Sam's dentist is urgent, they've had toothache all week", 'set_priority', { priority: 'high' }, { title: "Sam's dentist" }],
    ['lower the priority on the shed, it can wait till spring', 'set_priority', { priority: 'low' }, { title: 'shed' }],
    ['make the dog walk low priority, it rained all day', 'set_priority', { priority: 'low' }, { title: 'dog walk' }],
    ['stop reminding me about the bins, Mark does them now', 'set_reminder', { clear: true }, { title: 'bins' }],
    ['set a reminder 30 minutes before the recital, he gets nervous', 'set_reminder', { before: '30m' }, { title: 'recital' }],
    ["Will's recital is done, he was brilliant", 'complete_task', {}, { title: "Will's recital" }],
    ['move the dentist to friday, Sam has a test on monday', 'set_due_date', { date: 'friday' }, { title: 'dentist' }],
    // News, then "so" and a request that names its task.
    ['we sold the car so delete the MOT task', 'delete_task', {}, { title: 'MOT' }],
    ['the kids outgrew them so scrap the ballet shoes', 'delete_task', {}, { title: 'ballet shoes' }],
    ['Emma lost her coat so move the shopping trip to saturday', 'set_due_date', { date: 'saturday' }, { title: 'shopping trip' }],
    // News about a task named without "the", then a request pointing back at it.
    ['swimming stops after half term, just make it a one off', 'update_task', { recurring: null }, { title: 'swimming' }],
    ['piano has moved to mondays, change it to every monday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO' }, { title: 'piano' }],
    ['hoovering is done, tick it off', 'complete_task', {}, { title: 'hoovering' }],
    // The aside after a dash set off by spaces; or read on its own as a task done.
    ['the boiler task should be high priority - part has arrived', 'set_priority', { priority: 'high' }, { title: 'boiler' }],
    ['the boiler task should be high priority, the part has arrived', 'set_priority', { priority: 'high' }, { title: 'boiler' }],
    ['make the vet high priority - Biscuit is limping', 'set_priority', { priority: 'high' }, { title: 'vet' }],
    ['take the date off the gutters, they can wait till spring', 'set_due_date', { date: null }, { title: 'gutters' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool, args, target });
  });

  it('adds the task said after an aside, never completing one named by it', () => {
    expect(interpret('sorry kids shouting, add get the windows cleaned')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'get the windows cleaned' },
    });
    expect(interpret('dog barking again. add get the fence fixed')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'get the fence fixed' },
    });
  });

  it('keeps a change of a task named in the clause after the comma', () => {
    expect(interpret('I got the name wrong, the dentist task should be orthodontist')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { title: 'orthodontist' },
      target: { title: 'dentist' },
    });
  });

  it('keeps a dash inside a quoted title', () => {
    expect(interpret('rename the gym one to "gym - legs day" and drop it to low')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { title: 'gym - legs day', priority: 'low' },
      target: { title: 'gym' },
    });
  });

  it('keeps a clause of the request itself: a note, a title, a request pointing back', () => {
    expect(interpret('the school trip task, the notes should say £15 and a packed lunch')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { description: '£15 and a packed lunch' },
      target: { title: 'school trip' },
    });
    expect(interpret('finished with the report, mark it done')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: {},
      target: { title: 'report' },
    });
  });

  it('asks when the aside says the same of another task, or a person acts', () => {
    expect(interpret('the report is not urgent, the shed is').kind).toBe('help');
    expect(interpret('Ana will do the slides, assign it to her').kind).toBe('help');
    expect(interpret('add pay the rent, then assign it to Sam').kind).toBe('help');
  });

  it('never reads past news that says "not" or sets a condition', () => {
    // The whole sentence not understood, as the rule meets it: the request after "so" is still not read alone.
    for (const sentence of ["if the car doesn't sell so delete the MOT task", "the car didn't sell so delete the MOT task"])
      expect(withoutAside(sentence, (text) => (text === sentence ? { kind: 'help' } : interpret(text)))).toEqual({ kind: 'help' });
  });

  it.each([
    [
      "sorry this is random but add call the vet about Milo's booster, the letter came today",
      { title: "call the vet about Milo's booster" },
    ],
    [
      "I'd better ring the optician tomorrow, my glasses are literally held together with tape",
      { title: 'ring the optician', due_date: 'tomorrow' },
    ],
    ['add book the plumber, the ceiling is dripping again', { title: 'book the plumber' }],
  ])('adds %j without the aside after it, or a date read from the aside', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('keeps what is to be said to someone in the task', () => {
    expect(interpret('add tell Jo, the boiler is broken')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'tell Jo, the boiler is broken' },
    });
  });
});
