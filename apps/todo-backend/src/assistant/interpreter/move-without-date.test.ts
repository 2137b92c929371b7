import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('a task moved without a day, or by an amount: asked when, never moved to a guessed day, completed or added', () => {
  it.each([
    ['postpone the vet', 'Until when should I put off "vet"?'],
    ['put off the vet', 'Until when should I put off "vet"?'],
    ['put the vet off', 'Until when should I put off "vet"?'],
    ['delay it', 'Until when should I put it off?'],
    ['put off calling the bank', 'Until when should I put off "calling the bank"?'],
    ['move the dentist', 'Move "dentist" to what day, or to which project?'],
  ])('"%s" asks: %s', (text, question) => {
    const got = interpret(text);
    expect(got.kind).toBe('help');
    expect(got.kind === 'help' && got.reason).toContain(question);
  });

  it.each([
    ['put the dentist off until march 3', 'dentist', 'march 3'],
    ['put the tax return off until april 1', 'tax return', 'april 1'],
    ['put the dentist back until march 3', 'dentist', 'march 3'],
    ['put off the dentist till next week', 'dentist', 'next week'],
    ['put it off till tomorrow', undefined, 'tomorrow'],
  ])('"%s" moves the task to the day said', (text, title, date) => {
    const got = interpret(text);
    expect(got).toMatchObject({ kind: 'call', tool: 'set_due_date', args: { date } });
    if (got.kind === 'call') expect(got.target).toEqual(title ? { title } : { last: true });
  });

  it.each(['move house', 'put the books back on the shelf by friday', 'put the bins out on monday'])('"%s" is no task moved', (text) => {
    const got = interpret(text);
    expect(got.kind === 'call' && ['set_due_date', 'postpone_task', 'complete_task'].includes(got.tool)).toBe(false);
  });

  it.each([
    ['make the dentist 10 minutes later', 'PT10M'],
    ['make the dentist an hour earlier', '-PT1H'],
  ])('"%s" moves the task by the amount, never adds "make the dentist"', (text, by) => {
    expect(interpret(text)).toEqual({ kind: 'call', tool: 'postpone_task', args: { by }, target: { title: 'dentist' } });
  });

  it('"make the cake 2 days" is no move: "make" moves only with the way said', () => {
    const got = interpret('make the cake 2 days');
    expect(got.kind === 'call' && got.tool).not.toBe('postpone_task');
  });
});
