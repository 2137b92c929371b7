import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('two changes to one task in one sentence', () => {
  it.each([
    ['move the vet to friday and make it high', { due_date: 'friday', priority: 'high' }, t('vet')],
    ['push the report to monday and knock it down to low', { due_date: 'monday', priority: 'low' }, t('report')],
    ['rename the dentist to dentist (Dr Shah) and clear its date', { title: 'dentist (Dr Shah)', due_date: null }, t('dentist')],
    ['make the tax return due the 31st and urgent', { due_date: 'the 31st', priority: 'high' }, t('tax return')],
    ['rename 4 to Pay the builder, no date', { title: 'Pay the builder', due_date: null }, id(4)],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it('keeps a level said after tags one of the tags', () => {
    expect(read('replace the tags on 3 with work and urgent')).toEqual(call('update_task', { tags: ['work', 'urgent'] }, id(3)));
  });

  it('keeps a level said after a new task in the new task', () => {
    expect(read('add call mum and high priority')).toEqual(call('add_task', { title: 'call mum', priority: 'high' }));
  });
});
