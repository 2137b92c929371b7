import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { correctVerb } from './typos.ts';

describe('typing shortcuts in the leading verb', () => {
  it.each([
    ['shw my tasks', 'show my tasks'],
    ['lst my tags', 'list my tags'],
    ['rmv 4', 'remove 4'],
    ['srch dentist', 'search dentist'],
    ['dlt the gym task', 'delete the gym task'],
    ['sreach milk', 'search milk'],
    ['rneame 5 to pay rent', 'rename 5 to pay rent'],
  ])('reads "%s" as "%s"', (said, meant) => {
    expect(correctVerb(said)).toBe(meant);
  });

  it.each(['buy milk', 'pay rent', 'mrs jones birthday', 'cv update'])('leaves "%s" as typed', (said) => {
    expect(correctVerb(said)).toBe(said);
  });

  it.each([
    ['add pay the window cleaner by frday', 'friday'],
    ['add gym thrusday 7am', 'thursday 7am'],
    ['add call the vet on tuesdy', 'tuesday'],
    ['add book tickets next saturdy', 'next saturday'],
  ])('reads a misspelt weekday where a date goes: "%s"', (sentence, due) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'add_task', args: { due_date: due } });
  });

  it('keeps a word near a weekday where no date goes', () => {
    expect(interpret('add buy a sundae friday')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'buy a sundae', due_date: 'friday' },
    });
  });

  it('reads "wots" as what is', () => {
    expect(interpret('wots left')).toEqual({ kind: 'call', tool: 'list_tasks', args: { status: 'pending' } });
  });

  it('reads "tsk" as task and a digit 2 after a verb of needing as "to"', () => {
    expect(interpret('delte the gym tsk')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { title: 'gym' } });
    expect(interpret('need 2 renew car tax')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'renew car tax' } });
    expect(interpret('add buy 2 lemons')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'buy 2 lemons' } });
  });
});

describe('the offline interpreter on more shorthand and marks', () => {
  it.each<[string, Record<string, unknown>]>([
    ['my tsks', { kind: 'call', tool: 'list_tasks', args: {} }],
    ['wut do i have today', { kind: 'call', tool: 'filter_tasks', args: { due: 'today' } }],
    ['4 is done ✅✅', { kind: 'call', tool: 'complete_task', args: {}, target: { id: 4 } }],
    ['report ✅ 🎉', { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'report' } }],
  ])('reads %j', (phrase, reading) => {
    expect(interpret(phrase)).toEqual(reading);
  });
});

describe('phone shorthand read as the words meant', () => {
  const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
  it.each([
    ['need 2 ring the gp 2moro am', 'add_task', { title: 'ring the gp', due_date: 'tomorrow morning' }],
    ['add book the MOT fri pm', 'add_task', { title: 'book the MOT', due_date: 'fri afternoon' }],
    ['the gym task shud be called spin class', 'update_task', { title: 'spin class' }],
    ['remove the urgent tag frm the report pls', 'remove_tag', { tag: 'urgent' }],
    ['pls add grab charger frm jacks', 'add_task', { title: 'grab charger frm jacks' }],
  ])('reads "%s"', (said, tool, args) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool, args });
  });

  it('keeps "am" that is a word of the title', () => {
    expect(interpret('add I am here sign', known)).toMatchObject({ kind: 'call', tool: 'add_task', args: { title: 'I am here sign' } });
  });
});

describe('a word one letter from a verb that names a thing', () => {
  it('reads "bake sale" as the sale, never "make sale"', () => {
    expect(correctVerb('bake sale thing is done')).toBe('bake sale thing is done');
    expect(interpret('bake sale thing is done')).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title: 'bake sale' } });
    expect(interpret('add bake a cake for the fete')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'bake a cake for the fete' },
    });
  });
});
