import { dateReader } from '../dates.ts';

// "ballet every wednesday half 5", "beavers every monday 6.15pm": a time of day said after a rule without "at" is the
// time on the rule's days, as "at 5:30" is; read alone it would be a first date of today, off the rule.

/** Whether the words are a time of day and nothing else: no day, no weekday, no month. */
export function isClockTimeOnly(words: string): boolean {
  const readings = dateReader.parse(words.trim());
  const [reading] = readings;
  if (readings.length !== 1 || !reading || reading.text.trim().length !== words.trim().length) return false;
  const { start } = reading;
  return start.isCertain('hour') && !start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month');
}
