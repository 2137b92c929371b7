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
/** "… instead", "… now": the change's own word, at the end or before a remark ("…, i wont make it today"). */
const CHANGE_WORD_AFTER = /\s*,?\s+(?:instead|now)(?=(?:[,;.]\s+\S[^,;.]*)?$)/i;
/** "should go off an hour before": when a reminder goes off is when it is. */
const GOES_OFF = /\b(should|must|needs?\s+to|has\s+to|can)\s+go\s+off\b/i;

/** "change the reminder on the pharmacy one to tomorrow …": a reminder moved to a new time, said with "to". */
const REMINDER_MOVED_TO = /^(?:change|move|shift|push|set|switch|reschedule)\s+(?:the|my)\s+(?:[^,;]+?\s+)?reminders?\b[^,;]*?\sto\s/i;

/** A task's words, never a clause about it ("the ping for the dentist is too late, …"). */
const TASK_NAME = String.raw`(?:(?!\b(?:is|are|was|were|seems?|feels?|looks?)\b)[^,;:])+?`;
/**
 * "reminder on the milk task - make it 5pm", "the milk reminder: change it to 5pm": a task's reminder named first,
 * then its change, said as the change of that reminder (never of the task's due date).
 */
const REMINDER_NAMED_FIRST = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:reminder|alert|ping|nudge)\s+(?:on|for|of|about)\s+(${TASK_NAME})|(${TASK_NAME})\s+(?:reminder|alert))\s*(?:[-–—:,]|\.{3}|…)\s*(?:can\s+you\s+|please\s+|pls\s+)?(?:make|change|set|move|switch|push)\s+it\s+(?:to\s+)?(\S.*)$`,
  'i',
);

/**
 * "for dad's card, remind me on the monday so i can post it": the task named first, then when to be reminded of it (and
 * why, which is no part of the time).
 */
const FOR_A_TASK_REMIND_ME =
  /^for\s+((?:the|my|[\p{L}]+['’]s)\s+[^,;]+?)\s*,\s*(?:can\s+you\s+|please\s+|pls\s+)?(?:remind|ping|nudge|alert)\s+me\s+(?!to\b|about\b|of\b)(.+?)(?:\s+so\s+(?:that\s+)?(?:i|we)\s+.+)?$/iu;

export function reminderInstead(text: string): string {
  const forTask = FOR_A_TASK_REMIND_ME.exec(text.trim().replace(/[.!]+$/, ''));
  if (forTask?.[1] && forTask[2]) return `remind me about ${forTask[1]} ${forTask[2]}`;
  const named = REMINDER_NAMED_FIRST.exec(text.trim());
  const said = (
    named ? `change the reminder on ${(named[1] ?? named[2] ?? '').replace(/^the\s+/i, '')} to ${named[3]}` : text.trim()
  ).replace(/[.!]+$/, '');
  if (!ABOUT_A_REMINDER.test(said)) return text;
  const withoutOld = said.replace(OLD_TIME_AFTER, '');
  // "make the gym reminder 7am instead" is read with its "instead" (reminder-words.ts); "remind me about it … instead",
  // "change the reminder on it to … instead" and "… now, not 15 min" are not.
  const plain = (
    REMIND_ME_ABOUT.test(said) || REMINDER_MOVED_TO.test(said) || withoutOld !== said
      ? withoutOld.replace(CHANGE_WORD_AFTER, '')
      : withoutOld
  ).replace(GOES_OFF, '$1 be');
  return plain === text.trim().replace(/[.!]+$/, '') ? text : plain;
}
