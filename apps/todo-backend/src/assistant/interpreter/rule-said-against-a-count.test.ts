import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a new rule said against the old one as a count alone', () => {
  it.each([
    ['make the stretching every 2 days not every 3', 'FREQ=DAILY;INTERVAL=2', t('stretching')],
    ['set the bin rota to every 4 weeks instead of 2', 'FREQ=WEEKLY;INTERVAL=4', t('bin rota')],
    ['make the fish tank clean every 10 days rather than every 7', 'FREQ=DAILY;INTERVAL=10', t('fish tank clean')],
    ['make the haircut every 6 weeks, not 5', 'FREQ=WEEKLY;INTERVAL=6', t('haircut')],
    ['make the boiler check every 2 years not every other', 'FREQ=YEARLY;INTERVAL=2', t('boiler check')],
  ])('"%s" changes the rule of the task, adds nothing', (sentence, recurring, target) => {
    expect(read(sentence)).toEqual(call('update_task', { recurring }, target));
  });
});

describe('a task said to need doing on a new rule from now on', () => {
  it.each([
    ['the hedges need doing every 3 weeks from now on', 'FREQ=WEEKLY;INTERVAL=3', t('hedges')],
    ['my car wash needs doing every 10 days now', 'FREQ=DAILY;INTERVAL=10', t('car wash')],
    ['the gutters need to be done every 6 months going forward', 'FREQ=MONTHLY;INTERVAL=6', t('gutters')],
  ])('"%s" changes the rule of the task', (sentence, recurring, target) => {
    expect(read(sentence)).toEqual(call('update_task', { recurring }, target));
  });

  it('a new chore said with its rule and no "now" is no change to a task', () => {
    const got = read('water the ferns every 3 days');
    expect(got).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { title: 'water the ferns' } });
  });

  it('a count that is no rule is no part of one', () => {
    expect(read('make the lasagne every 3 days not 2 eggs')).not.toMatchObject({ tool: 'update_task' });
  });
});
