import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('a question whether one task still stands on a day', () => {
  it.each([
    ['is the report still on for monday?', 'report'],
    ['is the dentist still happening on friday', 'dentist'],
    ['is my haircut still booked for saturday?', 'haircut'],
  ])('searches for it on "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });
});

describe('a question about a day typed short', () => {
  it.each([
    ['anything on sun?', 'sun'],
    ['anything on next tues?', 'next tues'],
  ])('lists that day on "%s"', (sentence, day) => {
    expect(interpret(sentence)).toEqual({
      kind: 'call',
      tool: 'filter_tasks',
      args: { due_after: `${day} 00:00`, due_before: `${day} 24:00` },
    });
  });

  it('still searches for words that start with a day', () => {
    expect(interpret('anything on sun cream?')).toEqual({ kind: 'call', tool: 'search_tasks', args: { query: 'sun cream' } });
  });
});

describe("a question about the caller's place in the chat", () => {
  it.each(['right. where was i', 'where were we?'])('searches for nothing on "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it('still searches for a task asked where it is', () => {
    expect(interpret("where's the boiler task")).toEqual({ kind: 'call', tool: 'search_tasks', args: { query: 'boiler' } });
  });
});

describe('a question about one task with where to look', () => {
  it.each([
    ["anything about dad's hearing aid on here?", "dad's hearing aid"],
    ['anything about the boiler on here', 'boiler'],
    ['is there anything about the school trip in here?', 'school trip'],
    ['anything about the blue badge on my list?', 'blue badge'],
    ['search for the blue badge on here', 'blue badge'],
    ['find the dosette box in here', 'dosette box'],
  ])('searches for the task alone: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });
});

describe('a question whether a task or reminder was made for something', () => {
  it.each([
    ['have I set a reminder for the car insurance?', 'car insurance'],
    ['did I set up a reminder for the dentist', 'dentist'],
    ['did we add a task for the school trip?', 'school trip'],
    ['have I made a note about the boiler', 'boiler'],
    ['did I put in a todo for the window cleaner', 'window cleaner'],
  ])('searches for the thing it was made for: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });
});

describe("a question about one task's level", () => {
  it.each([
    ['is the report urgent?', 'report'],
    ["what's the priority on the budget?", 'budget'],
    ['how urgent is the invoice', 'invoice'],
    ['is my passport renewal still high priority?', 'passport renewal'],
  ])('searches for it on "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });

  it.each(['should the report be high priority?', 'is it worth making the MOT high priority?'])('asks back on "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });
});

describe("one task's level asked, and judgement asked for", () => {
  it.each([
    ['what priority is the boiler thing?', 'boiler'],
    ['what priority is the vet one?', 'vet'],
    ['which priority is the gym', 'gym'],
  ])('finds the task asked about: %s', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });

  it.each(['sort out the priorities for me', 'sort out my list'])('asks, never sorts the list: %s', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it('still sorts when "by" says how', () => {
    expect(interpret('sort out my tasks by due date')).toMatchObject({ kind: 'call', tool: 'sort_tasks', args: { field: 'due_date' } });
  });
});

describe('a question asked of what was written about one thing', () => {
  const projects = ['Groceries', 'Work'];
  it.each([
    ['what did I jot down about the boiler service?', { query: 'boiler service' }],
    ['what did I say about the boiler', { query: 'boiler' }],
    ['what have I mentioned about the lease?', { query: 'lease' }],
    ["is there a note somewhere about Dad's pension?", { query: "Dad's pension" }],
    ['did I ever put the bin collection on?', { query: 'bin collection' }],
    ['where is that thing about the parking fine', { query: 'parking fine' }],
    ['what priority did I give the passport renewal?', { query: 'passport renewal' }],
    ['do I still need to buy batteries?', { query: 'batteries' }],
    ['do we still have to book the hall', { query: 'hall' }],
    ['did I already add bread to groceries?', { query: 'bread', project: 'Groceries' }],
  ])('searches on "%s"', (sentence, args) => {
    expect(interpret(sentence, { projects })).toEqual({ kind: 'call', tool: 'search_tasks', args });
  });

  it.each(['I still need to buy batteries', 'I need to buy batteries', 'add bread to groceries'])(
    'changes nothing it was not asked to on "%s"',
    (sentence) => {
      const reading = interpret(sentence, { projects });
      expect(reading.kind === 'call' && reading.tool).toBe('add_task');
    },
  );
});
