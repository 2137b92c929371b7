// "ping me 30 mins before handover to chart", "remind me an hour before the school run to pack the bags": a new errand
// (charting) timed by an event whose time is not said. A reminder on a task named "handover to chart" is neither the
// errand nor the event; the chat asks when the event is instead. "the flight to Rome", "the drive to work" name a place
// after "to", and stay a task's name.

/** Words after "to" that name where someone goes, not what they do. */
const PLACE = /^(?:the|a|an|my|our|his|her|their|work|town|school|bed|church|hospital|uni|college|nursery|gym)$/i;

const EVENT_THEN_ERRAND = /^((?:(?:the|my|our)\s+)?.+?)\s+to\s+([a-z]+)\b/;

/** The question when the words after "before" are an event and then an errand to do before it, or undefined. */
export function errandBeforeAnEventAsked(afterBefore: string): string | undefined {
  const said = EVENT_THEN_ERRAND.exec(afterBefore.trim());
  if (!said?.[1] || !said[2] || PLACE.test(said[2])) return undefined;
  return `When is ${said[1]}? Add it with its time, then ask for the reminder before it, or tell me when to remind you.`;
}
