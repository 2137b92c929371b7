import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A clock time said just before the day that is read is that day's time, even after other date words in the title.

describe('a clock time just before a day', () => {
  it('joins the day after date words the title keeps', () => {
    expect(interpret('add ring the agency about next month 0900 monday')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'ring the agency about next month', due_date: 'monday 09:00' },
    });
  });

  it.each([
    ['add call mum 6pm sunday', 'call mum'],
    ['add book the 5:15 train monday', 'book the 5:15 train'],
    ['add take the 7:40 to leeds on friday', 'take the 7:40 to leeds'],
  ])('leaves "%s" as it was', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'add_task', args: { title } });
  });
});
