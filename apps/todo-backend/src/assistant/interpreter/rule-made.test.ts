import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a rule given to a task with "make"', () => {
  it.each<Said>([
    ["can you make grace's inhaler a daily thing", 'update_task', { recurring: 'daily' }, t("grace's inhaler")],
    ["make dad's physio a weekly job", 'update_task', { recurring: 'weekly' }, t("dad's physio")],
    ['make the eye drops a daily thing', 'update_task', { recurring: 'daily' }, t('eye drops')],
    ['make the bin day a weekly habit', 'update_task', { recurring: 'weekly' }, t('bin day')],
    ['make the pill check weekly', 'update_task', { recurring: 'weekly' }, t('pill check')],
    ["make mum's foot check monthly", 'update_task', { recurring: 'monthly' }, t("mum's foot check")],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('adds a series for a thing that is made, or a new task said so', () => {
    expect(interpret('make dinner every night')).toMatchObject({ kind: 'call', tool: 'create_recurring' });
    expect(interpret('make a weekly task to plan meals')).toEqual(call('create_recurring', { title: 'plan meals', pattern: 'weekly' }));
  });
});
