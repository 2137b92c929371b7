import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on work said not done, then a request to reopen it', () => {
  it.each<Said>([
    ["haven't done the physio exercises yet, untick them", 'complete_task', { completed: false }, t('physio exercises')],
    ["I didn't post the parcel, mark it not done", 'complete_task', { completed: false }, t('parcel')],
    ["haven't finished the ironing yet so reopen it", 'complete_task', { completed: false }, t('ironing')],
    ["I haven't sent the form, put it back", 'complete_task', { completed: false }, t('form')],
    ["still haven't booked the chiropodist, uncheck that please", 'complete_task', { completed: false }, t('chiropodist')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('leaves any other request after the news to the rules that read it', () => {
    expect(interpret("haven't called the council yet, move it to friday")).not.toMatchObject({ target: { title: "council isn't done" } });
    expect(interpret("haven't done the bins yet, tick it")).not.toMatchObject({ args: { completed: false } });
  });
});
