import { COUNT_WORD } from '../number-words.ts';

// A length of time that says what a thing is or how long it lasts is the title's, not a due date: "book the 3 day
// pass", "buy a 30 day travel sim", "book the 2 night stay", "give 2 weeks notice", "pack for 2 weeks", "write the
// handover doc for the 6 weeks I'm away". So is a clock time between "the" and a noun, which names a service: "book the
// 5:15 train". A length that is a date says so ("in 2 weeks", "2 weeks from now", "within 3 days", "two weeks out"), or
// stands last ("renew it 2 weeks").

/** A count and a unit of time, with the "for" or article chrono reads with it: "the 3 day", "for 2 weeks", "30 day". */
const LENGTH = new RegExp(
  String.raw`^(for\s+)?(?:(?:the|a|an)\s+)?(?:\d{1,3}|${COUNT_WORD})[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?)$`,
  'i',
);
/** Words after a length that make it a date (from now, out, later) or a lead time (before, early). */
const MAKES_IT_A_DATE =
  /^(?:from|time|'s\s+time|out|later|on|hence|ago|before|beforehand|b4|after|ahead|early|earlier|in\s+advance|prior|at|tomorrow|today|tonight)\b/i;
/** "the 5:15", "the 7.40": a clock time after "the". */
const THE_CLOCK_TIME = /^the\s+\d{1,2}[:.]\d{2}$/i;
/** Words after a clock time that carry it on as a time ("the 5:15 tomorrow", "the 7:40 on friday"). */
const TIME_GOES_ON =
  /^(?:am|pm|a\.m|p\.m|on|at|in|this|next|tomorrow|today|tonight|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/i;

/** Whether the date chrono found (`found`, between the words `before` and `after`) is a length or a time of a name. */
export function lengthNamesAThing(before: string, found: string, after: string): boolean {
  const said = found.trim();
  const next = after.trimStart();
  // "the 2 night stay": chrono reads "night" alone after the count.
  if (/^nights?$/i.test(said) && /(?:^|\s)\d{1,3}[\s-]*$/.test(before)) return true;
  const length = LENGTH.exec(said);
  if (length) {
    if (MAKES_IT_A_DATE.test(next)) return false;
    // "pack for 2 weeks": how long, wherever it stands; "2 weeks notice": what kind of thing, a word after it.
    return Boolean(length[1]) || /\bfor\s*$/i.test(before) || /^\p{L}/u.test(next);
  }
  return THE_CLOCK_TIME.test(said) && /^\p{L}/u.test(next) && !TIME_GOES_ON.test(next);
}
