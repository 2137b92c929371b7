/**
 * The year test fixtures use as "the future": the first year at least two years ahead of `now` whose calendar is
 * 2031's (1 January a Wednesday, not a leap year). Fixtures keep their weekdays and daylight-saving dates (Monday
 * 3 March, the last Sunday of March on the 30th) and never fall into the past: 2031 until the end of 2029, then
 * 2042, 2053, 2059 and so on.
 */
export function futureYearAfter(now: Date): number {
  for (let year = now.getUTCFullYear() + 2; ; year++) {
    if (sharesCalendarWith2031(year)) return year;
  }
}

function sharesCalendarWith2031(year: number): boolean {
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return !leap && new Date(Date.UTC(year, 0, 1)).getUTCDay() === 3;
}

/** The fixtures' future year, fixed for the whole test run. */
export const FUTURE_YEAR = futureYearAfter(new Date());
