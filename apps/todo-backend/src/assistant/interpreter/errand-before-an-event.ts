// "ping me 30 mins before handover to chart", "remind me 10 min before work to take my meds": a new errand (charting)
// timed by an event said bare, as a part of the day is, whose time is not said. A reminder on a task named "handover to
// chart" is neither the errand nor the event; the chat asks when the event is instead. A task named with "the" keeps
// what follows "to" ("the invoice to bob", "the flight to Rome"), and so does a place ("the drive to work").

/** Words after "to" that name where someone goes, not what they do. */
const PLACE = /^(?:the|a|an|my|our|his|her|their|work|town|school|bed|church|hospital|uni|college|nursery|gym)$/i;

const EVENT_THEN_ERRAND = /^(?!(?:the|my|our|a|an|that|this|task)\s)([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+to\s+([a-z]+)\b/;

/** The question when the words after "before" are an event and then an errand to do before it, or undefined. */
export function errandBeforeAnEventAsked(afterBefore: string): string | undefined {
  const said = EVENT_THEN_ERRAND.exec(afterBefore.trim());
  if (!said?.[1] || !said[2] || PLACE.test(said[2])) return undefined;
  return `When is ${said[1]}? Add it with its time, then ask for the reminder before it, or tell me when to remind you.`;
}
