import { describe, expect, it } from 'vitest';
import { answeredOwnQuestion } from './answered-own-question.ts';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('a question the user answers in the same message', () => {
  it.each([
    ['maybe delete the gym thing? yeah, go on, delete it', 'delete the gym thing'],
    ['hmm, should the report be called final report? yeah do it', 'the report should be called final report'],
    ['wait is the report due friday? make it monday', 'make the report due monday'],
    ['is the vet on monday? move it to tuesday', 'move the vet to tuesday'],
  ])('reads the request the answer decides: "%s"', (said, request) => {
    expect(answeredOwnQuestion(said)).toBe(request);
  });

  it.each([
    ['maybe delete the gym thing? yeah, go on, delete it', call('delete_task', {}, t('gym'))],
    ['hmm, should the report be called final report? yeah do it', call('update_task', { title: 'final report' }, t('report'))],
    ['wait is the report due friday? make it monday', call('set_due_date', { date: 'monday' }, t('report'))],
  ])('does it: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each(['maybe delete the gym one?', 'should I delete the gym task? no', 'should I delete the gym task? hmm', 'is the report done?'])(
    'asks when the question has no yes after it: "%s"',
    (sentence) => {
      expect(answeredOwnQuestion(sentence)).toBeUndefined();
      expect(read(sentence).kind).toBe('help');
    },
  );
});

describe('a request, then a check the user answers at once', () => {
  it.each([
    ['delete the Friday drinks. wait, is that the team one? yeah, that one', call('delete_task', {}, t('Friday drinks'))],
    ['mark the plumber done. wait, was it the plumber or the electrician? the electrician', call('complete_task', {}, t('electrician'))],
  ])('reads the request the answer leaves: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    'delete the gym. wait, is that the old one? no',
    'mark the plumber done. wait, was it the plumber or the electrician? not sure',
  ])('asks when the answer leaves it unsure: "%s"', (sentence) => {
    expect(read(sentence).kind).toBe('help');
  });
});
