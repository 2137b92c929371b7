import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a priority said of a task already there', () => {
  it.each([
    // A clause about the task, then a request pointing back at it.
    ['the gym renewal can wait, lower it', 'low', { title: 'gym renewal' }],
    ['the passport form can wait - drop it down', 'low', { title: 'passport form' }],
    ['the tax return is really urgent now, bump it up please', 'high', { title: 'tax return' }],
    ['my boss says the budget is now the top thing, can you raise it', 'high', { title: 'budget' }],
    ['the landlord rang and the deposit is very important, flag it', 'high', { title: 'deposit' }],
    ['the quote is super important for us, please put high', 'high', { title: 'quote' }],
    ['I really need the permit form done first, make it top priority', 'high', { title: 'permit form' }],
    ['the invoice is the most important thing today', 'high', { title: 'invoice' }],
    // Todoist's codes said of a task.
    ['the car service is p3 now', 'low', { title: 'car service' }],
    ['that one can be p1', 'high', { last: true }],
    ['the flight booking should be !1', 'high', { title: 'flight booking' }],
    // The level named with the word "priority" around the task.
    ['give to task 7 the priority low', 'low', { id: 7 }],
    ['for the task garden please priority medium', 'medium', { title: 'garden' }],
    ['priority of #12: high', 'high', { id: 12 }],
    ['priority for the boiler -> low', 'low', { title: 'boiler' }],
    ['task 9 → low', 'low', { id: 9 }],
    ['the shed -> p2', 'medium', { title: 'shed' }],
    // The mark of a high level put on.
    ['put a flag on the taxes', 'high', { title: 'taxes' }],
    ['mark the boiler with a star', 'high', { title: 'boiler' }],
    ['give task 6 a red flag', 'high', { id: 6 }],
    ['give it a star', 'high', { last: true }],
    // Verbs that say the direction.
    ['demote the scrapbook', 'low', { title: 'scrapbook' }],
    ['escalate the broken boiler', 'high', { title: 'broken boiler' }],
    ['shelve the loft conversion, low prio', 'low', { title: 'loft conversion' }],
    ['make the fence repair a priority', 'high', { title: 'fence repair' }],
    ['make the gas bill a top priority', 'high', { title: 'gas bill' }],
    ['make the visa form really urgent!!', 'high', { title: 'visa form' }],
    ['Could you set the priority of the shed to low? thanks', 'low', { title: 'shed' }],
    ['set prio of 14 medium', 'medium', { id: 14 }],
    ['12 to high', 'high', { id: 12 }],
    ['prio 8 low', 'low', { id: 8 }],
    ['task 3 high priority', 'high', { id: 3 }],
    ['make 6 a p3', 'low', { id: 6 }],
    ['the insurance claim needs to be top priority', 'high', { title: 'insurance claim' }],
    ['reduce the priority of the shed', 'low', { title: 'shed' }],
    ['drop the priority on 5', 'low', { id: 5 }],
    ['lower the priority of the shed to medium', 'medium', { title: 'shed' }],
    ['raise the priority of 5 to medium', 'medium', { id: 5 }],
    ['increase the importance of task 2', 'high', { id: 2 }],
    // A level stated, or the direction said after the verb.
    ['the newsletter is low prio now', 'low', { title: 'newsletter' }],
    ['the rent is the priority now', 'high', { title: 'rent' }],
    ['bump the newsletter up a notch', 'high', { title: 'newsletter' }],
    ['kick up the MOT', 'high', { title: 'MOT' }],
  ])('reads "%s" as priority %s', (sentence, priority, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority }, target });
  });

  it.each([
    // The clause and the request disagree: asked, never one of them guessed.
    'the newsletter can wait, make it urgent',
    // Several tasks named by a kind: asked, never one task so titled.
    'make the important ones high priority',
    'set the work ones to low',
  ])('asks about "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});

describe('the offline interpreter on a level said the other way round', () => {
  it.each([
    ['mark the hedge as not super urgent', { title: 'hedge' }],
    ['the hedge is not urgent, lower it', { title: 'hedge' }],
    ['make the hedge less important', { title: 'hedge' }],
    ['the gutters can wait, bump it down', { title: 'gutters' }],
    ['bump the newsletter down a notch', { title: 'newsletter' }],
    ['knock the gym down a peg', { title: 'gym' }],
  ])('reads "%s" as low, never high', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target });
  });
});

describe('the offline interpreter on a new task with its priority', () => {
  it.each([
    ['new task renew the licence, it is urgent', 'renew the licence', 'high'],
    ['please add the task wash the windows with low priority', 'wash the windows', 'low'],
    ['add tidy the garage whenever, lowest priority', 'tidy the garage', 'low'],
    ['high prio: call the plumber', 'call the plumber', 'high'],
    ['low priority - sort the photos', 'sort the photos', 'low'],
  ])('reads "%s"', (sentence, title, priority) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, priority } });
  });
});

describe('the offline interpreter on levels said while triaging', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['crank the report up', 'high', { title: 'report' }],
    ['crank the gym down a notch', 'low', { title: 'gym' }],
    ['medium is fine for the vet', 'medium', { title: 'vet' }],
    ["medium's fine for the newsletter", 'medium', { title: 'newsletter' }],
    ['low is ok for the gym', 'low', { title: 'gym' }],
    ['put the hiring plan back to normal', 'medium', { title: 'hiring plan' }],
    ['the expenses matter less now', 'low', { title: 'expenses' }],
    ['the budget matters more now', 'high', { title: 'budget' }],
    ['!! on the invoice', 'high', { title: 'invoice' }],
    ['!!! on 12', 'high', { id: 12 }],
  ])('reads "%s"', (sentence, priority, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority }, target });
  });

  it.each([
    ["show client stuff that's high priority", { tags: ['client'], priority: ['high'] }],
    ['show everything that is low priority', { priority: ['low'] }],
  ])('reads "%s" as a listing, never a change to a task', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });

  it('leaves "p2 the slides" to ask (a task so named, or one to add?) and a title with a level in it whole', () => {
    expect(interpret('p2 the slides')).toMatchObject({ kind: 'help' });
    expect(interpret('add review the high priority bugs')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'review the high priority bugs' },
    });
    expect(interpret('add call the bank high priority')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'call the bank', priority: 'high' },
    });
  });
});
