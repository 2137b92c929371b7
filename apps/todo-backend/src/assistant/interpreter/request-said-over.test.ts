import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { requestSaidOver } from './request-said-over.ts';
import { call, last, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('a request taken back and another said in its place', () => {
  it.each([
    ["don't delete the report, delete the slides", 'delete the slides'],
    ['forget I said delete the haircut, delete the shave instead', 'delete the shave'],
    ["no wait, don't delete it, just mark it done", 'mark it done'],
    ["don't delete the report, mark it done", 'mark the report done'],
  ])('reads only the second: "%s" as "%s"', (said, meant) => {
    expect(requestSaidOver(said)).toBe(meant);
  });

  it.each([
    ["don't delete the report, delete the slides", call('delete_task', {}, t('slides'))],
    ["no wait, don't delete it, just mark it done", call('complete_task', {}, last)],
    ["don't complete the gym, move it to friday", call('set_due_date', { date: 'friday' }, t('gym'))],
  ])('does the second request: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    "don't delete the report",
    "don't delete the dentist, I rebooked it",
    "Please don't delete the pension letter, I still need it.",
  ])('leaves a request taken back with nothing in its place to be asked about: "%s"', (sentence) => {
    expect(requestSaidOver(sentence)).toBeUndefined();
    expect(read(sentence).kind).toBe('help');
  });
});

describe('a mind changed about something, then a request of it', () => {
  it.each([
    ['i changed my mind about the note on the passport, take it off', call('update_task', { description: '' }, t('passport'))],
    ['i changed my mind about the hike, delete it', call('delete_task', {}, t('hike'))],
    ["I've changed my mind on the gym, move it to friday", call('set_due_date', { date: 'friday' }, t('gym'))],
  ])('reads the request of what the mind changed about: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
