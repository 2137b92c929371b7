import { describe, expect, it } from 'vitest';
import { MONTH_NAME, MONTH_NAMES, MONTH_WORD, monthNumber, WEEKDAY_NAME } from './calendar-words.ts';

const whole = (source: string) => new RegExp(`^${source}$`, 'i');

describe('calendar words', () => {
  it('lists the twelve months from January', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect([MONTH_NAMES[0], MONTH_NAMES[11]]).toEqual(['january', 'december']);
  });

  it.each(['January', 'may', 'SEPTEMBER'])('reads %s as a month name', (name) => {
    expect(whole(MONTH_NAME).test(name)).toBe(true);
  });

  it.each(['jan', 'Sept', 'sep', 'june', 'jun', 'dec', ...MONTH_NAMES])('reads %s as a month word', (word) => {
    expect(whole(MONTH_WORD).test(word)).toBe(true);
  });

  it.each(['janu', 'mayo', 'marc', 'ju', 'sepember'])('does not read %s as a month', (word) => {
    expect(whole(MONTH_WORD).test(word)).toBe(false);
    expect(whole(MONTH_NAME).test(word)).toBe(false);
  });

  it.each(['monday', 'Sunday'])('reads %s as a weekday', (name) => {
    expect(whole(WEEKDAY_NAME).test(name)).toBe(true);
  });
  it('does not read a short weekday as a whole name', () => {
    expect(whole(WEEKDAY_NAME).test('mon')).toBe(false);
  });

  it.each([
    ['jan', 1],
    ['Sept', 9],
    ['december', 12],
    ['smarch', 0],
  ])('numbers the month %s as %i', (word, number) => {
    expect(monthNumber(word)).toBe(number);
  });
});
