import { dateReader } from '../dates.ts';
import { errandSaid } from './errands.ts';
import { isWholeDate } from './whole-dates.ts';

// "tomorrow gym 7am", "fri dentist 3pm", "friday, dentist, 3pm": a day said first and its time last, the thing between them. The date reader
// joins a day and a time only when they are said together, so the day goes next to its time: "gym tomorrow 7am".
// "tomorrow get the car washed", "next week sort the garage": a day said first, then an errand, is the errand on that
// day ("got the car washed" is news of one done, "get" a thing to do).
const DAY = String.raw`today|tonight|tomorrow|tmrw|tmr|2moro|(?:(?:next|this)\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?`;
const DAY_FIRST_TIME_LAST = new RegExp(
  String.raw`^(${DAY})\s*,?\s+(?!(?:at|@|and|or|is|are|i|we|you)\b)([\p{L}][^,;:?]*?)\s*,?\s+((?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:at\s+|@\s*)?\d{1,2}:\d{2})$`,
  'iu',
);
/** "end of the week: finish the contract", "by month end - renew the tax": any date as a heading, then the errand. */
const DATE_HEADING = /^((?:by\s+)?[^:–—]{3,40}?)\s*(?::|\s[–—-])\s+(\p{L}.*)$/iu;
/** The week's end, which the date reader leaves to the resolver. */
const WEEK_END = /^(?:the\s+)?end\s+of\s+(?:the|this|next)\s+week$/i;
const dateHeading = (words: string) => {
  const when = words.replace(/^by\s+/i, '');
  return WEEK_END.test(when) || isWholeDate(when);
};
/**
 * "friday: finish the essay", "start of next month - cancel the old phone contract": a thing to finish, cancel or move
 * by a day said first is a task to add, never news of it done nor a change to a task.
 */
const FINISH = /^(?:finish|complete|cancel|delete|remove|move|change|switch|swap|clear|close|drop|update|check|mark)\s+\p{L}/iu;
const DAY_FIRST = new RegExp(String.raw`^(${DAY})\s*[,:–—-]?\s+(?!(?:at|@|and|or|is|are|i|we|you)\b)([\p{L}][^?]*)$`, 'iu');

/** "ring the school (medium)" and its day: the day goes before a level or a note in brackets at the end. */
const dayAfter = (errand: string, day: string) => {
  const bracketed = /\s*\([^()]*\)$/.exec(errand);
  return bracketed ? `${errand.slice(0, bracketed.index)} ${day}${bracketed[0]}` : `${errand} ${day}`;
};

/**
 * "do the expenses", "drop the car at the garage": work to do, after a date said first (never "do it", "drop that",
 * "drop the yoga task").
 */
const WORK_TO_DO =
  /^(?:do|drop|finish|start|tackle|sort|deal\s+with|work\s+on|look\s+into)\s+(?!it\b|that\b|this\b)(?![^,;]*\b(?:task|todo|reminder)s?\b)\p{L}/iu;
/** "on the 15th", "by the 3rd": a day of the month with the word that leads to it. */
const DAY_OF_MONTH = /^(?:on|by|for|before)\s+the\s+\d{1,2}(?:st|nd|rd|th)$/i;

/**
 * The longest run of up to six words at the start that is one whole date ("end of the month", "the day after
 * tomorrow", "next tues week", "on the 15th"), and the words after it.
 */
function wholeDateFirst(said: string): { when: string; rest: string } | undefined {
  const words = said.split(/\s+/);
  for (let count = Math.min(6, words.length - 2); count >= 1; count--) {
    const when = words
      .slice(0, count)
      .join(' ')
      .replace(/[,:–—-]+$/, '');
    const rest = words
      .slice(count)
      .join(' ')
      .replace(/^[\s,:–—-]+/, '');
    if (/^\p{L}/u.test(rest) && (DAY_OF_MONTH.test(when) || isWholeDate(when.replace(/^(?:on|by|for|before)\s+/i, ''))))
      return { when, rest };
  }
  return undefined;
}

export function daySaidFirst(text: string): string {
  const said = text.trim();
  const timed = DAY_FIRST_TIME_LAST.exec(said);
  if (timed?.[1] && timed[2] && timed[3]) return `${timed[2]} ${timed[1]} ${timed[3]}`;
  const errand = DAY_FIRST.exec(said);
  if (errand?.[1] && errand[2] && errandSaid(errand[2])) return dayAfter(errand[2], errand[1]);
  const heading = DATE_HEADING.exec(said);
  if (heading?.[1] && heading[2] && dateHeading(heading[1]) && FINISH.test(heading[2])) return `add ${heading[2]} ${heading[1]}`;
  if (heading?.[1] && heading[2] && dateHeading(heading[1]) && errandSaid(heading[2])) return dayAfter(heading[2], heading[1]);
  const leading = wholeDateFirst(said);
  if (leading && errandSaid(leading.rest)) return dayAfter(leading.rest, leading.when);
  if (leading && WORK_TO_DO.test(leading.rest)) return `add ${dayAfter(leading.rest, leading.when)}`;
  // "in two weeks time renew the gym membership": any date the reader finds first.
  const date = dateReader.parse(said)[0];
  // "morning! add …" is a greeting, never a date.
  if (!date || /^(?:morning|afternoon|evening|night)$/i.test(date.text.trim())) return text;
  // "by the weekend fix the bike", "before halloween carve pumpkins": the day with the word that leads to it.
  if (!/^(?:(?:on|in|by|for|at|before)\s+(?:the\s+)?)?$/i.test(said.slice(0, date.index))) return text;
  const when = said.slice(0, date.index + date.text.length).trim();
  const rest = said.slice(date.index + date.text.length).replace(/^\s*(?:time\b)?[\s,:–—-]*/i, '');
  if (!/^\p{L}/u.test(rest)) return text;
  if (errandSaid(rest)) return dayAfter(rest, when);
  // "in 2 hours check the sourdough", "next month switch energy supplier": with the day first, these verbs are errands.
  return /^(?:check|switch|swap)\s+(?!off\b|it\b|that\b|(?:the\s+)?(?:task|date|priority|tags?)\b)\p{L}/iu.test(rest)
    ? `add ${rest} ${when}`
    : text;
}
