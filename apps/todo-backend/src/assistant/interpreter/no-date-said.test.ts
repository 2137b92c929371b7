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

describe('a date taken away until something happens', () => {
  it.each([
    ['no date on the packing list till the visa comes through', t('packing list')],
    ['clear the date on the hotel until I hear back', t('hotel')],
    ['remove the deadline from the report until we know the numbers', t('report')],
    ['no deadline on 7 until the quote arrives', id(7)],
  ])('takes it away now: "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date: null }, target));
  });

  it('keeps "until" inside a title that is no such clause', () => {
    expect(read('no date on the countdown until launch task')).toEqual(call('set_due_date', { date: null }, t('countdown until launch')));
  });
});

describe('a date taken away, said as news', () => {
  it.each([
    ["actually there's no date for the garden task anymore", t('garden')],
    ['there is no deadline on 5 now', id(5)],
  ])('clears the date: "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date: null }, target));
  });

  it("asks about a task that has no date yet: there's no date for the party yet", () => {
    expect(read("there's no date for the party yet").kind).toBe('help');
  });
});
