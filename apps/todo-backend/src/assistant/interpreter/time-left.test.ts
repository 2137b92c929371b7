import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';
import { readTimeLeft } from './time-left.ts';

// A deadline said as time granted, time left or more time: a day granted is the due date, an amount left counts from
// today, more time moves the date the task has by that much.

describe('a deadline said as time left', () => {
  it.each([
    ['give me till monday on the accounts', 'accounts', 'monday'],
    ["I've only got until the 3rd for the tax form", 'tax form', 'the 3rd'],
    ['can we have until the end of next week for the pitch deck?', 'pitch deck', 'the end of next week'],
    ['the lease renewal: I have got till wednesday', 'lease renewal', 'wednesday'],
  ])('sets the day granted in "%s"', (sentence, title, date) => {
    expect(interpret(sentence)).toEqual(call('set_due_date', { date }, t(title)));
  });

  it.each([
    ['we have 12 days left on the bid', 'bid', 'in 12 days'],
    ['there are 2 weeks to go on the dissertation', 'dissertation', 'in 2 weeks'],
    ["the visa renewal's due in 3 weeks", 'visa renewal', 'in 3 weeks'],
    ['my coursework is due 5 days from now', 'coursework', 'in 5 days'],
  ])('counts the time left from today in "%s"', (sentence, title, date) => {
    expect(interpret(sentence)).toEqual(call('set_due_date', { date }, t(title)));
  });

  it.each([
    ['I could do with two extra days on the slides', 'slides', 'P2D'],
    ['give me another week on the novel', 'novel', 'P1W'],
    ['extend the essay by 3 days', 'essay', 'P3D'],
    ['extend the deadline for the bid by a fortnight', 'bid', 'P2W'],
    ['give the thesis a three-week extension', 'thesis', 'P3W'],
    ["the lab report got a week's extension", 'lab report', 'P1W'],
    ["I've been given a 5 day extension on the portfolio", 'portfolio', 'P5D'],
    ['the bid deadline has slipped by a week', 'bid', 'P1W'],
    ['the deadline for the audit slipped 2 days', 'audit', 'P2D'],
    ['knock a week off the deadline for the audit', 'audit', '-P1W'],
    ['shave 3 days off the survey deadline', 'survey', '-P3D'],
  ])('moves the date by the time in "%s"', (sentence, title, by) => {
    expect(interpret(sentence)).toEqual(call('postpone_task', { by }, t(title)));
  });

  it('names a task by its number too', () => {
    expect(interpret('give me until friday on 14')).toEqual(call('set_due_date', { date: 'friday' }, id(14)));
  });

  it.each([
    'I need more milk for the cake',
    'add take two days off work',
    'I have 3 days holiday left',
    'extend the loft by a metre',
    'give me a minute',
    'I need more time',
    'we have two weeks in spain',
    'there are 3 weeks until christmas',
    'stretch every day for twenty-one days',
    'extend the shed for 2 weeks',
  ])('reads no deadline in "%s"', (sentence) => {
    expect(readTimeLeft(sentence)).toBeUndefined();
  });
});
