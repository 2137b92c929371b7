import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { noticeAsReminder } from './reminder-words.ts';
import { call, t } from './said-rows.ts';

// Reminders asked as notice or a heads-up: "a week's notice before the lease ends on 30 june", "a week out from the
// deadline", "I want a heads up 36 hours before the bid is due"; a courtesy after the event's date keeps the date.

describe('a reminder asked as notice ahead', () => {
  it.each([
    ["give me a week's notice before the car insurance renews on 4 april", 'car insurance renews', '4 april', '1w'],
    ["two weeks' notice before the lease ends on 30 june please", 'lease ends', '30 june', '2w'],
    ['remind me 3 days before the gas safety check on the 20th, thanks', 'gas safety check', 'the 20th', '3d'],
  ])('adds the event with its date and reminder: "%s"', (sentence, title, due_date, remind_before) => {
    expect(interpret(sentence)).toEqual(call('add_task', { title, due_date, remind_before }));
  });

  it.each([
    ['3 days notice before the MOT please', 'MOT', '3d'],
    ["a week's notice of the rent review", 'rent review', '1w'],
    ['remind me a week out from the bid deadline', 'bid', '1w'],
    ['remind me 3 days out from the MOT', 'MOT', '3d'],
    ["I'd like a heads up 2 days before the exam", 'exam', '2d'],
    ['I want a heads up 36 hours before the bid is due', 'bid', '1d12h'],
  ])('reminds before the task: "%s"', (sentence, title, before) => {
    expect(interpret(sentence)).toEqual(call('set_reminder', { before }, t(title)));
  });

  it.each(['add give 2 weeks notice on the flat', 'hand in my notice before friday', 'a week notice period'])(
    'leaves "%s" as it is',
    (sentence) => {
      expect(noticeAsReminder(sentence)).toBe(sentence);
    },
  );

  it('keeps notice in a title', () => {
    expect(interpret('add give 2 weeks notice on the flat')).toEqual(call('add_task', { title: 'give 2 weeks notice on the flat' }));
  });
});
