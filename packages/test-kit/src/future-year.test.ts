import { describe, expect, it } from 'vitest';
import { futureYearAfter } from './future-year.ts';

describe('the fixtures future year', () => {
  it.each([
    ['2026-12-03', 2031],
    ['2029-12-31', 2031],
    ['2030-01-01', 2042],
    ['2041-06-15', 2053],
    ['2052-01-01', 2059],
  ])('seen from %s it is %i', (today, year) => {
    expect(futureYearAfter(new Date(`${today}T12:00:00Z`))).toBe(year);
  });

  it('keeps the weekdays and the daylight-saving Sunday fixtures are written for', () => {
    for (const year of [2042, 2053, 2059, 2070]) {
      expect(futureYearAfter(new Date(Date.UTC(year - 2, 0, 1)))).toBe(year);
      expect(new Date(Date.UTC(year, 2, 3)).getUTCDay()).toBe(1);
      expect(new Date(Date.UTC(year, 2, 30)).getUTCDay()).toBe(0);
    }
  });
});
