import { isWholeDate } from './whole-dates.ts';

// "not the milk one, the bread one: mark it done", "the MOT: not the 3rd, the 13th", "12 not 11: rename it to …": what
// is not meant said first, and what is, each set off by a comma. Written with only what is meant ("the bread one: mark
// it done"), which the rules for a task said first read; a day against a day is a move ("move the MOT to the 13th"):
// the task has a date already, so it is no appointment to add.

/** A task or a value, as said between the commas: "the milk one", "12", "the 3rd". */
const PART = String.raw`(?:(?:the|my)\s+[^,;:]+?|(?:task\s+|#)?\d+(?:st|nd|rd|th)?)`;

/** "no, ", "wait no, ", "hmm, ": a lead-in of a changed mind before the contrast. */
const LEAD = String.raw`(?:(?:\p{L}+\s+)?no[,!.]*\s+|(?:wait|hmm+|sorry|oops|oh)[,!.]*\s+)*`;

/** "not A, B: …" at the start, or after the colon that follows a task ("the MOT: not the 3rd, the 13th"). */
const NOT_THIS_THEN_THAT = new RegExp(String.raw`(^${LEAD}|(?<!\d):\s*)not\s+${PART}\s*,\s*(${PART})(?=\s*(?::\s|,|$))`, 'iu');

/** "12 not 11: rename it …", "the bread one, not the milk one: …": what is meant first, then what is not. */
// The colon is one that opens the request ("11: rename it"), never a clock's ("10 not 9:30").
const THIS_NOT_THAT = new RegExp(String.raw`^${LEAD}(${PART})\s*,?\s+not\s+${PART}\s*:(?=\s)`, 'iu');

/** "the 13th": a day of the month alone, which the date reader leaves for the words after it to complete. */
const DAY_OF_MONTH = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;

/** The sentence with only what is meant, or as it came. */
export function meantNotThat(text: string): string {
  const said = text.trim();
  const first = NOT_THIS_THEN_THAT.exec(said);
  if (first?.[2]) {
    const head = said.slice(0, first.index);
    const rest = said.slice(first.index + first[0].length);
    if (!/^:/.test(first[1] ?? '')) return `${head}${first[2]}${rest}`;
    return (isWholeDate(first[2]) || DAY_OF_MONTH.test(first[2])) && !rest.trim()
      ? `move ${head} to ${first[2]}`
      : `${head}: ${first[2]}${rest}`;
  }
  const meant = THIS_NOT_THAT.exec(said);
  if (meant?.[1]) return `${meant[1]}:${said.slice(meant[0].length)}`;
  return text;
}

/** "change the standup to every weekday at 10 instead": a change to a new value says "instead" by being one. */
const INSTEAD_AFTER_A_CHANGE = /^((?:change|switch|update)\s.*\sto\s.*\S)\s*,?\s+instead[.!]*$/i;

/** The change without the "instead" at its end, or the sentence as it came. */
export function withoutInsteadAfterAChange(text: string): string {
  return text.trim().replace(INSTEAD_AFTER_A_CHANGE, '$1');
}
