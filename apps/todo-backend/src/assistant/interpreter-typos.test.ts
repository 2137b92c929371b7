import { describe, expect, it } from 'vitest';
import { correctVerb } from './interpreter-typos.ts';
import { interpret } from './offline-interpreter.ts';

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

  it('reads "tsk" as task and a digit 2 after a verb of needing as "to"', () => {
    expect(interpret('delte the gym tsk')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { title: 'gym' } });
    expect(interpret('need 2 renew car tax')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'renew car tax' } });
    expect(interpret('add buy 2 lemons')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'buy 2 lemons' } });
  });
});
