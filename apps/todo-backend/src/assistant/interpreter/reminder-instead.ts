// A reminder changed, said with what it replaces: "remind me about it at 6 instead", "remind me about it first thing
// monday instead", "the plumber reminder should go off an hour before now, not 15 min". The old time and "instead"/
// "now" only confirm the change; said without them, the reminder rules read the new time.

/** A sentence about a task's reminder: "remind me about it …", "the plumber reminder …"; never "remind me to …". */
const ABOUT_A_REMINDER = /^(?:remind|ping|nudge|alert)\s+me\s+(?:about|of|re)\b|\breminders?\b|\balerts?\b/i;

/** "remind me about it …": a reminder of a task there is. */
const REMIND_ME_ABOUT = /^(?:remind|ping|nudge|alert)\s+me\s+(?:about|of|re)\b/i;

/** ", not 15 min", "instead of 10": the old time, at the end. */
const OLD_TIME_AFTER =
  /\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:at\s+|on\s+)?(?:\d\S*|an?|one|two|half|noon|midday|today|tomorrow|(?:mon|tue|wed|thu|fri|sat|sun)\S*)(?:\s+\S+)?$/i;
/** "… instead", "… now": the change's own word, at the end. */
const CHANGE_WORD_AFTER = /\s*,?\s+(?:instead|now)$/i;
/** "should go off an hour before": when a reminder goes off is when it is. */
const GOES_OFF = /\b(should|must|needs?\s+to|has\s+to|can)\s+go\s+off\b/i;

export function reminderInstead(text: string): string {
  const said = text.trim().replace(/[.!]+$/, '');
  if (!ABOUT_A_REMINDER.test(said)) return text;
  const withoutOld = said.replace(OLD_TIME_AFTER, '');
  // "make the gym reminder 7am instead" is read with its "instead" (reminder-words.ts); "remind me about it … instead"
  // and "… now, not 15 min" are not.
  const plain = (REMIND_ME_ABOUT.test(said) || withoutOld !== said ? withoutOld.replace(CHANGE_WORD_AFTER, '') : withoutOld).replace(
    GOES_OFF,
    '$1 be',
  );
  return plain === said ? text : plain;
}
