import { WEEKDAY_WORD } from './phrases.ts';

// A deadline said by the event it comes before: "renew the passport before my holiday on the 20th", "what's due before
// the VAT deadline on the 7th". The day is the event's, and the bound; the event is no part of a title, and no task
// to order the task before ("before the 9am lecture on wednesday", with its hour, is before-a-timed-event.ts).

/**
 * "before the VAT deadline on the 7th", "after the Acme launch on friday": the event, then the day it is on. After a
 * length ("an hour before the vet on monday", "the day before the trip on the 3rd") the event is the task's, and the
 * length a reminder's lead.
 */
export const EVENT_ON_DAY = new RegExp(
  String.raw`(?<!\b(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|morning|evening|afternoon)\s+)\b(before|after|by)\s+(?:the|my|our)\s+(?:[\p{L}'&-]+\s+){1,4}?(?:on|due)\s+(?=(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|(?:this\s+|next\s+)?${WEEKDAY_WORD}\b|tomorrow\b|\d))`,
  'giu',
);

/**
 * The sentence with a deadline said by its event as the day alone ("before my holiday on the 20th" → "before the
 * 20th"). "after the launch on friday" stays: what is done after an event is no deadline, and says what the task is.
 */
export function withoutEventBeforeADay(text: string): string {
  return text.replace(EVENT_ON_DAY, (said: string, word: string) => (/^after$/i.test(word) ? said : `${word} `));
}
