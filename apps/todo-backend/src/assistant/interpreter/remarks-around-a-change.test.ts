import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a change with a remark about the day around it', () => {
  it.each<Said>([
    ['the pharmacy pickup is urgent, running out tomorrow', 'set_priority', { priority: 'high' }, t('pharmacy pickup')],
    ['make the car wash low priority, no time this week', 'set_priority', { priority: 'low' }, t('car wash')],
    ['bump the uniform order up, need it before nights', 'set_priority', { priority: 'high' }, t('uniform order')],
    ['swapped with Jo, move the gym to thursday', 'set_due_date', { date: 'thursday' }, t('gym')],
    ['push the ironing back a day, double shift', 'postpone_task', { by: 'P1D' }, t('ironing')],
    ['clear the date on the shed one, no idea when im off', 'set_due_date', { date: null }, t('shed')],
    ['make the window cleaner low priority, skint till payday', 'set_priority', { priority: 'low' }, t('window cleaner')],
    ['the MOT is urgent, runs out friday', 'set_priority', { priority: 'high' }, t('MOT')],
    ['push the dentist back two days, covering for Sam', 'postpone_task', { by: 'P2D' }, t('dentist')],
    ['clear the date on the boiler one, waiting on the landlord', 'set_due_date', { date: null }, t('boiler')],
    ['covered for Priya, move the haircut to monday', 'set_due_date', { date: 'monday' }, t('haircut')],
    ['bump the passport renewal up, flying in march', 'set_priority', { priority: 'high' }, t('passport renewal')],
    ['on lates all week, make the gym low priority', 'set_priority', { priority: 'low' }, t('gym')],
    ['swapped with Sam, push the dentist back two days', 'postpone_task', { by: 'P2D' }, t('dentist')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('never leaves out a remark that corrects the change or says its value', () => {
    expect(interpret('move the gym to thursday, no wait friday')).not.toEqual(call('set_due_date', { date: 'thursday' }, t('gym')));
    expect(interpret('move the gym to thursday, 7pm')).not.toEqual(call('set_due_date', { date: 'thursday' }, t('gym')));
    expect(interpret('make the report low priority, high actually')).not.toEqual(call('set_priority', { priority: 'low' }, t('report')));
  });

  it('never reads a new task to add as a change', () => {
    expect(interpret('add renew the car tax, runs out friday')).toMatchObject({ kind: 'call', tool: 'add_task' });
    expect(interpret('new task pay the invoice, label finance, high priority')).toMatchObject({ kind: 'call', tool: 'add_task' });
  });

  it('never leaves out a remark that names another task', () => {
    expect(interpret('the report is not urgent, the shed is')).toMatchObject({ kind: 'help' });
    expect(interpret('make the gym low priority, the pool is shut')).not.toEqual(call('set_priority', { priority: 'low' }, t('gym pool')));
  });
});
