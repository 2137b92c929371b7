import { MONTH_NAMES, MONTH_WORD } from '../calendar-words.ts';
import { isWholeDate } from './whole-dates.ts';

// A question about one day named by its date ("what's due on the 5th", "anything on feb 14", "what's due the day after
// tomorrow"), about one weekend ("what's on the weekend after next") or about one month ("what's due in December"): the
// tasks due from that day's start to its end, the weekend's or the month's, as "what's on friday" is read. Read as words to search for, "30th" finds nothing; read as "tomorrow", the
// wrong day.

/** "the 5th", "the 20th of feb": a day of the month, which reads alone as a date only here, after "on" or "due". */
const DAY_OF_MONTH = new RegExp(String.raw`^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+(?:of\s+)?${MONTH_WORD})?$`, 'i');
/** Days and spans the filter has words of its own for, and weekdays, which the weekday rules read. */
const READ_ELSEWHERE =
  /^(?:(?:this|next)\s+)?(?:today|tonight|tomorrow|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)$/i;
/** A time of day said with the day: a bound of its own ("due before friday 3pm"), not a whole day. */
const A_TIME = /\d\s*(?:am|pm)\b|\d:\d{2}\b|\bat\s+\d|\b(?:noon|midnight|morning|afternoon|evening|night)\b/i;
/** Where a day named at the end of a question starts: after "on", "for" or "due", or "got" ("what have I got …"). */
const BEFORE_A_DAY = /\b(?:due(?:\s+(?:on|for))?|on|for|got)\s+/gi;
/** "the week after next": a week of its own, from its Monday to its Sunday. */
const WEEK_AFTER_NEXT = /^(?:the\s+)?week\s+after\s+next$/i;
/** "in December", "during march tagged garden": a month said last, or before the other filters. */
const IN_A_MONTH = new RegExp(String.raw`\b(?:due\s+)?(?:in|during)\s+(${MONTH_WORD})(?=\s+(?:tagged|labell?ed|with|in)\b|$)`, 'i');

/** Whether the words name one whole day by its date, not by a word the filter reads already. */
export function namesOneDay(words: string): boolean {
  const day = words.trim();
  // "(got much) on this week": the words after "on" say it, as they would alone.
  const said = day.replace(/^(?:on|for)\s+/i, '');
  if (said !== day) return !READ_ELSEWHERE.test(said) && namesOneDay(said);
  if (DAY_OF_MONTH.test(day)) return true;
  // A date by its number, a day counted from another ("friday week", "the last friday of the month") or a holiday.
  return (
    isWholeDate(day) &&
    // "before halloween" is a bound, read by the rules for those.
    !/^(?:before|by|after|until|till)\s/i.test(day) &&
    !READ_ELSEWHERE.test(day) &&
    !A_TIME.test(day) &&
    /\d|\b(?:after|week|wk|fortnight|month|christmas|xmas|boxing|new\s+year|valentine|halloween|easter|good\s+friday)/i.test(day)
  );
}

/** Whether the words name one weekend other than this one ("(on) this weekend" has words of its own). */
function namesAWeekend(words: string): boolean {
  const day = words.trim();
  return /\bweekend\b/i.test(day) && !/^(?:(?:on|over|for|during|at)\s+)?(?:this|the)\s+weekend$/i.test(day) && isWholeDate(day);
}

/** "today and tomorrow", "saturday and sunday": two days side by side, asked about together, from the first's start. */
const TWO_DAYS =
  /(?<!\b(?:between|from)\s+)\b(?:(?:for|on|due)\s+)?(today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:and|&|\+)\s+(tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** The question with a day or a month at its end said as the window it names; otherwise the question as it was. */
export function dayOrMonthAsked(sentence: string): string {
  const text = sentence.trim();
  const twoDays = TWO_DAYS.exec(text);
  if (twoDays?.[1] && twoDays[2] && twoDays[1].toLowerCase() !== twoDays[2].toLowerCase()) {
    const rest = text.slice(twoDays.index + twoDays[0].length);
    return `${text.slice(0, twoDays.index)}due after ${twoDays[1]} 00:00 and due before ${twoDays[2]} 24:00${rest}`;
  }
  const month = IN_A_MONTH.exec(text);
  if (month?.[1]) {
    const index = MONTH_NAMES.findIndex((name) => name.startsWith(month[1]?.slice(0, 3).toLowerCase() ?? ''));
    const next = MONTH_NAMES[(index + 1) % 12];
    const rest = text.slice(month.index + month[0].length);
    return `${text.slice(0, month.index)}due after 1 ${MONTH_NAMES[index]} 00:00 and due before 1 ${next} 00:00${rest}`;
  }
  const starts = [...text.matchAll(BEFORE_A_DAY)];
  for (const start of starts.reverse()) {
    const day = text.slice(start.index + start[0].length);
    if (WEEK_AFTER_NEXT.test(day.trim()))
      return `${text.slice(0, start.index)}due after the monday after next 00:00 and due before sunday 24:00 after the monday after next`;
    // "the weekend after next", "next weekend": from its Saturday's start to its Sunday's end.
    if (namesAWeekend(day)) return `${text.slice(0, start.index)}due after ${day} 00:00 and due before sunday 24:00 after ${day}`;
    if (namesOneDay(day)) return `${text.slice(0, start.index)}due after ${day} 00:00 and due before ${day} 24:00`;
  }
  return sentence;
}

/** A question about a time gone by: "what was I supposed to do on monday", "what was due yesterday", "what did I have". */
const PAST_QUESTION = /\b(?:was|were)\b|\bdid\s+(?:i|we)\s+have\b/i;
/** What was done on a day is when it was done, which no window of due dates says. */
const DONE_WORDS = /\b(?:done|finished|completed|ticked)\b/i;
/** The day asked about last in the question, after "on", "for" or "due". */
const DAY_LAST = /\b(?:due(?:\s+(?:on|for))?|on|for|from)\s+(?:last\s+)?(yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** "anything still open from yesterday", "what's left over from monday": what is still to do from a day gone by. */
const LEFT_FROM = /\b(?:left(?:\s+over)?|still\s+(?:open|pending|outstanding|to\s+do)|outstanding)\s+from\s+(?:last\s+)?\S+$/i;
/** "what did I have due last week", "what was due last month": the whole period gone by. */
const PERIOD_LAST = /\b(?:due\s+)?(?:in\s+|during\s+)?last\s+(week|month)$/i;
/** The window of last week or last month, as the bounds the date reader reads. */
const PERIOD_GONE: Record<string, string> = {
  week: 'due after the start of last week 00:00 and due before sunday 24:00 after the start of last week',
  month: 'due after the start of last month 00:00 and due before the end of last month 24:00',
};

/**
 * The question with the day it names read as the one gone by, from its start to its end: "on monday" asked in the past
 * tense is last Monday, never the next one (a weekday is otherwise read forward).
 */
export function pastDayAsked(sentence: string): string {
  const text = sentence.trim();
  const period = PERIOD_LAST.exec(text);
  if (period?.[1] && PAST_QUESTION.test(text) && !DONE_WORDS.test(text))
    return `${text.slice(0, period.index)}${PERIOD_GONE[period[1].toLowerCase()]}`;
  const day = DAY_LAST.exec(text);
  if (!day?.[1] || !(PAST_QUESTION.test(text) || LEFT_FROM.test(text)) || DONE_WORDS.test(text)) return sentence;
  const gone = /^yesterday$/i.test(day[1]) ? 'yesterday' : `last ${day[1]}`;
  return `${text.slice(0, day.index)}due after ${gone} 00:00 and due before ${gone} 24:00`;
}
