import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a task moved to a date with an everyday verb', () => {
  it.each([
    ['punt the gutter clearing to next month', { date: 'next month' }, t('gutter clearing')],
    ['pull the council tax forward to wednesday', { date: 'wednesday' }, t('council tax')],
    ['rejig the dentist for 4:30 on monday', { date: '4:30 on monday' }, t('dentist')],
    ['punt 7 to friday', { date: 'friday' }, id(7)],
    ["the report's due date is wrong, it's monday", { date: 'monday' }, t('report')],
    ['the due date on 5 is wrong - should be the 30th', { date: 'the 30th' }, id(5)],
    ['tax return - slide it to next friday', { date: 'next friday' }, t('tax return')],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', args, target));
  });

  it('never adds a task from "rejig … for <date>"', () => {
    expect(read('rejig the dentist for 4:30 on monday')).not.toMatchObject({ tool: 'add_task' });
  });

  it('never reads talk before the request as a task', () => {
    expect(read('well - push it to monday')).not.toMatchObject({ target: { title: 'well' } });
  });

  it('leaves "pull" without "forward" or "back" to the rules for new tasks', () => {
    expect(read('pull the weeds on saturday')).not.toMatchObject({ tool: 'set_due_date' });
  });
});
