import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a change with a short remark after it', () => {
  it.each<Said>([
    ["rang Dr Patel's secretary, sorted", 'complete_task', {}, t("Dr Patel's secretary")],
    ['clear the date on the pads order, no rush', 'set_due_date', { date: null }, t('pads order')],
    ['rang the council, all sorted', 'complete_task', {}, t('council')],
    ['posted the birthday card, phew', 'complete_task', {}, t('birthday card')],
    ['remove the date from the shed job, no hurry', 'set_due_date', { date: null }, t('shed job')],
    ['clear the due date on the loft clear-out, no rush at all', 'set_due_date', { date: null }, t('loft clear-out')],
    ['picked up the dry cleaning, finally', 'complete_task', {}, t('dry cleaning')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps a remark that is a value of the change or a new task', () => {
    expect(interpret('add call mum, high priority')).toEqual(call('add_task', { title: 'call mum', priority: 'high' }));
    expect(interpret('add sort the loft, no rush')).toEqual(call('add_task', { title: 'sort the loft', priority: 'low' }));
    expect(interpret('mark the report done, thanks')).toEqual(call('complete_task', {}, t('report')));
  });
});

describe('a remark after words that say a task is done', () => {
  it.each([
    ['nit check done, all clear thank god', 'nit check'],
    ['dentist done, all fine', 'dentist'],
  ])('completes the task: "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it('keeps a listing whose remark says what to show, and a sentence asked about as a whole', () => {
    expect(interpret("what's due today, all of it")).toMatchObject({ tool: 'filter_tasks' });
    expect(interpret('the vet might be done, not sure')).toMatchObject({ kind: 'help' });
    expect(interpret("the report's done, apart from the appendix")).toMatchObject({ kind: 'help' });
  });
});
