import { isWholeDate } from './whole-dates.ts';

// A due date moved, said as a question about waiting or as news with the old time: "can the pharmacy call wait till
// friday", "could 7 wait until monday", "the carer visit is now 3pm not 2", "grace's pickup is 4.15 today not 5.30".
// The old time after "not" only confirms the change; the new one is the due date.

export interface MovedTime {
  ref: string;
  date: string;
}

/**
 * "can the X wait till friday": asked of us, a move. Said as news ("the report can wait until next week") it may mean
 * a lower priority as well, and is asked about elsewhere.
 */
const WAIT_UNTIL = /^(?:can|could)\s+((?:the|my|our|task)\s.+?|#?\d+|it|that)\s+wait\s+(?:till|until|til|'til)\s+(.+)$/i;

/**
 * "the X is now 3pm not 2", "grace's pickup is 4.15 today not 5.30": a task named with "the", "my" or a name's. Without
 * them ("gym is tomorrow not today") the words may be about the day, not a task, and are asked about.
 */
const CORRECTED =
  /^((?:the|my|our)\s.+?|[\p{L}]+'s\s.+?)\s+(?:is|are|'s)\s+(?:now\s+)?(?:at\s+|on\s+)?(.+?)\s*,?\s+(?:now\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:at\s+|on\s+)?(\S+(?:\s+\S+)?)$/iu;

/** The old time after "not": a time or a day, never a word ("the report is now friday not urgent" is no move). */
const OLD_TIME =
  /^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midday|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow)$/i;

export function movedTimeSaid(text: string): MovedTime | undefined {
  const wait = WAIT_UNTIL.exec(text);
  if (wait?.[1] && wait[2] && isWholeDate(wait[2])) return { ref: wait[1], date: wait[2] };
  const corrected = CORRECTED.exec(text);
  if (corrected?.[1] && corrected[2] && corrected[3] && OLD_TIME.test(corrected[3]) && isWholeDate(corrected[2]))
    return { ref: corrected[1], date: corrected[2] };
  return undefined;
}
