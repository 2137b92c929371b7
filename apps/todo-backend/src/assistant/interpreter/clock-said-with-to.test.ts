import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "to" inside a clock time said in words ("quarter to six") is no "to" before the errand.

const reminded = (title: string, due_date: string) => ({ kind: 'call', tool: 'add_task', args: { title, due_date, remind_before: '0m' } });

describe('a clock time said with "to" before the errand', () => {
  it.each([
    [
      'remind me at quarter to six tomorrow morning to get up for the early shift',
      'get up for the early shift',
      'at quarter to 6 tomorrow morning',
    ],
    ['nudge me at ten to four to leave for pickup', 'leave for pickup', 'at 10 to four'],
  ])('"%s"', (sentence, title, due) => {
    expect(interpret(sentence)).toEqual(reminded(title, due));
  });

  it.each([
    ['remind me at 6 to go to bed', 'go to bed', 'at 6'],
    ['remind me tomorrow to call mum', 'call mum', 'tomorrow'],
  ])('leaves "%s" as it was', (sentence, title, due) => {
    expect(interpret(sentence)).toEqual(reminded(title, due));
  });
});
