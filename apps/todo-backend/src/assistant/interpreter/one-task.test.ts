import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter changes one task at a time', () => {
  it.each([
    'delete 4 and 5',
    'complete 3, 4 and 5',
    'mark #7 & #8 done',
    'remove the dentist task and then add the orthodontist',
    'move the report to friday and tag it work',
    'reschedule everything from monday to tuesday',
    'tag all the school stuff kids',
    'nix the whole list',
    'get rid of all the tasks tagged work',
    'axe everything in the morning',
    'which ones should we move to next week',
    'what should i delete first?',
    'I finished the report task, delete the old one',
  ])('asks, calling nothing, on "%s"', (sentence) => {
    expect(interpret(sentence).kind).not.toBe('call');
  });

  it.each([
    ['delete the salt and pepper task', 'salt and pepper'],
    ['mark fish and chips as done', 'fish and chips'],
  ])('keeps "and" inside one title: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', target: { title } });
  });

  const projects = { projects: ['Inbox', 'Groceries', 'Work'] };
  it.each([
    'remind me to call mom at 5 and add milk to groceries',
    'add pay the plumber friday and also add bin bags to the groceries list',
    'new task renew the passport, then put printer ink in Work',
  ])('asks on two requests that add, never one task holding both: "%s"', (sentence) => {
    expect(interpret(sentence, projects)).toEqual({ kind: 'help', reason: expect.stringMatching(/one thing at a time/i) });
  });

  it('adds to a project a task whose title holds "and": "add fish and chips to groceries"', () => {
    expect(interpret('add fish and chips to groceries', projects)).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'fish and chips', project: 'Groceries' },
    });
  });

  it('still lists what to do', () => {
    expect(interpret('what should I do today')).toEqual({ kind: 'call', tool: 'filter_tasks', args: { due: 'today' } });
  });

  it.each(['mark 3 and 4 done', 'complete 3, 4 and 5', 'done 2 and 7', 'mark the dentist and the vet done', '3 and 4 are done'])(
    'says why it asks when several tasks are marked done at once: "%s"',
    (sentence) => {
      expect(interpret(sentence)).toEqual({ kind: 'help', reason: 'One task at a time, please: which task first?' });
    },
  );
});

describe('two tasks to add in one message', () => {
  it.each(['add milk and add eggs', 'add get petrol. add wash the car', 'add call mum, add call dad'])('asks about "%s"', (said) => {
    expect(interpret(said).kind).toBe('help');
  });

  it.each(['add buy milk and eggs', 'add paint the fence, add-on kit'])('adds "%s" as one task', (said) => {
    expect(interpret(said)).toMatchObject({ kind: 'call' });
  });

  it.each([
    'rename the dentist or maybe the vet to checkup',
    'delete the vet. or was it the dentist? one of those',
    'mark the gym or perhaps the swim done',
    'delete the gym one... or the yoga one, whichever is older',
  ])('asks when the user is not sure which task they mean: "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it.each(['undo the last tick', 'reopen my last change'])('asks which task a change the user made was: "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it.each([
    ['unmark the gym - I skipped it in the end', { completed: false }, 'gym'],
    ['tick off the bins - we did them this morning', {}, 'bins'],
  ])('reads a dash before what someone did as why: "%s"', (sentence, args, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args, target: { title } });
  });
});

describe('two things said in one breath', () => {
  it.each([
    'tick off walk the dog and feed the cat',
    'delete pick up the kids and drop off the dog',
    'new task call the bank new task call the school',
    'new task: buy milk new task: ring mum',
  ])('asks, calling nothing, on "%s"', (sentence) => {
    expect(interpret(sentence).kind).not.toBe('call');
  });

  it.each([
    ['tick off buy bread and milk', 'complete_task'],
    ['new task new task fix the gate', 'add_task'],
    ['add walk the dog and feed the cat', 'add_task'],
  ])('reads "%s" as one request', (sentence, tool) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && got.tool).toBe(tool);
  });
});

describe('the stuff about a thing', () => {
  const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

  it.each(['delete the gym stuff', 'move the car stuff into Home Projects', 'assign the car stuff to Sam', 'delete the gym things'])(
    'asks which task, never changing one called so: "%s"',
    (sentence) => {
      expect(interpret(sentence, known).kind).toBe('help');
    },
  );

  it('keeps a thing said with "the … thing" one task, and a tag on the stuff as said', () => {
    expect(interpret('delete the boiler thing')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { title: 'boiler' } });
    expect(interpret('the bike stuff is really a hobby thing')).toMatchObject({ tool: 'add_tag', args: { tag: 'hobby' } });
  });
});
