import { AFTERNOON_HOURS } from '../dates.ts';

// A time corrected with bare hours: "the slides are due at 3 not 2", "the standup is now 10 not 9:30". The task is
// named with "the", "my", "our" or its number, and the hour with "at", "now" or "due" ("the kids are 5 not 4" is no
// time). The old hour only confirms the change, and says which half of the day is meant: the meeting "at 7 not 6"
// stays in the evening; otherwise a bare hour is read as the date reader reads one (3 is 15:00, 10 is 10:00). The new
// time is said with its half of the day, as in "the carer visit is now 3pm not 2".

const BARE_HOURS =
  /^((?:the|my|our)\s.+?|task\s+\d+|#?\d+)\s+(?:is|are|'s)\s+(?:(?:now\s+)?(?:due\s+)?at|now(?:\s+due)?|due)\s+(\d{1,2})(?:[:.](\d{2}))?\s*,?\s+(?:now\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:at\s+)?(\d{1,2})(?:[:.]\d{2})?\s*(am|pm)?$/i;

/** How far apart two hours may be for the new one to keep the old one's half of the day. */
const NEAR_HOURS = 3;

const halfOf = (hour: number) => (hour === 12 || (hour >= AFTERNOON_HOURS.from && hour <= AFTERNOON_HOURS.to) ? 'pm' : 'am');

/** "<task> is due <hour>am|pm" when a bare hour corrects another, or undefined. */
export function hourCorrected(text: string): string | undefined {
  const corrected = BARE_HOURS.exec(text.trim());
  if (!corrected?.[1] || !corrected[2] || !corrected[4]) return undefined;
  const hour = Number(corrected[2]);
  const old = Number(corrected[4]);
  if (hour < 1 || hour > 12 || old < 1 || old > 12) return undefined;
  const oldHalf = corrected[5]?.toLowerCase() ?? halfOf(old);
  const half = Math.abs((hour % 12) - (old % 12)) <= NEAR_HOURS ? oldHalf : halfOf(hour);
  return `${corrected[1]} is due ${hour}${corrected[3] ? `:${corrected[3]}` : ''}${half}`;
}
