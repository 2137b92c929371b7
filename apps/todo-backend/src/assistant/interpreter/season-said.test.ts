import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A new task due in a season is asked about (a season names no day); a season that names a thing stays in the title.

describe('a season said as when a task is due', () => {
  it.each([
    'add clear the leaves out of the pond in the autumn',
    'add paint the fence this summer',
    'add plant the bulbs in autumn',
    'add prune the apple tree over the winter',
    'add sow the peas in early spring',
    'add re-point the chimney by the end of summer',
  ])('asks which day: "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it.each([
    ['add buy a winter coat', 'buy a winter coat'],
    ['add book the summer fete stall', 'book the summer fete stall'],
    ['add buy logs for the winter', 'buy logs for the winter'],
    ["add plan this summer's holiday", "plan this summer's holiday"],
    ['add sort the spring cleaning', 'sort the spring cleaning'],
  ])('keeps a season that names a thing: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it('leaves a change to a task that exists as it was', () => {
    expect(interpret('the shed can wait till spring')).toMatchObject({ tool: 'set_priority', args: { priority: 'low' } });
  });
});

describe('a series kept to a period that names no dates', () => {
  it.each([
    'every weekday at 7 in the holidays open up for holiday camp',
    'every saturday in the summer cut the grass',
    'every saturday during term time take the register',
    'every weekday during half term run the camp',
    'water the pitch every evening in the season',
  ])('asks which weeks: "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringContaining('Which weeks') });
  });

  it.each([
    ['every weekday check the terms and conditions', 'check the terms and conditions'],
    ['every friday email the holiday club', 'email the holiday club'],
  ])('keeps a period that names a thing: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ tool: 'create_recurring', args: { title } });
  });

  it('reads months said as a series bound', () => {
    expect(interpret('water the pitch every saturday from may to august')).toMatchObject({
      tool: 'create_recurring',
      args: { pattern: 'FREQ=WEEKLY;BYDAY=SA;BYMONTH=5,6,7,8' },
    });
  });
});
