// "move the dentist to the 3rd of the month": a task moved to one day. "Of the month" names which month's day (this
// one's, or the next when it is past), as "the 3rd" alone does; only "every"/"each"/"monthly" make it a rule
// ("move the rent to the 5th of each month" changes the rule).

/** A move to a day of "the month", said with a verb that moves a task once. */
const MOVED_TO_MONTH_DAY =
  /^((?:move|moved|push|pushed|shift|shifted|reschedule|rescheduled|postpone|postponed|delay|delayed|bring|brought)\b.*?\b(?:to|till|until|til|for|on)\s+the\s+\d{1,2}(?:st|nd|rd|th))\s+of\s+the\s+month\b/i;
const SAYS_A_RULE = /\b(?:every|each|monthly|a\s+month|per\s+month)\b/i;

/** The sentence with "of the month" left out after a move to a day of it, or the sentence as it was. */
export function monthDayMoved(text: string): string {
  if (SAYS_A_RULE.test(text)) return text;
  return text.replace(MOVED_TO_MONTH_DAY, '$1');
}
