import { MONTH_WORD, WEEKDAY_NAME } from '../calendar-words.ts';
import { englishTerms } from './word-roots.ts';

// "add march madness bracket", "add Sunday Times crossword", "add watch Tomorrow Never Dies", "add a morning routine": a
// day, a month or a part of the day that starts a name, the name's words right after it, is the name's and no due date.
// Said where a date goes ("by March", "on Sunday", "friday at 3", "march 3"), or last, it stays a date.

const MONTH = new RegExp(`^${MONTH_WORD}$`, 'i');
const DAY_WORD = new RegExp(`^(?:${WEEKDAY_NAME}|today|tomorrow|tonight)$`, 'i');
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$`, 'i');
const DAY_PART = /^(?:morning|afternoon|evening|night)$/i;
/** Words after which a date is said: "due march", "by Friday", "next Sunday". */
const DATE_LEAD = /(?:^|\s)(?:due|on|by|in|for|until|till|before|after|from|next|this|last|early|late|mid|end\s+of|every|each)\s*$/i;
/** Words that carry a date on ("march the 3rd", "sunday at 9", "friday morning") or end a phrase. */
const DATE_GOES_ON =
  /^(?:the|at|of|\d|first|second|third|last|morning|afternoon|evening|night|noon|midday|am|pm|and|or|to|through|till|until|for|in|on|by|from|with|about|re|before|after|,|;|\.|-|–)/i;

/** Whether the date chrono found (`found`, between the words `before` and `after`) starts a name instead. */
export function dateWordStartsAName(before: string, found: string, after: string): boolean {
  const word = found.trim();
  // "yesterday's receipts", "last week's shopping": a day's possessive names a thing of that day, no due date (read as
  // one, the title was left as "'s receipts").
  if (/^['’]s\b/i.test(after)) return true;
  const next = after.trimStart();
  if (!next || DATE_LEAD.test(before) || DATE_GOES_ON.test(next)) return false;
  // "march madness": a bare month with a word of its own after it.
  if (MONTH.test(word)) return /^\p{L}/u.test(next);
  // "morning routine", "evening walk", "night shift": a part of the day alone, a noun after it, is the thing's kind.
  if (DAY_PART.test(word)) return /^\p{L}/u.test(next) && !DAY_WORD.test(next.split(/[\s,;.]/)[0] ?? '');
  // "Friday feeling playlist": a capital weekday that starts the words, run into a noun with more words after it, names
  // a thing of that day, not when it is due ("Friday call the bank" is a day, then an errand).
  if (!before.trim() && WEEKDAY.test(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && startsANounPhrase(word, next)) return true;
  // "Sunday Times", "Tomorrow Never Dies": a capital day word in a name of capitals, in a sentence not typed all in
  // capitals ("Call Mum Tomorrow Re Holiday" has no name in it).
  const words = before.trim().split(/\s+/).filter(Boolean);
  const titleCased = words.length >= 2 && words.every((said) => /^\p{Lu}/u.test(said));
  const foundWords = word.split(/\s+/);
  return (
    DAY_WORD.test(foundWords[0] ?? '') &&
    foundWords.every((said) => /^\p{Lu}\p{Ll}+$/u.test(said)) &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !titleCased
  );
}

/** Things that happen on a day: "Monday team meeting" is a meeting on Monday, whatever its words. */
const HAPPENS_ON_A_DAY =
  /\b(?:meeting|appointment|appt|call|class|session|lesson|shift|stand-?up|party|dinner|lunch|breakfast|drinks|match|game|practice|training|rehearsal|interview|visit|deadline)s?$/i;

/**
 * Whether the words after the day are a noun phrase of two words or more, starting in lower case ("feeling playlist"),
 * and not a thing that happens on that day.
 */
function startsANounPhrase(day: string, next: string): boolean {
  const words = next.split(/\s+/);
  if (words.length < 2 || !/^\p{Ll}+$/u.test(words[0] ?? '') || HAPPENS_ON_A_DAY.test(next)) return false;
  const first = englishTerms(`${day} ${next}`)[1];
  return first?.tags.includes('Noun') === true && !first.tags.includes('Verb');
}
