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
    ['make the chem lab weekly', 'update_task', { recurring: 'weekly' }, t('chem lab')],
    ['make my stats tut every tuesday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, t('stats tut')],
    ['make the chem lab repeat weekly', 'update_task', { recurring: 'weekly' }, t('chem lab')],
    ['make the bins task every other week', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('bins')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('adds a series for a thing that is made, or a new task said so, "make" kept as the chore\'s verb', () => {
    expect(interpret('make dinner every night')).toMatchObject({ kind: 'call', tool: 'create_recurring' });
    expect(interpret('make the bed every morning')).toEqual(call('create_recurring', { title: 'make the bed', pattern: 'daily' }));
    expect(interpret('make my lunch daily')).toEqual(call('create_recurring', { title: 'make my lunch', pattern: 'daily' }));
    expect(interpret('make the dinner reservation for friday')).toEqual(
      call('add_task', { title: 'make the dinner reservation', due_date: 'friday' }),
    );
    expect(interpret('make a weekly task to plan meals')).toEqual(call('create_recurring', { title: 'plan meals', pattern: 'weekly' }));
  });
});
