import { MONTH_NAME } from '../calendar-words.ts';
import type { Interpretation } from './offline-interpreter.ts';
import { WEEKDAY_WORD } from './phrases.ts';

// "kit wash after every match", "ring the ref the friday before every home game", "wash the bibs after each practice":
// a series that follows events the list does not hold. A series here falls on dates, so such a sentence is asked
// about, never read as a title ("ring the ref the before every home game") due on the day it names, nor as a weekly
// rule guessed from "every". Days, months and lengths of time after "every" are dates, read by the rules as they are.

/** What may follow "before/after every" and still be a date: "after every monday", "before each month", "every 2 weeks". */
const DATE_WORD = String.raw`(?:\d+|other|second|third|day|days|morning|afternoon|evening|night|week|weekday|weekend|fortnight|month|quarter|year|${WEEKDAY_WORD}s?|${MONTH_NAME})\b`;

const AFTER_EVENTS = new RegExp(String.raw`\b(?:after|before|following|ahead\s+of)\s+(?:every|each)\s+(?!${DATE_WORD})\p{L}`, 'iu');

const ASK = 'Which days are they on? A series here repeats on dates: say for example "every saturday", or add one task for each.';

/** The question to ask when a series is said to follow events rather than dates, or undefined. */
export function ruleFromEventsAsked(text: string): Interpretation | undefined {
  return AFTER_EVENTS.test(text) ? { kind: 'help', reason: ASK } : undefined;
}
