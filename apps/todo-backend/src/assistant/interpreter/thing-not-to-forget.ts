import { extractDate } from './phrases.ts';

// "don't let me forget mum's birthday on may 3rd", "remember the parcel tomorrow": a thing not to forget (not "to" and
// an errand, which the rules for new tasks read), said with its day, is a task of that thing on that day. News of a
// task said so ("remember the report is due friday") is that news, the lead-in no word of the task's.
const NOT_TO_FORGET =
  /^(?:(?:please\s+)?(?:don'?t|dont|do\s+not)\s+(?:let\s+me\s+)?forget|remember)\s+(?:about\s+)?(?!(?:to|that|me|i|it|this|when|how|what|where|why|if|whether)\b)(.+)$/i;
const NEWS = /\b(?:is|are|was|were|has|have|had|needs?|moved|got|can|will)\b|'s\s+(?:due|now|been)\b/i;
/** A reminder or a time around an event: read by the rules for reminders, as said. */
const AROUND_IT = /\b(?:remind|ping|alert|before|after)\b/i;

/** "remind me about the oil change every 3 months": a thing to be reminded of on a rule is a task on that rule. */
const REMINDED_ON_A_RULE =
  /^(?:remind|ping|nudge)\s+me\s+(?:about|of)\s+(.+?)\s+((?:every|each)\s+\S.*|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)$/i;

export function thingNotToForgetSaid(text: string): string {
  const onARule = REMINDED_ON_A_RULE.exec(text.trim());
  if (onARule?.[1] && onARule[2] && !NEWS.test(onARule[1])) return `add ${onARule[1]} ${onARule[2]}`;
  const thing = NOT_TO_FORGET.exec(text.trim())?.[1];
  if (!thing || AROUND_IT.test(thing)) return text;
  if (NEWS.test(thing)) return /^(?:the|my|our)\s/i.test(thing) ? thing : text;
  return extractDate(thing).date ? `add ${thing}` : text;
}
