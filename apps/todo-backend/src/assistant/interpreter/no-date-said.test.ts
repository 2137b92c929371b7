import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, last, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a date taken away in words that are no date', () => {
  it.each([
    ['make the loft sort due whenever', 'set_due_date', { date: null }, t('loft sort')],
    ['the shed painting is undated now', 'set_due_date', { date: null }, t('shed painting')],
    ['leave the fence undated', 'set_due_date', { date: null }, t('fence')],
    ['make 6 undated', 'set_due_date', { date: null }, id(6)],
    ['it can be due whenever', 'set_due_date', { date: null }, last],
    ['make the car one less urgent and due whenever', 'update_task', { priority: 'low', due_date: null }, t('car')],
  ])('"%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it('never completes the task whose date is taken away', () => {
    expect(read('the shed painting is undated now')).not.toMatchObject({ tool: 'complete_task' });
  });

  it('leaves "whenever" said of a new task as its low priority', () => {
    expect(read('add fix the gate - whenever, not important')).toEqual(call('add_task', { title: 'fix the gate', priority: 'low' }));
  });
});
