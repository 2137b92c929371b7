import { DURATION } from './phrases.ts';
import { dateAtEnd } from './whole-dates.ts';

// "remind me an hour before the vet on monday at 10": the day and time are the event's. Read as a reminder on a task
// called "vet", the date would be lost; the sentence is the event due then with its reminder, as "the vet on monday at
// 10, remind me an hour before" says.

const LEAD = String.raw`(?:${DURATION}|an?\s+(?:hour|day|week|fortnight)|the\s+(?:day|night|week)|a\s+(?:couple|few)\s+of\s+(?:hours|days))`;
const REMIND_BEFORE_EVENT = new RegExp(
  String.raw`^((?:remind|ping|alert|nudge|notify|warn|message|text)\s+me)\s+(${LEAD})\s+(?:before|ahead(?:\s+(?:of|about|for))?|prior\s+to)\s+(?:(?:the|my|our)\s+)?(.+)$`,
  'i',
);

const DAY_OF_MONTH_AT_END = /(?<=\s)(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$/i;

/** The sentence said event first ("add vet on monday at 10, remind me an hour before"), or undefined. */
export function reminderBeforeDatedEvent(text: string): string | undefined {
  // "… on 2 march please": a courtesy after the date is no part of the event, and would hide its date.
  const said = REMIND_BEFORE_EVENT.exec(text.trim().replace(/[\s,]+(?:please|pls|plz|thanks|thank\s+you|ta|cheers)[.!]*$/i, ''));
  if (!said?.[1] || !said[2] || !said[3]) return undefined;
  // "on the 3rd" alone is left unread by the date rules (it may go on "of feb"); ending the sentence, it is the day.
  const dayOfMonth = DAY_OF_MONTH_AT_END.exec(said[3]);
  const date = dateAtEnd(said[3]) ?? (dayOfMonth ? { index: dayOfMonth.index, text: dayOfMonth[0] } : undefined);
  if (!date || date.index === 0) return undefined;
  const event = said[3].slice(0, date.index).trim();
  // "before it on friday", "before task 5 on friday": a task already there, whose reminder is meant.
  if (!/\p{L}/u.test(event) || /^(?:it|that|this|task\s+\d+|#?\d+)$/i.test(event)) return undefined;
  // "add" first: an event whose name starts like a request ("bin collection") is still the task's title.
  return `add ${event} ${date.text}, ${said[1]} ${said[2]} before`;
}
