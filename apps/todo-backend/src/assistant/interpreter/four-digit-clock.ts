import { NUMBERED_NOUN_BEFORE } from '../dates.ts';
import { WEEKDAY_WORD } from './phrases.ts';

// A time on the 24-hour clock written without its colon, as rotas and shift workers write it: "at 0600", "tues 0830",
// "by 1730", "0745 tomorrow", "1400hrs". Four digits are a time only where a time goes (after "at", a day, "by" when
// no year, or with "hrs"), never elsewhere: "room 1204", "the 2026 tax return" and "by 2030" keep their numbers.

const HOUR_MINUTE = '([01]\\d|2[0-3])([0-5]\\d)';
// After "by", "until", "before" a number like 2030 is as likely a year: only other numbers are read as times there.
const LEADS = `(?:at|@|around|tonight|today|tomorrow|${WEEKDAY_WORD}|(?:by|until|till|before|after|from)(?=\\s+(?!19|20)\\d))`;

const AFTER_LEAD = new RegExp(
  `\\b(${LEADS},?)\\s+${HOUR_MINUTE}(?:\\s*(?:hrs|hours|h))?\\b(?!\\s*(?:x|times|pounds|quid|pm|am)\\b|[:.,]\\d)`,
  'gi',
);
const WITH_HOURS = new RegExp(`\\b${HOUR_MINUTE}\\s*(?:hrs|hours|h)\\b`, 'gi');
// "at 19:00 and 2300", "from 07:30 to 1930": a second time joined to a first is a time too.
const AFTER_TIME = new RegExp(`(\\d:[0-5]\\d\\s*(?:and|or|&|,|-|to|till|until)\\s*)${HOUR_MINUTE}\\b(?![:.,]\\d)`, 'gi');
const BEFORE_DAY = new RegExp(`(?<=^|\\s)${HOUR_MINUTE}(?=\\s+(?:tonight|today|tomorrow|${WEEKDAY_WORD})\\b)`, 'gi');

/** The sentence with each four-digit time of day written as "06:00". */
export function withClockColons(text: string): string {
  return (
    text
      .replace(AFTER_LEAD, (_all, lead: string, hour: string, minute: string) => `${lead} ${hour}:${minute}`)
      .replace(WITH_HOURS, (_all, hour: string, minute: string) => `${hour}:${minute}`)
      // "call room 1204 tomorrow": the number of a numbered thing is its own.
      .replace(BEFORE_DAY, (all, hour: string, minute: string, at: number, said: string) =>
        NUMBERED_NOUN_BEFORE.test(said.slice(0, at)) ? all : `${hour}:${minute}`,
      )
      .replace(AFTER_TIME, (_all, first: string, hour: string, minute: string) => `${first}${hour}:${minute}`)
  );
}
