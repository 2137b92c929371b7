import { WEEKDAY_WORD } from './phrases.ts';

// A weekly rule whose day is named in a clause of its own: "bins out weekly, bin day is tuesday", "put out the bins
// every week - collection day's friday". The day is the rule's, said as "every tuesday"; read as it came, the clause
// stayed in the title ("bins out, bin day is") and the series started on a day it does not fall on.

const WEEKLY = String.raw`(weekly|every\s+week|each\s+week|once\s+a\s+week|fortnightly|every\s+other\s+week|every\s+two\s+weeks|every\s+2\s+weeks)`;
// "… fortnightly, tuesdays": the day alone, said in the plural as days that come round are, is the clause too.
const DAY_CLAUSE = new RegExp(
  String.raw`^(.+?)\s+${WEEKLY}\s*(?:[,;]|\s[-–—])\s*(?:(?:(?:the|my|our|it'?s)\s+)?(?:[\p{L}-]+\s+)?day(?:\s+is|'s)\s+(?:on\s+)?(?:a\s+)?(${WEEKDAY_WORD})s?|(?:on\s+)?(${WEEKDAY_WORD})s)[.!]?$`,
  'iu',
);

/**
 * "biweekly 1:1 with manager on mondays", "fortnightly bin collection on thursdays": a rule of more than a week said
 * first and its days said last are one rule, read as if said together after the errand.
 */
const DAYS = String.raw`${WEEKDAY_WORD}s?(?:\s*(?:,|and|&)\s*${WEEKDAY_WORD}s?)*`;
const WEEKS_FIRST = new RegExp(
  String.raw`^((?:add|create|new|put)\s+)?(fortnightly|bi-?weekly|every\s+(?:other|second|2|two|3|three|4|four)\s+weeks?|every\s+fortnight)\s+(?!every\b)(.+?)\s+on\s+(${DAYS})((?:\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?)[.!]?$`,
  'iu',
);

/** The sentence with its rule on the day the clause names, or as it came. */
export function ruleDayNamed(text: string): string {
  const first = WEEKS_FIRST.exec(text.trim());
  if (first?.[2] && first[3] && first[4]) return `${first[1] ?? ''}${first[3]} ${first[2]} on ${first[4]}${first[5] ?? ''}`;
  const said = DAY_CLAUSE.exec(text.trim());
  const day = said?.[3] ?? said?.[4];
  if (!said?.[1] || !said[2] || !day) return text;
  const rule = `every ${/fortnightly|other|two|2/i.test(said[2]) ? 'other ' : ''}${day}`;
  // "the bins are weekly, the day is monday": news of the rule of a task that exists, never a new series.
  if (/\s(?:is|are)$/i.test(said[1])) return `${said[1]} now ${rule}`;
  return `${said[1]} ${rule}`;
}
